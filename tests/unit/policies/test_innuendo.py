"""Sexual remarks made of ordinary words, aimed at a woman or a commenter, against
compliments, reports of harassment, sex education and the same words in daily life."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La présentatrice météo, je lui ferais bien son affaire après le journal."),
        (
            "fr",
            "@Sandrine_L viens plutôt en MP, je te montrerai ce que c'est qu'un homme.",
        ),
        ("fr", "Jupe courte à l'antenne : qu'elle vienne donc s'asseoir sur mes genoux."),
        (
            "fr",
            "Elle rougit en direct. J'aimerais bien la faire rougir dans mon lit.",
        ),
        ("fr", "La ministre est bonne, je lui pardonne tout si elle passe une nuit avec moi."),
        ("en", "She'd get it. Don't care what she's saying about interest rates."),
        ("en", "Forget the weather, love, turn around and bend over for the camera."),
        ("en", "Less talking, more showing us what's under that blouse."),
        ("en", "Those lips were made for something other than reading the news 😏"),
        ("en", "@jess_writes DM me sweetheart, I'll show you what a real man can do."),
    ],
)
def test_held(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Elle est restée au lit toute la journée, malade."),
        ("fr", "Ma fille s'est endormie sur mes genoux pendant le film."),
        ("fr", "Elle connaît son affaire, cette avocate."),
        ("fr", "Elle a pris des positions courageuses sur le climat."),
        ("fr", "Elle est morte dans son lit à 96 ans, entourée des siens."),
        ("fr", "La joueuse s'est mise à genoux pour célébrer son but."),
        ("fr", "Je lui ai répondu en privé, elle m'a envoyé ses photos de vacances."),
        ("fr", "Ma femme a adoré sa tenue, on l'a regardée au ralenti pour voir le pas de danse."),
        ("fr", "Mdr t'es vraiment un boulet, t'as encore oublié les clés chez moi 😂❤️"),
        (
            "fr",
            "Procès pour harcèlement : il lui proposait de passer une nuit avec lui.",
        ),
        ("en", "The council shouldn't bend over backwards for her."),
        ("en", "She stayed in bed with flu all week."),
        ("en", "She was found in her hotel room after the show."),
        ("en", "How she got the job is a story of pure grit."),
        ("en", "I'm not saying she was asking for it, nobody ever is."),
    ],
)
def test_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La photo est bonne, une belle lumière sur la cathédrale."),
        ("fr", "Ma belle-mère est bonne cuisinière, sa tenue de cuisine est impeccable."),
        ("fr", "Les juifs de Sarcelles ont créé une association ouverte à tout le monde."),
    ],
)
def test_ordinary_words_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


def test_bending_over_for_a_ball_is_no_remark() -> None:
    assert action("She had to bend over to pick up the ball.", "en") == "publish"


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A sexual slur in a sentence about a woman, however far from her.
        ("en", "Look at the MP in that dress, she's basically begging for it, the slut.", True),
        ("en", "Bet she slept her way into this job, she's got the face of a cheap whore.", True),
        ("fr", "La commentatrice a l'air d'une vraie salope, c'est combien la soirée ?", True),
        # Reported, or a dog.
        ("fr", "Elle a traité sa collègue de salope, elle a été licenciée.", False),
        ("en", "Our bitch had her first litter last night, six healthy pups and mum is doing "
         "fine 🐶", False),
    ],
)
def test_sexual_slur_about_her(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A woman's job said to be won, or kept, on her knees or in bed.
        ("fr", "Elle a eu son poste de ministre en passant sous le bureau, c'est évident.", True),
        ("fr", "La présentatrice météo devrait bosser à genoux, c'est tout ce qu'elle sait.", True),
        ("en", "The weather girl should be on her knees, that's the only talent she's got.", True),
        ("en", "That presenter's only good for one thing and it isn't reading the news.", True),
        ("fr", "Elle a posé son sac sous le bureau.", False),
        ("en", "This knife is only good for one thing: bread.", False),
    ],
)
def test_job_won_on_her_knees(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("fr", "Les conseillères municipales ont couché pour avoir leur place sur la liste.", True),
        ("fr", "Toutes ces militantes ont juste besoin d'un bon mâle pour se calmer.", True),
        ("en", "The girls' team should play in bikinis, at least there'd be something to watch.",
         True),
        ("fr", "Les nanas en politique, c'est des hystériques.", True),
        ("fr", "Les conseillères municipales ont voté le budget hier soir.", False),
    ],
)
def test_women_degraded_as_a_group(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("en", "That female reporter only got the job by being easy on the eyes and even easier "
               "in bed.", True),
        ("fr", "Les filles de l'équipe de France feraient mieux de poser en bikini.", True),
        # A quotation condemned, not said.
        ("en", "'Get back in the kitchen' under a story about our women's team beating France? "
               "Grow up, they're world class.", False),
        ("en", "Women should get back in the kitchen.", True),
    ],
)
def test_women_named_and_quotations(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged
