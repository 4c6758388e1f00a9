"""What the app holds for its lifetime: settings, database and services."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field

from fastapi import Request

from palabre.services.identity import Hasher
from palabre.services.pipelines import SitePolicies
from palabre.services.posting import PostingService
from palabre.services.reading import ReadingService
from palabre.services.sites import SiteDirectory
from palabre.services.voting import VotingService
from palabre.settings import Settings
from palabre.storage.sql.database import Database
from palabre.web.cache import PageCache


@dataclass
class AppState:
    settings: Settings
    db: Database
    secret: str
    sites: SiteDirectory
    posting: PostingService
    reading: ReadingService
    voting: VotingService
    hasher: Hasher
    policies: SitePolicies
    page_cache: PageCache = field(default_factory=PageCache)
    #: Optional features installed in this app ("subscriptions", "reports", ...): the widget
    #: shows a control only when its API is here.
    features: set[str] = field(default_factory=set)
    #: Called when the app stops, after the background work.
    closers: list[Callable[[], None]] = field(default_factory=list)
    #: Background work a feature runs for the app's lifetime (the job worker, live updates).
    lifespans: list[Callable[[], AbstractAsyncContextManager[None]]] = field(default_factory=list)


async def app_state(request: Request) -> AppState:
    # async: a plain function would cost every request a trip to the thread pool.
    state: AppState = request.app.state.palabre
    return state


def client_ip(request: Request, settings: Settings) -> str | None:
    if settings.trust_forwarded_for:
        forwarded = request.headers.get("x-forwarded-for")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.client.host if request.client else None
