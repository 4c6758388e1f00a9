"""Praise denied to a whole group, in the shapes readers use: a quantifier, a challenge
to find one, a sighting denied, "never ... a single"; and the civil sentences built the
same way (a prejudice denied, a fact, a sighting of praise)."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A challenge to find one.
        ("en", "Name one Somali who ever ran an honest business in this town."),
        ("en", "Show me ONE Romanian builder who doesn't cut corners."),
        ("fr", "Citez-moi un seul Kurde qui ait construit quelque chose de valable ici."),
        ("fr", "Qu'on m'en montre un, un seul Marocain qui soit pas agressif."),
        # A sighting denied before the group or after it.
        ("en", "I've never met a Bulgarian who wasn't a liar. Never."),
        ("en", "Never met an honest Albanian in twenty years of trade."),
        ("fr", "Un musulman ponctuel ? Ça n'existe pas, j'en cherche encore un."),
        ("fr", "Les Comoriens, jamais vu un seul capable de garder un travail."),
        # "never" and "a single", "rien".
        ("fr", "Les Algériens n'ont jamais rien construit de bien dans ce pays."),
        ("en", "Not one Nigerian in my office ever turned up sober on a Friday."),
        ("en", "There isn't a single woman in history who was a great engineer."),
        # The very idea scorned, after one of them is supposed.
        ("fr", "Un Kurde honnête, ça existe pas."),
        ("fr", "Un Malien ingénieur nucléaire ? Risque pas d'arriver."),
    ],
)
def test_praise_denied_to_every_one_of_them_is_held(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I've never met a Muslim who supported the attacks."),
        ("en", "I've never met a gay man who wasn't kind to me."),
        ("en", "No, First Nations people aren't exempt from taxes in general."),
        ("en", "Not a single migrant was arrested that night."),
        ("en", "No woman has ever won this race."),
        ("en", "Never seen a Sikh at our local church, which makes sense."),
        ("fr", "Aucun Rom n'est un voleur, arrêtez avec ça."),
        ("fr", "Je n'ai jamais rencontré un Arabe qui ne soit pas gentil avec moi."),
        ("fr", "Pas un seul réfugié n'a obtenu de logement cet hiver."),
        ("fr", "Une femme présidente ? Ça s'est jamais vu en France, il serait temps."),
        ("fr", "Je n'ai jamais vu un seul migrant dans ce village, c'est un fantasme."),
        ("fr", "Un musulman qui soutient Daech ? Jamais vu, ils le condamnent tous."),
        # News with a quantifier: "police" and "politique" are no praise.
        ("fr", "Aucun migrant n'a été arrêté par la police cette nuit."),
        ("fr", "Pas un seul réfugié n'a parlé de politique pendant la réunion."),
        ("en", "Not a single migrant was questioned by police."),
    ],
)
def test_the_same_shapes_that_deny_a_prejudice_or_state_a_fact_publish(
    lang: str, text: str
) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("fr", "jamais vu une femme qui sache conduire correctement 🙄", True),
        ("fr", "Je n'ai jamais croisé un Juif généreux de toute ma vie.", True),
        ("en", "no black guy has ever run a country properly lol", True),
        (
            "fr",
            "Une femme cheffe étoilée, c'est du piston. Elles savent pas tenir une brigade.",
            True,
        ),
        ("fr", "Les migrants ne savent pas où dormir ce soir.", False),
        (
            "fr",
            "« Les Noirs ne savent pas gérer l'argent » : voilà ce que j'ai lu. J'ai signalé.",
            False,
        ),
        ("fr", "Les noirs savent pas nager ? Le maître-nageur qui les a sortis est noir.", False),
    ],
)
def test_know_how_and_qualities_denied(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held
