"""Akismet, optional and off by default: comment-check before publishing, and the
editors' spam / not-spam decisions sent back (submit-spam, submit-ham).

It sends the comment, its author's name, email and IP to a third party, which is why it
is off unless ``AKISMET_ENABLED``. The call is synchronous with a short timeout, and like
every check it runs in ``PostingService._decide``, before the write transaction opens: a
slow Akismet delays one commenter, never the database.

Answers: ``discard`` (Akismet's pro-tip for blatant spam) rejects as spam without a
message to the robot; ``spam`` holds or rejects per ``AKISMET_SPAM_ACTION``; ``ham`` adds
nothing. A failure (timeout, HTTP error, bad key, odd answer) holds the comment or is
ignored per ``AKISMET_ON_FAILURE``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from palabre.domain.moderation import Action, Category, Evidence, Verdict
from palabre.domain.sites import Site
from palabre.policies.base import CheckContext, Submission

log = logging.getLogger("palabre.akismet")

DEFAULT_API_URL = "https://rest.akismet.com"


class _Rebase(httpx.BaseTransport):
    """Sends the package's requests (always to rest.akismet.com) to ``base`` instead: an
    Akismet-compatible service, or a test server on loopback."""

    def __init__(self, base: str) -> None:
        self.base = httpx.URL(base)
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        prefix = self.base.path.rstrip("/")
        request.url = request.url.copy_with(
            scheme=self.base.scheme, host=self.base.host, port=self.base.port,
            path=prefix + request.url.path,
        )  # fmt: skip
        request.headers["Host"] = self.base.netloc.decode()
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def make_client(key: str, blog_url: str, *, api_url: str = DEFAULT_API_URL,
                timeout: float = 2.0) -> Any:  # fmt: skip
    """An ``akismet.SyncClient`` with our timeout. The key is not verified here: that
    would be a network call at start-up; a bad key shows as a failure on first use."""
    import akismet

    transport = None if api_url.rstrip("/") == DEFAULT_API_URL else _Rebase(api_url)
    http = httpx.Client(
        headers={"User-Agent": f"Palabre | {akismet.USER_AGENT}"},
        timeout=timeout,
        transport=transport,
    )
    return akismet.SyncClient(config=akismet.Config(key=key, url=blog_url), http_client=http)


def _arguments(sub: Submission, blog_lang: str) -> dict[str, Any]:
    args: dict[str, Any] = {
        "comment_type": "comment",
        "comment_content": sub.text,
        "comment_author": sub.author_name,
        "blog_lang": blog_lang,
        "blog_charset": "UTF-8",
    }
    if sub.author_email:
        args["comment_author_email"] = sub.author_email
    if sub.author_url:
        args["comment_author_url"] = sub.author_url
    return args


@dataclass(slots=True)
class AkismetCheck:
    """comment-check as a pipeline check. ``client_for(site)`` gives the site's
    ``akismet.SyncClient`` (the key is registered per site URL), or a test client."""

    client_for: Callable[[Site], Any]
    spam_action: Action = Action.HOLD
    on_failure: str = "continue"
    is_test: bool = False
    name: str = "akismet"

    def __call__(self, submission: Submission, context: CheckContext) -> Verdict | None:
        import akismet

        if submission.is_staff or not submission.ip:
            return None  # no IP (a newsroom reply, an import): Akismet requires one
        args = _arguments(submission, context.site.language.value)
        if self.is_test:
            args["is_test"] = True
        try:
            answer = self.client_for(context.site).comment_check(user_ip=submission.ip, **args)
        except (akismet.AkismetError, httpx.HTTPError) as exc:
            log.warning("akismet comment-check failed: %s", exc)
            return self._failed(type(exc).__name__)
        if answer == akismet.CheckResponse.DISCARD:
            # Blatant spam: Akismet advises dropping it unseen; no message for a robot.
            return Verdict(self.name, Action.REJECT, Category.SPAM, 1.0,
                           (Evidence("akismet.discard"),))  # fmt: skip
        if answer == akismet.CheckResponse.SPAM:
            verb = "rejected" if self.spam_action is Action.REJECT else "held"
            return Verdict(self.name, self.spam_action, Category.SPAM, 0.9,
                           (Evidence("akismet.spam"),), f"moderation.{verb}.spam")  # fmt: skip
        return None

    def _failed(self, reason: str) -> Verdict | None:
        if self.on_failure != "hold":
            return None
        evidence = (Evidence("akismet.unavailable", reason),)
        held = "moderation.held.review"
        return Verdict(self.name, Action.HOLD, Category.RULES, 0.0, evidence, held)


@dataclass(slots=True)
class AkismetReporter:
    """Tells Akismet what the editors decided, so that it learns as our models do.

    Palabre keeps only a salted hash of IPs, and Akismet requires the raw one: the caller
    passes it when it still has it; otherwise an empty value is sent, which Akismet takes
    as "unknown" for reports (they still carry the text and the author)."""

    client: Any
    is_test: bool = False

    def report(self, *, spam: bool, text: str, author_name: str = "", lang: str = "fr",
               author_email: str | None = None, author_url: str | None = None,
               ip: str | None = None) -> bool:  # fmt: skip
        """submit-spam (``spam``) or submit-ham; False (logged) when it failed."""
        import akismet

        sub = Submission(text=text, lang=lang, author_name=author_name,
                         author_email=author_email, author_url=author_url)  # fmt: skip
        args = _arguments(sub, lang)
        if self.is_test:
            args["is_test"] = True
        send = self.client.submit_spam if spam else self.client.submit_ham
        try:
            return bool(send(user_ip=ip or "", **args))
        except (akismet.AkismetError, httpx.HTTPError) as exc:
            log.warning("akismet %s failed: %s", "submit-spam" if spam else "submit-ham", exc)
            return False


def report_decision(reporter: AkismetReporter, row: Any, verb: str, engine_categories: list[str],
                    ip: str | None = None) -> bool | None:  # fmt: skip
    """The Akismet report for one editor's decision (``verb``: approve, reject, spam,
    not_spam) on the comment in ``row``; ``None`` when there is nothing to report.

    Spam is always reported. Ham only when it corrects a spam judgement (Akismet asks for
    false positives, not for every approved comment)."""
    if verb == "spam":
        spam = True
    elif verb in ("not_spam", "approve") and "spam" in engine_categories:
        spam = False
    else:
        return None
    return reporter.report(
        spam=spam, text=str(row.body_markdown), author_name=str(row.author_name),
        lang=str(row.lang or "fr"), author_email=row.author_email,
        author_url=row.author_website, ip=ip,
    )  # fmt: skip
