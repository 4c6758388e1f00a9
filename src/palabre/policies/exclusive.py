"""A group said to do one bad thing and nothing else: "ces Arabes ne savent que brûler
des voitures", "les Africains ne font que se plaindre", "Gypsies only know how to steal",
"immigrants do nothing but complain", "all Muslims know is violence".

No word in it need be derogatory ("ne savent que" is plain French); what derogates is
the shape: the group, an "only" that leaves it no other trait, and a misdeed or a vice
after it. Held for the editors: "les Japonais ne savent que travailler" praises, and a
misdeed is needed. Not when the claim is denied, questioned, quoted or reported.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.counter import countered
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.mention import reports
from palabre.policies.normalize import squeeze
from palabre.policies.phrases import phrase_set
from palabre.policies.sentences import Text

#: The "only", with what may stand between the group and the misdeed. French needs its
#: "ne ... que" around a verb of doing or knowing; English its fixed phrases.
_ONLY = phrase_set(
    "ne savent que", "ne savent faire que", "ne font que", "ne pensent qu a", "ne vivent que de",
    "ne sont bons qu a", "ne sont bonnes qu a", "ne connaissent que", "ne sait que",
    "ne fait que", "sont bons qu a", "savent juste", "savent seulement", "font juste",
    "font rien d autre que", "ne font rien d autre que", "n ont que",
    "only know how to", "only know", "do nothing but", "do nothing except", "only ever",
    "are only good at", "are only good for", "are good for nothing but", "only want to",
    "know nothing but", "just know how to", "can only", "all they know is", "all they do is",
    "know is", "do is", "think about is",
)  # fmt: skip
#: Misdeeds and vices, by their stems (long enough to name nothing else).
_MISDEEDS = tuple(map(squeeze, (
    "brul", "vole", "voler", "volent", "casse", "frapp", "tuer", "violen", "viole",
    "mendi", "plaind", "plaign", "pleurnich", "profit", "dealer", "trich", "mentir",
    "mentent", "mensong", "arnaqu", "detrui", "squatt", "glander", "emmerd", "agress",
    "poignard", "egorg", "pille", "piller", "racket", "crime", "drogue", "allocs",
    "allocation", "reprodui", "fraud", "magouill", "gueul", "insult", "bordel",
    "steal", "stole", "burn", "robb", "begg", "complain", "whin", "moan", "scam", "cheat",
    "lying", "kill", "rape", "stab", "loot", "breed", "sponge", "scroung", "leech",
    "riot", "destroy", "wreck", "fighting", "drugs", "benefits", "welfare", "terror",
    "bomb", "hatred", "haine", "trouble", "litter", "gosses",
)))  # fmt: skip
#: Whole words that are misdeeds ("lie", "rob", "beg", "pue").
_MISDEED_WORDS = frozenset(map(squeeze, {
    "lie", "lies", "rob", "beg", "tue", "tuent", "pue", "puent", "vol", "vols", "viol",
    "viols", "fight", "crimes", "violence", "drug", "steal",
}))  # fmt: skip
#: How far after the group the "only" may start ("les Roms de ce quartier ne savent que").
_REACH = 5


def exclusive(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    """One finding for the first group said to do a misdeed and nothing else."""
    keys = text.keys
    for t in groups:
        end = text.sentence_end(t.first)
        for i in range(t.last, min(end, t.last + _REACH)):
            size = _only_at(keys, i)
            if not size:
                continue
            act = i + size
            if act >= end or not _misdeed(keys, act, end):
                break
            m = Match("implicit", keys[i], i, act + 1)
            if text.question[text.sentence[i]] or countered(text, m, t) or reports(text):
                break
            if any(n.last <= t.first for n in text.in_sentence("negation", t.first)):
                break  # "il est faux que les X ne savent que ..."
            analysis.findings.append(
                Finding(Category.HATE, EDITORS_DECIDE, "hate.exclusive", (t, m))
            )
            return


def _only_at(keys: list[str], i: int) -> int:
    """How many words the longest "only" phrase starting at ``i`` has (0 if none)."""
    return next((n for n in range(7, 0, -1) if tuple(keys[i : i + n]) in _ONLY), 0)


def _misdeed(keys: list[str], at: int, end: int) -> bool:
    """A misdeed within the next words: "(ne savent que) brûler", "(ne font que) se
    plaindre", "(only know how to) steal"."""
    return any(k in _MISDEED_WORDS or k.startswith(_MISDEEDS)
               for k in keys[at : min(end, at + 3)])  # fmt: skip
