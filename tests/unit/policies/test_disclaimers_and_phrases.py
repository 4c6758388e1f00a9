"""The "not racist, but" disclaimer, phrases written with a word slipped in or their "ne"
left out, a quote endorsed in the next sentence, and questions that doubt a virtue."""

from __future__ import annotations

import pytest

from palabre.policies.lexicons import builtin_lexicon
from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The disclaimer, a "but", then the group: held for the editors.
        ("fr", "Je ne suis pas misogyne, mais les femmes au volant, c'est la catastrophe."),
        ("fr", "Pas raciste hein, mais les Roms, faudrait tous les mettre dans un bus."),
        ("fr", "Je ne suis pas raciste, j'ai des amis arabes, mais ils ont un problème."),
        ("en", "Not antisemitic, but you have to admit Jews are always where the money is."),
        # A phrase with its "ne" left out, or with a word slipped in.
        ("fr", "Perso je trouve que les musulmans ont rien à faire en Europe."),
        ("fr", "Les juifs, vos jours ici sont comptés."),
        # A quoted claim approved by what follows it.
        ("fr", "Comme on dit, « les Roms, c'est de la vermine », et l'actualité le prouve."),
        ("fr", "Je cite : « les Arabes sont des voleurs ». Il avait raison."),
        ("en", "Someone above said “Muslims are vermin.” Only honest comment on this page."),
        # A counter word listed among the attributes is one more attribute.
        ("en", "Muslims are backward and bigoted by nature."),
    ],
)
def test_flagged(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # No group after the turn, or praise of it.
        ("fr", "Je ne suis pas misogyne, mais ce film est raté."),
        ("fr", "Je ne suis pas islamophobe, mais les musulmans méritent mieux que ces imams."),
        # A negation is never skipped over: "pas tous des terroristes" denies.
        ("fr", "Non, les musulmans ne sont pas tous des terroristes, loin de là."),
        # An adverb inside a denial keeps it a denial.
        ("fr", "Je ne pense absolument pas que les musulmans soient incompatibles avec la "
               "République."),
        # Quoting another commenter to answer them.
        ("fr", "Je cite le type du dessus : « ces gens-là ne s'intégreront jamais ». Merci "
               "bien."),
        # "ils ont raison" approves the complaint of the next sentence, not the quote.
        ("fr", "Quelqu'un a tagué « Chinois = virus ». Les parents ont porté plainte et ils "
               "ont raison."),
        ("en", "Calling Muslims backward is bigoted and wrong."),
    ],
)
def test_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


def test_a_slipped_word_is_never_a_negation() -> None:
    lexicon = builtin_lexicon("fr")
    found = {m.entry for m in lexicon.scan("vos jours ne sont comptés").matches}
    assert "vos jours sont comptes" not in found
    found = {m.entry for m in lexicon.scan("vos jours ici sont comptés").matches}
    assert "vos jours sont comptes" in found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A virtue doubted with "ever", "a single", or mocked with "if they are so".
        ("fr", "Qui peut encore croire qu'un musulman puisse être loyal à la France ?", "hold"),
        ("fr", "Pourquoi les femmes ont besoin de quotas si elles sont si compétentes ?", "hold"),
        ("en", "Has any African country ever invented anything useful?", "hold"),
        ("en", "Can a Muslim ever truly be loyal to this country?", "hold"),
        # A habit pinned on the group, asked why; not what the group suffers.
        ("en", "Why do immigrants always complain?", "hold"),
        ("en", "Why are women always so emotional?", "hold"),
        ("en", "Why are Muslims always blamed for terrorism?", "publish"),
        ("fr", "Pourquoi les musulmans sont toujours visés après un attentat ?", "publish"),
        ("fr", "Les musulmans sont-ils loyaux envers leur employeur, selon l'étude ?", "publish"),
        ("en", "Are immigrants more hardworking than natives, according to the data?", "publish"),
    ],
)
def test_virtues_doubted_and_habits_asked(lang: str, text: str, expected: str) -> None:
    assert action(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Glued: a little word is cut first ("de la vermine", not "del (l)a vermine").
        ("fr", "Les homos c'est delavermine.", "reject"),
        # Two ordinary words that make a derogatory word together.
        ("fr", "Les Arabes c'est de la ver mine.", "reject"),
        ("en", "Arabs are ver min.", "reject"),
        # Not a verb and its object.
        ("en", "These women disgust me so much.", "reject"),
    ],
)
def test_words_cut_or_glued(lang: str, text: str, expected: str) -> None:
    assert action(text, lang) == expected


def test_two_words_join_only_into_a_derogatory_word() -> None:
    lexicon = builtin_lexicon("fr")
    assert "vermine" in lexicon.scan("c'est de la ver mine").keys
    # "va leur" would make "valeur", a word of praise: left as two words.
    assert lexicon.scan("on va leur donner une médaille").keys[1:3] == ["va", "leur"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The speaker's own hatred reaches the group after its preposition.
        ("fr", "J'ai une haine viscérale envers les handicapés et je m'en cache pas.", "reject"),
        # Hatred reported, or condemned, is not the speaker's.
        ("fr", "La haine envers les musulmans augmente.", "publish"),
        ("fr", "Je suis écœuré de voir autant de haine contre les Noirs sur ce site.", "publish"),
        # A new clause ("sinon") judges the situation, not the group.
        ("fr", "Faut régulariser les sans-papiers qui bossent, sinon c'est hypocrite.", "publish"),
        ("fr", "Les Roms qui campent ici, c'est de la vermine.", "reject"),
        # What a story is about is no victim.
        ("en", "Another puff piece on Muslims. They are parasites, every last one of them.",
         "reject"),
    ],
)
def test_whose_hatred_and_what_is_judged(lang: str, text: str, expected: str) -> None:
    assert action(text, lang) == expected


def test_two_little_words_are_never_joined() -> None:
    # "tu es" would read "tues" (kill): two words of two letters stay apart.
    assert builtin_lexicon("fr").scan("tu es une merde").keys[:2] == ["tu", "es"]


def test_an_exclamation_sets_a_verdict_apart() -> None:
    assert action("Les musulmans, quelle bande de parasites.", "fr") == "reject"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "not" before a comma quantifies nothing after it.
        ("en", "Like it or not, Asians are lazy.", "reject"),
        ("en", "My take, like it or not: Asians are a degenerate bunch.", "reject"),
        ("en", "Not a single Muslim is a terrorist.", "publish"),
        # "not all" denies "all extremists", with which it shares a word.
        ("en", "Muslims are not all extremists.", "publish"),
        ("en", "There is nothing good about trans people, nothing at all.", "reject"),
        # Putting up with a group "without throwing up"; not "without a budget".
        ("en", "How does anyone put up with Jews without throwing up?", "hold"),
        ("en", "How do you support refugees without a big budget?", "publish"),
    ],
)
def test_quantifiers_and_disgust(lang: str, text: str, expected: str) -> None:
    assert action(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Those who do it to the group are the ones judged, and their violence is theirs.
        ("fr", "Ceux qui attaquent les musulmans sont des lâches.", "publish"),
        ("fr", "Ceux qui veulent tuer les homos sont des criminels.", "publish"),
        ("en", "People who attack Muslims are cowards.", "publish"),
        ("en", "Those who want to kill gay people are criminals.", "publish"),
        ("en", "If you think women are inferior, the problem is you.", "publish"),
        # The group itself in the relative clause, or the doers approved.
        ("fr", "Les musulmans qui arrivent sont des parasites.", "reject"),
        ("en", "Those who say Jews are rats are right.", "reject"),
        ("fr", "Les femmes devraient perdre le droit de vote, et celles qui protestent, on les "
               "enferme.", "reject"),
    ],
)
def test_those_who_do_it(lang: str, text: str, expected: str) -> None:
    assert action(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Swearing at a thing aims at no one; at a person, or at a role, it does.
        ("fr", "Mon grille-pain est une saloperie, il crame tout.", "publish"),
        ("fr", "Mon téléphone est une merde, il plante tous les jours.", "publish"),
        ("en", "My phone is a piece of shit, it crashes every day.", "publish"),
        ("en", "My boss is a piece of shit.", "hold"),
        ("fr", "La consultante du match est une conne finie, elle sait même pas ce qu'est "
               "un corner.", "hold"),
    ],
)
def test_swearing_at_things(lang: str, text: str, expected: str) -> None:
    assert action(text, lang) == expected


def test_hate_with_a_letter_dropped() -> None:
    assert action("I hte Jews from the bottom of my heart.", "en") == "reject"
    # Only "hate": three-letter words are too often other words.
    assert builtin_lexicon("fr").scan("il a mis son hat").keys[-1] == "hat"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Praise said plainly keeps the newsroom model from holding a group's name.
        ("fr", "Les savants arabes nous ont donné l'algèbre et tant d'autres choses.", "publish"),
        ("fr", "Les immigrés ont construit une bonne partie de ce pays, il faut le rappeler.",
         "publish"),
        # With the marks of sarcasm it still may: "bravo", an exclamation, an emoji.
        ("fr", "Bravo aux Roms pour leur sens aigu du recyclage : nos vélos, nos câbles, nos "
               "gouttières.", "hold"),
    ],
)
def test_plain_praise_and_sarcasm(lang: str, text: str, expected: str) -> None:
    assert action(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # A condemnation or a kind word taken back by a "but".
        ("Je condamne la violence contre les trans, mais ce sont des malades mentaux.", True),
        ("J'ai rien contre les homos, mais qu'ils ne s'approchent pas des écoles.", True),
        ("Moi je respecte les musulmans, tant qu'ils restent chez eux.", True),
        # The "but" that goes on to praise or to pity.
        ("Les trans subissent des violences, mais ce sont des victimes courageuses", False),
    ],
)
def test_a_disclaimer_taken_back_by_a_but(text: str, held: bool) -> None:
    assert (action(text, "fr") != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("fr", "Pourquoi les gens du voyage paient jamais d'impôts ?", True),
        ("en", "Why do trans people all seem so mentally unhinged?", True),
        ("fr", "Pourquoi les femmes sont-elles toujours moins payées que les hommes ?", False),
        ("fr", "Pourquoi les Roms sont-ils toujours expulsés l'hiver ?", False),
        ("en", "Why are Muslims always blamed for terrorism?", False),
    ],
)
def test_why_asked_of_a_whole_group(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # Praise denied to every member of a group.
        ("en", "No Jew has ever been loyal to this country.", True),
        ("en", "I've never met a woman who could do maths properly.", True),
        ("fr", "Aucun Arabe n'a jamais rien construit de valable chez nous.", True),
        # A prejudice denied, or a fact.
        ("en", "No Muslim is a terrorist.", False),
        ("en", "No woman has ever been elected here.", False),
        ("fr", "Aucun Rom n'est un voleur.", False),
        ("fr", "Aucun migrant n'a été aidé par la mairie.", False),
    ],
)
def test_praise_denied_to_a_whole_group(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held
