"""The disclaimer that announces a prejudice: "Je ne suis pas raciste, mais les Roms ...",
"Pas homophobe hein, mais ...", "I'm not sexist, but women ...", "Loin de moi l'idée
d'être xénophobe, mais ...".

The writer denies a prejudice, turns with "but", and speaks of a group. What follows may
hold no word to match ("faut avouer qu'ils ont un problème avec la violence"), and the
denied word itself reads as counter-speech to the other checks. Held for the editors,
never rejected: some writers do go on to say something fair.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: Beginnings of the words for a prejudice, as squeezed keys.
_PREJUDICE = tuple(map(squeeze, (
    "racist", "raciste", "homophob", "transphob", "misogyn", "misogin", "sexist",
    "xenophob", "antisemit", "islamophob", "bigot", "judeophob", "negrophob", "anti semit",
)))  # fmt: skip
#: What denies it, a few words before: "ne suis pas", "not", "loin de moi l'idée d'être".
_DENYING = frozenset(map(squeeze, {"pas", "not", "loin", "nothing", "rien", "never",
                                   "jamais", "t"}))  # fmt: skip
_BUT = frozenset(map(squeeze, {"mais", "but", "cependant", "however", "pourtant", "though"}))
_THEY = frozenset(map(squeeze, {"ils", "elles", "leur", "leurs", "they", "them", "their"}))
#: How far before the prejudice word its denial may stand ("Loin de moi l'idée d'être").
_DENIAL_REACH = 6
#: How many words after the prejudice word the "but" may come ("j'ai même des amis
#: arabes, mais"), and how many after the "but" the group.
_BUT_REACH = 8
_GROUP_REACH = 12


def disclaimer(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    """A finding for a group spoken of right after a denied prejudice and a "but"."""
    keys = text.keys
    for i, key in enumerate(keys):
        if not key.startswith(_PREJUDICE):
            continue
        if not _DENYING.intersection(keys[max(0, i - _DENIAL_REACH) : i]):
            continue
        but = next((j for j in range(i + 1, min(len(keys), i + 1 + _BUT_REACH))
                    if keys[j] in _BUT), None)  # fmt: skip
        if but is None:
            continue
        after = [g for g in groups if but < g.first <= but + _GROUP_REACH]
        if not after and _THEY.intersection(keys[but : but + _GROUP_REACH]):
            # "j'ai même des amis arabes, mais ils ...": the group named before the turn.
            after = [g for g in groups if i < g.first < but]
        if after and not any(p.first > but for p in text.scan.get("positive")):
            analysis.findings.append(
                Finding(Category.HATE, EDITORS_DECIDE, "hate.disclaimer", (after[0],))
            )
            return
