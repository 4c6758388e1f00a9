"""A verdict that takes up the people of the sentence before, as a pronoun would: "Les
migrants arrivent par milliers. Ce sont tous des parasites.", "C'est des voleurs.",
"Toutes des idiotes.", "Absolutely revolting people."."""

from __future__ import annotations

from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: In a sentence of five words or fewer, what makes it a verdict on people: "Toutes des
#: idiotes.", "Absolutely revolting people.", "Une race de profiteurs."
_PEOPLE = frozenset(map(squeeze, {
    "people", "gens", "lot", "creatures", "folk", "bunch", "every", "tous", "toutes", "race",
    "bande", "ramassis", "tas",
}))  # fmt: skip
#: Between "ce sont" and its verdict: "ce sont tous des ...", "ce ne sont que des ...".
_VERDICT_LEAD = frozenset(map(squeeze, {"tous", "toutes", "des", "de", "la", "du", "que",
                                        "juste", "vraiment", "bien", "ne", "n"}))  # fmt: skip
_VERDICTS = ("dehum", "neg_attr", "insult", "slur")
_PLURAL_LEAD = frozenset({"des", "tous", "toutes"})


def verdict_opens(text: Text, i: int) -> bool:
    """Word ``i`` opens a verdict on the people of the sentence before, as a pronoun
    would: "Ce sont tous des parasites.", "C'est des voleurs." (not "Ce sont des
    conditions indignes": the verdict must come right after), "Toutes des idiotes." (a
    short sentence)."""
    keys = text.keys
    plural = i and (
        (keys[i] == "sont" and keys[i - 1] == "ce")
        # Spoken French: "c'est des ...", plural only ("C'est dégueulasse" judges a scene).
        or (keys[i] == "est" and keys[i - 1] == "c" and i + 1 < len(keys)
            and keys[i + 1] in _PLURAL_LEAD)
    )  # fmt: skip
    if not plural:
        if i and text.sentence[i - 1] == text.sentence[i]:
            return False  # only a sentence's first word opens a short verdict
        end = text.sentence_end(i)
        # "Toutes des idiotes.", "Absolutely revolting people."
        return end - i <= 5 and bool(_PEOPLE.intersection(keys[i:end]))
    j = i + 1
    while j < len(keys) and j - i <= 3 and keys[j] in _VERDICT_LEAD:
        j += 1
    return any(m.first == j for name in _VERDICTS for m in text.scan.get(name))
