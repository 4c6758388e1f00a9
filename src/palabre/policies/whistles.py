"""Dog whistles: phrases that point at a group without naming it ("chance pour la
France", "(((name)))", "we all know who"). The insinuation is the point, so they are
held for an editor, never rejected; a refutation, a report or the phrase named as a
phrase excuses them."""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.counter import WEAK_COUNTER, approved, countered
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.mention import (
    POSSESSIVES,
    called_a_phrase,
    denial_mocked,
    reports,
    talks_of_words,
)
from palabre.policies.sentences import Text


def dog_whistles(text: Text, analysis: Analysis) -> None:
    if "(((" in text.scan.normalized.original and not text.scan.get("counter"):
        # The echo, "(((name)))", marks a person as Jewish: it holds no word to match.
        analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE,
                                         "hate.dogwhistle", ()))  # fmt: skip
    # Dog whistles name no group: the insinuation is the point ("je vous laisse deviner
    # quelle chance pour la France a fait ça"). Held for an editor, never rejected.
    for m in text.scan.get("dogwhistle"):
        # Quoted is how a dog whistle is often said ("encore une « chance pour la France »"):
        # only a refutation or a report around the quote excuses it.
        # A counter word elsewhere ("au tribunal") is no refutation of the whistle itself.
        # "se réclamait de la théorie du « grand remplacement »": named as an idea.
        named = (text.quoted[m.first] and called_a_phrase(text, m)) or (
            any(0 <= m.first - r.last <= 2 and r.entry not in POSSESSIVES
                for r in text.in_sentence("reporting", m.first))
            and not approved(text, m))  # "the poster claiming the Holocaust is exaggerated"
        # A counter word inside the whistle is its matter, not its refutation: "ils
        # crient à l'antisémitisme", "the antisemitism card".
        counters = text.scan.get("counter")
        outside = [c for c in counters if not m.first <= c.first < m.last]
        refuted = named or ((outside or not counters) and countered(text, m, m) and (
            not text.quoted[m.first] or talks_of_words(text, m) or reports(text)
            or any(text.same_sentence(c.first, m.first) and not text.quoted[c.first]
                   and c.entry not in WEAK_COUNTER for c in outside)
        ))  # fmt: skip
        if denial_mocked(text, m):
            # "et après on nous dit que le grand remplacement n'existe pas": the denial is
            # someone else's, quoted to mock it.
            analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE,
                                             "hate.dogwhistle", (m,)))  # fmt: skip
        elif not (text.negated(m) or refuted or _refuted_next(text, m)):
            analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE,
                                             "hate.dogwhistle", (m,)))  # fmt: skip


def _refuted_next(text: Text, m: Match) -> bool:
    """The next sentence refutes the dog whistle: "Je ne crois pas au « grand
    remplacement ». C'est un fantasme sans base démographique."""
    after = text.sentence[m.first] + 1
    return any(text.sentence[c.first] == after and not text.negated(c)
               for c in text.scan.get("counter"))  # fmt: skip
