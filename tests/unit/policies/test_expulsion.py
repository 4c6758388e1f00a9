"""Calls to send a group away or to bar it, in full sentences, against deportation
policy discussed or condemned, ministers voted out and reports."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("fr", "Il faudrait les renvoyer tous chez eux, point barre.", True),
        ("fr", "Les Roms on les renvoie tous en Roumanie, camps rasés, frontière fermée.", True),
        ("fr", "Qu'on les mette dans un avion direction Alger, aller simple.", True),
        ("fr", "On devrait interdire l'entrée du territoire à tous les Africains.", True),
        ("en", "Deport the lot of them, I don't care if they were born here.", True),
        ("en", "deport every last Somali, no exceptions", True),
        ("en", "Close the border and send every Mexican back south of the Rio Grande.", True),
        ("en", "Put them all on a plane to Rwanda, every last one who came over on a boat.", True),
        # Policy condemned, office holders, reports, a reflexive, a passive, a noun.
        ("fr", "Expulser les Afghans vers un pays en guerre est indigne de la France.", False),
        ("en", "Deporting Afghans to a war zone is a disgrace.", False),
        ("fr", "Il faudrait renvoyer tous ces ministres chez eux aux prochaines élections.", False),
        ("en", "We should send the whole cabinet home at the next election.", False),
        ("fr", "On devrait interdire les fusils d'assaut.", False),
        (
            "fr",
            "Les garde-côtes se renvoient la responsabilité pendant que les migrants se noient.",
            False,
        ),
        ("fr", "Les supporters racistes doivent être interdits de stade à vie.", False),
        ("en", "Bangladeshi women there are threatened with deportation if they complain.", False),
        ("en", "'Send them all back' - back where? Half of them were born in Manchester.", False),
    ],
)
def test_calls_to_expel(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # "C'est une honte" judges the act done to them, not the group.
        ("fr", "On laisse mourir les migrants en mer, c'est une honte.", False),
        ("fr", "Le gouvernement veut renvoyer les migrants au Rwanda, c'est une honte.", False),
        ("fr", "Les migrants, c'est une honte.", True),
    ],
)
def test_shame_of_an_act(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        (
            "fr",
            "Fermez les frontières, plus un seul migrant ne doit mettre le pied en France.",
            True,
        ),
        ("fr", "Plus une seule femme ne doit mourir sous les coups de son conjoint.", False),
        ("fr", "Les élèves, qu'ils aillent en cours, c'est la base.", False),
    ],
)
def test_kept_out_without_a_verb_of_sending(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("en", "Ban all Muslims from entering the country.", True),
        (
            "en",
            "Trump wanted to ban all Muslims from entering the US, and the courts struck it down.",
            False,
        ),
        (
            "en",
            "Ban all Muslims from entering? That was Trump's idea and it failed in court.",
            False,
        ),
    ],
)
def test_a_ban_reported_or_asked(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("fr", "Aucun Noir ne devrait avoir la nationalité française.", True),
        ("fr", "Aucun musulman ne doit avoir le droit de vote.", True),
        ("fr", "Les Maghrébins n'auraient jamais dû mettre les pieds ici. Retour au bled.", True),
        ("fr", "Aucun enfant ne devrait mourir de faim.", False),
        ("fr", "Ces touristes n'auraient jamais dû mettre les pieds ici, ils ont tout saccagé.",
         False),
    ],
)
def test_barred_from_rights_and_soil(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Trans people should be barred from every school and every public toilet.", "en", True),
        ("Muslims should be banned from entering the country.", "en", True),
        ("The Jews, I'd ban them from holding any public office.", "en", True),
        ("Les homos, je les interdirais d'enseigner aux enfants, tout simplement.", "fr", True),
        ("Je les renverrais tous chez eux, ces migrants.", "fr", True),
        ("Supporters should be banned from the stadium after the riot.", "en", False),
        ("Muslims were banned from the club in 1962, the archive shows.", "en", False),
        ("Les supporters doivent être interdits de stade.", "fr", False),
        ("Il faudrait renverser ce gouvernement.", "fr", False),
    ],
)
def test_passive_bans_and_the_writer_s_own_ban(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Virez-moi tous ces réfugiés, un par un, jusqu'au dernier.", "fr", True),
        ("Qu'on les mette tous dehors, ces migrants.", "fr", True),
        ("Kick out every last Somali.", "en", True),
        ("Virez tous ces ministres incompétents.", "fr", False),
        ("Mettre tous les réfugiés dans le même sac après un crime, c'est ce que veulent les "
         "extrémistes.", "fr", False),
        ("Kick out all the Tories at the next election.", "en", False),
    ],
)
def test_every_one_of_a_group_thrown_out(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # With no group named, "them" sent home is as often a visit or a team.
        ("fr", "Qu'ils rentrent chez eux après le match, les supporters."),
        ("fr", "Qu'ils aillent voir ailleurs si on y est."),
        ("fr", "Mes parents sont à la retraite : qu'ils rentrent au bled voir la famille cet été."),
        ("fr", "Les parents d'élèves ? Qu'ils aillent en Afrique voir comment les écoles"
               " fonctionnent là-bas."),
        # The sea is a place.
        ("fr", "Vacances de juillet : les Italiens à la mer, comme chaque année."),
        ("fr", "Les vacanciers à la mer, les locaux au boulot."),
    ],
)
def test_sent_home_without_a_group_named_is_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Les Arabes, qu'ils dégagent chez eux.", "hold"),
        ("fr", "Les Italiens, qu'ils repartent avec la coupe, ils l'ont méritée.", "publish"),
    ],
)
def test_told_to_clear_off(lang: str, text: str, expected: str) -> None:
    assert action(text, lang) == expected
