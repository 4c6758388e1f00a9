"""Contempt for a group asked as a question, with no derogatory word to find:

- doubting what makes them people: "Les femmes ont-elles un cerveau ?", "Do women even
  have brains?", "Les Noirs sont-ils vraiment des êtres humains ?";
- "who would want one?": "Qui voudrait d'un Arabe comme voisin ?", "Who would want a
  Muslim as a neighbour?";
- "how could anyone trust one?": "Comment faire confiance à un musulman ?", "Can you
  trust a Jew?";
- how long, or why at all, a group must be put up with: "Jusqu'à quand va-t-on tolérer
  les X ?", "Why should we respect X?", "Why are women even allowed to vote?";
- a daughter given away to one: "Vous laisseriez votre fille épouser un X ?".

Held for the editors, never rejected: a good-faith question uses the same words ("Can
Muslims trust the police?", "who would want a neighbour like that?"), and the rules only
read the shape. The group must be the one doubted, wanted or trusted, not the subject
who doubts or wants.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.counter import countered
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: What makes someone a person, doubted of a group in a question.
_FACULTIES = frozenset(map(squeeze, {
    "cerveau", "cervelle", "brain", "brains", "ame", "soul", "souls", "lire", "read",
    "ecrire", "write", "penser", "reflechir", "exist", "existent", "exister",
}))  # fmt: skip
#: Words of worth that a question doubts only with "really", "even": "sont-ils vraiment
#: des êtres humains ?"; without them "are Roma people human rights defenders?" asks.
_WORTH = frozenset(map(squeeze, {
    "humains", "humaines", "human", "humans", "people", "gens", "personnes", "intelligents",
    "intelligentes", "smart",
}))  # fmt: skip
_DOUBTING = frozenset(map(squeeze, {"vraiment", "really", "even", "meme", "actually", "seulement"}))
_WHY = frozenset(map(squeeze, {"why", "pourquoi"}))
_STILL = _DOUBTING | frozenset(map(squeeze, {"still", "encore", "toujours"}))
_ALLOWED = frozenset(map(squeeze, {"allowed", "droit", "permitted", "autorises", "autorisees",
                                   "let", "laisse", "laisser"}))  # fmt: skip
#: "Who would want ...": the question opens on "who" and wants, marries, hires.
_WHO = frozenset(map(squeeze, {"qui", "who"}))
_WANTING = tuple(map(squeeze, ("voudr", "veut", "envie", "want", "marry", "epous", "hire",
                               "embauch", "vivre", "live", "date", "aim", "like", "love",
                               "sortir")))  # fmt: skip
_LIKING = tuple(map(squeeze, ("aim", "like", "love")))
_LETTING = tuple(map(squeeze, ("laiss", "let", "would", "accept", "voudr")))
_CAN = _DOUBTING | frozenset(map(squeeze, {"peut", "can", "could", "pourrait"}))
#: "Vous laisseriez votre fille épouser un X ?": a relative given away to the group.
_KIN = frozenset(map(squeeze, {"fille", "daughter", "fils", "son", "soeur", "sister"}))
#: Words a question may open on before "who": "Franchement, qui ...", "Honestly, who ...".
_ASIDES = frozenset(map(squeeze, {
    "franchement", "honnetement", "serieusement", "seriously", "honestly", "but", "mais",
    "so", "alors", "et", "and",
}))  # fmt: skip
#: Putting up with a group, for how long, or why at all.
_ENDURING = tuple(map(squeeze, ("support", "toler", "subir", "subi", "accept", "endur",
                                "stand", "respect", "accueill", "welcom", "put")))  # fmt: skip
_HOW_LONG = frozenset({("combien", "temps"), ("jusqu", "quand"), ("how", "long"),
                       ("much", "longer")})  # no letter doubled: already squeezed
_HOW = frozenset(map(squeeze, {"how", "comment"}))
_WITHOUT = frozenset(map(squeeze, {"without", "sans"}))
_DISGUST = tuple(map(squeeze, ("vomi", "throw", "puk", "gerb", "sick", "retch", "degueul")))
_SHOULD = frozenset(map(squeeze, {"should", "devrait", "devrions", "faudrait", "must", "doit",
                                  "devons"}))  # fmt: skip
#: "How could anyone trust ...": trust given to the group.
_TRUSTING = tuple(map(squeeze, ("trust", "confiance", "rely", "fier", "croire", "believe")))
_NEGATING = frozenset(map(squeeze, {"not", "t", "never", "no", "pas", "jamais", "ne", "n"}))
#: How far before the group the verb may stand.
_REACH = 8


def rhetorical_contempt(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    """A finding for the first group a question doubts, refuses or distrusts."""
    for t in groups:
        sentence = text.sentence[t.first]
        if not text.question[sentence]:
            continue
        start, end = text.sentence_start(t.first), text.sentence_end(t.first)
        at = text.word_before(t.first, _BETWEEN, _REACH)
        # "Jusqu'à quand va-t-on tolérer les X ?": the counter word is the question's verb.
        counters = text.in_sentence("counter", t.first)
        if countered(text, t, t) and any(c.first != at for c in counters):
            continue
        if _negative(text.keys[start:end]) or text.in_sentence("neg_clause", t.first):
            continue  # "Why shouldn't we trust Muslims?" asks for trust
        keys = text.keys[start:end]
        after = text.keys[t.last : end]
        # The faculty ends the question: "savent-ils lire ?", not "lire leur dossier".
        doubted = bool(_FACULTIES.intersection(text.keys[max(t.last, end - 2) : end])) or (
            _worth_doubted(after[:6]) and bool(_DOUBTING.intersection(keys))
        )
        # "Why are women even allowed to vote?": a right questioned, not asked about.
        doubted = doubted or (keys[0] in _WHY and bool(_STILL.intersection(keys))
                              and bool(_ALLOWED.intersection(keys)))  # fmt: skip
        verb = text.keys[at] if at is not None else ""
        opener = next((k for k in keys if k not in _ASIDES), "")
        given = bool(_KIN.intersection(keys)) and any(k.startswith(_LETTING) for k in keys)
        unwanted = (opener in _WHO or given) and verb.startswith(_WANTING)
        if verb.startswith(_LIKING) and not _CAN.intersection(keys):
            unwanted = False  # "Qui aime les X ? Venez samedi !" invites; "qui peut aimer" doubts
        distrusted = verb.startswith(_TRUSTING)
        # "Jusqu'à quand va-t-on tolérer les X ?", "Why should we respect X?"
        # "How does anyone put up with X without throwing up?"
        endured = verb.startswith(_ENDURING) and (
            any(a in keys and b in keys for a, b in _HOW_LONG)
            or (opener in _WHY and bool(_SHOULD.intersection(keys)))
            or (opener in _HOW and _without_disgust(after)))  # fmt: skip
        # "Can a Muslim ever truly be loyal?", "Has any African country ever invented
        # anything useful?", "... si elles sont si compétentes ?": a virtue doubted.
        doubted = doubted or _virtue_doubted(keys, after)
        # "Why do Black people always ...?": a habit pinned on the group, asked why.
        doubted = doubted or (opener in _WHY and _habit(text.keys[start : t.first], after))
        if doubted or unwanted or distrusted or endured:
            analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE, "hate.question", (t,)))
            return


#: What may stand between the verb and the group it governs: "d'un", "à un", "next to".
_BETWEEN = frozenset(map(squeeze, {
    "d", "de", "un", "une", "des", "les", "a", "an", "any", "one", "au", "aux", "en",
    "next", "to", "near", "with", "avec", "cote", "pres", "as", "voir", "see", "avoir",
    "have", "vivre", "live", "famille", "family", "encore", "still", "ever", "actually",
    "really", "around", "being", "up", "the",
}))  # fmt: skip


#: "Are Roma really treated as humans?": a question about how others see them.
_SEEN = tuple(map(squeeze, ("treat", "trait", "consider", "seen", "vus", "regard", "vues")))


def _worth_doubted(after: list[str]) -> bool:
    """A word of worth said of the group itself, close after it."""
    for k in after:
        if k.startswith(_SEEN):
            return False
        if k in _WORTH:
            return True
    return False


#: Virtues a question doubts of a group ("loyal", "honest", "useful"), and what makes the
#: doubt: "ever", "truly", "a single", "so" in "if they are so ...".
_VIRTUES = tuple(map(squeeze, (
    "loyal", "honest", "honnete", "useful", "utile", "capable", "competent", "sincer",
    "trustworth", "fiable", "integr", "travailleu", "hardworking", "civilis", "civiliz",
    "invent", "condamn", "condemn", "normal", "smart", "intelligent", "bright",
)))  # fmt: skip
_EVER = frozenset(map(squeeze, {"ever", "truly", "vraiment", "seul", "single", "any",
                                "puisse", "puissent", "reellement", "sincerement"}))  # fmt: skip
_SO = frozenset(map(squeeze, {"si", "so", "aussi", "tellement"}))
_IF = frozenset(map(squeeze, {"si", "if"}))
#: "Why do X always ...": the habit words, and the verbs that make the group its victim
#: instead ("why are Muslims always blamed", "pourquoi les X sont toujours visés").
_ALWAYS = frozenset(map(squeeze, {"always", "toujours", "constantly", "systematiquement"}))
_SUFFERED = frozenset(map(squeeze, {"get", "got", "be", "being", "been", "se", "sont",
                                    "are", "were", "etre", "victimes"}))  # fmt: skip


def _virtue_doubted(keys: list[str], after: list[str]) -> bool:
    """A virtue said of the group, in a question that doubts it: "ever", "a single", or
    the mock "if they are so ..." ("si elles sont si compétentes")."""
    for i, k in enumerate(after[:10]):
        if not k.startswith(_VIRTUES):
            continue
        if _EVER.intersection(keys) or (i and after[i - 1] in _SO and _IF.intersection(keys)):
            return True
    return False


def _habit(before: list[str], after: list[str]) -> bool:
    """ "always" right after the group or its verb, with the group acting ("why do X
    always ...") or described ("why are X always so ..."), not suffering ("why are X
    always blamed")."""
    for i, k in enumerate(after[:4]):
        if k in _ALWAYS:
            nxt = after[i + 1] if i + 1 < len(after) else ""
            near = set(before[-2:]) | set(after[max(0, i - 2) : i + 2])
            return nxt in _SO or not (near & _SUFFERED)
    return False


def _without_disgust(after: list[str]) -> bool:
    """ "... sans vomir", "... without throwing up": putting up with them sickens."""
    return any(k in _WITHOUT and i + 1 < len(after) and after[i + 1].startswith(_DISGUST)
               for i, k in enumerate(after))  # fmt: skip


def _negative(keys: list[str]) -> bool:
    """A negation in the question; an English "n't" ("shouldn't"), not the "t" of "va-t-on"."""
    return any(k in _NEGATING and (k != "t" or (i and keys[i - 1].endswith("n")))
               for i, k in enumerate(keys))  # fmt: skip
