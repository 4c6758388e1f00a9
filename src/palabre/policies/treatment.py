"""A treatment wished on a group: "il faudrait traiter les X comme des nuisibles", "X
should be treated like vermin" say the group is pests as plainly as "sont" would. Not
what is done to them ("les X sont traités comme du bétail", a report of their plight),
nor the wish asked, reported, stopped or condemned."""

from __future__ import annotations

from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.predication import SIMILE, SIMILE_ARTICLES
from palabre.policies.sentences import Text

#: The verbs of treatment, by their stems: "traiter", "traite", "treated".
_TREATING = ("trait", "treat")
#: What may stand between "like" and the animal: "comme on traite les nuisibles".
_AS_ONE_DOES = frozenset(map(squeeze, {"on", "we", "you", "traite", "traitait", "treat",
                                       "treats"})) | SIMILE_ARTICLES  # fmt: skip
#: "il faut cesser de traiter ...", "we must stop treating ...": the wish is that it ends.
_STOPPED = frozenset(map(squeeze, {"cesser", "arreter", "arretez", "cessez", "stop", "plus",
                                   "never", "jamais", "not", "pas"}))  # fmt: skip
#: How far before the verb its modal may stand: "il faudrait les traiter".
_MODAL_REACH = 4


def wished_as_animal(text: Text, group: Match, word: Match) -> bool:
    """The group is wished treated as the animal ``word`` names, in a sentence that does
    not ask it ("Faudrait-il ... ?"), report it ("le ministre a dit qu'il faudrait") or
    condemn it ("c'est scandaleux"). The counter word "traiter les X" (name-calling
    reported) is then the verb of the wish, and counters nothing."""
    keys = text.keys
    if text.question[text.sentence[word.first]] or text.in_sentence("reporting", word.first):
        return False
    counters = text.in_sentence("counter", word.first)
    if any(not keys[c.first].startswith(_TREATING) for c in counters):
        return False
    i = word.first - 1
    while i > group.last and keys[i] in _AS_ONE_DOES:
        i -= 1
    if i < group.last or keys[i] not in SIMILE:
        return False
    for v in range(i - 1, max(-1, min(group.first, i) - 4), -1):
        if keys[v].startswith(_TREATING):
            start = max(text.sentence_start(v), v - _MODAL_REACH)
            return _STOPPED.isdisjoint(keys[start:v]) and any(
                start <= w.last <= v for w in text.in_sentence("modal", v)
            )
    return False
