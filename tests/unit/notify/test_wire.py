"""The bytes handed to SMTP: the fast header path writes what compat32 would."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import compat32

import pytest

from palabre.notify.compose import Mail, render
from palabre.notify.senders import WIRE

PLAIN = compat32.clone(max_line_length=998)
CONTEXT = {
    "thread_title": "Un titre « très » long, avec des accents " * 6,
    "thread_url": "https://journal.test/article?id=12&ref=mail",
    "site_name": "Le Journal",
    "mode": "all",
    "author": "Léa  Dupont",
    "excerpt": "Bonjour à tous,\n\nune réponse. " * 20,
    "comment_url": "https://journal.test/article#c-1",
    "reason": "all",
    "manage_url": "https://palabre.test/subscriptions/manage?t=" + "a" * 300,
    "confirm_url": "https://palabre.test/subscriptions/confirm?t=abc",
    "hours": 48,
    "review_url": "https://palabre.test/admin/comments/1",
    "items": [
        {
            "thread_title": "T",
            "author": "A",
            "excerpt": "E",
            "url": "https://u.test",
            "kind": "comment",
        }
    ],
}


@pytest.mark.parametrize("template", ["comment", "confirm", "held", "digest"])
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(
    "mail_from", ["Palabre <noreply@palabre.test>", "Rédaction Ünï <r@palabre.test>", "a@b.test"]
)
def test_headers_are_written_as_compat32_writes_them(
    template: str, lang: str, mail_from: str
) -> None:
    mail = Mail(
        "lé@exämple.fr",
        lang,
        template,
        CONTEXT,
        "<id.palabre@palabre.test>",
        unsubscribe_url="https://palabre.test/u?t=" + "z" * 400,
        headers={"X-Spaces": "a   b\t c", "X-Long": "mot " * 300},
    )
    message = render(mail, mail_from=mail_from, reply_to="Équipe <e@palabre.test>")
    wire = message.as_bytes(policy=WIRE)
    assert wire == message.as_bytes(policy=PLAIN)
    assert message_from_bytes(wire)["Message-ID"] == "<id.palabre@palabre.test>"
