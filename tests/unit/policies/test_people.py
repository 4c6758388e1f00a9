"""The people checks: ban, premod and trust, with a fake lookup."""

from __future__ import annotations

from datetime import datetime

from palabre.domain.moderation import Action
from palabre.domain.sites import Site
from palabre.policies.base import CheckContext, Submission
from palabre.policies.people import TRUSTED_CHECK, NoPeople, PeopleCheck, Standing, author_key


class Fake:
    def __init__(self, standing: Standing) -> None:
        self.standing_value = standing
        self.calls: list[tuple[str, int]] = []

    def standing(self, site_id: str, *, email_hash: str | None, ip_hash: str | None, author: str,
                 trust_after: int, now: datetime) -> Standing:  # fmt: skip
        self.calls.append((author, trust_after))
        return self.standing_value


def _ctx(**settings: object) -> CheckContext:
    return CheckContext(
        site=Site(id="s", name="S", settings=dict(settings)), email_hash="e", ip_hash="i"
    )


def test_ban_and_premod_hold_trust_publishes_with_a_reason() -> None:
    sub = Submission(text="Bonjour", author_name="  Jean  DUPONT ")
    banned = PeopleCheck(Fake(Standing(banned="email")))(sub, _ctx())
    assert banned is not None and banned.action is Action.HOLD and banned.check == "people.banned"
    premod = PeopleCheck(Fake(Standing(premod=True)))(sub, _ctx())
    assert premod is not None and premod.action is Action.HOLD
    trusted = PeopleCheck(Fake(Standing(trusted=True, published=4)))(sub, _ctx())
    assert (
        trusted is not None and trusted.action is Action.PUBLISH and trusted.check == TRUSTED_CHECK
    )
    assert PeopleCheck(NoPeople())(sub, _ctx()) is None


def test_site_setting_overrides_default_threshold_and_staff_skip() -> None:
    fake = Fake(Standing())
    check = PeopleCheck(fake, default_trust_after=5)
    check(Submission(text="x", author_name="Jean Dupont"), _ctx(trust_after=2))
    check(Submission(text="x", author_name="Jean"), _ctx())
    assert fake.calls == [("jean dupont", 2), ("jean", 5)]
    assert check(Submission(text="x", is_staff=True), _ctx()) is None
    assert author_key("  Éric   LE Gall ") == "éric le gall"
