"""A derogatory noun or adjective set beside the group, after a comma: "les étudiants X
qui ..., de vrais parasites", "les X du parking, une vraie vermine", "the X online crying
as usual, vermin the lot of them", "Les juifs, cupides comme toujours, ont ...".
"""

from __future__ import annotations

from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.phrases import phrase_at, phrase_set
from palabre.policies.sentences import Text

_APPOSITION_LEAD = frozenset(map(squeeze, {"de", "des", "d", "vrais", "vraies", "vrai", "vraie",
                                           "une", "un", "veritable", "veritables", "que",
                                           "rien", "bande", "tous", "toutes", "a", "bunch",
                                           "of", "real", "just", "nothing", "but", "total",
                                           "bloody", "pure", "purs", "quel", "quelle",
                                           "quels", "quelles", "what", "such", "peuple",
                                           "meute", "horde", "troupeau", "colonie", "nuee",
                                           "essaim", "pack", "herd", "swarm",
                                           "plague", "la", "du"}))  # fmt: skip
_APPOSITION_TAIL = frozenset(map(squeeze, {"the", "lot", "of", "them", "all", "every", "one",
                                           "last", "tous", "toutes", "autant", "qu", "ils",
                                           "sont", "elles", "voila", "quoi", "ces", "gens",
                                           "la", "these", "those", "people"}))  # fmt: skip
#: A relative clause after the apposed noun describes the noun: "..., des singes qu'on a
#: sortis de la brousse", "..., des parasites qui sucent le sang du quartier".
_APPOSITION_RELATIVE = frozenset(map(squeeze, {"qui", "qu", "que", "who", "that", "which"}))
#: Articles that make the apposed word a noun ("..., des voleurs"): a lone adjective after
#: a comma is often about something else ("les Roms du camp, expulsés, violents ...").
_APPOSITION_ARTICLES = frozenset(map(squeeze, {"des", "de", "d", "une", "un", "a", "bunch"}))


_AS_EVER = phrase_set("comme toujours", "comme d habitude", "as always", "as usual",
                      "as ever")  # fmt: skip


def _detached(text: Text, t: Match, m: Match, mark: int) -> bool:
    """An adjective set right after the group's comma and closed at once: "Les juifs,
    avides comme toujours, ont ...", "Muslims, violent as ever, ...". Not "les Roms du
    camp, expulsés, violents": words of their own stand before the comma."""
    if not (t.last == mark == m.first):
        return False
    after = m.last
    return (after >= len(text.keys) or any(c in text.gap(after) for c in ",()")
            or phrase_at(text.keys, after, _AS_EVER))  # fmt: skip


def apposed(text: Text, t: Match, m: Match) -> bool:
    """A dehumanising or derogatory noun set after a comma (or "=", ":") in a sentence
    about the group: "les étudiants X qui ..., de vrais parasites", "les X du parking,
    une vraie vermine, faudrait ...", "the X online crying as usual, vermin the lot of
    them". Not "..., pleine de rats", "..., rats everywhere": a place."""
    gaps = range(max(t.last, 1), min(m.first + 1, len(text.keys)))
    marks = [i for i in gaps if any(c in text.gap(i) for c in ",=:")]
    if not (t.last <= m.first and marks):
        return False
    keys = text.keys
    lead = keys[marks[-1] : m.first]
    if not all(k in _APPOSITION_LEAD for k in lead):
        return False
    if m.list == "neg_attr" and not _APPOSITION_ARTICLES.intersection(lead):
        return _detached(text, t, m, marks[-1])
    end = text.sentence_end(m.first)
    tail: list[str] = []
    for i in range(m.last, end):
        if "," in text.gap(i):
            break  # the apposition ends at the next comma
        tail.append(keys[i])
    if tail and tail[0] in _APPOSITION_RELATIVE:
        return True
    return all(k in _APPOSITION_TAIL for k in tail)
