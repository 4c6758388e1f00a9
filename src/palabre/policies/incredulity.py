"""A group put in a role as if that were absurd: "Une femme pilote de ligne ? Perso je
descends de l'avion", "A gay teacher in a primary school? No thanks", "Un Noir présente
le JT régional ? Il connaît quoi à notre région ?".

No word in it is derogatory: the question names a person by their group and their job,
and what follows scoffs or turns away. The same question asked in good faith is
answered ("Une femme pilote ? Oui, et la meilleure de sa promotion") or welcomed: those
are published. Held for the editors, never rejected.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: Longest question the rule reads: a group and a role, not an argument.
_MAX_QUESTION = 14
#: Words that scoff at the idea or turn it away, in the question or after it.
_SCOFFING = frozenset(map(squeeze, {
    "serieusement", "seriously", "really", "vraiment", "merci", "thanks", "descends",
    "autant", "lol", "mdr", "ptdr", "jamais", "never", "way", "joking", "blague", "quoi",
    "encore", "imagine", "imaginez", "lmao", "🙄", "🤣", "😂",
}))  # fmt: skip
#: Words of an answer in good faith, or of welcome.
_WELCOMING = frozenset(map(squeeze, {
    "oui", "yes", "bravo", "enfin", "finally", "great", "super", "genial", "felicitations",
    "congratulations", "alors", "so", "pourquoi", "why", "meilleure", "best",
    "temps", "time", "vivement",  # "il serait temps", "about time"
}))  # fmt: skip
#: People the group is put in the place of: jobs and roles.
_ROLES = ("role", "person_noun")
_ARTICLES = frozenset(map(squeeze, {"un", "une", "a", "an", "des", "the", "le", "la"}))


def incredulity(text: Text, analysis: Analysis) -> None:
    """One finding when a short question puts a group in a role and the comment scoffs."""
    scan = text.scan
    if not (scan.has("identity") or scan.has("identity_adj")):
        return
    for g in (*scan.get("identity"), *scan.get("identity_adj")):
        if not text.question[text.sentence[g.first]]:
            continue
        start, end = text.sentence_start(g.first), text.sentence_end(g.first)
        if text.negated(g) or text.counter_in_sentence(g.first):
            continue
        if _doubted_fit(text, g, start, end):
            # "Est-ce qu'un trans peut vraiment être juge ?", "Can a woman really be
            # trusted with ...?": one of them doubted fit for a role, whatever follows.
            analysis.findings.append(
                Finding(Category.HATE, EDITORS_DECIDE, "hate.incredulity", (g,))
            )
            return
        if end - start > _MAX_QUESTION or not _put_in_a_role(text, g, start, end):
            continue
        if _scoffed(text, start, end):
            analysis.findings.append(
                Finding(Category.HATE, EDITORS_DECIDE, "hate.incredulity", (g,))
            )
            return


#: Ability doubted, with the word that makes it doubt: "peut vraiment", "can ... really".
_CAN = frozenset(map(squeeze, {"peut", "pourrait", "peuvent", "can", "could", "should"}))
_REALLY = frozenset(map(squeeze, {"vraiment", "really", "honestly", "honnetement", "seriously",
                                  "serieusement", "sense", "sens"}))  # fmt: skip
_ONE_OF = frozenset(map(squeeze, {"un", "une", "a", "an"}))
_ANSWERED = frozenset(map(squeeze, {"course", "evidemment", "bien", "absolutely", "sure",
                                    "certainement", "certainly", "obviously"}))  # fmt: skip
_FIT = frozenset(map(squeeze, {"trusted", "trust", "serieux", "confiance", "diriger", "lead",
                               "first", "loyal", "coach", "teach", "enseigner", "gouverner",
                               "govern", "command", "commander", "instit", "fiable"}))


def _doubted_fit(text: Text, g: Match, start: int, end: int) -> bool:
    """One of them ("un", "a") who "can really" do something, in a question."""
    keys = text.keys
    if not any(i >= start and keys[i] in _ONE_OF for i in (g.first - 1, g.first - 2)):
        return False
    words = set(keys[start:end])
    if not (_CAN & words and _REALLY & words):
        return False
    # Answered at once: "... ? Of course she can", "... ? Évidemment, et très bien".
    after = keys[end : text.sentence_end(end)] if end < len(keys) else []
    if _ANSWERED.intersection(after[:3]) or _WELCOMING.intersection(after):
        return False
    # Fit for a role or a trust, not a right asked about ("toucher l'AAH", "change
    # their passport"): a role named, or a word of trust or command.
    return bool(_FIT & words) or any(start <= r.first < end for n in _ROLES
                                     for r in text.scan.get(n) if r.first != g.first)


def _put_in_a_role(text: Text, g: Match, start: int, end: int) -> bool:
    """The question opens on an article and the group, with a role in it: "Une femme
    pilote de ligne ?", "A gay teacher in a primary school?"."""
    keys = text.keys
    if not (g.first - start <= 2 and keys[start] in _ARTICLES):
        return False
    return any(start <= r.first < end for n in _ROLES for r in text.scan.get(n))


def _scoffed(text: Text, start: int, end: int) -> bool:
    """Scorn in the question or the sentence after it, and no welcome in either."""
    keys = text.keys
    after = text.sentence_end(end) if end < len(keys) else end
    words = set(keys[start:after])
    emoji = set(text.scan.normalized.original) & _SCOFFING
    if words & _WELCOMING or any(text.in_sentence("positive", i) for i in (start, end)
                                 if i < len(keys)):  # fmt: skip
        return False
    return bool(words & _SCOFFING or emoji)
