"""Publisher sites: registration, and lookup by id or embedding origin."""

from __future__ import annotations

import time
from dataclasses import replace

from palabre.domain.errors import Conflict, InvalidInput, NotFound
from palabre.domain.sites import Language, ModerationMode, Site
from palabre.services.posting import Clock, utcnow
from palabre.storage.sql.database import Database
from palabre.storage.sql.repositories import SiteRepository


class SiteDirectory:
    """Sites change rarely and are read on every request, so each worker keeps them in
    memory and reloads them after ``ttl`` seconds: a change made by another process (the
    CLI, another worker) shows within that delay."""

    def __init__(
        self, db: Database, *, default_id: str, ttl: float = 5.0, clock: Clock = utcnow
    ) -> None:
        self.db = db
        self.default_id = default_id
        self.ttl = ttl
        self.clock = clock
        self._sites: dict[str, Site] = {}
        self._by_origin: dict[str, Site] = {}
        self._loaded_at = float("-inf")

    def _refresh(self) -> None:
        if time.monotonic() - self._loaded_at < self.ttl:
            return
        with self.db.read() as conn:
            sites = SiteRepository(conn).all()
        self._sites = {s.id: s for s in sites}
        self._by_origin = {o.rstrip("/"): s for s in sites for o in s.origins}
        self._loaded_at = time.monotonic()

    def invalidate(self) -> None:
        self._loaded_at = float("-inf")

    def get(self, site_id: str) -> Site:
        self._refresh()
        site = self._sites.get(site_id)
        if site is None:
            raise NotFound("site_not_found")
        return site

    def resolve(self, site_id: str | None, origin: str | None) -> Site:
        """The site named by ``site_id``, else the one that embeds from ``origin``, else
        the default site."""
        if site_id:
            return self.get(site_id)
        self._refresh()
        if origin and origin.rstrip("/") in self._by_origin:
            return self._by_origin[origin.rstrip("/")]
        return self.get(self.default_id)

    def all(self) -> list[Site]:
        self._refresh()
        return list(self._sites.values())

    def add(self, site: Site) -> Site:
        validate_site(site)
        with self.db.write() as conn:
            repo = SiteRepository(conn)
            if repo.get(site.id) is not None:
                raise Conflict("site_exists")
            _refuse_shared_origins(site, repo.all())
            repo.add(site, self.clock())
        self.invalidate()
        return site

    def update(self, site_id: str, **changes: object) -> Site:
        site = replace(self.get(site_id), **changes)  # type: ignore[arg-type]
        validate_site(site)
        with self.db.write() as conn:
            repo = SiteRepository(conn)
            _refuse_shared_origins(site, repo.all())
            repo.update(site)
        self.invalidate()
        return site


def validate_site(site: Site) -> None:
    if not site.id or len(site.id) > 64 or not site.id.replace("-", "").replace("_", "").isalnum():
        raise InvalidInput("invalid_site_id", field="id")
    if not 1 <= site.max_depth <= 20:
        raise InvalidInput("invalid_max_depth", field="max_depth")
    Language(site.language)
    ModerationMode(site.moderation_mode)
    for origin in site.origins:
        if not origin.startswith(("http://", "https://")):
            raise InvalidInput("invalid_origin", field="origins", origin=origin)


def _refuse_shared_origins(site: Site, existing: list[Site]) -> None:
    """An origin belongs to one site: the API picks the site from the page's origin."""
    mine = {o.rstrip("/") for o in site.origins}
    for other in existing:
        if other.id != site.id:
            taken = mine & {o.rstrip("/") for o in other.origins}
            if taken:
                raise Conflict(
                    "origin_taken", field="origins", origin=sorted(taken)[0], site=other.id
                )
