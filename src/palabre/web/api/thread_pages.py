"""Rendered pages of a thread, as JSON bytes, shared by the API route and the fast path."""

from __future__ import annotations

import hashlib

import orjson

from palabre.domain.threads import Thread
from palabre.services.reading import Sort
from palabre.web.api.schemas import comment_json, thread_json
from palabre.web.state import AppState

PageKey = tuple[int, int, str, int, str]


def page_key(thread_id: int, version: int, sort: str, limit: int, cursor: str | None) -> PageKey:
    return (thread_id, version, sort, limit, cursor or "")


def etag_for(key: PageKey) -> str:
    return 'W/"' + hashlib.blake2b(repr(key).encode(), digest_size=8).hexdigest() + '"'


def render_page(
    state: AppState, thread: Thread, sort: Sort, limit: int, cursor: str | None
) -> bytes:
    """The page's JSON, from the cache when this version of the thread was rendered before."""
    key = page_key(thread.id, thread.version, sort.value, limit, cursor)
    body = state.page_cache.get(key)
    if body is None:
        page = state.reading.page(thread, sort=sort, limit=limit, cursor=cursor)
        body = orjson.dumps(
            {
                "thread": thread_json(page.thread),
                "sort": page.sort.value,
                "comments": [comment_json(c) for c in page.comments],
                "next_cursor": page.next_cursor,
            }
        )
        state.page_cache.put(key, body)
    return body
