"""Sexual remarks aimed at a woman without a crude word: "la présentatrice, je lui ferais
bien son affaire", "she'd get it", "@Julie envoie plutôt ton 06 😘", "avec des lèvres
pareilles elle devrait faire autre chose de sa bouche".

The crude words are `personal.py`'s. These remarks are made of ordinary words (a bed,
a private message, "a real man", an outfit) and read as harassment only together: a
woman or a commenter addressed, and either a phrase that says it outright or a hint
backed by a second one (her body or clothes, a wink, another hint). Held for the
editors as insulting, like the crude remarks. A compliment on a dress or a speech, a
harassment trial, sex education, and dating advice hold no such phrase, or are reports.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.findings import Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.phrases import phrase_set
from palabre.policies.sentences import Text
from palabre.policies.vocative import HANDLE, SECOND_PERSON

#: Phrases that say it outright, of a woman or to a commenter.
_OUTRIGHT = phrase_set(
    "une nuit avec moi", "je lui ferais bien son affaire", "lui faire son affaire",
    "je la saute", "la sauter", "je la sauterais", "je me la ferais", "je me la taperais",
    "cherche a se faire prendre", "veut se faire prendre", "ecarte les cuisses",
    "ecarte aussi bien les cuisses", "cochonne", "sans le haut", "en nuisette", "envoie ton 06",
    "ton 06", "tes nudes", "des nudes", "montre tes fesses", "ce que c est qu un vrai homme",
    "ce que c est qu un homme", "ce que c est un vrai homme", "un bon mec lui",
    "qu elle l a cherche", "elle l a bien cherche", "elle l a cherche avec",
    "coucher avec tout", "promotion canape", "mettrais bien un coup", "se faire mater",
    "she d get it", "she would get it", "i d ruin her", "i d fix her", "what i d do with her",
    "what i d do to her", "what i would do to her", "bend over for", "bend over and",
    "bend her over", "nice tits", "send nudes", "what a real man", "what s under that",
    "what s under her", "under that blouse", "low cut", "wasted on speeches", "freak in bed",
    "asking for it", "i d hit that", "would hit that", "wouldn t kick her out",
    "le reste qui m interesse", "passant sous le bureau", "passee sous le bureau",
    "passer sous le bureau", "passe sous le bureau", "bosser a genoux", "travailler a genoux",
    "devrait etre a genoux", "bonne qu a une chose", "bonne qu a ca", "coucher pour avoir",
    "a couche pour", "couche pour avoir", "slept her way", "sleeping her way",
    "slept her way to", "should be on her knees", "only good for one thing",
    "good for one thing", "a good seeing to", "needs a good shag", "on her back for",
    "bonne qu a une seule chose", "une bonne nuit avec moi", "elle l a cherche",
    "qu elle l a cherche", "elle l a bien cherche", "she asked for it", "sous la table",
    "passer sous la table", "poser en bikini", "play in bikinis", "in bikinis",
    "plutot se mettre a genoux", "besoin d un bon male", "un bon coup de queue",
    "easier in bed", "easy in bed", "besoin d un vrai homme",
)  # fmt: skip
#: Blame put on the victim: said outright even in a comment about harassment.
_BLAMING = phrase_set(
    "elle l a cherche", "qu elle l a cherche", "elle l a bien cherche", "she asked for it",
    "asking for it",
)  # fmt: skip
#: Outright phrases that aim at whoever the comment is about, with no word for her.
_AT_ANYONE = frozenset({"nice tits", "send nudes", "tes nudes"})
#: Hints with a sexual tint, not enough alone: with a second hint, her body or
#: clothes, or a wink.
_HINTS = phrase_set(
    "si vous voyez ce que je veux dire", "si tu vois ce que", "je lui ferais bien",
    "je lui ferais", "je lui mettrais bien", "je te montrerai", "je vais te montrer",
    "lui montrer ce", "s occupe de toi", "s occupe d elle", "lui ferait du bien",
    "je suis volontaire", "envie de regarder", "est bonne",
    "t es bonne", "tro bonne", "trop bonne", "aussi chaude", "t es chaude", "ma belle",
    "ma cherie", "mater", "matee", "catch my drift", "know what i mean", "if you know what",
    "sweetheart", "i know what i d", "showing us", "wasted on", "behind a desk",
    "in that outfit", "deserves a raise", "dans mon lit", "au lit", "au pieu",
    "a genoux", "sur mes genoux", "quelques positions", "faire rougir", "de sa bouche",
    "a du coucher", "in my bed", "in bed", "on her knees", "something to look at",
    "made for something", "how she got that", "how she got the", "the way she sits",
    "got the gig", "got the job", "got that job", "the promotion", "up the ladder",
    "got the role", "got the part", "a eu le poste", "obtenu le poste",
)  # fmt: skip
#: Words of a private meeting, harmless even in pairs: they count only beside a tinted
#: hint, or with her body or a wink and each other.
_PRIVATE = phrase_set(
    "en prive", "en mp", "viens en mp", "en dm", "dm me", "a domicile", "chez moi",
    "a l oreille", "au ralenti", "slow motion", "des trucs", "autre chose", "quand elle veut",
    "quand tu veux", "je passe quand", "after the show", "no cameras", "hotel room",
    "in my bedroom",
)  # fmt: skip
#: Each phrase's kinds: 0 outright, 1 hint, 2 private.
_KINDS: dict[tuple[str, ...], tuple[int, ...]] = {
    p: tuple(k for k, kind in enumerate((_OUTRIGHT, _HINTS, _PRIVATE)) if p in kind)
    for p in _OUTRIGHT | _HINTS | _PRIVATE
}
#: The first words of all the phrases above: most words of a comment start none.
_HEADS = frozenset(p[0] for p in _OUTRIGHT | _HINTS | _PRIVATE)
#: The first two words of the longer ones: "de la" starts none, so only "de" is tried.
_OPENINGS = frozenset(p[:2] for p in _KINDS if len(p) >= 2)
#: Her body and clothes, which turn a hint into a remark about her.
_BODY = frozenset(map(squeeze, {
    "jupe", "jupes", "decollete", "nuisette", "maillot", "moulant", "fesses", "cuisses",
    "jambes", "levres", "bouche", "seins", "tenue", "photo", "photos", "cam", "bikini",
    "corps", "body",
    "blouse", "skirt", "outfit", "lips", "mouth", "legs", "thighs", "bum", "arse",
    "tits", "boobs", "dress", "bedroom",
}))  # fmt: skip
_WINKS = ("😏", "😉", "😘", "🍆", "💦", "🔥", "😜", "🤤", "😈", ":noel:", ";)")
#: A woman spoken of or to.
_HER = frozenset(map(squeeze, {
    "elle", "she", "her", "hers", "sweetheart", "elles", "female", "filles", "girls", "femmes",
    "women", "nanas", "ladies",
}))  # fmt: skip
#: "ma belle", "ma chérie" said to her; not "ma belle-mère", "ma chérie de fille".
_PET_FR = frozenset(map(squeeze, {"belle", "cherie", "bb"}))
_KIN = frozenset(map(squeeze, {"mere", "soeur", "fille", "famille", "de"}))
#: "est bonne" of a woman only: "elle est bonne", "la ministre est bonne", not "la photo".
_OF_HER = phrase_set("est bonne", "est bone")
#: Determiners of a woman named by her role: "la présentatrice", "cette députée".
_FEMININE = frozenset(map(squeeze, {"la", "l", "cette", "une", "ma"}))
_FEMININE_ENDINGS = tuple(map(squeeze, ("trice", "euse", "esse", "ee", "trices", "euses",
                                          "esses", "ees", "ere", "eres")))  # fmt: skip
#: Determiners of anyone named by their role: "the presenter", "that MP".
_POINTING = frozenset(map(squeeze, {"the", "that", "this", "our", "le", "ce", "cet"}))
#: A report of harassment or of a crime, which the same words describe.
_REPORT = frozenset(map(squeeze, {
    "proces", "plainte", "plaignante", "tribunal", "harcelement", "agresseur", "victime",
    "condamne", "enquete", "temoigner", "trial", "harassment", "testify",
    "victim", "charged", "court", "consent", "consentement", "metoo",
}))  # fmt: skip


def innuendo(text: Text, analysis: Analysis) -> None:
    """One insult finding for a sexual remark made of ordinary words, aimed at a woman."""
    keys = text.keys
    outright: list[Match] = []
    hints: list[Match] = []
    private: list[Match] = []
    for i, k in enumerate(keys):
        if k not in _HEADS:
            continue
        for kind, m in _phrase_matches(keys, i):
            if _said(text, m):
                (outright if kind == 0 else hints if kind == 1 else private).append(m)
    if not outright and not hints and len(private) < 2:
        return
    if _REPORT.intersection(keys):
        # A report of harassment tells in the same words; not the blame put on her.
        outright = [m for m in outright if tuple(m.entry.split()) in _BLAMING]
        hints, private = [], []
        if not outright:
            return
    original = text.scan.normalized.original
    her = _aimed_at_her(text, original)
    if outright and (her or _someone_pointed_at(text) or outright[0].entry in _AT_ANYONE):
        analysis.findings.append(Finding(Category.INSULT, 0.7, "insult.innuendo", (outright[0],)))
        return
    body = bool(_BODY.intersection(keys)) or any(w in original for w in _WINKS)
    tinted = hints and (_two_near(hints) or body or private)
    if her and (tinted or (body and len({m.entry for m in private}) >= 2)):
        first = (hints or private)[0]
        analysis.findings.append(Finding(Category.INSULT, 0.7, "insult.innuendo", (first,)))


def _two_near(hints: list[Match]) -> bool:
    """Two different hints a few words apart: "got the gig on her knees"."""
    return any(
        (a.last <= b.first or b.last <= a.first) and abs(a.first - b.first) <= _NEAR
        for a in hints
        for b in hints
    )  # not two phrases of the same words: "how she got the job"


_NEAR = 6


def _said(text: Text, m: Match) -> bool:
    """The phrase is the writer's, and means what it says here."""
    keys, i = text.keys, m.first
    if text.quoted[i] or text.counter_in_sentence(i) or _negated_before(text, m):
        return False
    if keys[m.last : m.last + 1] == ["backwards"]:
        return False  # "bend over backwards for them": an idiom
    if tuple(keys[i : m.last]) in _OF_HER and not _said_of_her(text, i):
        return False  # "la photo est bonne"
    return not (keys[m.last - 1] in _PET_FR and keys[m.last : m.last + 1]
                and keys[m.last] in _KIN)  # "ma belle-mère"  # fmt: skip


def _phrase_matches(keys: list[str], i: int) -> list[tuple[int, Match]]:
    """The longest phrase of each kind (outright, hint, private) starting at ``i``."""
    found: dict[int, Match] = {}
    longest = min(6, len(keys) - i)
    if longest >= 2 and (keys[i], keys[i + 1]) not in _OPENINGS:
        longest = 1
    for n in range(longest, 0, -1):
        words = tuple(keys[i : i + n])
        for kind in _KINDS.get(words, ()):
            found.setdefault(kind, Match("innuendo", " ".join(words), i, i + n))
    return list(found.items())


def _aimed_at_her(text: Text, original: str) -> bool:
    """A woman spoken of ("elle", "la journaliste", "the presenter ... she"), or a
    commenter spoken to ("t'es", "@Julie")."""
    keys = text.keys
    if HANDLE.search(original) or SECOND_PERSON.intersection(keys) or _HER.intersection(keys):
        return True
    if any(
        k in _PET_FR and i > 0 and keys[i - 1] == "ma" and keys[i + 1 : i + 2] != ["mere"]
        for i, k in enumerate(keys)
    ):
        return True  # "viens en mp ma belle"
    if _addressed_or_pointed(text):
        return True
    return any(
        (r.first > 0 and keys[r.first - 1] in _FEMININE)
        or keys[r.first].endswith(_FEMININE_ENDINGS)
        for r in _roles(text)
    )


def _said_of_her(text: Text, i: int) -> bool:
    """The word before "est bonne" is "elle" or a woman's role: "la ministre est bonne"."""
    if i == 0:
        return False
    return text.keys[i - 1] in _HER or any(r.last == i for r in _roles(text))


def _negated_before(text: Text, m: Match) -> bool:
    """ "Je ne dis pas qu'elle l'a cherché", "not asking for it"; not the next sentence's
    "Don't care what she says"."""
    return any(
        n.last <= m.first and m.first - n.last <= _NEGATION_REACH
        for n in text.in_sentence("negation", m.first)
    )


_NEGATION_REACH = 3
#: Said to a woman: "turn around, love, ...".
_PET_NAMES = frozenset(map(squeeze, {"love", "babe", "darling", "hun", "luv", "cherie"}))
#: Her body pointed at: "those lips", "that blouse", "ses jambes".
_HER_BODY = frozenset(map(squeeze, {"those", "that", "these", "her", "ses", "sa", "son",
                                    "cette", "ce", "ta", "tes", "ton"}))  # fmt: skip


def _addressed_or_pointed(text: Text) -> bool:
    keys = text.keys
    for i, k in enumerate(keys):
        after = text.gap(i + 1) if i + 1 < len(keys) else ""
        if k in _PET_NAMES and ("," in text.gap(i) or "," in after):
            return True
        if k in _BODY and i > 0 and keys[i - 1] in _HER_BODY:
            return True
    return False


def _someone_pointed_at(text: Text) -> bool:
    keys = text.keys
    return any(r.first > 0 and keys[r.first - 1] in _POINTING | _FEMININE for r in _roles(text))


def _roles(text: Text) -> list[Match]:
    return [*text.scan.get("role"), *text.scan.get("person_noun")]


#: Insults that are only ever said of a woman, and said of her sex.
_SEXUAL_SLURS = tuple(map(squeeze, (
    "whore", "slut", "bitch", "skank", "salope", "pute", "trainee", "catin", "petasse",
    "garce", "grognasse", "pouffiasse", "poufiasse",
)))  # fmt: skip
#: Who such an insult, further from its target than a pointing word reaches, is said of:
#: a woman spoken of, or pointed at ("cette salope").
_WOMAN_WORDS = _HER | frozenset(map(squeeze, {"cette", "madame"}))
_A_PERSON = ("role", "person_noun", "identity")
_KENNEL = frozenset(map(squeeze, {"litter", "pups", "puppies", "puppy", "dog", "dogs",
                                  "kennel", "breeder", "chiots", "portee", "elevage"}))  # fmt: skip
_CALLED = frozenset(map(squeeze, {"traite", "traitee", "traiter", "traitait", "traitent",
                                  "called", "calling", "call", "calls"}))  # fmt: skip


def slur_at_her(text: Text, m: Match) -> bool:
    """A sexual slur in a sentence about a woman: "Look at the MP in that dress, she's
    begging for it, the slut", "La commentatrice a l'air d'une vraie salope"."""
    if not text.keys[m.first].startswith(_SEXUAL_SLURS):
        return False
    start, end = text.sentence_start(m.first), text.sentence_end(m.first)
    if _CALLED.intersection(text.keys[start : m.first]):
        return False  # "elle a traité sa collègue de salope": reported
    if _KENNEL.intersection(text.keys):
        return False  # "our bitch had her first litter": a dog
    return bool(_WOMAN_WORDS.intersection(text.keys[start:end])) or any(
        text.in_sentence(n, m.first) for n in _A_PERSON
    )
