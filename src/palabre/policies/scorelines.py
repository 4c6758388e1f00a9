"""Sport talk: the verbs of a fight said of a match ("on va les écraser samedi", "l'OM
va massacrer Lorient", "MURDER Villa on Sunday"), which the threat rules leave alone
unless they fall on a person or a group."""

from __future__ import annotations

import re

from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: Verbs of a match or a race as often as of a fight: "on va les écraser samedi".
FIGURATIVE = tuple(map(squeeze, ("ecras", "detrui", "demoli", "massacr", "defonc", "crush",
                                  "destroy", "smash", "bury", "annihilat", "thrash", "hammer",
                                  "bouff", "manger", "eat")))  # fmt: skip
#: The future said as a forecast, not a wish: "l'OM va massacrer Lorient".
_SCORELINE = (*FIGURATIVE, *map(squeeze, ("slaughter", "pulveris", "lamin", "atomis",
                                           "humili", "rout", "racle", "branle", "rouste",
                                           "hiding", "thrashing")))  # fmt: skip
#: Verbs said of a match only where the comment speaks of one: "MURDER Villa on Sunday".
_SCORELINE_IN_SPORT = tuple(map(squeeze, ("murder", "kill", "tuer", "buter", "brul", "cram",
                                          "burn")))  # fmt: skip
_SPORT = frozenset(map(squeeze, {
    "match", "matchs", "derby", "game", "games", "final", "finale", "league", "ligue", "cup",
    "coupe", "stade", "stadium", "samedi", "dimanche", "saturday", "sunday", "tonight",
    "velodrome", "terrain", "pitch", "score", "minimum", "saison", "season", "playoffs",
    "equipe", "buteur", "championnat", "tournoi", "tournament",
}))  # fmt: skip
_SCORE = re.compile(r"\b\d{1,2} ?[-–] ?\d{1,2}\b")


def sport_talk(text: Text, *, strict: bool = False) -> bool:
    """The comment speaks of a match: a word of sport or a score ("3-0"). ``strict``:
    not a day alone, nor "fair game" (a menace names its day too: "Saturday night, lads")."""
    words = _SPORT - _DAYS if strict else _SPORT
    keys = text.keys
    found = [i for i, k in enumerate(keys) if k in words]
    if strict:
        found = [i for i in found if not (i > 0 and keys[i - 1] == "fair")]
    return bool(found) or bool(_SCORE.search(text.scan.normalized.original))


_DAYS = frozenset(map(squeeze, {"samedi", "dimanche", "saturday", "sunday", "tonight",
                                "minimum"}))  # fmt: skip


_FUTURE = frozenset(map(squeeze, {"va", "vont", "will", "ll", "going", "gonna"}))


def foretold_win(text: Text, m: Match, modal: Match, actors: frozenset[str]) -> bool:
    """A third party's win foretold with a verb of sport: "l'OM va massacrer Lorient",
    "the Boks will slaughter the All Blacks". Not when it falls on a group ("ils vont
    massacrer les juifs") or on a person by a word that names one ("ce juge"), nor when
    the speaker or the reader is the one to act (``actors``)."""
    keys = text.keys
    verb = keys[m.first]
    sport_verb = verb.startswith(_SCORELINE) or (
        verb.startswith(_SCORELINE_IN_SPORT) and sport_talk(text)
    )
    if not sport_verb or keys[modal.first] not in _FUTURE:
        return False
    if modal.first == 0 or keys[modal.first - 1] in actors:
        return False
    sentence = [n for n in ("identity", "worship", "role", "person_noun", "insult", "dehum")
                if text.in_sentence(n, m.first)]  # fmt: skip
    return not sentence


#: A defeat, which an election deals as a match does: "une raclée aux législatives".
_DEFEATS = frozenset(map(squeeze, {"raclee", "claque", "deculottee", "rouste", "thrashing",
                                   "hammering", "drubbing", "pasting", "kicking", "elimine",
                                   "eliminee", "wiped", "battu", "battue", "defeated",
                                   "trounced", "crushed", "ecrase", "ecrasee"}))  # fmt: skip
_POLLS = frozenset(map(squeeze, {"legislatives", "municipales", "presidentielle", "elections",
                                 "election", "scrutin", "urnes", "polls", "ballot", "tour",
                                 "vote", "votes"}))  # fmt: skip


def lost_at_the_polls(text: Text, m: Match) -> bool:
    """A defeat wished in an election's sentence: "qu'il se prenne une raclée aux
    législatives", "wiped out at the ballot box"."""
    start, end = text.sentence_start(m.first), text.sentence_end(m.first)
    return bool(_DEFEATS.intersection(text.keys[m.first : m.last])) and bool(
        _POLLS.intersection(text.keys[start:end])
    )
