"""A protected group blamed for a society's ills (``policies/blame.py``), against blame
of banks and governments, a group's own suffering, a claim reported or denied."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("fr", "La Sécu est en faillite à cause des migrants, rien d'autre.", True),
        ("fr", "Le chômage a explosé depuis que les Arabes sont arrivés.", True),
        ("en", "The NHS is collapsing because of all the migrants coming here.", True),
        ("en", "Knife crime in London is down to the Black community.", True),
        ("fr", "Le logement est hors de prix à cause des banques et des spéculateurs.", False),
        ("fr", "Les migrants meurent en mer à cause des passeurs.", False),
        ("fr", "Les migrants ne sont pas responsables du chômage.", False),
        ("fr", "Un député a dit que les migrants ramènent la criminalité. Indigne.", False),
    ],
)
def test_a_group_blamed_for_a_society_s_ills(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held
