"""A thread is the comment section of one article."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class ThreadStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class Thread:
    id: int
    site_id: str
    key: str
    title: str
    url: str
    status: ThreadStatus
    created_at: datetime
    #: Bumped on every change a reader can see; cache keys and ETags derive from it.
    version: int
    published_count: int
    inline_count: int

    @property
    def is_open(self) -> bool:
        return self.status is ThreadStatus.OPEN
