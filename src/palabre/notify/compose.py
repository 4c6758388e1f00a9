"""Mails from templates: multipart text + HTML, in French or English, with the headers a
mailbox provider expects (Message-ID, Date, From, Reply-To, List-Unsubscribe)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.charset import BASE64, Charset
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

TEMPLATES = Path(__file__).parent / "templates"
#: UTF-8 headers in base64, decided once: Charset("utf-8") weighs quoted-printable against
#: base64 for each header, byte by byte.
_UTF8_B64 = Charset("utf-8")
_UTF8_B64.header_encoding = BASE64
LANGS = ("fr", "en")


@dataclass(frozen=True, slots=True)
class Mail:
    """What to send; ``template`` names files under notify/templates/<lang>/."""

    to: str
    lang: str
    template: str
    context: dict[str, Any]
    message_id: str
    unsubscribe_url: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


def message_id_for(key: str, mail_from: str) -> str:
    """A Message-ID derived from the job's idempotency key: a retried or resent mail
    carries the same id, so that a receiver can recognise it as the same message."""
    domain = _domain(mail_from)
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return f"<{digest}.palabre@{domain}>"


@lru_cache(maxsize=8)
def _domain(mail_from: str) -> str:
    return parseaddr(mail_from)[1].rpartition("@")[2] or "palabre.invalid"


@lru_cache(maxsize=2)
def _environment(lang: str) -> Environment:
    return Environment(
        loader=FileSystemLoader([str(TEMPLATES / lang), str(TEMPLATES)]),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # The templates ship with the package: no stat() of each file for each mail.
        auto_reload=False,
    )


def render(
    mail: Mail, *, mail_from: str, reply_to: str = "", now: datetime | None = None
) -> Message:
    """The mail as a MIME message. Built with the compat32 classes rather than
    ``EmailMessage``: the modern policy re-parses every header and costs a few
    milliseconds per mail, which a thousand subscribers notice."""
    lang = mail.lang if mail.lang in LANGS else "fr"
    env = _environment(lang)
    context = {**mail.context, "unsubscribe_url": mail.unsubscribe_url, "lang": lang}
    subject = env.get_template(f"{mail.template}.subject.txt").render(context).strip()
    text = env.get_template(f"{mail.template}.txt").render(context)
    html = env.get_template(f"{mail.template}.html").render(context)

    # Both parts are base64, whose lines never start with "--": a random boundary cannot
    # appear in them, so the generator is spared searching the text for a collision
    # (a regex compiled per mail).
    message = MIMEMultipart("alternative", boundary=f"=_palabre_{secrets.token_hex(12)}")
    # Newlines in a header would let a crafted title inject headers; one line only.
    one_line = " ".join(subject.split())
    message["Subject"] = Header(one_line, _UTF8_B64, header_name="Subject").encode()
    message["From"] = _mailbox(mail_from)
    message["To"] = _address(mail.to)
    if reply_to:
        message["Reply-To"] = _mailbox(reply_to)
    message["Date"] = format_datetime(now or datetime.now(UTC))
    message["Message-ID"] = mail.message_id
    message["Content-Language"] = lang
    message["Auto-Submitted"] = "auto-generated"
    if mail.unsubscribe_url:
        # RFC 2369 and RFC 8058: mailbox providers show an "unsubscribe" button that POSTs
        # List-Unsubscribe=One-Click to this URL, with no page in between.
        message["List-Unsubscribe"] = f"<{mail.unsubscribe_url}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    for name, value in mail.headers.items():
        message[name] = value
    message.attach(MIMEText(text, "plain", "utf-8"))
    message.attach(MIMEText(html, "html", "utf-8"))
    return message


def envelope(message: Message) -> tuple[str, str]:
    """(sender, recipient) addresses for the SMTP transaction."""
    return _addr_spec(str(message["From"])), _addr_spec(str(message["To"]))


@lru_cache(maxsize=64)
def _addr_spec(value: str) -> str:
    return parseaddr(value)[1]


def text_part(message: Message) -> str:
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload.decode(part.get_content_charset() or "utf-8")
    return ""


@lru_cache(maxsize=16)
def _mailbox(value: str) -> str:
    """ "Name <addr>" with a non-ASCII name encoded as RFC 2047 wants."""
    name, addr = parseaddr(value)
    return formataddr((name, addr), charset="utf-8") if name else addr


def _address(value: str) -> str:
    local, _, domain = value.rpartition("@")
    return f"{local}@{domain.encode('idna').decode('ascii')}"


def excerpt(text: str, limit: int = 400) -> str:
    """The first ``limit`` characters of a comment's Markdown source, on one paragraph
    boundary when possible: mail clients show it as plain text."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut) + " …"
