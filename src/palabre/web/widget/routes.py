"""Routes of the widget feature."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
