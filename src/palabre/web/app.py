"""``create_app(settings)``: wiring only."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from palabre import __version__
from palabre.services.identity import Hasher
from palabre.services.pipelines import PipelineFactory, SitePolicies, pipeline_factory
from palabre.services.posting import PostingService
from palabre.services.reading import ReadingService
from palabre.services.sites import SiteDirectory
from palabre.services.voting import VotingService
from palabre.settings import Settings
from palabre.storage.sql.database import Database
from palabre.storage.sql.hot_reads import HotReads
from palabre.web import admin, subscriptions, widget
from palabre.web.api.routes import router as api_router
from palabre.web.cache import PageCache
from palabre.web.errors import install_error_handlers
from palabre.web.fastpath import HotPaths
from palabre.web.middleware import BodySizeLimit, SiteCORS
from palabre.web.pages.routes import router as pages_router
from palabre.web.pages.templating import configure_templates
from palabre.web.state import AppState

HERE = Path(__file__).parent


def build_state(
    settings: Settings, *, db: Database | None = None, pipelines: PipelineFactory | None = None
) -> AppState:
    db = db or Database(settings.resolved_database_url)
    secret = settings.resolved_secret_key()
    hasher = Hasher(secret)
    policies = SitePolicies(settings.policy_dir)
    return AppState(
        settings=settings,
        db=db,
        secret=secret,
        sites=SiteDirectory(db, default_id=settings.default_site_id),
        posting=PostingService(db, pipelines or pipeline_factory(settings, policies), hasher),
        reading=ReadingService(db),
        voting=VotingService(
            db,
            hasher,
            per_ip=settings.vote_rate_limit_per_ip,
            window_seconds=settings.rate_limit_window_seconds,
        ),
        hasher=hasher,
        policies=policies,
        page_cache=PageCache(settings.thread_cache_entries),
    )


def _warm_up(state: AppState) -> None:
    """Load every site's policy, lexicons and models before the first reader waits for
    them, then move what start-up built out of the garbage collector's way: scanning
    those long-lived objects made a full collection pause a request for tens of ms."""
    for site in state.sites.all():
        state.posting.pipelines(site)
    gc.collect()
    gc.freeze()


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    state: AppState = app.state.palabre
    await anyio.to_thread.run_sync(_warm_up, state)
    async with AsyncExitStack() as stack:
        for start in state.lifespans:
            await stack.enter_async_context(start())
        yield
    for close in state.closers:
        close()
    state.db.dispose()


def create_app(
    settings: Settings, *, db: Database | None = None, pipelines: PipelineFactory | None = None
) -> FastAPI:
    logging.getLogger("palabre").setLevel(settings.log_level.upper())
    state = build_state(settings, db=db, pipelines=pipelines)
    app = FastAPI(
        title="Palabre",
        version=__version__,
        description="Comments for news sites, moderated on the publisher's own server.",
        docs_url="/api/docs",
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.palabre = state
    app.state.templates = configure_templates(Jinja2Templates(directory=str(HERE / "templates")))
    install_error_handlers(app)
    app.include_router(api_router)
    for feature in (subscriptions, widget, admin):
        feature.install(app, state)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def origin_allowed(origin: str) -> bool:
        return any(site.allows_origin(origin) for site in state.sites.all())

    app.add_middleware(SiteCORS, allowed=origin_allowed)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_request_bytes)
    # Outermost, so the hot reads skip the rest of the stack.
    hot = HotReads(state.db.url)
    state.closers.append(hot.close)
    app.add_middleware(HotPaths, state=state, hot=hot, origin_allowed=origin_allowed)
    return app


def app_from_environment() -> FastAPI:
    """Factory for ``uvicorn --factory``: settings from the environment and config file."""
    return create_app(Settings())
