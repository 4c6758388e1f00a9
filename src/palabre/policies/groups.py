"""Where a comment names a protected group: the group name with the noun it qualifies
("the Chinese buyers"), an adjective with a trade ("les livreurs africains"); not "ma
femme", one person, nor "je suis rebeu", the writer's own group."""

from __future__ import annotations

from palabre.policies.counter import approved
from palabre.policies.in_group import I_AM
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.predication import OFFENDERS
from palabre.policies.relatives import in_doers_clause
from palabre.policies.sentences import Text
from palabre.policies.trades import trade_span

#: A singular possessive before a singular group noun makes it one person: "ma femme",
#: "my girl". Not "their immigrant throats", "nos femmes": a group still.
_ONE_POSSESSIVE = frozenset(map(squeeze, {"ma", "mon", "sa", "son", "ta", "ton", "my"}))


def _one_of_mine(keys: list[str], m: Match) -> bool:
    """ "Ma femme" is one person; in "je suis rebeu" the group is the writer's own."""
    if m.first >= 2 and tuple(keys[m.first - 2 : m.first]) in I_AM:
        return True
    return m.first > 0 and keys[m.first - 1] in _ONE_POSSESSIVE and not keys[m.last - 1].endswith(
        ("s", "x"))


def group_mentions(text: Text) -> list[Match]:
    """Mentions of a protected group: the targets of a wished threat."""
    scan = text.scan
    nouns = {m.first: m.last for m in scan.get("person_noun")}
    noun_ends = {m.last: m.first for m in scan.get("person_noun")}
    # "l'Église catholique", "le gouvernement israélien": the word names an institution,
    # which may be criticised as such; the people are not named.
    institutions = {m.last for n in ("worship", "institution") for m in scan.get(n)}
    # "the Chinese buyers": a group name and the noun after it are one group.
    out = [Match(m.list, m.entry, m.first, nouns[m.last]) if m.last in nouns else m
           for m in scan.get("identity")
           if not _one_of_mine(text.keys, m) and m.first not in institutions
           and not _offenders(text, m)]  # fmt: skip
    follow = {m.first for name in ("person_noun", "dehum", "neg_attr", "slur", "insult")
              for m in scan.get(name)}  # fmt: skip
    for m in scan.get("identity_adj"):
        if _offenders(text, m):
            continue
        if m.last in nouns:
            # "Chinese buyers are locusts": the group is the adjective and its noun, so
            # what is said of the noun is said of the group.
            out.append(Match(m.list, m.entry, m.first, nouns[m.last]))
        elif m.last in follow:
            out.append(m)
        elif m.first in noun_ends:
            # "ses collègues féminines", "des familles roms": the noun before its adjective.
            out.append(Match(m.list, m.entry, noun_ends[m.first], m.last))
        elif span := trade_span(text.keys, m.first, m.last):
            # "Polish fruit pickers are ...", "les livreurs africains": people named by
            # their trade, which no list can hold.
            out.append(Match(m.list, m.entry, *span))
    return out


def _offenders(text: Text, m: Match) -> bool:
    """ "les délinquants étrangers", "foreign criminals": offenders, not the group. Not
    "les X = voleurs", where the offence is said of the group."""
    keys = text.keys
    if m.first > 0 and keys[m.first - 1] in OFFENDERS:
        return True
    return (m.list == "identity_adj" and m.last < len(keys) and keys[m.last] in OFFENDERS
            and not text.gap(m.last).strip())  # fmt: skip


#: "..., voilà ce que sont les X", "that's what X are": what came before is said of them.
_ANNOUNCING = tuple(tuple(map(squeeze, phrase.split())) for phrase in (
    "voila ce que sont", "voila ce que representent", "voila ce qu est", "voila le portrait",
    "c est ce que sont", "that s what", "that is what", "this is what",
))  # fmt: skip


def announced(keys: list[str], group: Match, word: Match) -> bool:
    """The word comes before a phrase that announces the group it was said of: "Des
    singes à peine descendus des arbres, voilà ce que sont les Noirs"."""
    if word.last > group.first:
        return False
    window = tuple(keys[word.last : group.first])
    return any(window[i : i + len(p)] == p for p in _ANNOUNCING
               for i in range(len(window) - len(p) + 1))  # fmt: skip


def adjective_groups(text: Text, groups: list[Match]) -> list[Match]:
    """Group words that may be adjectives ("Gypsy", "Mexican"), where ``groups`` has not
    read them as a group: after a quantifier or in a riddle, they name people."""
    covered = {g.first for g in groups}
    return [m for m in text.scan.get("identity_adj") if m.first not in covered]


#: What a story is about, not a victim of it: "article sur les X", "the piece on X".
_STORIES = frozenset(map(squeeze, {"article", "reportage", "papier", "sujet", "documentaire",
                                   "enquete", "dossier", "piece", "story", "report",
                                   "documentary", "feature"}))  # fmt: skip


def not_victims(text: Text, mentions: list[Match]) -> list[Match]:
    """The mentions that are not the victim of what is said ("violence contre les X"):
    the targets of everything but a wished threat."""
    keys = text.keys
    victims = {m.last for m in text.scan.get("victim_prep")
               if not (m.first and keys[m.first - 1] in _STORIES)}  # fmt: skip
    # "Ceux qui attaquent les X sont des lâches": the X are what the doers attack.
    # "contre les réfugiés afghans": the adjective after its noun is the victim too.
    nouns = {g.last for g in mentions if g.list == "identity"}
    return [m for m in mentions if m.first not in victims and (m.first - 1) not in victims
            and not (m.first in nouns and (m.first - 2) in victims)
            and not (in_doers_clause(text, m.first) and not approved(text, m))]  # fmt: skip
