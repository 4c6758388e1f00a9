"""A loaded question: a "just asking" turn ("a-t-on encore le droit de se demander si",
"would it be racist to wonder why", "honest question:") about a group, whose content
derogates it ("... ne s'intègrent jamais", "... can't stay out of prison"). The turn is
how the claim is made without owning it. Held for the editors, never rejected.

The same turns ask in good faith ("Genuine question: why do some Muslim women wear the
niqab?"): without a derogatory word, an ill, a crime or a denied ability, the question is
left alone; so is one about what the group suffers.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.blame import SUFFERING
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.phrases import phrase_at, phrase_set
from palabre.policies.sentences import Text

_ASKING = phrase_set(
    "a t on encore le droit de", "a t on le droit de", "on a encore le droit de",
    "on a plus le droit de", "on n a plus le droit de", "on a le droit de se demander",
    "se demander si", "est on sur que", "est on vraiment sur que", "sans vouloir choquer",
    "simple curiosite", "pure curiosite", "par simple curiosite", "je pose la question",
    "sans arriere pensee", "je m interroge", "question naive", "question bete",
    "n est il pas temps de", "sommes nous surs que", "je me demande si",
    "je me demande pourquoi", "would it be racist to", "is it racist to",
    "am i racist for", "am i racist to", "asking for a friend", "honest question",
    "genuine question", "serious question", "just asking", "just curious",
    "didn t think so", "has anyone ever seen", "i m just wondering", "just wondering",
    "is it just me or", "can we talk about why", "nobody dares ask", "personne n ose demander",
    "n ose demander",
)  # fmt: skip
#: What the question says of the group, short of an insult: a derogatory word, a crime.
_DEROGATORY = ("neg_attr", "dehum", "insult_weak", "insult", "slur_ambiguous", "hate_verb")
_CRIMES = tuple(map(squeeze, (
    "prison", "terroris", "crimin", "delinqu", "brawl", "bagarre", "voleur", "rape", "violeur",
    "stab", "dealer", "dormant", "menace",
)))  # fmt: skip
_RACIST = frozenset(map(squeeze, {"racist", "raciste", "racism", "racisme"}))
#: An ability or a habit denied to the group, a few words after it: "ne s'intègrent
#: jamais", "can't stay out of prison", "women can't even park".
_NEVER = frozenset(map(squeeze, {"jamais", "never"}))
_CANT = (squeeze("can"), "t")
_NEVER_REACH = 6


def loaded_question(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    if not groups:
        return
    keys = text.keys
    if _ASKING.heads.isdisjoint(keys):
        return
    asking = next((i for i in range(len(keys)) if phrase_at(keys, i, _ASKING)), None)
    if asking is None or text.quoted[asking]:
        return
    if any(c.entry not in _RACIST and c.first < groups[0].first for c in text.scan.get("counter")):
        return  # counter-speech; not "would it be racist to wonder why ...", which asks it
    if any(k.startswith(SUFFERING) for k in keys):
        return  # "is it racist to ask why Black patients wait longer?": their suffering
    scan = text.scan
    after = keys[groups[0].last : groups[0].last + _NEVER_REACH]
    said = (any(scan.get(n) for n in _DEROGATORY)
            or any(k.startswith(_CRIMES) for k in keys[groups[0].last :])
            or bool(_NEVER.intersection(after))
            or any(tuple(after[i : i + 2]) == _CANT for i in range(len(after))))  # fmt: skip
    if said:
        analysis.findings.append(
            Finding(Category.HATE, EDITORS_DECIDE, "hate.loaded_question", (groups[0],))
        )
