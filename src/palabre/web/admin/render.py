"""Presentation helpers of the dashboard: templates, highlighted evidence, SVG charts."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from palabre.services.overview import Day
from palabre.storage.sql.rows import aware
from palabre.web.errors import request_language
from palabre.web.pages.templating import configure_templates, i18n_context

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
COLORS = {"published": "#2e7d32", "held": "#f9a825", "rejected": "#c62828", "spam": "#6a1b9a"}


def highlight(text: str, spans: Sequence[tuple[int, int, str]]) -> Markup:
    """The comment's source with the engine's evidence spans marked, escaped."""
    clean = sorted(
        (max(0, s), min(len(text), e), c) for s, e, c in spans if 0 <= s < e <= len(text) + 1
    )
    out: list[str] = []
    pos = 0
    for start, end, category in clean:
        if start < pos:
            continue  # overlapping spans: the first one wins
        out.append(str(escape(text[pos:start])))
        out.append(f'<mark class="ev ev-{escape(category)}" title="{escape(category)}">')
        out.append(str(escape(text[start:end])) + "</mark>")
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))  # noqa: S704 - every piece is escaped above


def stacked_bars(days: Sequence[Day], labels: dict[str, str]) -> Markup:
    """Comments per day, split by the engine's outcome, as an inline SVG."""
    width, height, pad = 640, 180, 24
    top = max((d.comments for d in days), default=0) or 1
    bar = (width - pad) / max(1, len(days))
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height + 20}" role="img">']
    for i, d in enumerate(days):
        x = pad + i * bar
        y = height
        for key in ("published", "held", "rejected", "spam"):
            n = getattr(d, key)
            h = n / top * (height - 10)
            if h:
                y -= h
                parts.append(
                    f'<rect x="{x + 2:.1f}" y="{y:.1f}" width="{bar - 4:.1f}" height="{h:.1f}" '
                    f'fill="{COLORS[key]}"><title>{d.day} {escape(labels[key])}: {n}</title></rect>'
                )
        parts.append(
            f'<text x="{x + bar / 2:.1f}" y="{height + 14}" text-anchor="middle">{d.day.day}</text>'
        )
    parts.append(f'<text x="0" y="12">{top}</text></svg>')
    return Markup("".join(parts))  # noqa: S704 - labels are escaped above


def line_chart(values: Sequence[float | None], *, top: float, unit: str = "") -> Markup:
    """One value per day (gaps where there is none), as an inline SVG line."""
    width, height, pad = 640, 120, 24
    top = top or 1
    step = (width - pad) / max(1, len(values))
    points = []
    dots = []
    for i, v in enumerate(values):
        if v is None:
            continue
        x = pad + i * step + step / 2
        y = height - min(v, top) / top * (height - 10)
        points.append(f"{x:.1f},{y:.1f}")
        dots.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3"><title>{v:g}{unit}</title></circle>')
    line = f'<polyline fill="none" stroke="#1565c0" stroke-width="2" points="{" ".join(points)}"/>'
    return Markup(  # noqa: S704 - every piece above is escaped or our own
        f'<svg class="chart" viewBox="0 0 {width} {height + 6}" role="img">'
        f'<text x="0" y="12">{top:g}{unit}</text>{line}{"".join(dots)}</svg>'
    )


def templates() -> Jinja2Templates:
    t = configure_templates(Jinja2Templates(directory=str(TEMPLATES)))
    t.env.globals["highlight"] = highlight
    t.env.globals["aware"] = aware
    return t


def render(
    request: Request, name: str, context: dict[str, Any], *, status_code: int = 200
) -> Response:
    lang = request_language(request)
    ctx = {**i18n_context(lang), **context}
    response: Response = request.app.state.admin_templates.TemplateResponse(
        request, name, ctx, status_code=status_code
    )
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    return response
