"""Defamation: an accusation of a crime or of dishonesty aimed at a named person is held
for the editors (never rejected); naming someone, or reporting an acquittal or an
allegation, is not an accusation."""

from __future__ import annotations

import pytest

from palabre.policies.engine import Engine, load_policy

ENGINES = {lang: Engine(load_policy(None, lang)) for lang in ("fr", "en")}


def _decide(lang: str, text: str) -> dict[str, object]:
    return ENGINES[lang].classify({"id": "t", "text": text, "lang": lang})


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le maire Jean Dupont a détourné l'argent des subventions, tout le monde le sait."),
        ("fr", "Ce Pierre Martin est un escroc qui arnaque les personnes âgées."),
        ("fr", "Le directeur, M. Petit, a violé une employée l'an dernier et a étouffé l'affaire."),
        ("fr", "Julien Roux se fait payer en liquide pour fermer les yeux sur les permis."),
        ("fr", "Claire Fontaine a fraudé la CAF pendant dix ans."),
        ("en", "Councillor Mark Evans takes bribes from developers."),
        ("en", "Emily Clark faked her research data for years."),
        ("en", "Tom Harris is a child abuser, keep your kids away from him."),
    ],
)
def test_an_accusation_at_a_named_person_is_held(lang: str, text: str) -> None:
    out = _decide(lang, text)
    assert out["action"] == "hold"
    assert "defamation" in out["categories"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le maire Jean Dupont a inauguré la nouvelle médiathèque samedi."),
        ("fr", "Claire Fontaine a été relaxée dans l'affaire de fraude, justice est faite."),
        ("fr", "Selon l'article, M. Petit est accusé de fraude, mais le tribunal ne s'est pas "
               "encore prononcé."),
        ("en", "David Brown was cleared of all fraud charges last week."),
        ("en", "I disagree with Councillor Mark Evans on the budget."),
    ],
)  # fmt: skip
def test_naming_or_reporting_a_case_publishes(lang: str, text: str) -> None:
    assert _decide(lang, text)["action"] == "publish"
