"""Which moderation checks run for a site, under which policy."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from importlib import resources
from pathlib import Path

from palabre.domain.sites import Site
from palabre.policies.base import Check, Pipeline
from palabre.policies.engine import build_checks, load_policy
from palabre.policies.policy import Policy
from palabre.policies.rate_limits import RateLimitCheck
from palabre.policies.rules import (
    DuplicateBodyCheck,
    HoneypotCheck,
    LengthCheck,
    LinkLimitCheck,
    MinimumTimeCheck,
)
from palabre.policies.webhook import external_checks
from palabre.services.training import model_versions_of, site_models
from palabre.settings import Settings

PipelineFactory = Callable[[Site], Pipeline]


SavedPolicy = Callable[[str], Policy | None]


@dataclass
class SitePolicies:
    """Each site's moderation policy, first found of:

    1. the latest version the editors saved from the dashboard (``saved``);
    2. ``POLICY_DIR/<site id>.toml``, read again when the file changes;
    3. the shipped default for the site's language.

    Saved versions are looked up at most every ``saved_ttl`` seconds per site (another
    worker's save shows within that delay); a save in this process calls
    :meth:`invalidate` and shows at once.
    """

    policy_dir: Path | None = None
    saved: SavedPolicy | None = None
    saved_ttl: float = 5.0
    _files: dict[str, tuple[float, Policy]] = field(default_factory=dict)
    _saved: dict[str, tuple[float, Policy | None]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def path_for(self, site: Site) -> Path | None:
        if self.policy_dir is None:
            return None
        path = self.policy_dir / f"{site.id}.toml"
        return path if path.exists() else None

    def for_site(self, site: Site) -> Policy:
        saved = self._saved_policy(site.id)
        return saved if saved is not None else self.from_file(site)

    def source_for(self, site: Site) -> str:
        """The TOML text of the file or shipped policy, for editors to start from."""
        path = self.path_for(site)
        if path is not None:
            return path.read_text(encoding="utf-8")
        name = "policy-en.toml" if site.language.value == "en" else "policy-fr.toml"
        return (resources.files("palabre.policies") / "defaults" / name).read_text("utf-8")

    def from_file(self, site: Site) -> Policy:
        """The file or shipped policy, ignoring what the editors saved."""
        path = self.path_for(site)
        stamp = path.stat().st_mtime if path else -1.0
        with self._lock:
            cached = self._files.get(site.id)
            if cached and cached[0] == stamp:
                return cached[1]
        policy = load_policy(path, site.language.value)
        with self._lock:
            self._files[site.id] = (stamp, policy)
        return policy

    def _saved_policy(self, site_id: str) -> Policy | None:
        if self.saved is None:
            return None
        now = time.monotonic()
        with self._lock:
            cached = self._saved.get(site_id)
        if cached and now - cached[0] < self.saved_ttl:
            return cached[1]
        policy = self.saved(site_id)
        with self._lock:
            self._saved[site_id] = (now, policy)
        return policy

    def invalidate(self, site_id: str) -> None:
        with self._lock:
            self._saved.pop(site_id, None)


def basic_checks(settings: Settings, policy: Policy) -> list[Check]:
    """The structural checks every site runs, cheapest and most decisive first."""
    return [
        LengthCheck(max_chars=settings.max_body_chars),
        RateLimitCheck(
            per_ip=settings.rate_limit_per_ip,
            per_email=settings.rate_limit_per_email,
            window=timedelta(seconds=settings.rate_limit_window_seconds),
        ),
        HoneypotCheck(),
        MinimumTimeCheck(min_seconds=settings.min_submit_seconds),
        DuplicateBodyCheck(),
        LinkLimitCheck(max_links=policy.spam.max_links),
    ]


def pipeline_factory(
    settings: Settings,
    policies: SitePolicies,
    *,
    extra_checks: Callable[[Site], list[Check]] | None = None,
) -> PipelineFactory:
    """Pipelines per site: the structural checks, ``extra_checks`` (about the person), the
    engine's text checks under the site's policy and with the site's retrained models when
    it has some, then the optional network checks (Akismet, webhook). A pipeline is built
    once per policy version and model version."""
    built: dict[tuple[str, str, str], Pipeline] = {}
    lock = threading.Lock()
    network = external_checks(settings)  # built once: they hold the HTTP clients

    def factory(site: Site) -> Pipeline:
        policy = policies.for_site(site)
        models = site_models(settings, site.id) if settings.moderation_engine else None
        model_versions = model_versions_of(models)
        key = (site.id, policy.fingerprint, ",".join(sorted(model_versions.values())))
        pipeline = built.get(key)
        if pipeline is None:
            checks = basic_checks(settings, policy)
            if extra_checks is not None:
                checks.extend(extra_checks(site))
            if settings.moderation_engine:
                checks.extend(build_checks(policy, models))
            checks.extend(network)
            pipeline = Pipeline(checks, policy.fingerprint, model_versions)
            with lock:
                # Each model set weighs a few MB: keep only the current one per site.
                for stale in [k for k in built if k[0] == site.id]:
                    del built[stale]
                built[key] = pipeline
        return pipeline

    return factory


def basic_pipeline_factory(settings: Settings) -> PipelineFactory:
    """The default pipelines, for the CLI's sample data and tests."""
    return pipeline_factory(settings, SitePolicies(settings.policy_dir))
