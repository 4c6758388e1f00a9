"""What someone else calls a group: "Certains ici comparent les migrants à de la
« vermine »", "The Israeli government calls Palestinians savages", "des affiches qui
représentaient les juifs en sangsues", "posters depicting Asians as a plague", "le
gouvernement turc traite tous les Kurdes de terroristes".

A verb of calling or depicting stands before the group, and its subject is not the
writer: the judging word after the group is the content of that speech, reported. The
writer may still endorse it ("... et il a raison"), and then it is theirs again.
"""

from __future__ import annotations

from palabre.policies.counter import approved
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.phrases import phrase_at, phrase_set
from palabre.policies.sentences import BUT, Text

#: Verbs of calling, comparing, depicting, accusing (squeezed), as the reporter uses them.
_CALLING = frozenset(map(squeeze, {
    "compare", "comparent", "comparait", "comparaient", "compares", "comparing", "compared",
    "traite", "traitent", "traitait", "traitaient", "qualifie", "qualifient", "qualifiait",
    "assimile", "assimilent", "represente", "representent", "representait",
    "representaient", "depict", "depicts", "depicted",
    "depicting", "portray", "portrays", "portrayed", "portraying", "calls", "called",
    "calling", "labels", "labelled", "labeled", "brands", "branded", "accusant", "accusent",
    "accusing", "accuse", "accuses", "accused", "describes", "described", "describing",
    "decrit", "decrivent", "decrivait",
}))  # fmt: skip
#: The writer agreeing with what is reported: then it is theirs.
_ENDORSING = phrase_set(
    "because they are", "cause they are", "and they are", "they are", "ils le sont",
    "parce qu ils le sont", "a juste titre", "and rightly so", "with good reason",
    "avec raison", "et c est vrai", "and it s true",
)  # fmt: skip
#: The writer as the subject of the calling: then it is no report.
_WRITER = frozenset(map(squeeze, {"je", "j", "i", "we", "nous", "moi", "me"}))
#: How far before the group the verb may stand: "traite tous les Kurdes".
_REACH = 4


def reported_calling(text: Text, group: Match, word: Match) -> bool:
    """Whether ``word``, said after ``group``, is what someone else calls the group."""
    if word.first <= group.first or not text.same_sentence(group.first, word.first):
        return False
    keys = text.keys
    start = text.sentence_start(group.first)
    verb = next((i for i in range(group.first - 1, max(start, group.first - _REACH) - 1, -1)
                 if keys[i] in _CALLING), None)  # fmt: skip
    if verb is None or _WRITER.intersection(keys[start:verb]):
        return False
    if BUT.intersection(keys[group.last : word.first]):
        return False  # "... les traite de victimes, mais ce sont des parasites"
    end = text.sentence_end(word.first)
    if any(phrase_at(keys, i, _ENDORSING) for i in range(word.last, end)):
        return False  # "Everyone calls Gypsies thieves because they are"
    return not approved(text, word)


def called_by_others(text: Text, word: Match) -> bool:
    """A slur that is what someone else called a person: "dans les années 60 on traitait
    mon grand-père de bougnoule", "they called my dad a ... at work"."""
    start = text.sentence_start(word.first)
    for v in range(word.first - 1, max(start, word.first - _REACH - 2) - 1, -1):
        if text.keys[v] in _CALLING:
            called = Match("reported", text.keys[v + 1], v + 1, v + 2)
            return called.first < word.first and reported_calling(text, called, word)
    return False
