"""Widget: routes and services, installed into the app by :func:`install`."""

from __future__ import annotations

from fastapi import FastAPI

from palabre.web.state import AppState
from palabre.web.widget.routes import router


def install(app: FastAPI, state: AppState) -> None:
    app.include_router(router)
