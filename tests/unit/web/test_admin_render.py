"""Evidence highlighting and charts render escaped, well-formed markup."""

from __future__ import annotations

from datetime import date

from palabre.services.overview import Day
from palabre.web.admin.render import highlight, line_chart, stacked_bars


def test_highlight_marks_spans_and_escapes() -> None:
    out = str(highlight("<b>sale con</b> ok", [(8, 11, "insult"), (9, 10, "x"), (50, 60, "bad")]))
    assert out == '&lt;b&gt;sale <mark class="ev ev-insult" title="insult">con</mark>&lt;/b&gt; ok'


def test_charts_are_svg() -> None:
    days = [Day(date(2026, 1, 1), comments=3, published=2, held=1), Day(date(2026, 1, 2))]
    svg = str(stacked_bars(days, {"published": "P", "held": "H", "rejected": "R", "spam": "S"}))
    assert svg.startswith("<svg") and svg.count("<rect") == 2
    assert "<polyline" in str(line_chart([1.0, None, 3.0], top=3))
