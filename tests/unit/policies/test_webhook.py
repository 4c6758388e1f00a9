"""The moderation webhook against a receiver on loopback that checks our signature."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from palabre.config.moderation import ModerationSettings
from palabre.domain.moderation import Action, Category
from palabre.domain.sites import Site
from palabre.policies.base import CheckContext, Submission
from palabre.policies.webhook import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    WebhookCheck,
    external_checks,
    parse_answer,
    sign,
    verify_signature,
)

SECRET = "s3cret-for-tests"
CONTEXT = CheckContext(site=Site(id="default", name="Test"), email_hash="e" * 32)


class Receiver(BaseHTTPRequestHandler):
    """Answers with ``answer`` after ``delay``; refuses a bad signature with 401."""

    answer: ClassVar[Any] = {"action": "publish"}
    delay: ClassVar[float] = 0.0
    seen: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        ok = verify_signature(
            SECRET,
            self.headers.get(TIMESTAMP_HEADER, ""),
            body,
            self.headers.get(SIGNATURE_HEADER, ""),
        )
        time.sleep(type(self).delay)
        if not ok:
            self.send_response(401)
            self.end_headers()
            return
        type(self).seen.append(json.loads(body))
        out = type(self).answer
        data = out if isinstance(out, bytes) else json.dumps(out).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def url() -> Iterator[str]:
    Receiver.answer, Receiver.delay, Receiver.seen = {"action": "publish"}, 0.0, []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    # server_close() then waits for a slow answer still in flight: it would otherwise
    # land in the next test's Receiver.seen.
    httpd.daemon_threads = False
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/moderate"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def check_for(url: str, **extra: Any) -> WebhookCheck:
    values = {
        "moderation_webhook_url": url,
        "moderation_webhook_secret": SECRET,
        "moderation_webhook_timeout_seconds": 0.5,
        **extra,
    }
    (check,) = external_checks(ModerationSettings(**values))
    assert isinstance(check, WebhookCheck)
    return check


def test_signed_request_and_verdict(url: str) -> None:
    Receiver.answer = {
        "action": "reject",
        "category": "insult",
        "score": 0.97,
        "reason": "insulte visée",
    }
    verdict = check_for(url)(
        Submission(text="Un commentaire.", author_name="Léa", author_email="lea@example.org"),
        CONTEXT,
    )
    assert verdict is not None
    assert (verdict.action, verdict.category, verdict.score) == (
        Action.REJECT,
        Category.INSULT,
        0.97,
    )
    assert verdict.message == "moderation.rejected.insult"
    assert verdict.evidence[0].detail == "insulte visée"
    (sent,) = Receiver.seen
    assert sent["comment"]["text"] == "Un commentaire."
    assert sent["comment"]["author"]["email_hash"] == "e" * 32
    assert "lea@example.org" not in json.dumps(sent)  # only hashes leave the server


def test_publish_adds_nothing_and_unknown_category_is_custom(url: str) -> None:
    check = check_for(url)
    assert check(Submission(text="ok"), CONTEXT) is None
    Receiver.answer = {"action": "hold", "category": "off-topic"}
    verdict = check(Submission(text="hors sujet"), CONTEXT)
    assert verdict is not None and verdict.category is Category.CUSTOM
    assert verdict.message == "moderation.held.review"


def test_wrong_secret_is_refused_and_fails_into_hold(url: str) -> None:
    verdict = check_for(url, moderation_webhook_secret="wrong")(Submission(text="x"), CONTEXT)
    assert verdict is not None and verdict.action is Action.HOLD
    assert verdict.evidence[0].signal == "webhook.unavailable"
    assert Receiver.seen == []


@pytest.mark.parametrize(("mode", "held"), [("hold", True), ("continue", False)])
def test_slow_receiver_times_out_into_the_failure_mode(url: str, mode: str, held: bool) -> None:
    Receiver.delay = 1.0
    check = check_for(
        url, moderation_webhook_timeout_seconds=0.2, moderation_webhook_on_failure=mode
    )
    started = time.monotonic()
    verdict = check(Submission(text="x"), CONTEXT)
    assert time.monotonic() - started < 0.9
    assert (verdict is not None and verdict.action is Action.HOLD) is held


@pytest.mark.parametrize(
    "answer", [b"not json", {"action": "delete"}, {"action": "hold", "score": "high"}]
)
def test_nonsense_answers_are_failures(url: str, answer: Any) -> None:
    Receiver.answer = answer
    verdict = check_for(url)(Submission(text="x"), CONTEXT)
    assert verdict is not None and verdict.action is Action.HOLD


def test_staff_is_not_sent(url: str) -> None:
    assert check_for(url)(Submission(text="x", is_staff=True), CONTEXT) is None
    assert Receiver.seen == []


def test_signature_helpers() -> None:
    stamp = str(int(time.time()))
    sig = sign(SECRET, stamp, b"{}")
    assert verify_signature(SECRET, stamp, b"{}", sig)
    assert not verify_signature(SECRET, stamp, b"{ }", sig)
    assert not verify_signature(
        SECRET, str(int(stamp) - 3600), b"{}", sign(SECRET, str(int(stamp) - 3600), b"{}")
    )
    assert not verify_signature(SECRET, "soon", b"{}", sig)
    assert parse_answer({"action": "publish", "score": 0.4}, "webhook") is not None
