"""Structural checks: length, links, honeypot, time to submit, repeated bodies."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from palabre.domain.errors import InvalidInput
from palabre.domain.moderation import Action, Category, Evidence, Verdict
from palabre.policies.base import CheckContext, Submission

_URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>()\[\]\"']+")


def find_links(text: str) -> list[re.Match[str]]:
    return list(_URL.finditer(text))


@dataclass(frozen=True, slots=True)
class LengthCheck:
    """Refuses empty or oversized bodies: the author can fix these, so nothing is stored."""

    max_chars: int = 10_000
    min_chars: int = 1
    name: str = "length"

    def __call__(self, submission: Submission, context: CheckContext) -> Verdict | None:
        size = len(submission.text.strip())
        if size < self.min_chars:
            raise InvalidInput("body_empty", field="text")
        if size > self.max_chars:
            raise InvalidInput("body_too_long", field="text", max=self.max_chars)
        return None


@dataclass(frozen=True, slots=True)
class LinkLimitCheck:
    """Many links is the commonest shape of spam; past the limit a human looks first."""

    max_links: int = 2
    name: str = "links"

    def __call__(self, submission: Submission, context: CheckContext) -> Verdict | None:
        links = find_links(submission.text)
        if submission.author_url:
            # The author's website is shown as a link too.
            pass
        if len(links) <= self.max_links or submission.is_staff:
            return None
        return Verdict(
            check=self.name,
            action=Action.HOLD,
            category=Category.SPAM,
            score=min(1.0, 0.5 + 0.1 * (len(links) - self.max_links)),
            evidence=tuple(
                Evidence("link", m.group(0)[:200], m.start(), m.end()) for m in links[:10]
            ),
            message="moderation.held.links",
        )


@dataclass(frozen=True, slots=True)
class HoneypotCheck:
    """A hidden field that people never see and robots fill in."""

    name: str = "honeypot"

    def __call__(self, submission: Submission, context: CheckContext) -> Verdict | None:
        if not submission.honeypot:
            return None
        return Verdict(
            check=self.name,
            action=Action.REJECT,
            category=Category.SPAM,
            evidence=(Evidence("honeypot_filled"),),
            message="moderation.rejected.spam",
        )


@dataclass(frozen=True, slots=True)
class MinimumTimeCheck:
    """A form answered faster than a person can type was most likely answered by a robot.

    It only holds the comment: a reader who pasted a prepared text is not refused.
    """

    min_seconds: float = 3.0
    name: str = "time_to_submit"

    def __call__(self, submission: Submission, context: CheckContext) -> Verdict | None:
        elapsed = submission.elapsed_seconds
        if elapsed is None or elapsed >= self.min_seconds or submission.is_edit:
            return None
        return Verdict(
            check=self.name,
            action=Action.HOLD,
            category=Category.SPAM,
            score=0.6,
            evidence=(Evidence("fast_submit", f"{elapsed:.1f}s"),),
            message="moderation.held.review",
        )


@dataclass(frozen=True, slots=True)
class DuplicateBodyCheck:
    """The same body again: held when repeated in the thread, rejected as spam when it is
    being sprayed across threads."""

    window: timedelta = timedelta(days=1)
    spray_threshold: int = 3
    name: str = "duplicate"

    def __call__(self, submission: Submission, context: CheckContext) -> Verdict | None:
        if context.body_fingerprint is None or submission.is_edit:
            return None
        here, elsewhere = context.history.same_body(
            context.body_fingerprint, context.now - self.window
        )
        if elsewhere >= self.spray_threshold:
            return Verdict(
                check=self.name,
                action=Action.REJECT,
                category=Category.SPAM,
                score=0.95,
                evidence=(Evidence("repeated_across_threads", str(elsewhere)),),
                message="moderation.rejected.spam",
            )
        if here or elsewhere:
            return Verdict(
                check=self.name,
                action=Action.HOLD,
                category=Category.SPAM,
                score=0.7,
                evidence=(Evidence("repeated_body", str(here + elsewhere)),),
                message="moderation.held.duplicate",
            )
        return None
