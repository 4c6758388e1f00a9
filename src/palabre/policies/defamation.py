"""Defamation: an accusation of a crime or of dishonesty aimed at a named person. Held
for the editors, never published blindly and never rejected: only they can tell a known
conviction from a rumour.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.address import THIRD_SINGULAR
from palabre.policies.findings import Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.mention import named_in_quotes
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: How a sentence that judges the person just named opens: "C'est un corrompu."
_JUDGING = frozenset(map(squeeze, {"c", "ce", "cest", "un", "une", "he", "she", "s", "hes",
                                   "shes", "this", "that", "what", "quel", "quelle"}))  # fmt: skip


def _verdict_on_named(text: Text, m: Match, names: set[int]) -> bool:
    """The sentence right after one that names a person passes a verdict on them: "...
    pour voter contre les agriculteurs. C'est un corrompu.", "Traître et vendu."."""
    sentence = text.sentence[m.first]
    if sentence - 1 not in names:
        return False
    start, end = text.sentence_start(m.first), text.sentence_end(m.first)
    return text.keys[start] in _JUDGING or end - start <= 4


#: Words that attribute what follows, or what precedes, to a named source: "selon Jeune
#: Afrique", "d'après Reuters", "..., rapporte Ouest-France", "according to Reuters".
_ATTRIBUTING = frozenset(map(squeeze, {
    "selon", "apres", "rapporte", "rapportent", "revele", "revelent", "indique", "indiquent",
    "ecrit", "ecrivent", "precise", "confirme", "according", "reports", "reported", "per",
    "rapportees", "rapportes", "rapportee", "revelees", "revelee",
}))  # fmt: skip
#: "rapportées par Libération", "reported by the Guardian": the source after "by".
_BY = frozenset(map(squeeze, {"par", "by"}))
#: English drops "that": "ABC reports the club president faces fraud charges".
_REPORTS = frozenset({"reports", "reported"})
_ARTICLES = frozenset(map(squeeze, {"the", "le", "la", "l", "les"}))
_ACCORDING = squeeze("according")
_THAT = frozenset(map(squeeze, {"que", "qu", "that"}))


def _attributed(text: Text) -> set[int]:
    """Sentences that name the source of what they report: an attributing word right before
    a capitalised word ("Selon Radio-Nord, ...", but not "selon moi"), or a capitalised
    subject right before it and "que" after ("Le Soir révèle que ...")."""
    scan = text.scan
    original = scan.normalized.original

    def capitalised(i: int) -> bool:
        start, _ = scan.normalized.span(scan.tokens[i].start, scan.tokens[i].end)
        return original[start : start + 1].isupper()

    out = set()
    last = len(text.keys) - 1
    for i, key in enumerate(text.keys[:-1]):
        if key not in _ATTRIBUTING:
            continue
        nxt = i + 2 if key == _ACCORDING and text.keys[i + 1] == "to" else i + 1
        if nxt < last and text.keys[nxt] in _BY:
            nxt += 1
        if nxt < last and text.keys[nxt] in _ARTICLES:
            nxt += 1  # "per the Miami Herald"
        named_after = nxt <= last and capitalised(nxt)
        named_before = (i > 0 and (text.keys[i + 1] in _THAT or key in _REPORTS)
                        and capitalised(i - 1)
                        and text.sentence[i - 1] == text.sentence[i])  # fmt: skip
        if named_after or named_before:
            out.add(text.sentence[i])
            end = text.sentence_end(i)
            if end < len(text.keys) and ":" in text.gap(end):
                out.add(text.sentence[end])  # "Rapporté par Libération : ..." reports it all
    return out


_OF = frozenset(map(squeeze, {"de", "d", "du", "des", "of"}))
#: What follows a crime word that makes it praise: "stole the show", "a mis le feu au
#: podium", "killed it on stage".
_PRAISED = frozenset(tuple(map(squeeze, p.split())) for p in (
    "the show", "our hearts", "the hearts", "au podium", "a la scene", "au public",
    "a la salle", "au stade", "au dancefloor", "on stage", "it on",
))  # fmt: skip


def _complement(keys: list[str], i: int) -> bool:
    """Whether the noun at ``i`` follows "de", "du", "d'", "de l'", "of (the)"."""
    before = [k for k in keys[max(0, i - 2) : i] if k not in ("l", "la", "le", "the")]
    return bool(before) and before[-1] in _OF


#: "le violeur présumé", "the alleged fraudster": right after the accusation, they clear.
_ALLEGED = ("presum", "alleg", "suspect")


def defamation(text: Text, analysis: Analysis, names: set[int], person: bool) -> None:
    """Defamation findings; ``names`` are the sentences that name someone, ``person``
    whether the comment names a person in full (``names.person_named``), as ``analyse``
    read it once for every rule."""
    # The accusation and the person in one sentence ("M. Durand a détourné ..."), or a
    # person named and then "il/elle" accused: a crime word in a comment that names
    # someone elsewhere ("toute fraude resterait détectable") accuses no one.
    # "relaxée", "cleared of": the sentence reports an acquittal, it accuses no one.
    # Not when the study or the ruling is the object of the accusation itself: "a
    # falsifié l'étude de sol".
    said = text.scan.get("accusation")
    # A report word right after the accusation is its object ("a falsifié l'étude"),
    # unless a comma sets it apart ("... over alleged fraud, according to the agency").
    cleared = {text.sentence[m.first] for m in text.scan.get("cleared")
               if "," in text.gap(m.first) or m.entry.startswith(_ALLEGED)
               or not any(a.last <= m.first <= a.last + 1 for a in said)}  # fmt: skip
    # "... déposée contre l'entraîneur. Il conteste les faits.": the report that follows
    # an accusation takes it back as well.
    cleared |= _attributed(text)
    cleared |= {s - 1 for s in cleared}
    if not person:
        # "Le régime de Moscou laisse ses oligarques blanchir leur fric", "la junte en
        # détourne une partie": a state or a party accused, and no person named in full.
        # Not "Chen Weiran de l'ambassade", "le conseiller d'État Zufferey": there the
        # institution only says where the person works.
        cleared |= {text.sentence[m.first] for m in text.scan.get("institution")
                    if not _complement(text.keys, m.first)}  # fmt: skip
    accusations = [
        m for m in said
        if not text.negated(m) and text.sentence[m.first] not in cleared
        and tuple(text.keys[m.last : m.last + 2]) not in _PRAISED
        and not named_in_quotes(text, m) and (
            text.sentence[m.first] in names
            or (names and any(text.keys[i] in THIRD_SINGULAR for i in range(
                text.sentence_start(m.first), m.first)))
            or _verdict_on_named(text, m, names)
        )
    ]  # fmt: skip
    if accusations:
        analysis.findings.append(
            Finding(Category.DEFAMATION, 0.75, "defamation.named", tuple(accusations[:3]))
        )
