"""Subscriptions: routes and services, installed into the app by :func:`install`."""

from __future__ import annotations

from fastapi import FastAPI

from palabre.jobs.notifications import limits_from
from palabre.jobs.runner import in_thread, make_worker
from palabre.services.subscriptions import SubscriptionService, Tokens
from palabre.web.state import AppState
from palabre.web.subscriptions.routes import router


def install(app: FastAPI, state: AppState) -> None:
    tokens = Tokens(state.secret, limits_from(state.settings))
    app.state.subscriptions = SubscriptionService(state.db, state.hasher, tokens)
    app.include_router(router)
    state.features.add("subscriptions")
    if state.settings.worker_in_server:
        state.lifespans.append(
            in_thread(make_worker(state.settings, state.db, secret=state.secret))
        )
