"""Staff members: who moderates which sites, and with what rights."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from palabre.domain.errors import Forbidden


class Role(enum.StrEnum):
    ADMIN = "admin"
    MODERATOR = "moderator"


@dataclass(frozen=True, slots=True)
class StaffMember:
    id: int
    email: str
    name: str
    role: Role
    sites: tuple[str, ...] = ()

    @property
    def actor(self) -> str:
        """How the audit record names this person."""
        return f"staff:{self.id}"

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    def can(self, site_id: str) -> bool:
        return self.is_admin or site_id in self.sites

    def site_scope(self) -> list[str] | None:
        """The sites this person may see; ``None`` means all of them."""
        return None if self.is_admin else list(self.sites)

    def require(self, site_id: str) -> None:
        if not self.can(site_id):
            raise Forbidden("admin.site_forbidden")

    def require_all(self, site_ids: Iterable[str]) -> None:
        for site_id in site_ids:
            self.require(site_id)
