"""Defamation: an accusation of a crime or of dishonesty aimed at a named person is held
for the editors (never rejected); naming someone, or reporting an acquittal or an
allegation, is not an accusation."""

from __future__ import annotations

import pytest

from palabre.policies.engine import Engine, load_policy
from tests.unit.policies.support import action

ENGINES = {lang: Engine(load_policy(None, lang)) for lang in ("fr", "en")}


def _decide(lang: str, text: str) -> dict[str, object]:
    return ENGINES[lang].classify({"id": "t", "text": text, "lang": lang})


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le maire Jean Dupont a détourné l'argent des subventions, tout le monde le sait."),
        ("fr", "Ce Pierre Martin est un escroc qui arnaque les personnes âgées."),
        ("fr", "Le directeur, M. Petit, a violé une employée l'an dernier et a étouffé l'affaire."),
        ("fr", "Julien Roux se fait payer en liquide pour fermer les yeux sur les permis."),
        ("fr", "Claire Fontaine a fraudé la CAF pendant dix ans."),
        ("en", "Councillor Mark Evans takes bribes from developers."),
        ("en", "Emily Clark faked her research data for years."),
        ("en", "Tom Harris is a child abuser, keep your kids away from him."),
    ],
)
def test_an_accusation_at_a_named_person_is_held(lang: str, text: str) -> None:
    out = _decide(lang, text)
    assert out["action"] == "hold"
    assert "defamation" in out["categories"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le maire Jean Dupont a inauguré la nouvelle médiathèque samedi."),
        ("fr", "Claire Fontaine a été relaxée dans l'affaire de fraude, justice est faite."),
        ("fr", "Selon l'article, M. Petit est accusé de fraude, mais le tribunal ne s'est pas "
               "encore prononcé."),
        ("en", "David Brown was cleared of all fraud charges last week."),
        ("en", "I disagree with Councillor Mark Evans on the budget."),
        # A crime reported where it happened: the place is named, no person.
        ("fr", "Un homme a volé une voiture à Villeurbanne hier soir."),
        ("en", "Thieves stole copper cables in Leeds last night."),
        ("fr", "Les parents que je croise à l'école Pasteur ont été harcelés par des "
               "démarcheurs."),
        # Praise in a crime word's clothes; a report with its source before a colon.
        ("en", "Priya Sharma stole the show at the charity concert."),
        ("fr", "Ada Okoye a mis le feu au podium, respect total."),
        ("fr", "Allégations rapportées par Libération : des internes accusent un chef de "
               "service de Montreval de harcèlement."),
    ],
)  # fmt: skip
def test_naming_or_reporting_a_case_publishes(lang: str, text: str) -> None:
    assert _decide(lang, text)["action"] == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The verdict comes in the next sentence, or as a short fragment after the name.
        ("fr", "Le maire Jean-Paul Roussel a attribué le marché à son beau-frère. "
               "C'est un escroc."),
        ("fr", "Sylvie Karadec, la trésorière du club, a vidé la caisse. Voleuse et menteuse."),
        # Past tenses and trades of the usual accusations.
        ("fr", "La conseillère Anne Morel est financée par un promoteur, tout le monde le sait."),
        ("en", "Councillor Rick Dawes laundered the grant money through his cousin's firm."),
        ("en", "Jamie Fraser has been juicing all season, look at his shoulders."),
    ],
)  # fmt: skip
def test_a_verdict_after_the_name_or_a_past_tense_accusation_is_held(
    lang: str, text: str
) -> None:
    assert action(text, lang) == "hold"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le maire Jean-Paul Roussel a inauguré la médiathèque. C'est une réussite."),
        ("en", "Jamie Fraser scored twice on Saturday. What a player."),
    ],
)
def test_praise_after_a_name_publishes(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le maire adjoint Louis Carrère est un espion payé par une puissance étrangère."),
        ("fr", "L'abbé Marc Delorme couvre des abus sur mineurs dans sa paroisse."),
        ("en", "Councillor Dave Byrne has blood on his hands after the flats fire."),
        ("en", "Father Tom Keane runs a trafficking ring through the parish hall."),
    ],
)
def test_spying_cover_ups_and_trafficking_pinned_on_a_person_are_held(
    lang: str, text: str
) -> None:
    assert action(text, lang) == "hold"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le joueur Karim Benali a été payé par le club comme prévu dans son contrat."),
        ("en", "Mark Stevens is an agent for three Premier League players."),
    ],
)
def test_a_salary_or_a_trade_accuses_no_one(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The study is what the accusation is about, not the source that reports it.
        ("fr", "Gilles Marchand, le géomètre, a falsifié l'étude de sol pour vendre ses lots."),
        ("fr", "Le conseiller Luc Berthier fait attribuer les logements sociaux à ses cousins."),
        ("fr", "Nadia Ferrer emploie des sans-papiers dans ses serres, c'est une esclavagiste."),
    ],
)
def test_rigged_studies_and_favours_pinned_on_a_person_are_held(lang: str, text: str) -> None:
    assert action(text, lang) == "hold"


def test_a_salary_is_no_bribe() -> None:
    assert action("Le maire Paul Durand a touché son indemnité comme chaque mois.") == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le gérant du camping, Thierry Vasseur, paie ses saisonniers au black."),
        ("fr", "L'adjoint aux sports, Luc Perrot, revend les fichiers des adhérents du club."),
        ("en", "Councillor Dana Kirby pockets the parking fines, everyone in town knows."),
        ("en", "Headteacher Owen Price has been dodging taxes for years."),
    ],
)
def test_everyday_accusations_at_a_named_person_are_held(lang: str, text: str) -> None:
    assert action(text, lang) == "hold"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # An opinion is no source, and a source must be named.
        ("fr", "Selon moi, le maire Paul Durand a détourné l'argent de la piscine."),
        ("fr", "D'après ce que tout le monde sait, l'adjoint Luc Perrot truque les appels "
               "d'offres."),
        ("en", "According to everyone in town, Councillor Dana Kirby pockets the parking fines."),
    ],
)
def test_an_opinion_or_hearsay_is_no_source(lang: str, text: str) -> None:
    assert action(text, lang) == "hold"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The source, set apart by a comma, reports the accusation.
        ("en", "Two council officers were arrested over alleged fraud, according to police."),
        ("fr", "Le parquet a ouvert une enquête pour abus de biens sociaux visant la société "
               "Batiloire."),
        # A named source before or after the report: a newspaper, a radio, an agency.
        ("fr", "Selon Radio-Nord, l'ancien commandant de la base fait face à deux chefs "
               "d'accusation de fraude. Son avocat plaidera non coupable."),
        ("fr", "Le directeur du syndicat des eaux est visé par une plainte pour favoritisme, "
               "rapporte Ouest-France."),
        ("fr", "Le Soir révèle que l'échevin Lambotte fait l'objet d'une plainte pour fraude "
               "aux primes."),
        ("en", "ABC reports the club president faces fraud charges. Let's see what the court "
               "says."),
        ("en", "Per the Miami Herald, the resort developer is under federal investigation for "
               "bribery."),
    ],
)
def test_an_investigation_or_arrest_reported_with_its_source_publishes(
    lang: str, text: str
) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A state, a junta or a party accused, no person named: criticism of a state.
        ("fr", "Le régime de Moscou laisse ses oligarques blanchir leur argent à Courchevel.",
         "publish"),
        ("fr", "On envoie des millions au Mali et la junte en détourne une bonne partie.",
         "publish"),
        ("en", "The Chinese Communist Party lies about everything and steals our technology.",
         "publish"),
        # The institution only says where the accused person works.
        ("fr", "Ce Chen Weiran de l'ambassade est un espion qui fait chanter des députés.",
         "hold"),
        ("fr", "Le conseiller d'État Zufferey a falsifié les mesures de pollution du Rhône.",
         "hold"),
    ],
)  # fmt: skip
def test_a_state_accused_is_no_person_defamed(lang: str, text: str, expected: str) -> None:
    assert action(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # A named person who fixed a roof, or set a concert hall alight, is accused of nothing.
        ("en", "Mr Smith fixed the roof for free, what a kind man.", False),
        ("fr", "Le DJ Martin Solveig a mis le feu à la salle, une tuerie.", False),
        ("en", "Chairman Ray Dunmore fixed the relegation game, he paid their keeper off.", True),
        ("fr", "Pierre Durand a mis le feu à la maison de son voisin.", True),
    ],
)
def test_idioms_are_no_accusations(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("fr", "Marie Dupont a piqué une colère mémorable au conseil.", False),
        ("fr", "Le ministre Dupont couvre les frais de déplacement des élus.", False),
        ("fr", "Paul Durand frappe ses adversaires avec des arguments solides.", False),
        ("fr", "Le gardien Lloris a volé ce ballon au dernier moment, quelle parade.", False),
        ("en", "Sarah Smith cheated death after the crash, what a survivor.", False),
        ("fr", "Paul Durand frappe ses enfants, tout le quartier le sait.", True),
        ("fr", "Le préfet Dupont couvre les agissements de ses policiers.", True),
        ("fr", "Le maire Dupont a volé dans la caisse de l'association.", True),
        ("en", "Sarah Smith cheated on her taxes for years.", True),
    ],
)
def test_more_idioms_are_no_accusations(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held
