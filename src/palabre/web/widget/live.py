"""Live updates: new published comments pushed to readers as Server-Sent Events.

Each stream polls its thread's ``version`` (one indexed read) about once a second, and
reads the new comments only when it moved. Nothing is shared between processes, so this
works the same with several uvicorn workers on SQLite or PostgreSQL, where an in-memory
broadcast would only reach readers connected to the worker that took the post.

Event ids are comment ids. A reconnecting browser sends the last one back
(``Last-Event-ID``, or ``after`` for the widget's own reconnects) and gets what came
after it. PostgreSQL may commit a lower id after a higher one; while a stream is open it
also looks a few seconds back for such late commits, and the widget drops any id it
already shows.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
from starlette.concurrency import run_in_threadpool

from palabre.domain.comments import Comment
from palabre.domain.sites import Site
from palabre.services.reading import ReadingService
from palabre.web.api.schemas import comment_json

#: How far back a stream looks for comments committed out of id order.
LATE_COMMIT_WINDOW = timedelta(seconds=10)
BATCH = 200


def parse_event_id(*values: str | None) -> int | None:
    ids = [int(v) for v in values if v and v.strip().isdigit()]
    return max(ids) if ids else None


def event(comment: Comment) -> bytes:
    data = orjson.dumps(comment_json(comment)).decode()
    return f"id: {comment.id}\nevent: comment\ndata: {data}\n\n".encode()


async def stream(
    *,
    reading: ReadingService,
    site: Site,
    key: str,
    after: int | None,
    disconnected: Callable[[], Any],
    poll: float,
    heartbeat: float,
    lifetime: float,
) -> AsyncIterator[bytes]:
    """The event stream of one reader, until they leave or ``lifetime`` runs out."""
    yield b"retry: 3000\n: palabre live\n\n"
    if after is None:
        # A fresh stream starts from now: the page has already loaded the rest. Its first
        # event id tells the browser where to resume if the connection drops.
        existing = await run_in_threadpool(reading.thread, site, key)
        after = await run_in_threadpool(reading.last_published_id, existing) if existing else 0
        yield f"id: {after}\nevent: ready\ndata: {{}}\n\n".encode()
    started = time.monotonic()
    opened_at = datetime.now(UTC)
    last_beat = started
    version: int | None = None
    sent: set[int] = set()
    first = True
    while time.monotonic() - started < lifetime:
        if await disconnected():
            return
        thread = await run_in_threadpool(reading.thread, site, key)
        if thread is not None and thread.version != version:
            version = thread.version
            late = None if first else max(opened_at, datetime.now(UTC) - LATE_COMMIT_WINDOW)
            found = await run_in_threadpool(reading.published_after, thread, after, late, BATCH)
            for comment in found:
                if comment.id in sent:
                    continue
                sent.add(comment.id)
                after = max(after, comment.id)
                yield event(comment)
            if found:
                last_beat = time.monotonic()
        first = False
        if time.monotonic() - last_beat >= heartbeat:
            last_beat = time.monotonic()
            yield b": heartbeat\n\n"
        await asyncio.sleep(poll)
