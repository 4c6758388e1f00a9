"""Mail senders: SMTP (aiosmtplib), console (the demo) and null.

Senders are synchronous on the outside because the job worker is: the SMTP sender runs
its own event loop in the worker's thread and keeps one connection open across a batch,
which is what makes hundreds of mails a second possible.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from email.header import decode_header, make_header
from email.message import Message
from email.policy import Compat32
from typing import Any, Protocol, TextIO

import aiosmtplib

from palabre.notify.compose import envelope, text_part
from palabre.settings import Settings

log = logging.getLogger("palabre.notify")


class _Wire(Compat32):
    """compat32, except that a header already one line of ASCII (every header we write:
    compose.py encodes the others) is written as it is, not re-folded through
    ``email.header.Header``, which cost about a millisecond per mail."""

    def fold_binary(self, name: str, value: Any) -> bytes:
        if (
            isinstance(value, str)
            and value.isascii()
            and len(value.splitlines()) <= 1  # as compat32 splits (\v, \f, \x1c... too)
            and len(name) + len(value) + 2 <= (self.max_line_length or 998)
        ):
            return f"{name}: {value}{self.linesep}".encode("ascii")
        return super().fold_binary(name, value)


#: Long headers (List-Unsubscribe's signed URL) stay on one line: folding them before the
#: URL is legal but some parsers then keep the leading space.
WIRE = _Wire(max_line_length=998)


class DeliveryError(Exception):
    """The server did not take the mail. ``code`` is the SMTP reply code, 0 when there
    was no reply at all (connection refused, timeout)."""

    def __init__(self, code: int, text: str) -> None:
        super().__init__(f"{code} {text}".strip())
        self.code = code
        self.text = text

    @property
    def permanent(self) -> bool:
        """5xx: retrying will not help (unknown mailbox, rejected); 4xx or no reply:
        retry later with backoff."""
        return 500 <= self.code < 600


class Sender(Protocol):
    def send(self, message: Message) -> str:
        """Hand ``message`` over; returns the server's reply. Raises DeliveryError."""
        ...

    def close(self) -> None: ...


class NullSender:
    """Drops every mail: for instances that must never send."""

    def send(self, message: Message) -> str:
        return "dropped"

    def close(self) -> None:
        pass


class ConsoleSender:
    """Prints every mail, text part only, so that the demo's reader can click the links."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream

    def send(self, message: Message) -> str:
        out = self.stream or sys.stdout
        text = text_part(message)
        rule = "─" * 72
        # Decoded, as a mail client shows them: "=?utf-8?b?...?=" says nothing to a reader.
        headers = "\n".join(
            f"{name}: {make_header(decode_header(str(message[name])))}"
            for name in ("From", "To", "Subject", "Message-ID")
        )
        out.write(f"\n{rule}\n{headers}\n\n{text}\n{rule}\n")
        out.flush()
        return "printed"

    def close(self) -> None:
        pass


class SmtpSender:
    """One SMTP connection, opened on first use and reused until ``close``."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._loop = asyncio.new_event_loop()
        self._client: aiosmtplib.SMTP | None = None

    def _run(self, coro: object) -> object:
        return self._loop.run_until_complete(coro)  # type: ignore[arg-type]

    def _connect(self) -> aiosmtplib.SMTP:
        s = self.settings
        client = aiosmtplib.SMTP(
            hostname=s.smtp_host,
            port=s.smtp_port,
            timeout=s.smtp_timeout,
            use_tls=s.smtp_security == "tls",
            # False, not None: aiosmtplib would otherwise upgrade whenever the server offers.
            start_tls=s.smtp_security == "starttls",
            username=s.smtp_username or None,
            password=s.smtp_password or None,
        )
        try:
            self._run(client.connect())
        except aiosmtplib.SMTPResponseException as exc:
            raise DeliveryError(exc.code, exc.message) from exc
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise DeliveryError(0, f"{type(exc).__name__}: {exc}") from exc
        return client

    def send(self, message: Message) -> str:
        if self._client is None or not self._client.is_connected:
            self._client = self._connect()
        try:
            sender, recipient = envelope(message)
            _errors, reply = self._loop.run_until_complete(
                self._client.sendmail(sender, [recipient], message.as_bytes(policy=WIRE))
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            first = exc.recipients[0]
            raise DeliveryError(first.code, first.message) from exc
        except aiosmtplib.SMTPResponseException as exc:
            self._drop_if_broken()
            raise DeliveryError(exc.code, exc.message) from exc
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            self._drop()
            raise DeliveryError(0, f"{type(exc).__name__}: {exc}") from exc
        return str(reply)

    def _drop_if_broken(self) -> None:
        if self._client is not None and not self._client.is_connected:
            self._client = None
        elif self._client is not None:
            # After a refused transaction the session must be reset before the next mail.
            try:
                self._run(self._client.rset())
            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                self._drop()

    def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            try:
                client.close()
            except Exception:
                log.debug("closing a broken SMTP connection failed", exc_info=True)

    def close(self) -> None:
        if self._client is not None and self._client.is_connected:
            with contextlib.suppress(aiosmtplib.SMTPException, OSError, TimeoutError):
                self._run(self._client.quit())
        self._drop()
        self._loop.close()


def make_sender(settings: Settings) -> Sender:
    if settings.mail_backend == "smtp":
        return SmtpSender(settings)
    if settings.mail_backend == "null":
        return NullSender()
    return ConsoleSender()
