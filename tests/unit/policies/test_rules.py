"""The structural checks of the pipeline."""

from __future__ import annotations

from datetime import datetime

import pytest

from palabre.domain.errors import InvalidInput, RateLimited
from palabre.domain.moderation import Action, Category
from palabre.domain.sites import Site
from palabre.policies.base import CheckContext, NoHistory, Pipeline, Submission, fingerprint
from palabre.policies.rate_limits import RateLimitCheck
from palabre.policies.rules import (
    DuplicateBodyCheck,
    HoneypotCheck,
    LengthCheck,
    LinkLimitCheck,
    MinimumTimeCheck,
)

SITE = Site(id="s", name="S")


class History(NoHistory):
    def __init__(self, ip: int = 0, email: int = 0, here: int = 0, elsewhere: int = 0) -> None:
        self.counts = (ip, email, here, elsewhere)

    def recent_by_ip(self, ip_hash: str, since: datetime) -> int:
        return self.counts[0]

    def recent_by_email(self, email_hash: str, since: datetime) -> int:
        return self.counts[1]

    def same_body(self, body_fingerprint: str, since: datetime) -> tuple[int, int]:
        return self.counts[2], self.counts[3]


def ctx(history: NoHistory | None = None, **kw: object) -> CheckContext:
    return CheckContext(site=SITE, history=history or NoHistory(), **kw)  # type: ignore[arg-type]


def test_length() -> None:
    check = LengthCheck(max_chars=10)
    assert check(Submission(text="bonjour"), ctx()) is None
    with pytest.raises(InvalidInput) as e:
        check(Submission(text="  "), ctx())
    assert e.value.code == "body_empty"
    with pytest.raises(InvalidInput) as e:
        check(Submission(text="x" * 11), ctx())
    assert e.value.code == "body_too_long" and e.value.params == {"max": 10}


def test_links_over_the_limit_hold_with_evidence() -> None:
    check = LinkLimitCheck(max_links=2)
    assert check(Submission(text="voir https://a.example et www.b.example"), ctx()) is None
    text = "https://a.example https://b.example https://c.example"
    v = check(Submission(text=text), ctx())
    assert v is not None and v.action is Action.HOLD and v.category is Category.SPAM
    assert [e.detail for e in v.evidence] == [
        "https://a.example",
        "https://b.example",
        "https://c.example",
    ]
    assert text[v.evidence[1].start : v.evidence[1].end] == "https://b.example"


def test_honeypot() -> None:
    assert HoneypotCheck()(Submission(text="x"), ctx()) is None
    v = HoneypotCheck()(Submission(text="x", honeypot="filled"), ctx())
    assert v is not None and v.action is Action.REJECT and v.category is Category.SPAM


def test_minimum_time_holds_fast_forms_only() -> None:
    check = MinimumTimeCheck(min_seconds=3)
    assert check(Submission(text="x"), ctx()) is None  # the API gave no timing
    assert check(Submission(text="x", elapsed_seconds=12), ctx()) is None
    v = check(Submission(text="x", elapsed_seconds=0.4), ctx())
    assert v is not None and v.action is Action.HOLD


def test_duplicates() -> None:
    check = DuplicateBodyCheck(spray_threshold=3)
    sub = Submission(text="pareil")
    fp = fingerprint("pareil")
    assert check(sub, ctx(History(), body_fingerprint=fp)) is None
    held = check(sub, ctx(History(here=1), body_fingerprint=fp))
    assert held is not None and held.action is Action.HOLD
    sprayed = check(sub, ctx(History(elsewhere=3), body_fingerprint=fp))
    assert sprayed is not None and sprayed.action is Action.REJECT


def test_fingerprint_ignores_case_and_spacing() -> None:
    assert fingerprint("Bonjour   le\nMonde") == fingerprint("bonjour le monde")


def test_rate_limits() -> None:
    check = RateLimitCheck(per_ip=3, per_email=2)
    assert check(Submission(text="x"), ctx(History(ip=2), ip_hash="h")) is None
    with pytest.raises(RateLimited):
        check(Submission(text="x"), ctx(History(ip=3), ip_hash="h"))
    with pytest.raises(RateLimited):
        check(Submission(text="x"), ctx(History(email=2), email_hash="e"))
    assert RateLimitCheck(per_ip=0)(Submission(text="x"), ctx(History(ip=99), ip_hash="h")) is None


def test_pipeline_combines() -> None:
    pipeline = Pipeline([HoneypotCheck(), LinkLimitCheck(max_links=0)])
    d = pipeline.decide(Submission(text="https://x.example", honeypot="y"), ctx())
    assert d.action is Action.REJECT and len(d.verdicts) == 2
