"""Admin: the editors' dashboard, the moderation API and reader reports, installed into
the app by :func:`install`."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from palabre.policies.base import Check
from palabre.policies.people import PeopleCheck
from palabre.services.moderating import ModerationService
from palabre.services.overview import OverviewService
from palabre.services.people import PeopleService
from palabre.services.pipelines import pipeline_factory
from palabre.services.reports import ReportService
from palabre.services.site_policies import PolicyService
from palabre.services.staff import StaffService
from palabre.storage.sql.people import SqlPeople
from palabre.web.admin import api, auth, pages
from palabre.web.admin.deps import AdminServices, LoginRequired, login_redirect
from palabre.web.admin.render import STATIC, templates
from palabre.web.state import AppState


def install(app: FastAPI, state: AppState) -> None:
    settings = state.settings
    policies = PolicyService(
        state.db, fallback_source=state.policies.source_for, on_saved=state.policies.invalidate
    )
    # The policy editors save applies to new comments, and so do bans, premod and trust.
    state.policies.saved = policies.saved
    lookup = SqlPeople(state.db)
    people: list[Check] = [PeopleCheck(lookup, settings.admin_trust_after)]
    state.posting.pipelines = pipeline_factory(
        settings, state.policies, extra_checks=lambda site: people
    )
    app.state.palabre_admin = AdminServices(
        settings=settings,
        staff=StaffService(
            state.db,
            session_hours=settings.admin_session_hours,
            max_failures=settings.admin_login_max_failures,
            window_seconds=settings.admin_login_window_seconds,
        ),
        moderation=ModerationService(
            state.db, state.sites, state.posting, page_size=settings.admin_queue_page_size
        ),
        people=PeopleService(state.db, state.hasher, state.sites, on_change=lookup.invalidate),
        reports=ReportService(state.db, state.hasher, per_hour=settings.report_rate_limit),
        policies=policies,
        overview=OverviewService(state.db),
    )
    app.state.admin_templates = templates()
    app.add_exception_handler(LoginRequired, login_redirect)
    state.features.add("reports")
    app.include_router(auth.router)
    app.include_router(pages.router)
    app.include_router(api.router)
    app.mount("/admin/static", StaticFiles(directory=str(STATIC)), name="admin-static")
