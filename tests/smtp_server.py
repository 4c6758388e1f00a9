"""A real SMTP server on loopback (aiosmtpd) that keeps what it accepts, for the mail tests.

Only a mail answered "250" counts as received, as with a real server: a client that
dies before that reply has not delivered it.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.lock = threading.Lock()
        #: address -> SMTP reply given at RCPT TO (e.g. "550 5.1.1 No such user").
        self.reject: dict[str, str] = {}
        #: Called with the raw envelope before a mail is accepted; a string return is the
        #: reply instead of "250".
        self.before_accept: Callable[[Any], str | None] | None = None
        self.accepted = 0

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any
    ) -> str:
        if address in self.reject:
            return self.reject[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.before_accept is not None:
            reply = self.before_accept(envelope)
            if reply:
                return reply
        msg = message_from_bytes(envelope.content, policy=default)
        assert isinstance(msg, EmailMessage)
        with self.lock:
            self.messages.append(msg)
            self.accepted += 1
        return "250 2.0.0 Accepted"

    def wait_for(self, count: int, timeout: float = 20.0) -> list[EmailMessage]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.messages) >= count:
                    return list(self.messages)
            time.sleep(0.05)
        with self.lock:
            return list(self.messages)

    def to(self, address: str) -> list[EmailMessage]:
        with self.lock:
            return [m for m in self.messages if m["To"] == address]


class SmtpServer:
    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.box = Mailbox()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.box, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def settings(self) -> dict[str, object]:
        return {
            "mail_backend": "smtp",
            "smtp_host": "127.0.0.1",
            "smtp_port": self.port,
            "smtp_security": "none",
            "smtp_timeout": 5.0,
            "mail_from": "Le Quotidien <commentaires@quotidien.example>",
            "mail_reply_to": "redaction@quotidien.example",
            "public_url": "http://palabre.test",
        }


def running_smtp() -> Iterator[SmtpServer]:
    """Body of each test module's ``smtp`` fixture: a started server, stopped after."""
    server = SmtpServer()
    server.start()
    yield server
    server.stop()
