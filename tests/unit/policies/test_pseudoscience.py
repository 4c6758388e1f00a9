"""Derogation dressed as science is held; research on health, and the claim refuted, are
not."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("fr", "Les migrants africains sont biologiquement plus impulsifs, les statistiques le "
               "montrent.", True),
        ("en", "Poles are genetically predisposed to alcoholism.", True),
        ("en", "It's basic genetics: Africans have lower average IQs.", True),
        ("en", "Autistic people literally lack empathy, it's neurological.", True),
        ("fr", "Ce n'est pas génétique : les migrants africains ne sont pas plus violents, "
               "c'est la misère.", False),
        ("fr", "Personne n'est génétiquement voleur, ni les Marocains, ni les Belges.", False),
        ("fr", "Le racisme biologique qui prétend que les Noirs seraient moins intelligents est "
               "une pseudo-science.", False),
        ("en", "Black women are at higher genetic risk of fibroids, the study says.", False),
        ("en", "Genetic studies show Irish people are more prone to coeliac disease.", False),
        ("fr", "Les femmes représentent désormais plus de la moitié des nouveaux médecins. "
               "C'est une évolution majeure.", False),
    ],
)
def test_derogation_dressed_as_science(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged
