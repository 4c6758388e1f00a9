"""Live updates: comments published, edited or taken down, pushed to readers as
Server-Sent Events.

Each stream polls its thread's ``version`` (one indexed read) about once a second, and
reads the new comments only when it moved. Nothing is shared between processes, so this
works the same with several uvicorn workers on SQLite or PostgreSQL, where an in-memory
broadcast would only reach readers connected to the worker that took the post.

Event ids are thread versions: each comment carries the version at which readers last
saw it change (posted, approved by an editor, edited, or taken down by its author or an
editor), so a held comment approved later reaches readers too, and a removed one leaves
their pages without a reload. A reconnecting browser sends the last one back
(``Last-Event-ID``, or ``after`` for the widget's own reconnects) and gets what came
after it. A thread's versions commit in order (its row is
locked from the bump to the commit), so a stream never skips one that commits late.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import orjson
from starlette.concurrency import run_in_threadpool

from palabre.domain.sites import Site
from palabre.services.reading import LiveChange, ReadingService
from palabre.web.api.schemas import comment_json

BATCH = 200


def parse_event_id(last_event_id: str | None, after: str | None) -> int | None:
    """Where a stream resumes. The browser's own ``Last-Event-ID`` wins: after a fresh
    start it holds the server's "ready" id, while the URL's ``after`` may be stale."""
    for value in (last_event_id, after):
        if value and value.strip().isdigit():
            return int(value)
    return None


def event(change: LiveChange) -> bytes:
    """``comment`` for a new comment, ``edit`` for a new text, ``remove`` for one taken
    down: that one carries no text, which is no longer the public's."""
    if change.change == "remove":
        c = change.comment
        body: dict[str, object] = {"id": c.id, "status": c.status.value, "listed": change.listed}
        name = "remove"
    else:
        body = comment_json(change.comment)
        name = "edit" if change.change == "edit" else "comment"
    data = orjson.dumps(body).decode()
    return f"id: {change.version}\nevent: {name}\ndata: {data}\n\n".encode()


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
    existing = await run_in_threadpool(reading.thread, site, key)
    current = existing.version if existing else 0
    if after is None or after > current:
        # A fresh stream starts from now: the page has already loaded the rest. So does
        # one resuming from a number this thread never reached (an id kept by a page
        # opened before event ids were versions). Its first event id tells the browser
        # where to resume if the connection drops.
        after = current
    # Every stream opens with "ready": the page learns that comments now arrive live, and
    # from which id (a resumed stream then replays what came after it).
    yield f"id: {after}\nevent: ready\ndata: {{}}\n\n".encode()
    started = time.monotonic()
    last_beat = started
    version: int | None = None
    while time.monotonic() - started < lifetime:
        if await disconnected():
            return
        thread = await run_in_threadpool(reading.thread, site, key)
        if thread is not None and thread.version != version:
            version = thread.version
            found = await run_in_threadpool(reading.published_since, thread, after, BATCH)
            for change in found:
                after = max(after, change.version)
                yield event(change)
            if len(found) == BATCH:
                version = None  # More to send: look again without waiting for a change.
            if found:
                last_beat = time.monotonic()
        if time.monotonic() - last_beat >= heartbeat:
            last_beat = time.monotonic()
            yield b": heartbeat\n\n"
        await asyncio.sleep(poll)
