"""A protected group blamed for a society's ills (``policies/blame.py``), against blame
of banks and governments, a group's own suffering, a claim reported or denied."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("fr", "La Sécu est en faillite à cause des migrants, rien d'autre.", True),
        ("fr", "Le chômage a explosé depuis que les Arabes sont arrivés.", True),
        ("en", "The NHS is collapsing because of all the migrants coming here.", True),
        ("en", "Knife crime in London is down to the Black community.", True),
        ("fr", "Le logement est hors de prix à cause des banques et des spéculateurs.", False),
        ("fr", "Les migrants meurent en mer à cause des passeurs.", False),
        ("fr", "Les migrants ne sont pas responsables du chômage.", False),
        ("fr", "Un député a dit que les migrants ramènent la criminalité. Indigne.", False),
        # The ills of hospitals, schools and rents; the group's people named by a noun.
        ("fr", "Les urgences débordent à cause des étrangers, on le voit bien.", True),
        ("fr", "Les allocs explosent à cause des familles maliennes, c'est tout.", True),
        ("en", "Rents are insane because Indians are flooding into the city.", True),
        ("en", "Illegals are the reason wages are flat on building sites.", True),
        ("fr", "Les urgences débordent à cause du manque de médecins, on le voit bien.", False),
        ("en", "Rents are insane because landlords keep flats empty.", False),
    ],
)
def test_a_group_blamed_for_a_society_s_ills(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Une femme à la tête de la police, on verra bien combien de temps elle tient."),
        ("fr", "Les Roms sur le parking, fermez bien vos voitures, je dis ça pour vous."),
    ],
)
def test_bien_and_good_as_adverbs_do_not_excuse_what_is_said(lang: str, text: str) -> None:
    """ "bien" and "good" praise a group only when said of it; "on verra bien", "fermez
    bien", "good luck" are adverbs and formulas, which excused the insinuation."""
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # "immigrants", as Québec French says it; a cause that reaches two groups.
        ("fr", "Les immigrants sont toutes des profiteurs, y viennent pour les chèques.", True),
        ("fr", "Le chômage monte à cause des frontaliers et des Portugais qui prennent les jobs.",
         True),
        ("en", "House prices went mental because the Chinese buy everything and leave it empty.",
         True),
        ("fr", "Les immigrants de Montréal-Nord attendent leur permis de travail depuis un an.",
         False),
        ("en", "House prices went up because the banks kept rates low for a decade.", False),
    ],
)
def test_groups_as_readers_name_them_and_causes_that_reach_two(
    lang: str, text: str, held: bool
) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # The ills listed, then the culprit named in a sentence of its own.
        ("en", "Rents? Knife crime? Waiting lists? It's the migrants.", True),
        ("fr", "Le chômage, l'insécurité, les HLM pleins : c'est les Roms.", True),
        ("fr", "La dette, c'est les allocs versées aux familles maliennes.", True),
        ("en", "Rents? Knife crime? Waiting lists? It's the government.", False),
        ("fr", "Le chômage, l'insécurité : c'est les Roms qui en souffrent le plus.", False),
    ],
)
def test_the_culprit_named_after_the_ills(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # An ill that falls thanks to a group, a group priced out, a dependence named.
        ("en", "Crime fell because the Somali community set up youth clubs."),
        ("en", "Rents rose because Muslims and Jews alike were priced out of the centre."),
        ("fr", "Le chômage recule parce que les immigrés créent des entreprises."),
        ("fr", "Pas de migrants, pas de chocolat : les cueilleurs de cacao sont exploités."),
        ("fr", "Les femmes : hors de question de les laisser sans protection."),
    ],
)
def test_causes_and_slogans_that_credit_or_protect_a_group(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("fr", "Le niveau scolaire s'effondre à cause des enfants d'immigrés.", True),
        ("fr", "La gale est revenue à cause des gamins roms, c'est eux qui la ramènent.", True),
        ("en", "housing crisis is down to immigrants grabbing every council flat, simple", True),
        ("en", "Crime only went up when the Mexicans arrived.", True),
        ("en", "COVID was the Chinese, they spread it deliberately.", True),
        ("fr", "Les enfants d'immigrés souffrent à cause des moqueries.", False),
        ("en", "The crisis was the bankers, not the immigrants.", False),
        ("en", "Crime fell when the Somali community opened a youth centre.", False),
        ("en", "The first covid patient was Chinese.", False),
    ],
)
def test_more_words_of_cause(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("en", "COVID, rats, food poisoning, it all comes from the Chinese.", True),
        ("en", "The housing crisis is the immigrants, end of.", True),
        ("en", "Knife crime only exploded once the Somalis arrived.", True),
        ("fr", "L'explosion de la délinquance cet été c'est clairement les Maghrébins.", True),
        ("fr", "La crise du logement, c'est clairement les banques.", False),
        ("en", "The housing crisis is the fault of landlords.", False),
        # A defeat at the polls is wished, not harm.
        ("en", "Hope the councillor who pushed the eviction gets wiped out at the ballot box.",
         False),
        ("fr", "Pourvu que le maire sortant soit éliminé dès le premier tour.", False),
        ("en", "I hope he gets wiped out by a bus.", True),
        # A woman's place.
        ("fr", "Une femme ça sert à pondre des gosses et à faire la bouffe.", True),
        ("en", "Women are walking wombs with opinions. Shut up, get back in the kitchen.", True),
    ],
)
def test_culprits_defeats_and_places(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Nos hôpitaux ont été ruinés par les étrangers qui se font soigner gratos.", "fr", True),
        ("L'insécurité dans nos villes, on la doit aux Maghrébins, point barre.", "fr", True),
        ("Inflation, crise du logement, violences : merci les migrants.", "fr", True),
        ("The NHS has been bled dry by foreigners getting free treatment.", "en", True),
        ("Knife crime, housing crisis, NHS queues. Thanks, migrants.", "en", True),
        ("Merci aux migrants qui ont aidé dans les hôpitaux pendant la crise.", "fr", False),
        ("Crise du logement, chômage : merci les banques.", "fr", False),
        ("Thanks to immigrant nurses, the NHS survived the crisis.", "en", False),
    ],
)
def test_ills_blamed_in_the_passive_or_with_mock_thanks(
    text: str, lang: str, flagged: bool
) -> None:
    assert (action(text, lang) != "publish") is flagged
