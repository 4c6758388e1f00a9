"""Words that are slurs only sometimes ("retard", "coon", "pd"): a slur when a derogatory
word shares the sentence, when "what a", "bande de" or "you" lead to it, when it is
disguised with digits or symbols, when it names people, or when two stand in a row
("some spastic retard"). Not when named in quotes, negated or countered."""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.address import SLUR_LEAD, directed
from palabre.policies.counter import countered
from palabre.policies.findings import Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.mention import as_people, named_in_quotes
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text


def ambiguous_slurs(text: Text, analysis: Analysis, strength: float) -> None:
    for m in text.scan.get("slur_ambiguous"):
        if named_in_quotes(text, m):
            analysis.countered = True
            continue  # "people still hear 'retard' thrown at them": named, not said
        others = [o for n in ("neg_attr", "dehum", "threat", "hate_verb", "insult",
                              "slur_ambiguous")  # two in a row: "some spastic retard"
                  for o in text.in_sentence(n, m.first)
                  if n != "slur_ambiguous" or o.last == m.first or m.last == o.first]  # fmt: skip
        lead = text.keys[m.first - 1] if m.first else ""
        if lead in _LEAD_ARTICLES and m.first > 1:
            lead = text.keys[m.first - 2]  # "what a retard", "tous des ..."
        if (others or lead in _SLUR_LEAD or directed(text, m, reach=4)
                or _disguised(text, m) or as_people(text, m)) and not (
            text.negated(m) or countered(text, m, m)
        ):  # fmt: skip
            analysis.findings.append(
                Finding(Category.HATE, strength, "hate.slur", (m, *others[:1]))
            )


_LEAD_ARTICLES = frozenset({"a", "an", "des", "de", "un", "une"})


def _disguised(text: Text, m: Match) -> bool:
    """Written with digits or symbols for letters ("ch1nks", "r3tard", "ch!nk"): the writer
    hides the word because they know it is a slur, not the homonym ("chinks in the armour")."""
    start, end = text.scan.span(m)
    written = text.scan.normalized.original[start:end]
    # Letters set apart ("r a t o n s", "c.u.n.t") hide the word as much as digits do.
    spaced = m.last - m.first == 1 and len(written) > 3 and any(c in " .-_" for c in written)
    return spaced or any(c.isdigit() or c in "@$*!|€+" for c in written)


#: Before a word that is a slur only sometimes, what makes it one: "what a ...", "tous
#: des ...", "you absolute ...".
_SLUR_LEAD = SLUR_LEAD | frozenset(map(squeeze, {"what", "absolute", "complete", "utter", "quel",
                                                 "quelle", "bande", "tous", "toutes", "total"}))
