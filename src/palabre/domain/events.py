"""Domain events. Services return them; storage writes them to the outbox in the same
transaction, and the job runner hands them on only after the commit."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import ClassVar


@dataclass(frozen=True, slots=True)
class Event:
    name: ClassVar[str] = "event"

    def payload(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class CommentPosted(Event):
    name: ClassVar[str] = "comment.posted"
    comment_id: int
    thread_id: int
    site_id: str
    status: str


@dataclass(frozen=True, slots=True)
class CommentPublished(Event):
    """A comment became visible to readers (on posting, or when an editor approved it)."""

    name: ClassVar[str] = "comment.published"
    comment_id: int
    thread_id: int
    site_id: str


@dataclass(frozen=True, slots=True)
class CommentHeld(Event):
    name: ClassVar[str] = "comment.held"
    comment_id: int
    thread_id: int
    site_id: str


@dataclass(frozen=True, slots=True)
class CommentEdited(Event):
    name: ClassVar[str] = "comment.edited"
    comment_id: int
    thread_id: int
    site_id: str


@dataclass(frozen=True, slots=True)
class CommentDeleted(Event):
    name: ClassVar[str] = "comment.deleted"
    comment_id: int
    thread_id: int
    site_id: str


@dataclass(frozen=True, slots=True)
class SubscriptionRequested(Event):
    """A reader asked for mail about a thread: the confirmation mail goes out after commit."""

    name: ClassVar[str] = "subscription.requested"
    subscription_id: int
    thread_id: int
    site_id: str


@dataclass(frozen=True, slots=True)
class CommentModerated(Event):
    """An editor decided (approve, reject, spam, not_spam): a label for the engine, and a
    report for an outside spam service when one is used."""

    name: ClassVar[str] = "comment.moderated"
    comment_id: int
    thread_id: int
    site_id: str
    verb: str
    #: What the engine had seen in the comment, to tell a correction from a confirmation.
    engine_categories: tuple[str, ...] = ()
