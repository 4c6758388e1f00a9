"""An external moderation webhook, in the spirit of Coral's external moderation phase, and
:func:`external_checks`, the optional network checks a site's pipeline adds.

Each comment is POSTed as JSON to ``MODERATION_WEBHOOK_URL``; the request is signed so
that the receiver knows it comes from us and is fresh::

    X-Palabre-Timestamp: 1764064800
    X-Palabre-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>." + body)>

The receiver answers ``{"action": "publish"|"hold"|"reject", "category"?: str,
"score"?: 0..1, "reason"?: str}``. Anything else, a non-2xx status or a timeout is a
failure, and ``MODERATION_WEBHOOK_ON_FAILURE`` says whether it holds the comment.

The call is synchronous with a short timeout. Checks run in ``PostingService._decide``,
before the write transaction, so a slow receiver delays one commenter and never holds a
database lock. Only salted hashes of the email and IP are sent, never the raw values.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx
import orjson

from palabre.domain.moderation import Action, Category, Evidence, Verdict
from palabre.policies.base import Check, CheckContext, Submission

if TYPE_CHECKING:
    from palabre.config.moderation import ModerationSettings

log = logging.getLogger("palabre.webhook")

SIGNATURE_HEADER = "X-Palabre-Signature"
TIMESTAMP_HEADER = "X-Palabre-Timestamp"
#: A receiver should refuse signatures older than this (replayed requests).
SIGNATURE_TOLERANCE_SECONDS = 300
_CATEGORIES = {c.value: c for c in Category}


def sign(secret: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def verify_signature(secret: str, timestamp: str, body: bytes, signature: str, *,
                     now: float | None = None,
                     tolerance: int = SIGNATURE_TOLERANCE_SECONDS) -> bool:  # fmt: skip
    """What a receiver does (in Python): a constant-time compare, and a fresh timestamp."""
    try:
        age = abs((time.time() if now is None else now) - int(timestamp))
    except ValueError:
        return False
    return age <= tolerance and hmac.compare_digest(sign(secret, timestamp, body), signature)


def payload(sub: Submission, context: CheckContext) -> dict[str, Any]:
    return {
        "type": "comment.check",
        "site": {"id": context.site.id, "language": context.site.language.value},
        "comment": {
            "text": sub.text,
            "lang": sub.lang,
            "thread_key": sub.thread_key,
            "is_edit": sub.is_edit,
            "author": {
                "name": sub.author_name,
                "url": sub.author_url,
                "email_hash": context.email_hash,
                "ip_hash": context.ip_hash,
            },
        },
        "sent_at": context.now.isoformat(),
    }


class WebhookAnswerError(ValueError):
    """The receiver answered something that is not a verdict."""


def parse_answer(data: Any, check: str) -> Verdict | None:
    """The receiver's JSON to a verdict; ``publish`` with no score adds nothing."""
    if not isinstance(data, dict) or data.get("action") not in ("publish", "hold", "reject"):
        raise WebhookAnswerError("'action' must be publish, hold or reject")
    action = Action(data["action"])
    category = _CATEGORIES.get(str(data.get("category") or "custom"), Category.CUSTOM)
    raw_score = data.get("score", 1.0 if action is not Action.PUBLISH else 0.0)
    if not isinstance(raw_score, int | float) or isinstance(raw_score, bool):
        raise WebhookAnswerError("'score' must be a number")
    score = min(1.0, max(0.0, float(raw_score)))
    if action is Action.PUBLISH and score == 0.0:
        return None
    reason = str(data.get("reason") or "")[:200]
    evidence = (Evidence("webhook", reason),)
    message = None
    if action is not Action.PUBLISH:
        # The policy's message for a known category; a generic one for the receiver's own.
        verb = "held" if action is Action.HOLD else "rejected"
        generic = "moderation.held.review" if action is Action.HOLD else "moderation.rejected"
        known = category not in (Category.CUSTOM, Category.RULES)
        message = f"moderation.{verb}.{category.value}" if known else generic
    return Verdict(check, action, category, score, evidence, message)


@dataclass(slots=True)
class WebhookCheck:
    url: str
    secret: str
    timeout: float = 2.0
    on_failure: str = "hold"
    name: str = "webhook"
    client: httpx.Client = field(default_factory=httpx.Client)

    def __call__(self, submission: Submission, context: CheckContext) -> Verdict | None:
        if submission.is_staff:
            return None
        body = orjson.dumps(payload(submission, context))
        stamp = str(int(time.time()))
        headers = {"Content-Type": "application/json", TIMESTAMP_HEADER: stamp,
                   SIGNATURE_HEADER: sign(self.secret, stamp, body)}  # fmt: skip
        try:
            response = self.client.post(self.url, content=body, headers=headers,
                                        timeout=self.timeout)  # fmt: skip
            response.raise_for_status()
            return parse_answer(orjson.loads(response.content), self.name)
        except (httpx.HTTPError, orjson.JSONDecodeError, WebhookAnswerError) as exc:
            log.warning("moderation webhook failed: %s: %s", type(exc).__name__, exc)
            if self.on_failure != "hold":
                return None
            evidence = (Evidence("webhook.unavailable", type(exc).__name__),)
            held = "moderation.held.review"
            return Verdict(self.name, Action.HOLD, Category.RULES, 0.0, evidence, held)


def external_checks(settings: ModerationSettings) -> list[Check]:
    """The optional network checks the settings turn on (none by default): Akismet, then
    the webhook. Add them to a site's pipeline after the local checks."""
    from palabre.policies.akismet import AkismetCheck, make_client

    checks: list[Check] = []
    if settings.akismet_enabled and settings.akismet_key:
        clients: dict[str, Any] = {}

        def client_for(site: Any) -> Any:
            url = settings.akismet_blog_url or (site.origins[0] if site.origins else "")
            if url not in clients:
                clients[url] = make_client(settings.akismet_key, url,
                                           api_url=settings.akismet_api_url,
                                           timeout=settings.akismet_timeout_seconds)  # fmt: skip
            return clients[url]

        checks.append(AkismetCheck(client_for, Action(settings.akismet_spam_action),
                                   settings.akismet_on_failure))  # fmt: skip
    if settings.moderation_webhook_url:
        checks.append(WebhookCheck(settings.moderation_webhook_url,
                                   settings.moderation_webhook_secret,
                                   settings.moderation_webhook_timeout_seconds,
                                   settings.moderation_webhook_on_failure))  # fmt: skip
    return checks
