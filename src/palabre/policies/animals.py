"""Animals spoken of as animals: "les sangliers ont retourné la pelouse, sales bêtes", "les
limaces ont bouffé mes salades, j'aimerais toutes les exterminer", "wasps everywhere, kill
them all". With no person and no group named, the scorn and the violence fall on the
animals; with one ("ces migrants sont des rats"), the rules' other findings stand."""

from __future__ import annotations

from palabre.policies.address import THIRD_SINGULAR
from palabre.policies.findings import Analysis
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: Animals a garden, a house or a farm suffers, and pets.
_ANIMALS = frozenset(map(squeeze, {
    "sanglier", "sangliers", "limace", "limaces", "escargots", "moustique", "moustiques",
    "frelon", "frelons", "guepe", "guepes", "mouche", "mouches", "fourmis", "taupe", "taupes",
    "pigeon", "pigeons", "chenille", "chenilles", "punaises", "renard", "renards", "blaireaux",
    "corneilles", "goelands", "mulots", "souris", "rats", "rat", "cafards", "blattes", "tiques",
    "puces", "poux", "ragondins", "campagnols", "pucerons", "termites", "lapins", "chevreuils",
    "cerfs", "chat", "chats", "chien", "chiens", "chienne", "chiots", "bestioles", "nuisibles",
    "wasp", "wasps", "slug", "slugs", "snails", "mosquito", "mosquitoes", "mole", "moles",
    "fox", "foxes", "mice", "squirrel", "squirrels", "ants", "flies", "cockroaches", "roaches",
    "magpies", "seagulls", "gulls", "badgers", "deer", "rabbits", "hornets", "aphids",
    "ticks", "fleas", "bedbugs", "boar", "boars", "dog", "dogs", "cat", "cats",
    "pests", "critters",
}))  # fmt: skip
_LIKE = frozenset(map(squeeze, {"comme", "like", "as", "than", "que", "qu"}))
#: Lists that name a person or a group.
_SOMEONE = ("identity", "identity_adj", "role", "person_noun", "third_person", "insult")
#: "you" as an owner only: "attention à vos chiens".
_POSSESSIVE_YOU = frozenset(map(squeeze, {"vos", "votre", "ton", "ta", "tes", "your"}))
#: Findings that the animals excuse: scorn and violence with no one to aim at.
_SPARED = frozenset({"insult.dehum", "insult.insult_weak", "insult.neg_attr", "threat.person",
                     "threat.them"})  # fmt: skip


def spare_animals(text: Text, analysis: Analysis, names: bool) -> None:
    """Drop the scorn and violence a comment about animals aims at them."""
    keys = text.keys
    if names or not analysis.findings or not _ANIMALS.intersection(keys):
        return
    if any(k in _ANIMALS and i and keys[i - 1] in _LIKE for i, k in enumerate(keys)):
        return  # "des nuisibles, comme les pigeons", "crever comme un chien": a comparison
    scan = text.scan
    if any(scan.get(n) for n in _SOMEONE) or any(
        k in THIRD_SINGULAR and keys[i + 1 : i + 2] != ["faut"] for i, k in enumerate(keys)
    ):
        return  # someone, though not the "il" of "il faut"
    if any(m.entry not in _POSSESSIVE_YOU for m in scan.get("second_person")):
        return  # "t'es qu'un sale rat": said to someone
    analysis.findings[:] = [f for f in analysis.findings if f.signal not in _SPARED]
