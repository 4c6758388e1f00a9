"""Akismet: the package's test clients for each answer, and a loopback server speaking
Akismet's protocol for timeouts, failures and the spam/ham reports."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace
from typing import Any, ClassVar
from urllib.parse import parse_qs

import akismet
import pytest

from palabre.config.moderation import ModerationSettings
from palabre.domain.moderation import Action, Category
from palabre.domain.sites import Site
from palabre.policies.akismet import (
    AkismetCheck,
    AkismetReporter,
    make_client,
    report_decision,
)
from palabre.policies.base import CheckContext, Submission
from palabre.policies.webhook import external_checks

SITE = Site(id="default", name="Test", origins=("https://journal.example",))
CONTEXT = CheckContext(site=SITE)
COMMENT = Submission(text="Très bon article.", author_name="Léa", ip="203.0.113.7")


def fake_client(answer: akismet.CheckResponse) -> Any:
    cls = type("Client", (akismet.TestSyncClient,), {"comment_check_response": answer})
    return cls(config=akismet.Config(key="test-key", url="https://journal.example"))


@pytest.mark.parametrize(
    ("answer", "spam_action", "expected"),
    [
        (akismet.CheckResponse.HAM, Action.HOLD, None),
        (akismet.CheckResponse.SPAM, Action.HOLD, Action.HOLD),
        (akismet.CheckResponse.SPAM, Action.REJECT, Action.REJECT),
        (akismet.CheckResponse.DISCARD, Action.HOLD, Action.REJECT),
    ],
)
def test_answers_with_the_packages_test_clients(
    answer: akismet.CheckResponse, spam_action: Action, expected: Action | None
) -> None:
    client = fake_client(answer)
    verdict = AkismetCheck(lambda site: client, spam_action)(COMMENT, CONTEXT)
    if expected is None:
        assert verdict is None
        return
    assert verdict is not None and verdict.action is expected
    assert verdict.category is Category.SPAM


def test_discard_rejects_silently() -> None:
    client = fake_client(akismet.CheckResponse.DISCARD)
    verdict = AkismetCheck(lambda site: client)(COMMENT, CONTEXT)
    assert verdict is not None and verdict.message is None
    assert verdict.evidence[0].signal == "akismet.discard"


def test_staff_and_ipless_comments_are_not_sent() -> None:
    def boom(site: Site) -> Any:
        raise AssertionError("no call expected")

    check = AkismetCheck(boom)
    assert check(Submission(text="x", ip="203.0.113.7", is_staff=True), CONTEXT) is None
    assert check(Submission(text="x"), CONTEXT) is None


class AkismetServer(BaseHTTPRequestHandler):
    """Akismet's protocol, enough of it: form posts, "true"/"false", the pro-tip header."""

    delay = 0.0
    received: ClassVar[list[tuple[str, dict[str, list[str]]]]] = []

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        form = parse_qs(self.rfile.read(length).decode())
        type(self).received.append((self.path, form))
        time.sleep(type(self).delay)
        headers: dict[str, str] = {}
        if form.get("api_key") != ["good-key"]:
            body = "invalid"
        elif self.path == "/1.1/comment-check":
            text = form.get("comment_content", [""])[0]
            body = "true" if "casino" in text else "false"
            if "jackpot" in text:
                headers["X-akismet-pro-tip"] = "discard"
        elif self.path in ("/1.1/submit-spam", "/1.1/submit-ham"):
            body = "Thanks for making the web a better place."
        else:
            self.send_response(404)
            self.end_headers()
            return
        try:
            self.send_response(200)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body.encode())
        except (BrokenPipeError, ConnectionResetError):
            pass  # the slow-server tests' client gave up waiting, as it should

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    AkismetServer.delay = 0.0
    AkismetServer.received = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), AkismetServer)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def settings(url: str, **extra: Any) -> ModerationSettings:
    values: dict[str, Any] = {
        "akismet_enabled": True,
        "akismet_key": "good-key",
        "akismet_api_url": url,
        "akismet_timeout_seconds": 0.5,
        **extra,
    }
    return ModerationSettings(**values)


def check_for(url: str, **extra: Any) -> AkismetCheck:
    (check,) = external_checks(settings(url, **extra))
    assert isinstance(check, AkismetCheck)
    return check


def test_loopback_protocol(server: str) -> None:
    check = check_for(server, akismet_spam_action="reject")
    assert check(COMMENT, CONTEXT) is None
    spam = check(Submission(text="Best casino bonus", ip="203.0.113.7"), CONTEXT)
    assert spam is not None and spam.action is Action.REJECT
    assert spam.message == "moderation.rejected.spam"
    discard = check(Submission(text="casino jackpot", ip="203.0.113.7"), CONTEXT)
    assert discard is not None and discard.evidence[0].signal == "akismet.discard"
    path, form = AkismetServer.received[0]
    assert path == "/1.1/comment-check"
    assert form["user_ip"] == ["203.0.113.7"] and form["comment_author"] == ["Léa"]
    assert form["blog"] == ["https://journal.example"]  # the site's origin by default


@pytest.mark.parametrize(("mode", "held"), [("hold", True), ("continue", False)])
def test_slow_akismet_times_out_into_the_failure_mode(server: str, mode: str, held: bool) -> None:
    AkismetServer.delay = 1.0
    check = check_for(server, akismet_timeout_seconds=0.2, akismet_on_failure=mode)
    started = time.monotonic()
    verdict = check(COMMENT, CONTEXT)
    assert time.monotonic() - started < 0.9
    assert (verdict is not None and verdict.action is Action.HOLD) is held


def test_bad_key_is_a_failure(server: str) -> None:
    verdict = check_for(server, akismet_key="bad", akismet_on_failure="hold")(COMMENT, CONTEXT)
    assert verdict is not None and verdict.action is Action.HOLD
    assert verdict.evidence[0].signal == "akismet.unavailable"


def test_editors_decisions_are_reported(server: str) -> None:
    reporter = AkismetReporter(make_client("good-key", "https://journal.example", api_url=server))
    row = SimpleNamespace(
        body_markdown="casino",
        author_name="Bot",
        lang="fr",
        author_email=None,
        author_website="https://casino.example",
    )
    assert report_decision(reporter, row, "spam", []) is True
    assert report_decision(reporter, row, "not_spam", ["spam"]) is True
    assert report_decision(reporter, row, "approve", []) is None  # not a correction
    assert report_decision(reporter, row, "reject", ["insult"]) is None
    paths = [p for p, _ in AkismetServer.received]
    assert paths == ["/1.1/submit-spam", "/1.1/submit-ham"]
    assert AkismetServer.received[0][1]["comment_author_url"] == ["https://casino.example"]


def test_report_failure_is_logged_not_raised(server: str) -> None:
    reporter = AkismetReporter(make_client("bad", "https://journal.example", api_url=server))
    assert reporter.report(spam=True, text="casino") is False


def test_off_by_default() -> None:
    assert external_checks(ModerationSettings()) == []
