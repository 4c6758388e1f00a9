"""Derogation dressed as science: a group said to be lesser by its genes, its biology or
"the statistics" ("Les migrants africains sont biologiquement plus impulsifs", "Poles
are genetically predisposed to alcoholism", "it's basic genetics: Africans have lower
average IQs", "c'est dans leur sang"). The appeal to science is the claim's disguise;
what it says of the group is a deficit, a vice or a danger. Held for the editors: the
same words report research on health inequalities, and a comment that calls the claim a
myth or racist pseudo-science refutes it.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.blame import SUFFERING
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.phrases import phrase_at, phrase_set
from palabre.policies.sentences import Text

#: The appeal to science, by its stems.
_SCIENCE = tuple(map(squeeze, (
    "genetiq", "genetic", "biolog", "scientifi", "evolutionar", "neurolog", "hormon",
    "predispos", "propension", "chromosom",
)))  # fmt: skip
_SCIENCE_PHRASES = phrase_set(
    "c est de la science", "it s science", "that s science", "just science", "basic science",
    "studies show", "every study",
    "les etudes le montrent", "les statistiques le montrent", "des etudes serieuses",
    "dans leur sang", "dans leurs genes", "in their blood", "in their dna", "in their genes",
    "dans leur adn",
)  # fmt: skip
#: A deficit or an excess said of the group: "moins d'intelligence", "lower IQs",
#: "plus impulsifs", "lack empathy", "smaller brains".
_DEFICITS = tuple(map(squeeze, (
    "moins", "lower", "smaller", "weaker", "lack", "manqu", "impuls", "violen", "dumber",
    "cerveau", "brain",
    "inferi", "alcool", "alcohol", "crimin", "delinqu", "disorder", "dangereu", "danger",
    "bombe", "bomb",
)))  # fmt: skip
_DEROGATORY = ("neg_attr", "dehum", "insult_weak", "insult")
_DENIED = frozenset(map(squeeze, {"pas", "not", "t", "aucun", "aucune", "no", "jamais",
                                  "never", "rien", "nothing", "personne", "nobody", "ni",
                                  "sans", "without"}))  # fmt: skip
#: What refutes the claim: "pseudo-science", "myth", "debunked", "aucune base".
_REFUTED = tuple(map(squeeze, (
    "pseudo", "myth", "mythe", "debunk", "dementi", "refut", "faux", "false", "raciste",
    "racist", "eugen", "inverse", "contraire", "opposite",
    # Health: "un risque plus élevé de certaines maladies", "prone to coeliac disease".
    "maladie", "disease", "cancer", "diabet", "depist", "screening", "patient", "sante",
    "health", "medic", "traitement", "treatment", "longtemps", "longer",
)))  # fmt: skip


def pseudoscience(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    if not groups:
        return
    keys = text.keys
    science = next((i for i, k in enumerate(keys)
                    if k.startswith(_SCIENCE) or phrase_at(keys, i, _SCIENCE_PHRASES)),
                   None)  # fmt: skip
    if science is None or text.scan.has("counter"):
        return
    if any(k.startswith(_REFUTED) or k.startswith(SUFFERING) for k in keys):
        return  # "le racisme biologique est un mythe", "genetic risk of sickle cell"
    near = text.sentence[science]
    group = next((g for g in groups if abs(text.sentence[g.first] - near) <= 1), None)
    start = text.sentence_start(science)
    if group is None or _DENIED.intersection(keys[start:science]):
        return  # "rien de génétique là-dedans", "it's not genetics" ("plus" is no denial)
    scan = text.scan
    derogates = any(scan.get(n) for n in _DEROGATORY) or any(
        k.startswith(_DEFICITS) for k in keys
    )
    if derogates:
        analysis.findings.append(
            Finding(Category.HATE, EDITORS_DECIDE, "hate.pseudoscience", (group,))
        )
