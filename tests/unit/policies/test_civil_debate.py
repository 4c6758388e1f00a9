"""Heated but civil debate under news about immigration, religion and welfare, which
the rules once rejected or held: policy argued or condemned, offenders named with a
group as their adjective, self-description, feelings of rejection, lists of groups,
alleged crimes, administrative names. Against the hateful look-alikes."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Renvoyer les délinquants étrangers multirécidivistes dans leur pays, c'est "
            "aussi protéger les immigrés honnêtes qui subissent l'amalgame.",
        ),
        (
            "fr",
            "Les Roms présents en France sont-ils citoyens européens ? Si oui, comment "
            "peut-on les renvoyer en Roumanie ?",
        ),
        (
            "fr",
            "Vieux pédé de province, comme je me décris moi-même, j'ai vu mon village "
            "passer du rejet à une indifférence bienveillante.",
        ),
        ("fr", "Musulman et homosexuel, je me sens parfois rejeté des deux côtés."),
        (
            "fr",
            "Réserver les logements sociaux à ceux qui travaillent, c'est oublier les "
            "retraités, les malades et les personnes handicapées.",
        ),
        (
            "fr",
            "L'assassin présumé de Philippine était sous OQTF et venait de sortir de rétention.",
        ),
        (
            "fr",
            "Une carte Vitale biométrique coûterait plus cher que la fraude qu'elle "
            "prétend combattre.",
        ),
        (
            "en",
            "Farage has made a career out of blaming migrants for problems his own donors created.",
        ),
        (
            "en",
            "Genuine question: why can't asylum seekers work while their claims are "
            "processed? Wouldn't that save money?",
        ),
        ("en", "Deport foreign criminals after their sentence."),
    ],
)
def test_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Expulser tous les Roms, c'est la seule solution."),
        ("fr", "Gens du v0yage = v-o-l-e-u-r-s, tout le monde le sait."),
        ("en", "Is it easy to tell that I am disgusted by all the immigrants around here?"),
        ("fr", "L'homosexualité c'est une peste, et les gays la répandent dans les écoles"),
        ("fr", "Un bon Covid bien sévère à tous ces antivax de l'hôpital, et on en parle plus."),
    ],
)
def test_still_flagged(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        (
            "fr",
            "Mais les propos tenus sur ce plateau contre les réfugiés afghans étaient indignes.",
            False,
        ),
        (
            "fr",
            "Par contre, les musulmans indiens sont une cinquième colonne, jamais loyale.",
            True,
        ),
        (
            "en",
            "Most of the Ukrainian families say they want to go back home as soon as it's safe.",
            False,
        ),
        ("fr", "Les réfugiés syriens voulaient tous, un jour, retourner dans leur pays.", False),
        ("en", "My nan spent every Saturday on her knees in the garden until she was 90.", False),
        ("en", "Bet the new footy commentator got the gig on her knees.", True),
        (
            "en",
            "She got the job after years of hard work, on her knees in the archives every weekend.",
            False,
        ),
    ],
)
def test_victims_own_wishes_and_knees(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held
