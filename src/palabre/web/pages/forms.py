"""Signed form stamps: when the form was served, to measure the time to submit."""

from __future__ import annotations

import time

from itsdangerous import BadSignature, URLSafeSerializer


def form_stamp(secret: str) -> str:
    return URLSafeSerializer(secret, salt="form-stamp").dumps(int(time.time() * 1000))


def elapsed_since_stamp(secret: str, stamp: str | None) -> float | None:
    """Seconds since the stamp was issued; 0 for a missing or forged stamp, which the
    minimum-time check then treats as a form sent back instantly."""
    if not stamp:
        return 0.0
    try:
        issued = URLSafeSerializer(secret, salt="form-stamp").loads(stamp)
    except BadSignature:
        return 0.0
    if not isinstance(issued, int):
        return 0.0
    return max(0.0, time.time() - issued / 1000)
