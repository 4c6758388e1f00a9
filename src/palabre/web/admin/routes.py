"""Routes of the admin feature."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
