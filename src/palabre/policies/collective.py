"""One person's act charged to the whole group: "Un Afghan poignarde un passant ? Ils
sont tous comme ça", "Israel bombs a hospital, so every Jew in Paris owns that", "it's
their whole culture", "jamais un cas isolé". And a vice said to be in their blood:
"c'est dans leurs gènes de voler", "is it in the blood?".

The comment names a group, tells of a wrong, and says the wrong is the group's: all of
them are like that, their culture or their people is, the community is to blame. The
same words defend a group ("ils ne sont pas tous comme ça", "stop blaming the whole
community"), praise one ("les Bretons sont tous comme ça, accueillants"), or report the
prejudice; those are left alone. Held for the editors, never rejected.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.counter import countered
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.mention import reported_before
from palabre.policies.normalize import squeeze
from palabre.policies.phrase_sets import PhraseSet
from palabre.policies.phrases import longest_at, phrase_set, phrase_starts
from palabre.policies.sentences import Text

#: The wrong made the group's.
_ALL_OF_THEM = phrase_set(
    "tous comme ca", "toutes comme ca", "tous pareils", "toutes pareilles", "tous les memes",
    "tout son peuple", "toute sa communaute", "toute leur communaute",
    "tous dans le meme sac", "jamais un cas isole", "jamais des cas isoles",
    "pas un cas isole", "c est dans leur culture", "tous coupables",
    "all like that", "all like this", "all alike", "their whole culture", "whole culture",
    "never an isolated", "not an isolated", "same story with all", "owns that",
)
#: Those of the phrases that hold their own negation: "ce n'est jamais un cas isolé".
_NEGATIVE_OPENINGS = frozenset(map(squeeze, {"pas", "jamais", "never", "not"}))
#: The writer counted in: "nous sommes tous coupables de ne rien dire", "we are all alike".
_US = frozenset(map(squeeze, {"nous", "on", "we", "us", "our", "nos"}))
#: Wrongs told of the one, or of the group.
_WRONGS = frozenset(map(squeeze, {
    "poignarde", "tue", "viol", "viole", "vol", "vole", "agresse", "agression", "attentat",
    "crime", "crimes", "delit", "meurtre",
    "bombarde", "horreur", "violence", "violences", "delinquance", "braquage", "chauffard",
    "disparaitre", "drogue", "deal", "stabs", "stabbed", "stabbing", "kills", "killed",
    "murder", "rape", "raped", "robbery", "theft", "steals", "stole", "bombs",
    "bombed", "attack", "attacks", "disappearing", "horror", "gang", "gangs",
}))  # fmt: skip
#: What takes the charge back when it comes right before: "pas tous comme ça", "on
#: accuse toute sa communauté" (the charge told, not made).
_TAKEN_BACK = frozenset(map(squeeze, {
    "pas", "not", "n", "ne", "t", "never", "jamais", "stop", "arretez", "arreter",
    "accuse", "accuser", "accusent", "blame", "blames", "blaming", "stigmatise",
    "stigmatiser", "amalgame", "generalise", "generaliser", "accusing", "tar",
}))  # fmt: skip
_GROUPS = ("identity", "identity_adj")


def charged_to_all(text: Text, analysis: Analysis) -> None:
    """One hate finding at most: a wrong made the group's, or a vice its blood's."""
    one_for_all(text, analysis)
    if not analysis.findings:
        in_their_blood(text, analysis)


def one_for_all(text: Text, analysis: Analysis) -> None:
    """One hate finding when a wrong is charged to a whole group the comment names."""
    keys, scan = text.keys, text.scan
    if _ALL_OF_THEM.heads.isdisjoint(keys) or not any(scan.get(n) for n in _GROUPS):
        return
    if _WRONGS.isdisjoint(keys) and not any(scan.get(n) for n in ("neg_attr", "dehum")):
        return
    for i in phrase_starts(keys, _ALL_OF_THEM):
        start = text.sentence_start(i)
        before = keys[max(start, i - 3) : i]
        if keys[i] not in _NEGATIVE_OPENINGS and not _TAKEN_BACK.isdisjoint(before):
            continue  # "ils ne sont pas tous comme ça", "stop blaming the whole community"
        if not _US.isdisjoint(keys[start:i]):
            continue  # "nous sommes tous coupables de ne rien dire"
        if any(text.same_sentence(p.first, i) for p in scan.get("positive")):
            continue  # "tous comme ça, accueillants": praise
        m = _phrase_match(keys, i, _ALL_OF_THEM)
        if text.quoted[i] or reported_before(text, i) or countered(text, m, m):
            continue
        analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE, "hate.one_for_all", (m,)))
        return


#: A nature passed down: in the genes, the blood, the DNA.
_IN_THE_BLOOD = phrase_set(
    "c est genetique", "c est dans le sang", "ont ca dans le sang", "dans leurs genes",
    "dans leur sang", "is it genetic", "it s genetic", "is it in the blood",
    "in their blood", "in their genes",
)
#: "Ils", "they": the people meant, left unnamed.
_THEM = frozenset(map(squeeze, {"ils", "eux", "leur", "leurs", "they", "them", "their"}))
#: The vices a people is said to be born with: money, theft, lies, violence.
_VICES = frozenset(map(squeeze, {
    "voler", "voleurs", "mentir", "menteurs", "tricher", "magouille", "magouilles",
    "arnaque", "arnaquer", "fraude", "banques", "banquiers", "usure", "violence",
    "violents", "crime", "delinquance", "steal", "stealing", "thieves", "lie", "lying",
    "liars", "cheat", "cheating", "scam", "banks", "bankers", "violent", "fraud", "greed",
    "cupides", "greedy",
}))  # fmt: skip


def in_their_blood(text: Text, analysis: Analysis) -> None:
    """One hate finding for a vice said to be born in "them": in the genes, the blood."""
    keys = text.keys
    if _IN_THE_BLOOD.heads.isdisjoint(keys) or _THEM.isdisjoint(keys):
        return
    # A vice not denied where it stands: "pas de violence gratuite chez eux" praises.
    if not any(k in _VICES and _TAKEN_BACK.isdisjoint(keys[max(0, j - 2) : j])
               for j, k in enumerate(keys)):  # fmt: skip
        return
    for i in phrase_starts(keys, _IN_THE_BLOOD):
        start = text.sentence_start(i)
        if not _TAKEN_BACK.isdisjoint(keys[max(start, i - 3) : i]):
            continue  # "ce n'est pas génétique", "it's not in their blood"
        m = _phrase_match(keys, i, _IN_THE_BLOOD)
        if text.quoted[i] or reported_before(text, i) or countered(text, m, m):
            continue
        analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE, "hate.in_the_blood", (m,)))
        return


def _phrase_match(keys: list[str], i: int, phrases: PhraseSet) -> Match:
    said = longest_at(keys, i, phrases)
    return Match("implicit", " ".join(said), i, i + len(said))
