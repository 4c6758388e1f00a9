"""Posting rate limits per IP and per email address."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from palabre.domain.errors import RateLimited
from palabre.domain.moderation import Verdict
from palabre.policies.base import CheckContext, Submission


@dataclass(frozen=True, slots=True)
class RateLimitCheck:
    """Refuses a comment past the limit with a 429: nothing is stored, the reader retries.

    A limit of 0 turns that limit off.
    """

    per_ip: int = 10
    per_email: int = 10
    window: timedelta = timedelta(minutes=10)
    name: str = "rate_limit"

    def __call__(self, submission: Submission, context: CheckContext) -> Verdict | None:
        if submission.is_edit or submission.is_staff:
            return None
        since = context.now - self.window
        retry = int(self.window.total_seconds())
        history = context.history
        if (
            self.per_ip
            and context.ip_hash
            and history.recent_by_ip(context.ip_hash, since) >= self.per_ip
        ):
            raise RateLimited("rate_limited", retry_after=retry)
        email = context.email_hash
        if self.per_email and email and history.recent_by_email(email, since) >= self.per_email:
            raise RateLimited("rate_limited", retry_after=retry)
        return None
