"""Slogans against a group: told to leave ("Muslims out!", "les X dehors") or barred
from a place ("No Jews on the council.", "Pas de Noirs dans mon immeuble")."""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.counter import countered
from palabre.policies.findings import Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.mention import named_in_quotes
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: A group told to leave in a slogan: "Muslims out!", "les X dehors !", "X go home".
_AWAY = (("out",), ("dehors",), ("go", "home"), ("hors", "de", "france"), ("raus",))


#: After the group and a colon: "Les Roms : expulsion immédiate", "Les X : dehors".
_AWAY_NOUNS = frozenset(map(squeeze, {"expulsion", "expulsions", "dehors", "out", "hors",
                                      "deportation", "deportations", "remigration",
                                      "renvoi", "retour"}))  # fmt: skip
#: "Kick the X out", "send the X back", "foutez les X dehors": the group between.
_SENDING = frozenset(map(squeeze, {"kick", "throw", "chuck", "boot", "send", "ship", "foutez",
                                   "foutre", "virez", "renvoyez", "renvoyer", "mettez",
                                   "renvoie", "renvoient"}))
_AWAY_AFTER = frozenset(map(squeeze, {"out", "back", "dehors", "home"}))
_OUT_OF_QUESTION = tuple(map(squeeze, ("hors", "de", "question")))


def slogans(
    text: Text, analysis: Analysis, targets: list[Match], expel: float, barring: float
) -> None:
    """Hate findings for the ``targets`` told to leave or barred from a place."""
    for t in targets:
        if sent_away(text, t) and not named_in_quotes(text, t) and not countered(text, t, t):
            analysis.findings.append(Finding(Category.HATE, expel, "hate.expel", (t,)))
        elif barred(text, t) and not countered(text, t, t):
            # Held for an editor: "Pas de X dans mon immeuble" is a slogan, but the same
            # words may open a short report.
            analysis.findings.append(Finding(Category.HATE, barring, "hate.barred", (t,)))


def sent_away(text: Text, t: Match) -> bool:
    """The group's name, then one of ``_AWAY``, then the end of the sentence; or a colon
    and a word of expulsion; or the group between a verb of sending and "out"."""
    keys = text.keys
    if t.last < len(keys) and ":" in text.gap(t.last) and keys[t.last] in _AWAY_NOUNS:
        # Not "Les femmes : hors de question de les laisser seules".
        return not text.negated(t) and tuple(keys[t.last : t.last + 3]) != _OUT_OF_QUESTION
    if tuple(keys[t.last : t.last + 2]) == ("out", "of") and t.first == text.sentence_start(
        t.first
    ):
        return True  # "Gays out of the Catholic schools": the slogan opens the sentence
    if any(keys[i] in _SENDING for i in range(max(0, t.first - 4), t.last + 2)
           if i < len(keys)) and any(
        keys[i] in _AWAY_AFTER and text.same_sentence(t.first, i)
        for i in range(t.last, min(len(keys), t.last + 4))
    ):
        return True
    for words in _AWAY:
        end = t.last + len(words)
        if tuple(keys[t.last : end]) == words and all(
            text.same_sentence(t.first, i) for i in range(t.last, end)
        ):
            if end == len(keys) or not text.same_sentence(t.first, end):
                return True
            return "," in text.gap(end)  # "Muslims out, simple as."
    return False


#: "No Jews on the council.", "Pas de Noirs dans mon immeuble", "Plus aucun X en équipe de
#: France": a group barred from a place, in a slogan that opens the sentence.
_BARRING = (("no",), ("pas", "de"), ("plus", "de"), ("plus", "aucun"), ("aucun",),
            ("plus", "aucune"), ("aucune",), ("plus", "un", "seul"), ("plus", "une", "seule"),
            ("no", "more"), ("pas", "un", "seul"))  # fmt: skip
#: "Aucun X ne devrait pouvoir siéger", "No X should be allowed to": barred by a modal.
_MAY_NOT = frozenset(map(squeeze, {"ne", "n", "devrait", "devraient", "should", "must", "doit",
                                   "doivent"}))  # fmt: skip
_NONE_OF = (("aucun",), ("aucune",), ("no",))
#: "No refugee should be allowed to drown": what may not befall them.
_SUFFERING = tuple(map(squeeze, ("drown", "die", "starv", "suffer", "sleep", "freez", "mour",
                                 "noy", "souffr", "dorm", "crev", "perish")))  # fmt: skip
_ALLOWED = frozenset(map(squeeze, {
    "pouvoir", "droit", "autorise", "autorisee", "allowed", "permitted", "able", "nationalite",
    "citoyennete", "citizenship", "passport", "passeport", "vote", "voter",
}))  # fmt: skip
_PLACE_AFTER = frozenset(map(squeeze, {"on", "in", "at", "dans", "en", "a", "sur", "au",
                                       "aux", "chez", "near", "around"}))  # fmt: skip
_STATING = frozenset(map(squeeze, {"have", "has", "had", "were", "was", "are", "is", "been",
                                   "ont", "sont", "est", "ete", "etaient", "cette", "this",
                                   "selon", "according"}))  # fmt: skip


def barred(text: Text, t: Match) -> bool:
    keys, first = text.keys, text.sentence_start(t.first)
    # A list of slogans: "Pas de mosquée, pas de musulmans, pas de problème"; the
    # sentence must open with the same words ("..., aucun Rom" is a fact).
    start = max([first] + [i for i in range(first + 1, t.first) if "," in text.gap(i)])
    lead = tuple(keys[start : t.first])
    if start > first and (not lead or keys[first] != lead[0]):
        return False
    if lead not in _BARRING:
        return False
    after = t.last
    if (after < len(keys) and keys[after] in _MAY_NOT and lead in _NONE_OF
            and _ALLOWED.intersection(keys[after : after + 5])
            and not any(k.startswith(_SUFFERING) for k in keys[after : after + 8])):  # fmt: skip
        return True  # "Aucun X ne devrait pouvoir siéger", not "... ne devrait dormir dehors"
    # A comma after the group ends the slogan only inside a list of them ("Pas de mosquée,
    # pas de musulmans, pas de problème"), not at its head ("Pas de migrants, pas de
    # chocolat" says what depends on them).
    listed = start > first and "," in text.gap(after)
    if not (after == len(keys) or not text.same_sentence(t.first, after)
            or keys[after] in _PLACE_AFTER or listed):  # fmt: skip
        return False
    # A slogan is short and has no verb of its own: "No migrants in the hotel have been
    # charged" reports, "Pas de migrants à Calais cette semaine" counts.
    end = after
    while (end < len(keys) and text.same_sentence(t.first, end)
           and not text.comma_between(end - 1, end)):  # fmt: skip
        end += 1
    return end - start <= 8 and not _STATING.intersection(keys[after:end])
