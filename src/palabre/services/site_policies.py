"""Each site's moderation policy, edited by the editors: validated, versioned, tested.

Every saved version is kept (the list is the change log, with who and when). New
comments are judged by the latest version; a site with none uses the shipped default.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from typing import Any

from palabre.domain.errors import InvalidInput
from palabre.domain.moderation import Decision
from palabre.domain.sites import Site
from palabre.domain.staff import StaffMember
from palabre.policies.base import CheckContext, Submission
from palabre.policies.engine import build_pipeline
from palabre.policies.policy import Policy, PolicyError, parse_policy
from palabre.services.posting import Clock, utcnow
from palabre.storage.sql.database import Database
from palabre.storage.sql.staff_repositories import PolicyRepository

MAX_SOURCE = 200_000


@dataclass(frozen=True, slots=True)
class SitePolicy:
    version: int  # 0: the shipped default
    source: str
    policy: Policy
    created_by: str = ""
    created_at: datetime | None = None


def default_source(lang: str) -> str:
    name = "policy-en.toml" if lang == "en" else "policy-fr.toml"
    return (resources.files("palabre.policies") / "defaults" / name).read_text(encoding="utf-8")


def parse(source: str) -> Policy:
    if len(source) > MAX_SOURCE:
        raise InvalidInput("admin.invalid_policy", field="source", detail="too long")
    try:
        return parse_policy(source, "policy")
    except PolicyError as exc:
        raise InvalidInput("admin.invalid_policy", field="source", detail=str(exc)) from exc


class PolicyService:
    def __init__(
        self,
        db: Database,
        clock: Clock = utcnow,
        *,
        fallback_source: Callable[[Site], str] | None = None,
        on_saved: Callable[[str], None] | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        #: The policy text a site has before any save (its file, else the shipped default).
        self.fallback_source = fallback_source
        self.on_saved = on_saved
        self._parsed: dict[str, Policy] = {}

    def current(self, site: Site) -> SitePolicy:
        with self.db.read() as conn:
            repo = PolicyRepository(conn)
            version = repo.latest_version(site.id)
            row = repo.get(site.id, version) if version else None
        if row is None:
            if self.fallback_source is not None:
                source = self.fallback_source(site)
            else:
                source = default_source(site.language.value)
            return SitePolicy(0, source, parse_policy(source, "default"))
        return SitePolicy(
            version,
            row.source,
            parse_policy(row.source, f"v{version}"),
            row.created_by,
            row.created_at,
        )

    def history(self, site_id: str) -> list[Any]:
        with self.db.read() as conn:
            return PolicyRepository(conn).history(site_id)

    def save(self, member: StaffMember, site: Site, source: str, note: str = "") -> int:
        member.require(site.id)
        policy = parse(source)
        with self.db.write() as conn:
            repo = PolicyRepository(conn)
            version = repo.latest_version(site.id) + 1
            repo.add(
                site_id=site.id,
                version=version,
                source=source,
                fingerprint=policy.fingerprint,
                note=note.strip()[:500],
                created_by=member.actor,
                created_at=self.clock(),
            )
        if self.on_saved is not None:
            self.on_saved(site.id)
        return version

    def test(self, site: Site, source: str, text: str) -> Decision:
        """The engine's decision on ``text`` under the policy in ``source`` (not saved)."""
        if not text.strip():
            raise InvalidInput("body_empty", field="text")
        policy = parse(source)
        submission = Submission(text=text[:10_000], lang=site.language.value, site_id=site.id)
        return build_pipeline(policy).decide(submission, CheckContext(site=site))

    def saved(self, site_id: str) -> Policy | None:
        """The latest version the editors saved, or ``None``; parsed once per version."""
        with self.db.read() as conn:
            repo = PolicyRepository(conn)
            version = repo.latest_version(site_id)
            if not version:
                return None
            key = f"{site_id}:{version}"
            if key in self._parsed:
                return self._parsed[key]
            row = repo.get(site_id, version)
        policy = parse_policy(row.source, f"v{version}")
        self._parsed[key] = policy
        return policy
