"""A direct path for the two requests behind every article page view.

``GET /api/v1/threads/{thread}/comments`` (when the page is already rendered for the
thread's current version) and ``GET /api/v1/counts`` are answered here, before routing,
dependency injection and validation, with one indexed query each. Anything unusual (an
unknown site or thread, a bad parameter, a page not yet rendered) goes on to the full
application, which renders the page or the error: this layer never answers an error itself.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable
from urllib.parse import parse_qsl

import orjson
from starlette.types import ASGIApp, Receive, Scope, Send

from palabre.domain.errors import PalabreError
from palabre.services.reading import MAX_PAGE, Sort
from palabre.storage.sql.hot_reads import HotReads
from palabre.text.clean import is_possible_key
from palabre.web.api.thread_pages import etag_for, page_key
from palabre.web.state import AppState

log = logging.getLogger("palabre.web")

THREADS = "/api/v1/threads/"
COMMENTS = "/comments"
COUNTS = "/api/v1/counts"
SORTS = frozenset(s.value for s in Sort)
Headers = list[tuple[bytes, bytes]]
_COUNTS_HEADERS = (
    (b"content-type", b"application/json"),
    (b"cache-control", b"public, max-age=10"),
)
_COUNTS_REMEMBERED = 1_000


class HotPaths:
    def __init__(
        self, app: ASGIApp, state: AppState, hot: HotReads, origin_allowed: Callable[[str], bool]
    ) -> None:
        self.app = app
        self.state = state
        self.hot = hot
        #: (query string, origin) -> (data_version, the counts answer's bytes)
        self._counts_answered: dict[tuple[bytes, str | None], tuple[int, bytes]] = {}
        self.origin_allowed = origin_allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            path: str = scope["path"]
            answer = None
            try:
                if path == COUNTS:
                    answer = self._counts(scope)
                elif path.startswith(THREADS) and path.endswith(COMMENTS):
                    answer = self._thread_page(scope, path[len(THREADS) : -len(COMMENTS)])
            except PalabreError:
                answer = None  # the full application explains it
            except Exception:
                log.warning("fast path failed; answering through the application", exc_info=True)
                answer = None
            if answer is not None:
                status, headers, body = answer
                headers.extend(self._cors(scope))
                await send({"type": "http.response.start", "status": status, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)

    def _params(self, scope: Scope) -> list[tuple[str, str]] | None:
        try:
            query = scope["query_string"].decode("ascii")
            return parse_qsl(query, keep_blank_values=True, errors="strict")
        except (UnicodeDecodeError, ValueError):
            return None

    def _header(self, scope: Scope, name: bytes) -> str | None:
        for key, value in scope["headers"]:
            if key == name:
                return str(value.decode("latin-1"))
        return None

    def _site_id(self, scope: Scope, site: str | None) -> str:
        return self.state.sites.resolve(site, self._header(scope, b"origin")).id

    def _thread_page(self, scope: Scope, key: str) -> tuple[int, Headers, bytes] | None:
        params = self._params(scope)
        if params is None or not is_possible_key(key) or key != key.strip():
            return None
        if not unicodedata.is_normalized("NFC", key):
            return None
        single = dict(params)
        if len(single) != len(params):
            return None
        sort = single.get("sort", "oldest")
        limit_text = single.get("limit", "50")
        if sort not in SORTS or not limit_text.isdigit() or not 1 <= int(limit_text) <= MAX_PAGE:
            return None
        found = self.hot.thread_version(self._site_id(scope, single.get("site")), key)
        if found is None:
            return None
        cache_key = page_key(found[0], found[1], sort, int(limit_text), single.get("cursor"))
        etag = etag_for(cache_key)
        headers: Headers = [(b"etag", etag.encode()), (b"cache-control", b"no-cache")]
        if self._header(scope, b"if-none-match") == etag:
            return 304, headers, b""
        body = self.state.page_cache.get(cache_key)
        if body is None:
            return None
        headers.append((b"content-type", b"application/json"))
        return 200, headers, body

    def _counts(self, scope: Scope) -> tuple[int, Headers, bytes] | None:
        # An article list asks the same question on every page view: while the database has
        # not changed (SQLite's data_version), the same query string and origin get the
        # same bytes, without parsing or encoding them again.
        memo = (scope["query_string"], self._header(scope, b"origin"))
        version = self.hot.data_version()
        if version is not None:
            known = self._counts_answered.get(memo)
            if known is not None and known[0] == version:
                return 200, list(_COUNTS_HEADERS), known[1]
        answer = self._counts_uncached(scope)
        if answer is not None and version is not None:
            if len(self._counts_answered) >= _COUNTS_REMEMBERED:
                self._counts_answered.clear()
            self._counts_answered[memo] = (version, answer[2])
        return answer

    def _counts_uncached(self, scope: Scope) -> tuple[int, Headers, bytes] | None:
        params = self._params(scope)
        if params is None:
            return None
        keys = [v for k, v in params if k == "thread"]
        sites = [v for k, v in params if k == "site"]
        if not keys or len(keys) > 100 or len(sites) > 1:
            return None
        if not all(is_possible_key(k) for k in keys):
            return None
        found = self.hot.counts(self._site_id(scope, sites[0] if sites else None), keys)
        body = orjson.dumps(
            {"counts": {k: {"published": p, "inline": i} for k, (p, i) in found.items()}}
        )
        return 200, list(_COUNTS_HEADERS), body

    def _cors(self, scope: Scope) -> Headers:
        origin = self._header(scope, b"origin")
        if not origin or not self.origin_allowed(origin):
            return []
        return [
            (b"access-control-allow-origin", origin.encode("latin-1")),
            (b"access-control-allow-credentials", b"true"),
            (b"access-control-expose-headers", b"ETag"),
            (b"vary", b"Origin"),
        ]
