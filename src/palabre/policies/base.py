"""The moderation pipeline: small checks, one interface, composed as a list.

A check looks at a :class:`Submission` in its :class:`CheckContext` and returns a
:class:`~palabre.domain.moderation.Verdict`, or ``None`` when it has nothing to say.
The pipeline runs every check and combines their verdicts into one
:class:`~palabre.domain.moderation.Decision` (the most severe action wins), which is
stored with the comment as its audit record.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol, runtime_checkable

from palabre.domain.moderation import Decision, Verdict, combine
from palabre.domain.sites import Site


@dataclass(frozen=True, slots=True)
class Submission:
    """A new or edited comment as the checks see it."""

    text: str
    lang: str = "fr"
    author_name: str = ""
    author_email: str | None = None
    author_url: str | None = None
    ip: str | None = None
    site_id: str = "default"
    thread_key: str | None = None
    thread_id: int | None = None
    #: Value of the form's hidden honeypot field; any content means a robot filled it.
    honeypot: str | None = None
    #: Seconds between the form being served and being submitted, when the form says so.
    elapsed_seconds: float | None = None
    is_edit: bool = False
    is_staff: bool = False


def fingerprint(text: str) -> str:
    """A stable hash of a body, blind to case and white space, to spot repeated bodies."""
    folded = " ".join(text.casefold().split())
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=16).hexdigest()


def hash_identity(value: str | None, salt: str) -> str | None:
    """Emails and IPs are kept only as salted hashes."""
    if not value:
        return None
    normalised = value.strip().casefold()
    return hashlib.blake2b(
        normalised.encode("utf-8"), digest_size=16, key=salt.encode()[:64]
    ).hexdigest()


class ModerationHistory(Protocol):
    """What the checks may ask about earlier comments. Storage implements it."""

    def recent_by_ip(self, ip_hash: str, since: datetime) -> int: ...
    def recent_by_email(self, email_hash: str, since: datetime) -> int: ...
    def same_body(self, body_fingerprint: str, since: datetime) -> tuple[int, int]:
        """(copies in this submission's thread, copies in other threads) since ``since``."""
        ...

    def known_spammer(self, ip_hash: str | None, email_hash: str | None) -> bool: ...


class NoHistory:
    """For decisions with no database, such as ``palabre classify``."""

    def recent_by_ip(self, ip_hash: str, since: datetime) -> int:
        return 0

    def recent_by_email(self, email_hash: str, since: datetime) -> int:
        return 0

    def same_body(self, body_fingerprint: str, since: datetime) -> tuple[int, int]:
        return (0, 0)

    def known_spammer(self, ip_hash: str | None, email_hash: str | None) -> bool:
        return False


@dataclass(slots=True)
class CheckContext:
    """Everything a check may consult besides the submission itself."""

    site: Site
    history: ModerationHistory = field(default_factory=NoHistory)
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    ip_hash: str | None = None
    email_hash: str | None = None
    body_fingerprint: str | None = None


@runtime_checkable
class Check(Protocol):
    """One small moderation check."""

    @property
    def name(self) -> str: ...

    def __call__(self, submission: Submission, context: CheckContext) -> Verdict | None: ...


@dataclass(slots=True)
class Pipeline:
    """Runs its checks in order and combines their verdicts."""

    checks: Sequence[Check]
    policy_version: str = "builtin"
    model_versions: dict[str, str] = field(default_factory=dict)

    def decide(self, submission: Submission, context: CheckContext) -> Decision:
        verdicts: list[Verdict] = []
        for check in self.checks:
            verdict = check(submission, context)
            if verdict is not None:
                verdicts.append(verdict)
        return combine(
            verdicts, policy_version=self.policy_version, model_versions=self.model_versions
        )
