"""Praise denied to every member of a group: "No Jew has ever been loyal to this
country", "Aucun Arabe n'a jamais rien construit de valable", "There isn't a single
honest Gypsy in Europe", "I've never met a woman who could do maths".

The negation is the claim: it takes a quality or a deed away from all of them. It comes
in several shapes, all read here:
- a quantifier before the group: "aucun", "not a single", "never met a";
- a challenge to find one: "Name one X who ...", "Citez-moi un X qui ...";
- a sighting denied after the group: "Un X modéré ? Ça n'existe pas", "les X, jamais vu
  un seul capable de ...", "Des X reconnaissants, j'en cherche encore un";
- "never" with a word that makes it all of them: "X n'ont jamais rien fait de bien",
  "X have never produced a single great scientist".

The same quantifier denies a prejudice when what follows is itself derogatory ("Aucun
Rom n'est un voleur", "I've never met a Muslim who supported the attacks"): that is left
to the negation rules. A derogatory word that is itself negated ("who wasn't mentally
ill", "qui soit pas violent") is a quality denied again. Held for the editors, never
rejected.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.groups import adjective_groups
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.phrases import phrase_at, phrase_set
from palabre.policies.praise import NOT_YET
from palabre.policies.sentences import BUT, NEGATING, Text

#: "no", "not one", "aucun", "pas une seule", "never met a", "jamais vu un" before the
#: group.
_NONE = phrase_set(
    "no", "not one", "not a single", "not a", "aucun", "aucune", "pas un", "pas une",
    "pas un seul", "pas une seule", "isn t a single", "is not a single", "n y a pas un",
    "n y a pas une", "jamais un", "jamais une", "y a pas un", "y a pas une",
)  # fmt: skip
#: A sighting denied, before the group: read as strictly as a challenge, for "I've never
#: met an X who supported ..." denies a prejudice.
_NEVER_MET = phrase_set(
    "never met a", "never met an", "never seen a", "never seen an", "jamais vu un",
    "jamais vu une", "jamais rencontre un", "jamais rencontre une", "jamais croise un",
    "jamais croise une",
)  # fmt: skip
#: A challenge to find one, before the group: "Name one X who ...".
_CHALLENGE = phrase_set(
    "name one", "name me one", "name a single", "show me one", "show me a", "find me one",
    "find me a", "citez moi un", "citez moi une", "cite moi un", "cite moi une",
    "montrez moi un", "montre moi un", "montrez moi une", "montre moi une",
    "trouvez moi un", "trouve moi un", "trouvez moi une", "m en montre un",
    "un seul", "une seule", "one single",
)  # fmt: skip
#: The challenge itself, without the "un seul" that only counts beside one.
_ASKING = _CHALLENGE - phrase_set("un seul", "une seule", "one single")
#: A sighting denied, after the group: "... ? Jamais vu", "j'en cherche encore un".
_NOT_SEEN = phrase_set(
    "jamais vu", "jamais croise", "jamais rencontre", "jamais entendu", "existe pas",
    "s est jamais vu", "cherche encore", "never seen one", "never met one",
    "never seen a single", "never met a single", "doesn t exist", "does not exist",
    "still looking for one", "still waiting for one", "yet to meet one", "yet to see one",
    "risque pas d arriver", "arrivera jamais", "never seen it", "never will",
    "contes de fees", "fairy tale", "fairy tales", "ca n existe pas", "ca existe pas",
)  # fmt: skip
_CHALLENGED_OR_UNSEEN = _CHALLENGE | _NOT_SEEN
#: Denials that scorn the very idea: after "Un X ... ?", they need no word of praise.
#: "Jamais vu" alone may regret it ("Une femme présidente ? Jamais vu, il serait temps").
_SCORN = phrase_set(
    "risque pas d arriver", "arrivera jamais", "never will", "contes de fees", "fairy tale",
    "fairy tales", "existe pas", "doesn t exist", "does not exist",
)  # fmt: skip
#: "never", and a word that makes it every one of them.
_NEVER = frozenset(map(squeeze, {"jamais", "never"}))
_ALL_OF_THEM = phrase_set("rien", "un seul", "une seule", "anything", "a single", "one single")
#: What is denied: a quality or a deed. Stems, then whole words (too short for a stem).
_GOOD = tuple(map(squeeze, (
    "loyal", "honest", "honnete", "fiable", "intelligent", "smart", "capable", "competent",
    "trustworthy", "confiance", "useful", "utile", "valable", "decent", "civilis",
    "contribut", "built", "construit", "apporte", "invent", "accompli", "achiev", "given",
    "gave", "could", "fit", "apte", "digne", "worth", "travaille", "worked", "cheville",
    "hauteur", "modere", "moderate", "reconnaiss", "grateful", "thankful", "ponctu",
    "punctual", "sober", "sobre", "genie", "genius", "correct", "proper", "sach",
)))  # fmt: skip
#: More of them, read only where the shape itself denies (a challenge, a sighting): after
#: a bare "aucun" they are as often news ("aucun migrant n'a été arrêté par la police").
_GOOD_IN_CLAUSE = tuple(map(squeeze, (
    "integr", "condamn", "condemn", "scientifi", "strateg", "compren", "understand",
    "bosse", "bosser", "metier", "emploi", "genero", "genereu", "pacifi", "peaceful", "labour",
    "labor", "respect",
)))  # fmt: skip
_GOOD_WORDS = frozenset(map(squeeze, {"bien", "well", "good", "great", "grand", "grande",
                                      "job", "boulot", "taf", "heure", "paix", "peace",
                                      "calme", "calm", "kind", "gentil", "poli", "polie",
                                      "polite"}))  # fmt: skip
#: Lists that make what follows a prejudice, so the quantifier denies it.
_DEROGATORY = ("neg_attr", "dehum", "insult", "insult_weak", "slur", "threat")
#: How far the sighting may stand from the group: the same sentence or the next two.
_SIGHTING_SENTENCES = 2


def universal(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    # "Never met an honest Gypsy", "Not one Mexican on my crew": after a quantifier, a
    # word that may be an adjective names people.
    named = adjective_groups(text, groups)
    for t in [*groups, *named]:
        if _denied_to_all(text, t, adjective=t in named) or (t in groups and _cannot(text, t)):
            analysis.findings.append(
                Finding(Category.HATE, EDITORS_DECIDE, "hate.praise_denied", (t,))
            )
            return


#: Knowing how, denied: "elles savent pas tenir une brigade", "ils ne savent pas bosser".
_KNOW = frozenset(map(squeeze, {"sait", "savent", "savaient", "su", "saura", "sauront"}))
_INFINITIVE = ("er", "ir", "re")
_THEY = frozenset(map(squeeze, {"ils", "elles", "they"}))


def _cannot(text: Text, t: Match) -> bool:
    """The group, or "ils"/"elles" opening the next sentence, does not know how to do a
    thing: "Une femme cheffe ? ... Elles savent pas tenir une brigade"."""
    keys = text.keys
    end = text.sentence_end(t.first)
    spans = [(t.last, end)]
    if end < len(keys) and keys[end] in _THEY:
        spans.append((end + 1, text.sentence_end(end)))
    if text.quoted[t.first] or text.question[text.sentence[t.first]]:
        return False  # "« Les X ne savent pas ... » : voilà ce que j'ai lu", "... ? Fin du débat"
    but = next((i for i in range(t.last, end) if keys[i] in BUT), None)
    if but is not None and any(p.first > but for p in text.in_sentence("positive", t.first)):
        return False  # "... ne savent pas faire une baguette, mais leurs scones sont bons"
    for lo, hi in spans:
        for i in range(lo, min(hi, lo + 6)):
            if keys[i] not in _KNOW:
                continue
            j = i + 1
            while j < hi and keys[j] in _EVEN:
                j += 1
            know = Match("neg_attr", keys[i], i, i + 1)
            if j < hi and keys[j].endswith(_INFINITIVE) and text.negated(know):
                return not (NOT_YET.intersection(keys[i:j]) or text.counter_in_sentence(i))
    return False


_EVEN = frozenset(map(squeeze, {"meme", "pas", "jamais", "vraiment", "even", "encore", "yet"}))


def _denied_to_all(text: Text, t: Match, *, adjective: bool = False) -> bool:
    keys = text.keys
    if text.counter_in_sentence(t.first):
        return False
    start, end = text.sentence_start(t.first), text.sentence_end(t.first)
    # "No, X aren't ...": an answer, not a quantifier; no comma may stand in the phrase.
    before = [tuple(keys[i:j]) for j in (t.first, t.first - 1)
              for i in range(max(start, j - 4), j)
              if not any("," in text.gap(k) for k in range(i + 1, t.first + 1))]  # fmt: skip
    question = text.question[text.sentence[t.first]]
    if any(b in _NONE for b in before) and not question:
        return _quality_denied(text, max(start, t.first - 2), end, t)
    if any(b in _NEVER_MET for b in before):
        return _quality_denied(text, max(start, t.first - 2), end, t, strict=True)
    if any(b in _CHALLENGE for b in before) and _challenged(text, start, t):
        return _quality_denied(text, t.last, end, t, strict=True)
    if adjective:
        return False
    if _not_seen_after(text, t):
        if (
            _supposed(keys, start, t)
            and _not_seen_after(text, t, _SCORN)
            and not any(
                start <= m.first < end and not phrase_at(keys, m.first, _NOT_SEEN)
                for n in _DEROGATORY
                for m in text.scan.get(n)
            )
        ):
            return True  # "Un Arabe prix Nobel ? Risque pas d'arriver": the very idea
        # "Les X, jamais vu un seul capable de ...": the quality after the sighting.
        return _quality_denied(text, max(start, t.first - 2), end, t, strict=True) or (
            _quality_denied(text, t.last, text.sentence_end(t.last), t, seen=True)
        )
    return not question and _never_any(text, t, end)


def praised_all(text: Text, m: Match) -> bool:
    """ "I've never met a gay man who wasn't kind": a word of praise under the relative
    clause's negation, after a sighting denied, praises every one of them."""
    keys = text.keys
    start = text.sentence_start(m.first)
    return any(phrase_at(keys, i, _NEVER_MET)
               and any(k in NEGATING for k in keys[i + 3 : m.first])
               and not any("," in text.gap(j) for j in range(i + 1, m.first + 1))
               for i in range(start, m.first - 3))  # fmt: skip


def _challenged(text: Text, start: int, t: Match) -> bool:
    """A challenge phrase, or "un seul" in a sentence that challenges or denies."""
    keys = text.keys
    window = keys[start : t.first]
    if any(phrase_at(window, i, _ASKING) for i in range(len(window))):
        return True
    lo = text.sentence_start(start - 1) if start > 0 else start
    return any(phrase_at(keys, i, _CHALLENGED_OR_UNSEEN) and i < t.first - 2
               for i in range(lo, t.first))  # fmt: skip


#: An indefinite article puts one of them forward as a supposition: "Un X qui ...?".
_SUPPOSING = frozenset(map(squeeze, {"un", "une", "a", "an"}))


def _supposed(keys: list[str], start: int, t: Match) -> bool:
    """The group opens its sentence after "un", "une", "a", "an" (an adjective may come
    first): one of them supposed, to be denied."""
    return any(i >= start and keys[i] in _SUPPOSING and i <= start + 1
               for i in (t.first - 1, t.first - 2))  # fmt: skip


def _not_seen_after(text: Text, t: Match, phrases: frozenset[tuple[str, ...]] = _NOT_SEEN) -> bool:
    """A sighting denied after the group, in its sentence or the next ones."""
    keys = text.keys
    last = text.sentence[t.first] + _SIGHTING_SENTENCES
    i = t.last
    while i < len(keys) and text.sentence[i] <= last:
        if phrase_at(keys, i, phrases):
            return True
        i += 1
    return False


def _quality_denied(
    text: Text, first: int, last: int, t: Match, *, strict: bool = False, seen: bool = False
) -> bool:
    """Whether the words in ``first:last`` name a quality (or deny a prejudice's
    opposite): "honest", "who wasn't mentally ill", "qui soit pas violent"."""
    keys = text.keys
    words = range(first, last)
    good = any(keys[i].startswith(_GOOD) or keys[i] in _GOOD_WORDS
               or ((strict or seen) and keys[i].startswith(_GOOD_IN_CLAUSE))
               for i in words)  # fmt: skip
    derogatory = [
        m
        for n in _DEROGATORY
        for m in text.scan.get(n)
        if first <= m.first < last and not phrase_at(keys, m.first, _NOT_SEEN)
    ]  # "ça existe pas" is the denial
    if derogatory:
        return all(text.negated(m) for m in derogatory) and strict
    if not strict:
        return good
    # The negation of the clause about them, up to a comma: "qui soit pas violent", not
    # the remark after it ("..., c'est pas dans leur nature").
    clause = next((i for i in range(t.last + 1, last) if "," in text.gap(i)), last)
    negated = any(keys[i] in NEGATING for i in range(t.last, clause))
    return good != negated


def _never_any(text: Text, t: Match, end: int) -> bool:
    """ "Les X n'ont jamais rien fait de bien", "X have never produced a single great
    scientist": the group as the subject of "never", and "anything" or "a single"."""
    keys = text.keys
    never = next((i for i in range(t.last, min(end, t.last + 4)) if keys[i] in _NEVER), None)
    if never is None:
        return False
    if not any(phrase_at(keys, i, _ALL_OF_THEM) for i in range(never + 1, min(end, never + 5))):
        return False
    return _quality_denied(text, never + 1, end, t)
