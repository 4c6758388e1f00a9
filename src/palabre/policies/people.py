"""Checks about the person rather than the text: bans, the premod flag and trust.

Editors set these on the People page. A banned commenter's comments are held (not
silently dropped: the editors see them, and a ban by IP hash can catch a neighbour), a
commenter flagged "premod" waits for an editor every time, and a trusted commenter
skips pre-moderation. Data comes through :class:`PeopleLookup`, which storage
implements, so the checks stay free of SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from palabre.domain.moderation import Action, Category, Evidence, Verdict
from palabre.policies.base import CheckContext, Submission

#: The name of the trusted-commenter verdict, for ``status_for`` to skip pre-moderation.
TRUSTED_CHECK = "people.trusted"


@dataclass(frozen=True, slots=True)
class Standing:
    """What the editors have said about one commenter on one site."""

    #: How the ban matched ("email", "ip" or "author"), or ``None`` when not banned.
    banned: str | None = None
    premod: bool = False
    trusted: bool = False
    #: Published comments so far (counted only when trust depends on it).
    published: int = 0


class PeopleLookup(Protocol):
    def standing(
        self,
        site_id: str,
        *,
        email_hash: str | None,
        ip_hash: str | None,
        author: str,
        trust_after: int,
        now: datetime,
    ) -> Standing:
        """``trust_after`` > 0: also trust after that many published comments."""
        ...


def author_key(name: str) -> str:
    """Guests have no account: an author ban matches the name, blind to case and spaces."""
    return " ".join(name.casefold().split())


@dataclass(frozen=True, slots=True)
class PeopleCheck:
    """Ban, premod and trust in one check: one lookup per comment, not three."""

    lookup: PeopleLookup
    #: Published comments before trust, unless the site sets ``trust_after``; 0 = never.
    default_trust_after: int = 0
    name: str = "people"

    def __call__(self, submission: Submission, context: CheckContext) -> Verdict | None:
        if submission.is_staff:
            return None
        raw = context.site.settings.get("trust_after", self.default_trust_after)
        trust_after = raw if isinstance(raw, int) else self.default_trust_after
        standing = self.lookup.standing(
            context.site.id,
            email_hash=context.email_hash,
            ip_hash=context.ip_hash,
            author=author_key(submission.author_name),
            trust_after=trust_after,
            now=context.now,
        )
        if standing.banned:
            return Verdict(
                "people.banned",
                Action.HOLD,
                Category.RULES,
                1.0,
                (Evidence("banned", standing.banned),),
                "moderation.held.review",
            )
        if standing.premod:
            return Verdict(
                "people.premod",
                Action.HOLD,
                Category.RULES,
                1.0,
                (Evidence("premod", "flagged by an editor"),),
                "moderation.held.premod",
            )
        if standing.trusted:
            detail = f"{standing.published} published" if standing.published else "trusted"
            return Verdict(
                TRUSTED_CHECK, Action.PUBLISH, Category.RULES, 0.0, (Evidence("trusted", detail),)
            )
        return None


class NoPeople:
    """For pipelines without a database: nobody is banned, flagged or trusted."""

    def standing(
        self,
        site_id: str,
        *,
        email_hash: str | None,
        ip_hash: str | None,
        author: str,
        trust_after: int,
        now: datetime,
    ) -> Standing:
        return Standing()
