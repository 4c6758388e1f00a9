"""Editors' rules about commenters (ban, premod, trust), and the pipeline that applies them.

The rules act on new comments through :class:`~palabre.policies.people.PeopleCheck`,
which the admin feature adds to every site's pipeline (see ``palabre.web.admin.install``).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from palabre.domain.errors import Forbidden, InvalidInput
from palabre.domain.staff import StaffMember
from palabre.policies.people import author_key
from palabre.services.identity import Hasher
from palabre.services.posting import Clock, utcnow
from palabre.services.sites import SiteDirectory
from palabre.storage.sql.database import Database
from palabre.storage.sql.repositories import SiteRepository
from palabre.storage.sql.staff_repositories import RuleRepository

_HASH = re.compile(r"^[0-9a-f]{32}$")


class Rule(enum.StrEnum):
    BAN = "ban"
    PREMOD = "premod"
    TRUST = "trust"


class Match(enum.StrEnum):
    EMAIL = "email"
    IP = "ip"
    AUTHOR = "author"


@dataclass(frozen=True, slots=True)
class RuleView:
    id: int
    site_id: str
    rule: str
    match: str
    value: str
    reason: str
    expires_at: Any
    created_by: str
    created_at: Any


class PeopleService:
    def __init__(
        self,
        db: Database,
        hasher: Hasher,
        sites: SiteDirectory,
        clock: Clock = utcnow,
        *,
        on_change: Callable[[str | None], None] | None = None,
    ) -> None:
        self.db = db
        self.hasher = hasher
        self.sites = sites
        self.clock = clock
        #: Told when a rule changes, so that this process applies it at once.
        self.on_change = on_change

    def key(self, match: Match, value: str) -> str:
        """What the rule stores: hashes for emails and IPs (a hash from a card is kept as
        is), the casefolded name for an author."""
        value = value.strip()
        if not value or len(value) > 320:
            raise InvalidInput("admin.invalid_person", field="value")
        if match is Match.AUTHOR:
            return author_key(value)
        if _HASH.match(value):
            return value
        hashed = self.hasher.email(value) if match is Match.EMAIL else self.hasher.ip(value)
        assert hashed is not None
        return hashed

    def add(
        self,
        member: StaffMember,
        site_id: str,
        rule: Rule,
        match: Match,
        value: str,
        *,
        hours: float = 0,
        reason: str = "",
    ) -> int:
        member.require(site_id)
        if hours < 0:
            raise InvalidInput("admin.invalid_duration", field="hours")
        now = self.clock()
        with self.db.write() as conn:
            rule_id = RuleRepository(conn).add(
                site_id=site_id,
                rule=rule.value,
                match=match.value,
                value=self.key(match, value),
                reason=reason.strip()[:500],
                expires_at=now + timedelta(hours=hours) if hours else None,
                created_by=member.actor,
                created_at=now,
            )
        if self.on_change is not None:
            self.on_change(site_id)
        return rule_id

    def remove(self, member: StaffMember, rule_id: int) -> None:
        with self.db.write() as conn:
            if RuleRepository(conn).remove(rule_id, member.site_scope()) == 0:
                raise Forbidden("admin.site_forbidden")
        if self.on_change is not None:
            self.on_change(None)

    def rules(self, member: StaffMember) -> list[RuleView]:
        now = self.clock()
        with self.db.read() as conn:
            rows = RuleRepository(conn).for_sites(member.site_scope())
        out = []
        for r in rows:
            expires = r.expires_at
            if (
                expires is not None
                and (expires if expires.tzinfo else expires.replace(tzinfo=now.tzinfo)) <= now
            ):
                continue
            out.append(
                RuleView(
                    int(r.id),
                    r.site_id,
                    r.rule,
                    r.match,
                    r.value,
                    r.reason,
                    expires,
                    r.created_by,
                    r.created_at,
                )
            )
        return out

    def set_trust_after(self, member: StaffMember, site_id: str, n: int) -> None:
        member.require(site_id)
        if not 0 <= n <= 10_000:
            raise InvalidInput("admin.invalid_trust", field="trust_after")
        site = self.sites.get(site_id)
        updated = replace(site, settings={**site.settings, "trust_after": n})
        with self.db.write() as conn:
            SiteRepository(conn).update(updated)
        self.sites.invalidate()
