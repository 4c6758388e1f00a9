"""A derogatory word must be said of a group, not merely stand near it; and the threat,
contrast and question rules that decide who a phrase is aimed at."""

from __future__ import annotations

import pytest

from palabre.policies.predication import said_of
from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Groups as the victims of crime, disease and war: daily news, never hate.
        ("fr", "Le cancer du sein touche une femme sur huit."),
        ("fr", "Les migrants fuient des pays dangereux."),
        ("fr", "Les musulmans sont les premières victimes des terroristes."),
        ("fr", "Les femmes sont souvent la cible de pervers sur internet."),
        ("fr", "Les réfugiés vivent dans des camps insalubres infestés de rats."),
        ("fr", "Les Juifs ont été traités comme des animaux par les nazis."),
        ("fr", "Les violences contre les juifs doivent être punies."),
        ("en", "Women fear rapists more than anything on the way home."),
        ("en", "Muslims are the first victims of terrorists in the region."),
        ("en", "The virus killed many elderly Black people in the first wave."),
        # The group completes a noun, which is what the predicate is said of.
        ("fr", "Le traitement des migrants est une honte."),
        ("fr", "La haine contre les juifs est une honte pour notre pays."),
        ("fr", "Le racisme envers les Noirs est une plaie."),
        ("en", "The treatment of migrants is a disgrace."),
        # What a group owns is not what it is.
        ("en", "Lesbians have the best dogs, everyone knows that."),
        ("fr", "Les lesbiennes ont les meilleurs chiens du quartier."),
    ],
)
def test_a_group_near_a_dark_word_is_not_hate(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les migrants sont des parasites."),
        # An animal's trait given to the group, or an animal word as an epithet.
        ("en", "Muslims have the brains of rats."),
        ("en", "Immigrants have a rat mentality."),
        ("fr", "Les Roms ont des comportements de rats."),
        ("fr", "Ces migrants ont une mentalité de cafards."),
        ("fr", "Les Roms que je connais sont tous des voleurs."),
        ("fr", "J'ai des Roms comme voisins, et ils sont répugnants."),
        ("fr", "Franchement, ces cafards d'immigrés, dehors."),
        ("fr", "Les Roms ? De la vermine, voilà tout."),
        ("en", "Immigrants are brainwashed idiots."),
        ("en", "Your Muslim lives are worthless."),
        ("en", "Refugees who come here are nothing but parasites."),
        ("en", "What do I think of refugees? Vermin."),
        # ... unless the noun stands for the group, or a pronoun takes the group up again.
        ("fr", "La plupart des migrants sont des parasites."),
        ("fr", "J'en ai marre des migrants, ce sont des parasites."),
        ("fr", "Le sort des Roms qui sont tous des voleurs m'indiffère."),
        ("en", "Most of the migrants are parasites."),
    ],
)
def test_what_is_said_of_a_group_is_still_hate(lang: str, text: str) -> None:
    assert action(text, lang) == "reject"


def test_only_tying_words_may_stand_between() -> None:
    keys = ["les", "migrants", "sont", "des", "parasites"]
    assert said_of(keys, (1, 2), (4, 5))
    keys = ["les", "migrants", "fuient", "des", "pays", "dangereux"]
    assert not said_of(keys, (1, 2), (5, 6))
    keys = ["women", "fear", "rapists"]
    assert not said_of(keys, (0, 1), (2, 3))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "On devrait tirer sur les migrants à la frontière.", "reject"),
        ("fr", "Le prochain Rom qui touche à ma voiture, je le descends.", "reject"),
        ("en", "The next immigrant who walks on my lawn gets a bullet.", "reject"),
        ("en", "We should not allow for any refugee to be hurt.", "publish"),
    ],
)
def test_threats_name_their_victims(lang: str, text: str, expected: str) -> None:
    assert action(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Je ne déteste pas les musulmans, je déteste les extrémistes."),
        ("en", "I don't hate Jews, I hate the people who shoot at them."),
    ],
)
def test_a_denial_then_another_object_is_no_hate(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Violence words too common to stand alone in the threat list.
        ("en", "Refugees should be protected from being forcibly returned."),
        ("en", "Muslims should break their silence on this, says the imam."),
        ("en", "The council should run down the list of what refugees need."),
        ("en", "The state must protect women married by force."),
        ("fr", "Les migrants doivent être protégés contre les expulsions de force."),
    ],
)
def test_everyday_verbs_near_a_group_are_no_threat(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Words that would have excused what follows as counter-speech.
        ("fr", "J'ai honte d'avoir des Roms comme voisins, ce sont des voleurs."),
        ("fr", "Il faut comparer les migrants à des rats, c'est ce qu'ils sont."),
        ("en", "Muslims are criminals and should be prosecuted."),
    ],
)
def test_hate_is_not_excused_by_words_that_sound_like_condemnation(lang: str, text: str) -> None:
    assert action(text, lang) == "reject"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A participle phrase between the group and what is said of it.
        ("en", "The migrants sleeping in the park are a plague of rats."),
        # Groups named by a pointer or a status, and images of filth and packs.
        ("fr", "Ce peuple est une vermine."),
        ("fr", "Les mineurs isolés, c'est une horde de sauvages."),
        ("fr", "Les gays sont une souillure pour ce pays."),
        ("en", "The Rohingya are vermin."),
        ("en", "Stupid tinkers parked on the green again."),
    ],
)
def test_groups_said_to_be_filth_or_beasts_are_flagged(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The migrants sleeping in the park are treated like animals by the council."),
        (
            "fr",
            "Des migrants noirs sont vendus comme du bétail sur des marchés en Libye, "
            "filmés par des journalistes.",
        ),
        (
            "en",
            "Refugees were crammed like animals into the back of the lorry, the driver told "
            "police.",
        ),
        ("en", "I spent the weekend tinkering with the old tractor."),
        ("fr", "Ce peuple a résisté à tout, il mérite notre respect."),
    ],
)
def test_the_same_words_for_victims_or_things_publish(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Lesbians shouldn't be allowed anywhere near a classroom."),
        ("fr", "Typique des Roumains, ça vole et ça repart."),
        ("fr", "Les bisexuels, c'est des gens instables, tout le monde le sait."),
    ],
)
def test_typical_and_exclusion_said_of_a_group_are_flagged(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A dehumanising noun set after a comma at the end of a sentence about the group.
        ("fr", "Ces Roumains qui traînent devant la gare toute la journée, de vrais rats."),
        ("en", "The Somalis hanging round the shops again, vermin the lot of them."),
    ],
)
def test_an_apposed_verdict_is_said_of_the_group(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les Roumains du quartier ont nettoyé la cave, pleine de rats."),
        ("en", "The refugees found the flat in a state, rats everywhere."),
    ],
)
def test_vermin_in_a_place_is_not_said_of_its_people(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # People named by a trade after (or before) the group's adjective.
        ("en", "Romanian lorry drivers are lazy and dishonest, everyone on the A2 knows it."),
        ("en", "Jewish shopkeepers are leeches, always have been."),
        ("fr", "Les banquiers juifs sont des voleurs, c'est connu."),
        # A noun set after a comma, "=" or ":" in a sentence about the group, even with
        # more to come after it.
        ("fr", "Les Roms du campement, une vraie vermine, il faut désinfecter."),
        ("fr", "Les réfugiés afghans du foyer = des nuisibles, rien d'autre."),
        ("fr", "Ces Tchétchènes du quartier, des parasites qui vivent sur notre dos."),
    ],
)
def test_trades_and_apposed_nouns_are_said_of_the_group(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Polish fruit pickers are paid less than the minimum wage in Kent."),
        ("fr", "Les livreurs africains sont souvent payés à la tâche, sans contrat."),
        ("fr", "Les Roms du campement, des familles entières, ont été expulsés ce matin."),
        ("fr", "Les réfugiés afghans du foyer, victimes des passeurs, attendent leurs papiers."),
    ],
)
def test_trades_and_appositions_that_say_nothing_bad_publish(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # "ce" before a noun is a determiner, not the pronoun of "c'est".
        ("fr", "Les Roms qui vivent dans ce camp sont voleurs, tout le monde le sait.", True),
        # A nature pinned on a group.
        ("fr", "Les Africains ne savent pas gérer un budget, c'est génétique.", True),
        ("en", "Somalis can't run a business, it's in their DNA.", True),
        ("fr", "La mucoviscidose, c'est génétique, rappelle le médecin de l'hôpital.", False),
        ("fr", "Le rugby, c'est dans leur culture, les Gallois chantent avant les matchs.", False),
    ],
)
def test_determiners_and_natures_pinned_on_a_group(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Compared by what they do: "qui vivent comme des rats", "breed like rats".
        ("fr", "Ces Roumains qui vivent comme des rats dans leurs caravanes, quelle honte.", True),
        ("en", "Those Somalis breed like rats in the council flats.", True),
        # What is done to them makes them victims; an animal with no group is a picture.
        ("fr", "Les migrants sont traités comme des animaux dans ce camp, c'est indigne.", False),
        ("fr", "Les enfants couraient comme des lapins dans le parc.", False),
    ],
)
def test_a_group_compared_to_animals_by_what_it_does(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Le taux d'emploi des handicapés reste inférieur à l'obligation légale de 6 %.", False),
        ("Le salaire des femmes reste inférieur à celui des hommes", False),
        ("Six millions de Juifs ont été assassinés pendant la Shoah.", False),
        ("Les Noirs sont inférieurs aux Blancs", True),
    ],
)
def test_a_figure_compared_is_no_judgement(text: str, held: bool) -> None:
    assert (action(text, "fr") != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # An institution criticised, a "but" that clears the group, offenders only.
        ("fr", "L'Église catholique a menti, c'est une honte.", False),
        ("fr", "L'islamisme est une menace, mais les musulmans n'y sont pour rien.", False),
        ("fr", "Les clandestins doivent être expulsés s'ils commettent des crimes.", False),
        ("en", "Illegal immigrants should be deported if they commit crimes.", False),
        # The group itself.
        ("fr", "Les Arabes doivent être expulsés s'ils ne sont pas contents.", True),
        ("fr", "Je vais le buter s'il recommence ses délits", True),
        ("fr", "On va brûler l'église catholique du quartier", True),
    ],
)
def test_institutions_buts_and_offenders(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # Expulsion as a noun after a colon, a group sent out, a list of bans.
        ("fr", "Les Tchétchènes : expulsion immédiate, tous.", True),
        ("en", "Kick the Somalis out of the estate, every last one.", True),
        ("fr", "Pas d'église, pas de chrétiens, pas de problème.", True),
        ("fr", "Plus un seul migrant dans notre commune.", True),
        # A fact with the same words; what may not befall a group.
        ("fr", "Les Tchétchènes : une histoire de guerres et d'exil.", False),
        ("fr", "Les voleurs ont été arrêtés : trois gars du coin, aucun Rom.", False),
        ("en", "No refugee should be allowed to drown while we watch.", False),
        ("fr", "Aucun migrant ne devrait dormir dehors cet hiver.", False),
    ],
)
def test_slogans_that_expel_or_bar_a_group(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


def test_a_judging_word_that_qualifies_ones_own_noun() -> None:
    # "mon pire associé": the word says which associate, not what the group is.
    assert action("Mon pire associé était un catho, mon meilleur un musulman.", "fr") == ("publish")
    assert action("Les pires voisins ce sont les Roms.", "fr") != "publish"


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # Offenders named with the group as their adjective are some of them.
        ("Le renvoi des criminels étrangers s'applique après la peine.", False),
        ("Les délinquants étrangers sont expulsés après leur peine, c'est la loi.", False),
        ("Les étrangers sont des criminels.", True),
    ],
)
def test_offenders_with_the_group_as_adjective(text: str, held: bool) -> None:
    assert (action(text, "fr") != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # An answer that opens on the word, however long it runs on.
        (
            "fr",
            "Les Roms ? Des nuisibles, ni plus ni moins, qu'il faudrait traiter comme tels.",
            True,
        ),
        ("fr", "Les Africains, à peine descendus des arbres et déjà sur Insta.", True),
        ("fr", "Les Roms ? Des Européens comme nous, ni plus ni moins.", False),
        ("fr", "Ce n'est ni plus ni moins qu'un scandale.", False),
    ],
)
def test_answers_and_trees(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # The word closes a list of attributes said of the group.
        ("en", "The Irish are thick, drunk and violent.", True),
        ("en", "The Irish have always been thick, drunk and violent.", True),
        ("fr", "Les Roms sont sales, bruyants et voleurs.", True),
        ("en", "Muslims are welcome and violent crime fell.", False),
        ("en", "The Irish are friendly, funny and never violent.", False),
        ("fr", "Les réfugiés sont épuisés, traumatisés et malades.", False),
        # The group renamed as a people before the word.
        ("fr", "Les Roms sont une population fondamentalement malhonnête.", True),
        ("fr", "Les Roms sont une population discriminée.", False),
        ("fr", "Les Kurdes sont un peuple courageux.", False),
    ],
)
def test_attributes_listed_or_renamed(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A measure of the mind the group is said to have, as "are" would say it.
        ("en", "Black people have lower IQs, it's science.", True),
        ("fr", "Les Noirs ont un QI plus bas, c'est scientifique.", True),
        ("fr", "Les Maghrébins sont génétiquement portés sur la violence.", True),
        ("en", "The claim that Black people have lower IQs is racist pseudo-science.", False),
        ("fr", "Non, les Noirs n'ont pas un QI plus bas, cette étude a été démontée.", False),
        ("en", "The study says children who are hungry have lower IQs.", False),
    ],
)
def test_a_measure_of_the_mind(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Africans, who breed like rabbits, will outnumber us.", "en", True),
        ("Les Pakistanais qui squattent la ligne 13, une vraie colonie de punaises.", "fr", True),
        ("Muslims who work with me are kind.", "en", False),
        ("Jews who fled Germany were refugees.", "en", False),
    ],
)
def test_a_word_that_is_the_verb_of_a_relative_clause(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Les juifs, cupides comme toujours, ont encore fait grimper les loyers.", "fr", True),
        ("Muslims, violent as ever, rioted again.", "en", True),
        ("Our media, the Jews have owned it for decades.", "en", True),
        ("Les Roms du camp, expulsés, violents, ont été relogés.", "fr", False),
        ("Les migrants, épuisés, sont arrivés à l'aube.", "fr", False),
        ("Our media, the Jews have criticised it for decades.", "en", False),
    ],
)
def test_detached_adjectives_and_fronted_seats_of_power(
    text: str, lang: str, flagged: bool
) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Les conditions de détention des migrants sont indignes", "fr", False),
        ("Les conditions de vie des migrants dans ce camp sont indignes", "fr", False),
        ("Les conditions des Roms dans ce camp sont indignes", "fr", False),
        ("La vie des migrants dans ces camps est un enfer", "fr", False),
        ("Les enfants des migrants sont des voleurs", "fr", True),
        ("Marre des Roms dans ce quartier, ce sont des voleurs", "fr", True),
    ],
)
def test_a_group_that_completes_a_noun_of_a_noun(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Faudrait traiter les Roms comme des nuisibles", "fr", True),
        ("Faudrait traiter les Roms comme on traite les nuisibles", "fr", True),
        ("Les migrants, il faudrait les traiter comme du bétail", "fr", True),
        ("Migrants should be treated like vermin", "en", True),
        ("Les migrants sont traités comme du bétail dans ces camps", "fr", False),
        ("Il ne faudrait pas traiter les Roms comme des nuisibles", "fr", False),
        ("C'est honteux de traiter les Roms comme des nuisibles", "fr", False),
        ("Migrants should never be treated like animals", "en", False),
    ],
)
def test_a_group_wished_treated_as_an_animal(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Muslims all lie", "en", True),
        ("Migrants all lie about their age", "en", True),
        ("Politicians all lie", "en", False),
        ("Kids lie about their age to get on TikTok", "en", False),
    ],
)
def test_a_group_said_to_lie_all_of_them(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged
