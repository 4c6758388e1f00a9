"""The retraining loop on a small site history: comments posted through the API, editors'
labels recorded, ``train_site``, a new version used by the engine, and a rollback."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from palabre.domain.comments import CommentStatus
from palabre.domain.sites import Site
from palabre.policies.base import CheckContext, Pipeline, Submission
from palabre.policies.engine import build_checks
from palabre.policies.model_store import METRICS, ModelStore
from palabre.services.pipelines import PipelineFactory, SitePolicies, basic_checks
from palabre.services.training import model_root, model_versions_of, site_models, train_site
from palabre.services.visibility import change_status
from palabre.settings import Settings
from palabre.storage.sql.records import DecisionRepository
from palabre.storage.sql.repositories import CommentRepository
from palabre.web.app import create_app
from tests.functional.conftest import post

# A site's own recurring spam: a local advertiser, no link, nothing the shipped model knows.
SPAM = [
    "Le domaine des Quatre Vents vous attend pour la dégustation de printemps, "
    "venez goûter nos cuvées {}",
    "Dégustation gratuite au domaine des Quatre Vents ce week-end, nos cuvées {} vous attendent",
    "Venez découvrir les cuvées {} du domaine des Quatre Vents, dégustation offerte à la cave",
]
HAM = [
    "Merci pour cet article sur le conseil municipal, le point sur le budget {} est très clair.",
    "Je ne suis pas d'accord avec l'adjoint sur la rénovation de l'école {}, c'est trop cher.",
    "Bel hommage aux bénévoles du club de foot, bravo à l'équipe {} pour la saison.",
]
WORDS = ["rouges", "blanches", "rosées", "millésimées", "bio", "de garde", "nature", "primeur"]
PROBE = "Grande dégustation au domaine des Quatre Vents samedi, cuvées fruitées et légères"
CIVIL = "Merci pour ce reportage sur la fête du village, très instructif."


def site_model_pipelines(settings: Settings) -> PipelineFactory:
    """What services/pipelines.py does once wired: the site's models, else the shipped."""
    policies = SitePolicies(settings.policy_dir)

    def factory(site: Site) -> Pipeline:
        policy = policies.for_site(site)
        models = site_models(settings, site.id)
        checks = basic_checks(settings, policy) + build_checks(policy, models)
        return Pipeline(checks, policy.fingerprint, model_versions_of(models))

    return factory


@pytest.fixture
def site_client(make_settings: Callable[..., Settings]) -> Iterator[TestClient]:
    settings = make_settings(
        moderation_engine=True,
        rate_limit_per_ip=0,
        rate_limit_per_email=0,
        # A small history taught firmly, so that the test holds whatever the thresholds.
        train_prior_strength=0.05,
        train_validation_share=0.2,
    )
    app = create_app(settings, pipelines=site_model_pipelines(settings))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client
    app.state.palabre.db.dispose()


def state(client: TestClient) -> Any:
    return client.app.state.palabre  # type: ignore[attr-defined]


def decide(client: TestClient, text: str) -> str:
    st = state(client)
    site = st.sites.get("default")
    pipeline = st.posting.pipelines(site)
    return str(pipeline.decide(Submission(text=text), CheckContext(site=site)).action.value)


def label(client: TestClient, ids: list[int], status: CommentStatus, verb: str) -> None:
    """An editor's decision, as the moderation service records it."""
    now = datetime.now(UTC)
    with state(client).db.write() as conn:
        for cid in ids:
            row = CommentRepository(conn).get_row(cid)
            if row.status != status.value:
                change_status(conn, row, status, site_id="default")
            DecisionRepository(conn).add(
                cid, "staff:1", verb, status.value, {"label": verb}, "staff", now
            )


def test_site_history_retrains_the_models_and_rollback_restores(site_client: TestClient) -> None:
    st = state(site_client)
    settings: Settings = st.settings
    assert decide(site_client, PROBE) == "publish"  # the shipped models do not know it

    spam_ids, ham_ids = [], []
    for i, (template, word) in enumerate((t, w) for t in SPAM for w in WORDS):
        r = post(site_client, text=template.format(word), author_name=f"Cave {i}")
        assert r.status_code == 201
        spam_ids.append(r.json()["comment"]["id"])
    for template, word in ((t, w) for t in HAM for w in WORDS):
        r = post(site_client, text=template.format(word))
        assert r.json()["comment"]["status"] == "published"
        ham_ids.append(r.json()["comment"]["id"])
    label(site_client, spam_ids, CommentStatus.SPAM, "spam")
    label(site_client, ham_ids, CommentStatus.PUBLISHED, "approve")

    report = train_site(settings, st.db, "default", command="palabre train --site default")

    store = ModelStore(model_root(settings), "default")
    assert report.version is not None and store.current() == report.version
    assert report.label_counts == {"spam": 24, "published": 24}
    saved = json.loads((store.path / report.version / METRICS).read_text())
    assert set(saved["metrics"]["spam (site validation)"]) == {"before", "after"}
    card = (store.path / report.version / "MODEL_CARD.md").read_text()
    assert report.version in card and "palabre train --site default" in card

    # The engine now holds (or rejects) what the editors taught it, and still publishes
    # ordinary comments; the audit record names the site's model version.
    assert decide(site_client, PROBE) in ("hold", "reject")
    assert decide(site_client, CIVIL) == "publish"
    r = post(site_client, text=PROBE + ", réservez vite", author_name="Cave")
    assert r.json()["comment"]["status"] in ("pending", "spam")
    with st.db.read() as conn:
        (record,) = DecisionRepository(conn).for_comment(r.json()["comment"]["id"])
    assert record.record["model_versions"]["spam"] == report.models["spam"].version
    assert "-default-" in record.record["model_versions"]["spam"]

    assert store.rollback() is None  # before the first version: the shipped models
    assert decide(site_client, PROBE) == "publish"


def test_dry_run_keeps_nothing(site_client: TestClient) -> None:
    st = state(site_client)
    r = post(site_client, text=CIVIL)
    label(site_client, [r.json()["comment"]["id"]], CommentStatus.PUBLISHED, "approve")
    report = train_site(st.settings, st.db, "default", dry_run=True)
    assert report.version is None and report.label_counts == {"published": 1}
    assert ModelStore(model_root(st.settings), "default").versions() == []
