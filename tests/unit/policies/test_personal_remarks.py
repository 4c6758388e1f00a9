"""Personal remarks (``policies/personal.py``): crude sexual remarks and mockery of a body
aimed at someone, against the same words said of nobody, of a thing or of oneself; and the
civil comments spared: teasing between friends, swearing as an exclamation."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Crude sexual words said of the reader, of "cette meuf", with an object pronoun.
        ("fr", "baise la et\nbaise ta femme", True),
        ("fr", "Cette meuf je la baiserais bien", True),
        ("fr", "T'as qu'à mater des bonnasses asiatique aussi", True),
        ("fr", "retourne te renifler les burnes dans ton coin", True),
        # The same words aimed at no one, a decrease that squeezes to the same key, a
        # noun after an elided article.
        (
            "fr",
            "l'éjaculation précoce ça se soigne, j'ai vu un sexologue et ça a changé ma vie",
            False,
        ),
        ("fr", "Le chômage baisse encore, tu as vu les chiffres ?", False),
        ("fr", "Et il a du sperme qui coule « littéralement » dans ses veines\nChaud", False),
    ],
)
def test_sexual_remarks(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Sexual remarks about "la journaliste", "elle", "her".
        ("fr", "la streameuse elle fait du contenu pour se faire mater", True),
        ("fr", "la ministre je parie qu'elle écarte les cuisses pour chaque vote", True),
        ("en", "Chloe from accounting, I'd bend her over the copier any day", True),
        ("en", "that actress slept her way to every role, look at her face", True),
        # A crime reported with the same words.
        (
            "fr",
            "Elle a porté plainte : son agresseur l'aurait forcée à se faire sauter par ses amis.",
            False,
        ),
    ],
)
def test_sexual_remarks_about_her(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A body mocked: the reader's, "elle", a role, a body made a group.
        ("fr", "avec ta tete de cheval t'etonne pas d'etre celib", True),
        ("fr", "elle est tellement moche qu'on devrait lui interdire les selfies", True),
        ("fr", "Cette chanteuse est tellement moche", True),
        ("fr", "les obèses devraient payer deux places dans l'avion et fermer leur gueule", True),
        ("en", "she's a fat ugly whale who thinks she's hot", True),
        # Things, the writer, animals, a tale.
        ("fr", "Ce pull est moche", False),
        ("fr", "Le nouveau logo est vraiment moche", False),
        ("fr", "Je suis moche sur cette photo", False),
        ("fr", "Une baleine s'est échouée sur la plage de Biarritz", False),
        ("fr", "Blanche-Neige et les sept nains au théâtre ce soir", False),
        ("en", "This jersey is so ugly", False),
        ("en", "I look ugly in this photo", False),
    ],
)
def test_body_shaming(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A mild word among friendly ones teases; a strong one still insults.
        ("fr", "@Julien t'es toujours aussi nul à FIFA mon pote, revanche samedi 😂❤️", False),
        ("fr", "espèce de boulet, t'as encore oublié tes clés chez moi 😂 bisous", False),
        (
            "en",
            "you're a legend and an idiot in equal measure Tom, happy birthday ya clown 🎉",
            False,
        ),
        ("fr", "espèce de connard ❤️", True),
        ("fr", "t'es nul", True),
        ("en", "you idiot", True),
        # A laugh, or a pint promised, is as friendly as a heart; a slur stays a slur.
        ("fr", "Gros nul, t'as raté le bus pour la troisième fois cette semaine 🤣", False),
        ("en", "You muppet, the quiz starts at eight not nine, see you at the pub", False),
        ("fr", "espèce de connard 😂", True),
    ],
)
def test_banter(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Swearing as an exclamation or an intensifier aims at no one in its sentence.
        ("fr", "Bordel de merde, ils ont encore augmenté le passe Navigo.", False),
        ("fr", "Ils ont mis un putain de but à la 93e, j'ai hurlé dans mon salon !", False),
        ("fr", "Putain de réveil, il a sonné trop tôt.", False),
        ("fr", "Je me suis cassé le cul à monter ce meuble et il manque une vis.", False),
        ("fr", "Putain, ce connard d'arbitre", True),
        ("fr", "Putain", False),
    ],
)
def test_swearing_aimed_at_nothing(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Cette journaliste, au lieu de faire des reportages, devrait passer sous mon bureau.",
        ),
        ("fr", "T'es bonne chérie, envoie plutôt des photos au lieu de commenter l'économie."),
        (
            "fr",
            "La patineuse, on aimerait la voir faire ses figures en privé, sans le justaucorps.",
        ),
        ("en", "She'd be a lot more convincing if she sat on my lap and explained it slowly"),
        ("en", "Someone tell the MP she'd get more votes if she undid another button"),
        ("en", "Bet the editor hired her for her legs, it certainly wasnt for her writing"),
    ],
)
def test_sexualising_remarks_without_crude_words_are_held(lang: str, text: str) -> None:
    assert action(text, lang) == "hold"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La nageuse a remporté l'or au 100 m"),
        ("fr", "Elle a posé en lingerie pour une campagne contre le cancer du sein"),
        ("en", "Her knickers-and-bra campaign for M&S was a big success"),
        ("en", "The swimmer in lane 4 broke the world record"),
        ("en", "My wife and I moved the TV into my bedroom"),
    ],
)
def test_bodies_and_clothes_in_the_news_are_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("en", "Sit down you absolute galah", True),
        ("en", "She's a lying, talentless cow and the worst presenter the BBC has had", True),
        ("en", "The Lunar New Year gala went ahead anyway", False),
        # Friends teasing: a wink, a pint owed, "on t'aime bien".
        ("en", "@Jonno you absolute muppet, you still owe me a pint from the derby 😂🍺", False),
        ("fr", "@Seb_35 t'es vraiment un boulet au tarot, mais on t'aime bien 😉", False),
    ],
)
def test_insults_of_the_british_isles_and_banter(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # Advances and innuendo with no crude word, said of a woman or to a commenter.
        ("fr", "La joueuse, on regarde pas son revers, on regarde sous sa jupe.", True),
        ("fr", "Cette députée, une bonne fessée et elle se calmerait.", True),
        ("en", "@Amy_R nice profile pic, DM me a few more and we'll talk politics.", True),
        ("en", "That newsreader has lips made for more than the headlines.", True),
        # The same words with nobody aimed at, or in a family's day.
        ("fr", "Ma fille dort dans mon lit depuis qu'elle est malade.", False),
        ("en", "She stayed a night with me at the hospital when I was ill.", False),
    ],
)
def test_innuendo_aimed_at_a_woman_is_held(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


def test_an_insult_at_the_end_of_a_list_of_epithets() -> None:
    text = "Le chroniqueur qui a écrit ça est un menteur, un vendu, une merde."
    assert action(text, "fr") != "publish"
    assert action("Le maire est un homme courageux, un bon gestionnaire, un ami.", "fr") == (
        "publish"
    )


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # Blaming a woman for an assault, and advances at a commenter by handle.
        ("en", "She went to his room at 2am. What did she think was going to happen?", True),
        ("fr", "Elle portait quoi ce soir-là ? Faut assumer aussi.", True),
        ("en", "@Jess_R nice pic, slide into my DMs instead of arguing politics 😘", True),
        ("en", "The court heard she was assaulted at a festival; the man was jailed.", False),
    ],
)
def test_victim_blaming_and_advances(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("She should get back in the kitchen where she belongs.", "en", True),
        ("Get her off the pitch and back to making sandwiches.", "en", True),
        ("Retourne à ta cuisine, ma grande.", "fr", True),
        ("La ministre ? Qu'elle retourne à la cuisine.", "fr", True),
        ("She was back in the kitchen when the shell hit the house, her son said.", "en", False),
        ("Elle est retournée à la cuisine chercher du pain.", "fr", False),
        ("Qu'elle soit élue ou pas, elle retournera à la cuisine de son restaurant.", "fr", False),
    ],
)
def test_a_woman_sent_back_to_the_kitchen(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Ma chérie, tes analyses on s'en fout, fais nous plutôt un tuto maquillage.", "fr", True),
        ("@Sandrine67 toi t'as clairement besoin d'un homme, ça te calmerait les nerfs.", "fr",
         True),
        ("She's shrieking again, must be that time of the month.", "en", True),
        ("Shush now, pet, let the men talk about the tactics.", "en", True),
        ("Elle a regardé le débat sans le son, trop de cris.", "fr", False),
        ("She took the photo in her swimsuit on holiday, her mum said.", "en", False),
        ("The presenter hit the mute button by mistake and the viewers complained.", "en", False),
    ],
)
def test_a_woman_put_in_her_place(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Back to the kitchen, darling, and leave the economics to the grown-ups.", "en", True),
        ("Elle hurle comme une hystérique à chaque débat, sûrement ses règles.", "fr", True),
        ("Thanks darling, see you at the kitchen table tonight.", "en", False),
    ],
)
def test_pet_names_and_her_period(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Qu'elle aille repasser les chemises de son mari au lieu de voter des lois", "hold"),
        ("fr", "Une femme n'a rien à faire à la tête d'un pays. C'est un boulot d'homme.", "hold"),
        ("en", "Typical female, all feelings and no brains", "hold"),
        ("en", "Pretty face, empty head, that's why she got the anchor job", "hold"),
        # The same words of a shirt, a trade's past, a sandwich before a match.
        ("fr", "Il faut repasser les chemises avant la cérémonie.", "publish"),
        ("fr", "Couvreur, c'est un métier d'homme disait mon grand-père, ça change.", "publish"),
        ("en", "Go make a sandwich, the game starts in ten minutes!", "publish"),
    ],
)
def test_a_woman_sent_to_chores_or_judged_by_sex(lang: str, text: str, expected: str) -> None:
    assert action(text, lang) == expected
