"""A sentence that takes up the people of the sentence before: a verdict, as a pronoun
would ("Les migrants arrivent par milliers. Ce sont tous des parasites.", "C'est des
voleurs.", "Toutes des idiotes.", "Absolutely revolting people."), a plural pronoun, an
object pronoun before a verb of hatred or harm ("je les méprise"), an exclamation
("Quelle bande de ...")."""

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


#: An exclamation that points back at the previous sentence's people, as a pronoun
#: would: "Encore des X dans le train. Quelle bande de parasites."; and the plural
#: pronouns themselves where a longer entry took them ("qu'ils" as a wish).
_ANAPHORIC = frozenset(map(squeeze, {"quel", "quelle", "quels", "quelles", "bande", "such",
                                     "bunch", "ils", "elles", "they"}))  # fmt: skip
#: Object pronouns in front of a verb: "je les méprise", "il faudrait les expulser".
_PLURAL_OBJECTS = frozenset({"les", "leur"})


def pointing_back(text: Text) -> set[int]:
    """The sentences whose pronoun or verdict may point back at a group named in the one
    before: "Encore des X. Ils ...", "je les méprise", "Quelle bande de ..."."""
    scan = text.scan
    pronouns = {text.sentence[m.first] for name in ("third_person", "second_person")
                for m in scan.get(name)}  # fmt: skip
    pronouns.update(text.sentence[m.first] for name in ("hate_verb", "threat")
                    for m in scan.get(name)
                    if m.first and text.keys[m.first - 1] in _PLURAL_OBJECTS)  # fmt: skip
    pronouns.update(text.sentence[i] for i, k in enumerate(text.keys) if k in _ANAPHORIC
                    or verdict_opens(text, i))  # fmt: skip
    return pronouns
