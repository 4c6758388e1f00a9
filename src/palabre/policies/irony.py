"""Sarcasm that hides contempt for a group: praise that means its opposite ("Génial, une
femme ministre des Armées, on négociera entre deux manucures 💅", "Ah yes, the famous
Romanian work ethic. Check your pockets"). Without a parser, three cues together: mock
praise at the start (or strong praise among the first words), a group named, and
something that marks the irony (a wink or an eye-roll, "lol", "comme par hasard", "of
course"; a question it answers itself, when the praise opens the comment).
Held for the editors, never rejected: irony is where a rule is most often wrong.
"""

from __future__ import annotations

import itertools

from palabre.domain.moderation import Category
from palabre.policies.findings import Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import NEGATING, Text

#: Praise strong enough to be the mock praise a few words in: "Une femme conductrice de
#: TER, super, ...". Milder words ("trop", "sure") mock only at the start.
_STRONG_PRAISE = frozenset(map(squeeze, {
    "genial", "super", "bravo", "magnifique", "formidable", "excellent", "brilliant",
    "wonderful", "fantastic", "lovely", "amazing", "marvellous", "marvelous", "superb",
    "great", "felicitations", "congrats", "congratulations", "cheers", "heartwarming",
    "inspiring", "merci", "thanks",
}))  # fmt: skip
#: Praise that opens the comment: the strong kind, and milder words that mock only there.
_OPENERS = _STRONG_PRAISE | frozenset(map(squeeze, {
    "merveilleux", "merveilleuse", "incroyable", "ravi", "ravie", "heureusement", "chouette",
    "trop", "incredible", "joie", "youpi", "wow", "yay", "sure",
}))  # fmt: skip
_OPENING_PAIRS = frozenset({("bien", "sur"), ("oui", "oui"), ("thank", "god"),
                            ("quelle", "chance"), ("quelle", "excellente"),
                            ("quelle", "bonne"), ("oh", "absolutely"), ("yes", "let"),
                            ("hooray", "for"), ("oh", "brilliant"), ("oh", "wonderful"),
                            ("ah", "les"), ("vive", "la"), ("vive", "le"), ("vive", "les"),
                            ("ah", "oui"), ("ben", "oui"), ("oh", "sure"), ("ah", "yes"),
                            ("oh", "yes"), ("mais", "non"), ("oh", "look"), ("ah", "la"),
                            ("quelle", "surprise"), ("what", "a"), ("quel", "honeur"),
                            ("oh", "les"), ("what", "an"), ("mais", "oui"), ("oh", "non"),
                            ("t", "wait"), ("pauvres", "cheris"), ("poor", "oppressed"),
                            ("how", "progressive"), ("so", "brave")})  # fmt: skip
_MOCK_PAIRS = frozenset({("quelle", "joie"), ("trop", "bien"), ("excellente", "nouvelle"),
                         ("great", "news"), ("oh", "great"), ("great", "idea"),
                         ("brilliant", "idea"), ("quelle", "surprise"),
                         ("love", "how"), ("what", "surprise"), ("my", "surprise"),
                         ("so", "brave"), ("quel", "honeur"), ("quel", "courage"),
                         ("quelle", "chance"), ("quelle", "belle"), ("belle", "lecon"),
                         ("what", "twist"), ("thank", "god")})  # fmt: skip
# Keys are squeezed ("excellente" is "excelente"): so must the pairs be.
_OPENING_PAIRS = frozenset((squeeze(a), squeeze(b)) for a, b in _OPENING_PAIRS)
_MOCK_PAIRS = frozenset((squeeze(a), squeeze(b)) for a, b in _MOCK_PAIRS)
_MARKS = ("😉", "🙄", "😏", "💅", "😂", "🤣", "👍", "🐒", "🙃", "😜", "🎻", "👏", "🙏", "🏆", "😭",
          "😢", "🤡", "💣")
_IRONIC_WORDS = frozenset(map(squeeze, {
    "lol", "mdr", "ptdr", "evidemment", "forcement", "apparemment", "surprise", "original",
    "originale", "coherent", "coincidence", "obviously", "apparently", "surely",
    "shocking", "shock", "famous", "fameuse", "fameux", "legendaire", "legendary",
    "surement",
}))  # fmt: skip
_IRONIC_PAIRS = frozenset((squeeze(a), squeeze(b)) for a, b in (
    ("bien", "sur"), ("par", "hasard"), ("of", "course"), ("who", "knew"), ("qui", "l"),
    ("for", "once")))  # fmt: skip
#: Phrases of irony in their own right: the praise taken back at the end ("quel progrès",
#: "at its finest"), the outcome everyone saw coming ("what could go wrong").
_IRONIC_PHRASES = tuple(
    tuple(map(squeeze, phrase.split()))
    for phrase in (
        "what could go wrong", "what could possibly go wrong", "who could have predicted",
        "who could possibly have predicted", "at its finest", "truly inspiring",
        "quel progres", "merci la", "vivre ensemble", "chapeau bas", "i m sure",
        "je suis sur que", "on attend avec impatience", "can t wait", "trop hate",
        "such honest", "so hardworking", "tellement travailleurs", "si travailleurs",
        "what a surprise", "imagine my surprise", "who could have seen that coming",
        "what are the odds", "never happens", "lucky us", "really works",
        "quelle surprise", "les coincidences", "comme d habitude", "as usual", "bless",
        "merci le progres", "qui l eut cru",
    )
)  # fmt: skip
#: Words that say the mocked people harm or disgust: with mock praise and a group, the
#: praise is the irony ("Super idée, des X dans chaque classe, ils savent pas lire").
_CONTEMPT_LISTS = ("dehum", "neg_attr", "insult", "slur", "doubt", "suspects")


#: How far into a comment the mock praise may come: "Une femme conductrice de TER,
#: super, comme ça ...", "Des X relogés au Port, trop bien, ...".
_PRAISE_REACH = 8


#: In a comment this short, the mock praise may come anywhere: "Une femme à la tête de la
#: police, excellente nouvelle pour les voleurs."
_SHORT_COMMENT = 30


def _thanks(text: Text) -> bool:
    """No mark of irony at all: no irony word, question, wink or word of contempt."""
    original = text.scan.normalized.original
    return not (_IRONIC_WORDS.intersection(text.keys) or "?" in original
                or any(m in original for m in _MARKS if m not in _THANKFUL)
                or any(text.scan.get(n) for n in _CONTEMPT_LISTS))  # fmt: skip


def _praise_at(keys: list[str], text: Text | None = None) -> int | None:
    """Where the mock praise is: the first word (any opener), or one of the first words
    (strong praise only; any word of a short comment), or None."""
    if keys and (keys[0] in _OPENERS or tuple(keys[:2]) in _OPENING_PAIRS):
        # "Merci pour cet article", "Great piece": thanks for the work, not mock praise.
        if _THE_WORK.intersection(keys[1:5]):
            return None
        # "Bravo aux bénévoles de la mosquée qui ...", "Thanks to the Sikh volunteers":
        # thanks addressed to people for a deed, not mock praise.
        if len(keys) > 1 and keys[1] in _TO and text is not None and _thanks(text):
            return None
        return 0
    reach = len(keys) if len(keys) <= _SHORT_COMMENT else _PRAISE_REACH
    for i, key in enumerate(keys[:reach]):
        if key in _STRONG_PRAISE or tuple(keys[i : i + 2]) in _MOCK_PAIRS:
            return i
    return None


#: What a reader thanks a newsroom for.
_THE_WORK = frozenset(map(squeeze, {"article", "reportage", "papier", "enquete", "dossier",
                                    "piece", "report", "reporting", "feature", "analyse",
                                    "analysis", "story", "interview", "portrait",
                                    "chronique", "column", "coverage"}))  # fmt: skip
_TO = frozenset(map(squeeze, {"aux", "au", "to"}))
_THANKFUL = ("🙏",)
#: Marks as often sincere as ironic: they count only for praise that opens the comment.
_ALSO_SINCERE = ("👍", "👏", "🙏", "🏆")


#: How near a group a word of contempt must be to mark the praise about it as irony.
_CONTEMPT_REACH = 12
#: Neighbours arriving, which the insinuation list reads beside a crime: no contempt by
#: itself ("A Somali family moved in next door. They're lovely people.").
_ARRIVALS = frozenset({"moved in", "moving in"})


def _ironic(text: Text, *, question: bool = True, groups: tuple[Match, ...] = ()) -> bool:
    keys = text.keys
    if _IRONIC_WORDS.intersection(keys) or _said_in_irony(keys):
        return True
    if any(abs(c.first - g.first) <= _CONTEMPT_REACH and c.entry not in _ARRIVALS
           for name in _CONTEMPT_LISTS for c in text.scan.get(name) for g in groups):  # fmt: skip
        return True
    original = text.scan.normalized.original
    marks = _MARKS if question else [m for m in _MARKS if m not in _ALSO_SINCERE]
    return any(mark in original for mark in marks) or (question and "?" in original)


def mock_praise(text: Text, m: Match) -> bool:
    """A word of praise that is the mock praise itself: among the first words, with a
    mark of irony other than a question. "Great news, more X in town 😏" praises no one."""
    at = _praise_at(text.keys, text)
    return at is not None and at <= m.first <= at + 1 and _ironic(text, question=False)


def sarcasm(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    """Mock praise about a group, with a mark of irony: held as implicit hate. Praise
    that does not open the comment needs a stronger mark than a question."""
    if not groups or analysis.findings:
        return
    at = _praise_at(text.keys, text)
    if at is not None and _ironic(text, question=at == 0, groups=tuple(groups)):
        analysis.findings.append(Finding(Category.HATE, 0.75, "hate.sarcasm", (groups[0],)))
    elif len(text.keys) <= _SHORT_COMMENT and _said_in_irony(text.keys):
        # No praise, but a phrase that only irony uses ("quelle surprise", "comme
        # d'habitude", "what are the odds"), in a short comment about a group.
        analysis.findings.append(Finding(Category.HATE, 0.75, "hate.sarcasm", (groups[0],)))


def _said_in_irony(keys: list[str]) -> bool:
    present = set(keys)
    return any(
        phrase[0] in present and _has_phrase(keys, phrase) for phrase in _IRONIC_PHRASES
    ) or any(pair in _IRONIC_PAIRS for pair in itertools.pairwise(keys))


def _has_phrase(keys: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(keys[i : i + n]) == phrase for i, k in enumerate(keys) if k == phrase[0])


#: Words of praise or thanks that the positive list leaves out (they would hide sarcasm
#: from the rules: "Génial, encore des X"), which count as praise only said plainly.
_PLAIN_PRAISE = frozenset(map(squeeze, {
    "adore", "adorent", "adorons", "tresor", "tresors", "admire", "admirons", "admirable",
    "admirables", "fier", "fiere", "fiers", "fieres", "generosite", "genereux", "genereuse",
    "genereuses", "courageux", "courageuse", "courageuses", "talentueux", "talentueuse",
    "talentueuses", "construit", "bati", "donne", "best", "proud", "generous", "brave",
    "talented", "gave", "love",
}))  # fmt: skip
#: What else sarcasm leans on, beyond the openers and marks above: "so", "truly",
#: "enfin", "toujours", an exclamation.
_EMPHASIS = frozenset(map(squeeze, {
    "quel", "quelle", "quels", "quelles", "ouah", "oh", "so", "how", "truly", "vraiment",
    "enfin", "encore", "clearly", "hein", "thank", "toujours", "always", "comme", "like",
    "really", "such", "what", "never", "jamais", "chapeau",
}))  # fmt: skip
#: Past this many words a comment may praise and then slip in contempt.
_PLAIN_MAX_WORDS = 30


def plain_praise(text: Text) -> bool:
    """A short comment with a word of praise no negation takes back, and no mark of
    sarcasm: no mock praise, ironic word, wink, exclamation, question or ellipsis."""
    keys = text.keys
    # Cheapest first: most comments praise nothing, and every comment is asked.
    if len(keys) > _PLAIN_MAX_WORDS or not any(
        k in _PLAIN_PRAISE and not NEGATING.intersection(keys[max(0, i - 3) : i])
        for i, k in enumerate(keys)
    ):
        return False
    original = text.scan.normalized.original
    if _EMPHASIS.intersection(keys) or any(c in original for c in "!?…") or "..." in original:
        return False
    if any(ord(c) > 0x2600 for c in original):
        return False  # an emoji: 😏, 🙄, 👏
    return not (_ironic(text) or _praise_at(keys) is not None)
