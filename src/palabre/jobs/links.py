"""Absolute links in mail: articles, comments, and the signed subscription links."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from palabre.domain.threads import Thread
from palabre.services.subscriptions import Tokens
from palabre.settings import Settings


class Links:
    def __init__(self, settings: Settings, tokens: Tokens) -> None:
        # A worker has no request to take the host from: PUBLIC_URL, else where we listen.
        self.base = (settings.public_url or f"http://{settings.host}:{settings.port}").rstrip("/")
        self.tokens = tokens

    def thread(self, thread: Thread) -> str:
        if thread.url:
            return thread.url
        return f"{self.base}/threads/{quote(thread.key, safe='')}?site={quote(thread.site_id)}"

    def comment(self, thread: Thread, comment_id: int) -> str:
        return f"{self.thread(thread)}#c{comment_id}"

    def review(self, comment_id: int) -> str:
        return f"{self.base}/admin/comments/{comment_id}"

    def _link(self, path: str, purpose: str, value: int | str) -> str:
        token = self.tokens.make(purpose, value)
        return f"{self.base}/subscriptions/{path}?{urlencode({'token': token})}"

    def confirm(self, sub_id: int) -> str:
        return self._link("confirm", "confirm", sub_id)

    def unsubscribe(self, sub_id: int) -> str:
        return self._link("unsubscribe", "unsubscribe", sub_id)

    def unsubscribe_all(self, email_hash: str) -> str:
        """For a digest, which may cover several subscriptions: ends them all."""
        return self._link("unsubscribe", "manage", email_hash)

    def manage(self, email_hash: str) -> str:
        return self._link("manage", "manage", email_hash)
