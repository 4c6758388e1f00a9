"""Akismet learns from the editors, as our own models do: each editor's decision becomes a
job that sends submit-spam or submit-ham, when the site uses Akismet and wants reports.

A job, not a call in the editor's request: Akismet may be slow or down, and the report
is retried with the queue's backoff instead of delaying the dashboard.
"""

from __future__ import annotations

from typing import Any

from palabre.jobs.worker import JobContext, Registry
from palabre.policies.akismet import AkismetReporter, make_client, report_decision
from palabre.settings import Settings
from palabre.storage.sql.repositories import CommentRepository, SiteRepository

KIND = "akismet.report"


def register(registry: Registry, settings: Settings) -> None:
    """Route ``comment.moderated`` events to Akismet reports; nothing when off."""
    if not (settings.akismet_enabled and settings.akismet_report and settings.akismet_key):
        return
    reporters: dict[str, AkismetReporter] = {}

    def reporter_for(blog_url: str) -> AkismetReporter:
        if blog_url not in reporters:
            client = make_client(
                settings.akismet_key, blog_url, api_url=settings.akismet_api_url,
                timeout=settings.akismet_timeout_seconds,
            )  # fmt: skip
            reporters[blog_url] = AkismetReporter(client)
        return reporters[blog_url]

    def report(ctx: JobContext, batch: list[Any]) -> None:
        for job in batch:
            payload = job.payload
            with ctx.db.read() as conn:
                row = CommentRepository(conn).get_row(int(payload["comment_id"]))
                site = SiteRepository(conn).get(str(payload["site_id"]))
            blog_url = settings.akismet_blog_url or (
                site.origins[0] if site and site.origins else ""
            )
            sent = None
            if row is not None and blog_url:
                categories = list(payload.get("engine_categories") or ())
                sent = report_decision(
                    reporter_for(blog_url), row, str(payload["verb"]), categories
                )
            if sent is False:
                ctx.retry(job, "akismet report failed")
                continue
            with ctx.db.write() as conn:
                ctx.done(conn, job)

    registry.job(KIND)(report)
    registry.on("comment.moderated", KIND)
