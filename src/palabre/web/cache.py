"""Rendered thread pages, kept per worker.

Keys carry the thread's version, which every visible change bumps in the same
transaction, so a stale page is never served: after a change the key simply differs.
"""

from __future__ import annotations

from collections import OrderedDict
from threading import Lock


class PageCache:
    def __init__(self, max_entries: int = 2048) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[tuple[object, ...], bytes] = OrderedDict()
        self._lock = Lock()

    def get(self, key: tuple[object, ...]) -> bytes | None:
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def put(self, key: tuple[object, ...], value: bytes) -> None:
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)
