"""Hate quoted or described in order to condemn it, and the judgements that look like
condemnation but endorse: counter-speech is published, its look-alikes are not."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The hateful words are what a speech act says, and the sentence condemns it.
        ("fr", "Les commentaires qui comparent les migrants à des rats sont ignobles."),
        ("fr", "Comparer les migrants à des rats est ignoble."),
        ("fr", "C'est honteux de comparer les juifs à de la vermine."),
        ("en", "Calling Muslims vermin is disgusting."),
        ("en", "People who compare refugees to rats are vile."),
        ("en", "It is shameful to call gay people animals."),
        # The claim alone, then a sentence that condemns writing it.
        ("fr", "Les juifs sont des rats ? C'est honteux d'écrire ça."),
        ("en", "Jews are rats. Shameful that anyone writes this."),
    ],
)
def test_condemned_speech_publishes(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A judgement with a clause of its own condemns that clause.
        ("fr", "Les musulmans sont des parasites et c'est honteux qu'on les accueille."),
        ("en", "Muslims are vermin and it's shameful that we let them in."),
        # "Those who say ..." endorsed, not reported.
        ("en", "Those who say Jews are rats are right."),
        ("fr", "Ceux qui disent que les juifs sont des rats ont raison."),
        # Condemning someone else in the next sentence, with no word for saying.
        ("fr", "Les migrants sont des rats. Honte à ceux qui défendent ça."),
        # The speech is the speaker's own, not a subject the sentence judges.
        ("fr", "On peut comparer les migrants à des rats, ils sont sales."),
        ("en", "I'd call Muslims vermin, they are disgusting."),
    ],
)
def test_endorsing_look_alikes_are_flagged(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # What someone said of a group, reported to condemn it.
        ("en", "I lost all respect for you when you said women like me were pathetic."),
        # Speech named, then an example of it in quotes.
        ("en", 'Obvious hate like "gay lives aren\'t worth shit" will thankfully get you banned.'),
        ("fr", "Des propos comme « les migrants sont des rats » n'ont rien à faire ici."),
    ],
)
def test_reported_and_exemplified_speech_is_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le surnom «bougnoule» qu'on lit ici a une histoire coloniale. Stop."),
        ("en", "You can't make a proper tom yum without kaffir lime leaves."),
        ("fr", "Le conseil doit exécuter le budget voté, les Marseillais attendent."),
        ("fr", "L'équipe du Maroc va tout brûler au tournoi cette année."),
    ],
)
def test_nicknames_named_food_budgets_and_sport_publish(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Lire ici que les Roumains seraient « des rats », ça me dégoûte."),
        ("fr", "Ceux qui comparent les réfugiés à des cafards n'ont rien appris de l'histoire."),
        ("en", "Reading that Somalis are 'vermin' in these comments makes me sick."),
    ],
)
def test_disgust_at_what_one_reads_is_counter_speech(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('Posting "women belong in the kitchen" in 2024 is pathetic.', "en"),
        ('"Immigrants should be shot" - that tweet should get its author banned.', "en"),
        ('The comment "Muslims are terrorists" was removed by the moderators, as it should be.',
         "en"),
        ('"Black people are inferior" - no, they are not, and shame on you for writing it.',
         "en"),
        ("Le commentaire « les musulmans sont des terroristes » a été supprimé par la "
         "modération.", "fr"),
        ("« Les femmes à la cuisine » : en 2024, c'est pathétique.", "fr"),
    ],
)
def test_a_quote_judged_removed_or_refuted_is_published(text: str, lang: str) -> None:
    assert action(text, lang) == "publish"


def test_scare_quotes_are_not_a_quote_that_is_judged() -> None:
    text = ('Those "asylum seekers" housed at the old RAF camp breed like rats. Give it ten '
            "years and the whole county will be infested.")
    assert action(text, "en") != "publish"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("franchement les gens qui disent que les lesbiennes sont juste frustrées, c'est "
         "pathétique", "fr"),
        ("Affirmer que les trans sont des malades mentaux est faux et dangereux.", "fr"),
        ("Je suis écœuré par ceux qui ont poussé des cris de singe contre le joueur noir.", "fr"),
        ("The chants about gay players at Saturday's derby were a disgrace and the club must "
         "act.", "en"),
        ("It's chilling that anyone still argues disabled people should be sterilised.", "en"),
    ],
)
def test_a_claim_judged_or_reported_is_published(text: str, lang: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    "text",
    ["Les Roms, c'est de la vermine.", "Les Roms sont des voleurs, c'est pathétique."],
)
def test_a_group_taken_up_by_c_est_is_still_the_target(text: str) -> None:
    assert action(text, "fr") != "publish"


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # A claim quoted whole, then called a lie or met with incredulity: rebutted.
        ("fr", "« Les juifs contrôlent les banques » : ce vieux mensonge tue encore.", False),
        ("fr", "« Les réfugiés sont des parasites », vraiment ? C'est vous qui avez peur.", False),
        ("en", "Imagine typing “gays are a threat to children” and feeling reasonable.", False),
        # The same quote endorsed.
        ("fr", "« Les réfugiés sont des parasites », c'est vraiment la vérité.", True),
    ],
)
def test_a_quoted_claim_rebutted(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # The writer names themselves by the word: in-group use.
        ("fr", "Je suis pédé, marié depuis dix ans, et ma vie est très banale.", False),
        ("fr", "Nous les Chinetoques de Belleville on vous invite au Nouvel An 🧧", False),
        ("en", "Us faggots are not entertainment. We are people.", False),
        # The same words said of others.
        ("fr", "Les Syriens du quartier, je vous le dis, on va les sortir un par un.", True),
        ("fr", "Maudits nègres, i font juste du bruit dans le parc toute la nuit.", True),
    ],
)
def test_a_word_the_writer_says_of_themselves(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # A crime named in a report of it: the model's doubt band does not hold it.
        ("Le procès des viols de Mazan montre que la soumission chimique est sous-estimée", False),
        ("Encore un troupeau de brebis attaqué par les loups, douze bêtes égorgées.", False),
        ("Les punaises de lit sont de retour dans les hôtels, vérifiez vos valises.", False),
        # Aimed at the reader, the same word is no report.
        ("Toi je vais te violer sale chienne", True),
    ],
)
def test_a_crime_reported_is_no_cue_for_the_doubt_band(text: str, held: bool) -> None:
    assert (action(text, "fr") != "publish") is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # Reading of a group's suffering, or a claim reported to answer it.
        ("Reading about the migrants who drowned off Lampedusa is sickening.", False),
        ("To the poster claiming the Holocaust is exaggerated: my family is on the wall.", False),
        ("The migrants are disgusting", True),
    ],
)
def test_what_is_read_or_reported_of_a_group(text: str, held: bool) -> None:
    assert (action(text, "en") != "publish") is held


@pytest.mark.parametrize(
    "text",
    ["Moi les bougnoules je les supporte pas.", "Moi les pédés, je peux pas les voir."],
)
def test_the_writer_s_view_of_others_is_no_self_naming(text: str) -> None:
    assert action(text, "fr") == "reject"


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # What someone else calls a group, reported: a museum, a government, a message.
        ("fr", "L'exposition montre des affiches qui représentaient les Arméniens en rats.", False),
        ("en", "The regime calls Uyghurs terrorists to justify the camps.", False),
        ("fr", "Des messages accusant les Comoriens d'être tous des voleurs circulent, honteux.",
         False),
        # Endorsed, it is the writer's own.
        ("fr", "Mon voisin traite les Arabes de rats et il a raison.", True),
        ("en", "My dad calls Muslims vermin and he is right.", True),
    ],
)
def test_what_someone_else_calls_a_group_is_reported(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("fr", "Être lesbienne n'a rien d'une maladie, la médecine l'a dit depuis longtemps.",
         False),
        ("fr", "Les loyers montent parce que les régies se gavent, pas à cause des étrangers.",
         False),
        ("en", "Kiké Hernández hit a clutch double in the ninth, what a player.", False),
        ("fr", "Les lesbiennes sont une maladie.", True),
        ("en", "Kike bankers run the world.", True),
    ],
)
def test_denials_and_names_that_look_like_abuse(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A claim backed by figures, or a report endorsed, is the writer's own.
        ("fr", "Les chiffres montrent que les immigrés sont des délinquants."),
        ("en", "Everyone calls Gypsies thieves because they are."),
        ("fr", "Le ministre traite les Roms de voleurs, et ils le sont."),
        ("fr", "Je traite les migrants de parasites parce qu'ils le sont."),
    ],
)
def test_reported_words_the_writer_makes_their_own(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ah, « tous les musulmans sont des terroristes », quelle analyse fine, bravo.", "fr"),
        ("« Remigration », « invasion »… Toujours les mêmes mots de haine. Lamentable.", "fr"),
        ("Ah yes, 'all Muslims are terrorists', what a nuanced take, truly Nobel-worthy.", "en"),
    ],
)
def test_hate_quoted_to_mock_it_is_counter_speech(text: str, lang: str) -> None:
    assert action(text, lang) == "publish"
