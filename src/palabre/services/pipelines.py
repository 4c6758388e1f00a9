"""Which moderation checks run for a site."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from palabre.domain.sites import Site
from palabre.policies.base import Check, Pipeline
from palabre.policies.rate_limits import RateLimitCheck
from palabre.policies.rules import (
    DuplicateBodyCheck,
    HoneypotCheck,
    LengthCheck,
    LinkLimitCheck,
    MinimumTimeCheck,
)
from palabre.settings import Settings

PipelineFactory = Callable[[Site], Pipeline]


def basic_checks(settings: Settings) -> list[Check]:
    """The structural checks every site runs, cheapest and most decisive first."""
    return [
        LengthCheck(max_chars=settings.max_body_chars),
        RateLimitCheck(
            per_ip=settings.rate_limit_per_ip,
            per_email=settings.rate_limit_per_email,
            window=timedelta(seconds=settings.rate_limit_window_seconds),
        ),
        HoneypotCheck(),
        MinimumTimeCheck(min_seconds=settings.min_submit_seconds),
        DuplicateBodyCheck(),
        LinkLimitCheck(max_links=settings.max_links),
    ]


def basic_pipeline_factory(settings: Settings) -> PipelineFactory:
    checks = basic_checks(settings)

    def factory(site: Site) -> Pipeline:
        return Pipeline(checks)

    return factory
