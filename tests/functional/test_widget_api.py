"""The widget's server side: its files and their caching, configuration, live updates
(Server-Sent Events) and the privacy notice."""

from __future__ import annotations

import gzip
from collections.abc import Callable

import orjson
import pytest
from fastapi.testclient import TestClient

from palabre.web.widget.assets import bundle
from tests.functional.conftest import post

BUDGET = 30 * 1024


def events(text: str) -> list[dict[str, str]]:
    found = []
    for block in text.split("\n\n"):
        fields: dict[str, str] = {}
        for line in block.splitlines():
            if line and not line.startswith(":") and ":" in line:
                name, _, value = line.partition(":")
                fields[name] = value.removeprefix(" ")
        if "event" in fields:
            found.append(fields)
    return found


@pytest.fixture
def live(make_client: Callable[..., TestClient]) -> TestClient:
    # Streams end quickly here so that a test can read one whole.
    return make_client(live_stream_seconds=0.6, live_poll_seconds=0.1)


def test_script_and_style_stay_under_30_kb_gzipped(client: TestClient) -> None:
    h = bundle().hash
    total = 0
    for name in ("widget.js", "widget.css"):
        body = client.get(f"/widget/{h}/{name}").content
        total += len(gzip.compress(body, compresslevel=9))
    loader = len(gzip.compress(client.get("/embed.js").content, compresslevel=9))
    assert total + loader < BUDGET, f"{total + loader} bytes gzipped"


def test_loader_is_short_lived_and_the_bundle_immutable(client: TestClient) -> None:
    loader = client.get("/embed.js")
    assert loader.headers["cache-control"] == "public, max-age=300"
    assert f"/widget/{bundle().hash}/" in loader.text
    for name in ("widget.js", "widget.css", "i18n/fr.json"):
        r = client.get(f"/widget/{bundle().hash}/{name}")
        assert r.status_code == 200
        assert r.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert r.headers["access-control-allow-origin"] == "*"
    # A page still holding the previous loader gets the files, but nobody keeps them.
    stale = client.get("/widget/0123456789ab/widget.js")
    assert stale.status_code == 200
    assert stale.headers["cache-control"] == "no-cache"


def test_catalogs_carry_every_string_and_both_plural_forms(client: TestClient) -> None:
    fr = client.get(f"/widget/{bundle().hash}/i18n/fr.json").json()
    en = client.get(f"/widget/{bundle().hash}/i18n/en.json").json()
    assert fr["messages"]["0 Comments"] == "0 Commentaires"
    assert fr["plurals"]["{n} Comment"] == ["{n} Commentaire", "{n} Commentaires"]
    assert fr["plurals"]["{n} new comment"] == [
        "{n} nouveau commentaire",
        "{n} nouveaux commentaires",
    ]
    assert fr["messages"]["Show all comments"] == "Afficher tous les commentaires"
    assert fr["messages"]["Inline comments"] == "Commentaires en ligne"
    assert en["plurals"]["{n} Comment"] == ["{n} Comment", "{n} Comments"]
    assert set(fr["messages"]) == set(en["messages"])


def test_config_names_the_site_and_the_features(client: TestClient) -> None:
    state = client.app.state.palabre  # type: ignore[attr-defined]
    state.features.add("subscriptions")
    body = client.get("/api/v1/config?site=default").json()
    assert body["site"] == {
        "id": "default",
        "name": "Test",
        "language": "fr",
        "require_email": False,
        "max_depth": 5,
        "edit_window_seconds": 900,
        "moderation_mode": "auto",
    }
    assert body["features"] == sorted(state.features)
    assert "subscriptions" in body["features"]
    assert client.get("/api/v1/config?site=nope").json()["error"]["code"] == "site_not_found"


def test_origin_check_says_which_sites_allow_an_origin(client: TestClient) -> None:
    state = client.app.state.palabre  # type: ignore[attr-defined]
    state.sites.update("default", origins=("https://journal.example",))
    ok = client.get("/widget/origin-check?origin=https://journal.example").json()
    assert ok["allowed_for"] == ["default"]
    assert (
        client.get("/widget/origin-check?origin=https://evil.example").json()["allowed_for"] == []
    )


def _version(client: TestClient, thread: str) -> int:
    state = client.app.state.palabre  # type: ignore[attr-defined]
    found = state.reading.thread(state.sites.get("default"), thread)
    return int(found.version)


def _comments(got: list[dict[str, str]]) -> list[tuple[int, str]]:
    return [(int(e["id"]), orjson.loads(e["data"])["html"]) for e in got if e["event"] == "comment"]


def test_a_fresh_stream_starts_from_now(live: TestClient) -> None:
    post(live, "a1", text="Déjà là avant.")
    got = events(live.get("/api/v1/threads/a1/events").text)
    assert got[0]["event"] == "ready"
    assert got[0]["id"] == str(_version(live, "a1"))
    assert [e for e in got if e["event"] == "comment"] == []


def test_reconnecting_resumes_after_the_last_event_without_repeats(live: TestClient) -> None:
    for word in ("un", "deux", "trois"):
        post(live, "a1", text=f"Avis {word}.")
    pending = post(live, "a1", text="Un lien https://a.example https://b.example https://c.example")
    assert pending.json()["comment"]["status"] == "pending"
    everything = _comments(events(live.get("/api/v1/threads/a1/events?after=0").text))
    assert [html for _, html in everything] == [
        f"<p>Avis {w}.</p>" for w in ("un", "deux", "trois")
    ]
    versions = [v for v, _ in everything]
    assert versions == sorted(versions)
    got = events(
        live.get("/api/v1/threads/a1/events", headers={"Last-Event-ID": str(versions[0])}).text
    )
    assert _comments(got) == everything[1:]
    # The widget's own reconnects pass ?after= (a new EventSource sends no Last-Event-ID).
    got = events(live.get(f"/api/v1/threads/a1/events?after={versions[1]}").text)
    assert _comments(got) == everything[2:]
    # The browser's own reconnects keep the URL and add Last-Event-ID, which wins: the
    # URL's after may predate a fresh start.
    got = events(
        live.get(
            f"/api/v1/threads/a1/events?after={versions[1]}",
            headers={"Last-Event-ID": str(versions[0])},
        ).text
    )
    assert _comments(got) == everything[1:]


def test_stream_sends_comments_posted_while_it_is_open(live: TestClient) -> None:
    import threading

    post(live, "a2", text="Le premier.")
    since = _version(live, "a2")
    timer = threading.Timer(0.2, lambda: post(live, "a2", text="Arrivé pendant le flux."))
    timer.start()
    got = events(live.get(f"/api/v1/threads/a2/events?after={since}").text)
    timer.join()
    assert [html for _, html in _comments(got)] == ["<p>Arrivé pendant le flux.</p>"]


def test_a_held_comment_approved_later_reaches_open_streams(live: TestClient) -> None:
    """Its id is older than comments the reader already has: it is sent all the same."""
    import threading

    from palabre.domain.comments import CommentStatus
    from palabre.services.visibility import change_status
    from palabre.storage.sql.repositories import CommentRepository

    held = post(live, "a3", text="Un lien https://a.example https://b.example https://c.example")
    held_id = held.json()["comment"]["id"]
    assert held.json()["comment"]["status"] == "pending"
    post(live, "a3", text="Publié après.")
    since = _version(live, "a3")
    state = live.app.state.palabre  # type: ignore[attr-defined]

    def approve() -> None:
        with state.db.write() as conn:
            row = CommentRepository(conn).get_row(held_id)
            change_status(conn, row, CommentStatus.PUBLISHED, site_id="default")

    timer = threading.Timer(0.2, approve)
    timer.start()
    got = events(live.get(f"/api/v1/threads/a3/events?after={since}").text)
    timer.join()
    comments = [orjson.loads(e["data"]) for e in got if e["event"] == "comment"]
    assert [c["id"] for c in comments] == [held_id]
    # A reader who reconnects from before the approval gets it once, and nothing more.
    again = events(live.get(f"/api/v1/threads/a3/events?after={since}").text)
    assert [orjson.loads(e["data"])["id"] for e in again if e["event"] == "comment"] == [held_id]


def test_a_page_tells_the_version_a_stream_resumes_from(live: TestClient) -> None:
    post(live, "a4", text="Avant la page.")
    page = live.get("/api/v1/threads/a4/comments").json()
    assert page["thread"]["version"] == _version(live, "a4")
    post(live, "a4", text="Entre la page et le flux.")
    got = events(live.get(f"/api/v1/threads/a4/events?after={page['thread']['version']}").text)
    assert [html for _, html in _comments(got)] == ["<p>Entre la page et le flux.</p>"]


def test_an_id_this_thread_never_reached_starts_a_fresh_stream(live: TestClient) -> None:
    """A tab opened before event ids were thread versions resumes with a comment id."""
    post(live, "a5", text="Déjà là.")
    got = events(live.get("/api/v1/threads/a5/events", headers={"Last-Event-ID": "987654"}).text)
    assert got[0] == {"id": str(_version(live, "a5")), "event": "ready", "data": "{}"}
    assert _comments(got) == []


def test_stream_of_a_thread_without_comments_yet(live: TestClient) -> None:
    got = events(live.get("/api/v1/threads/nouveau/events").text)
    assert got[0] == {"id": "0", "event": "ready", "data": "{}"}


@pytest.mark.parametrize(
    ("lang", "title"), [("fr", "Comment les données"), ("en", "How your comment data")]
)
def test_privacy_notice(client: TestClient, lang: str, title: str) -> None:
    r = client.get(f"/privacy?site=default&lang={lang}")
    assert r.status_code == 200
    assert f"<title>{title}" in r.text
    assert f'<html lang="{lang}">' in r.text
    assert ("tiers" if lang == "fr" else "third parties") in r.text
    assert "15 minutes" in r.text
    assert "Akismet" not in r.text


def test_privacy_notice_names_what_leaves_the_server(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(
        akismet_enabled=True,
        akismet_key="k",
        moderation_webhook_url="https://moderation.example/check",
        moderation_webhook_secret="s",
    )
    page = client.get("/privacy?site=default&lang=fr").text
    assert "Ce qui quitte ce serveur" in page
    assert "Akismet (Automattic), qui reçoit le texte du commentaire" in page
    assert "moderation.example, qui reçoit" in page
    assert "Rien n’est envoyé à des tiers" not in page
    english = client.get("/privacy?site=default&lang=en").text
    assert "What leaves this server" in english and "the IP address" in english


def test_edits_and_removals_reach_open_streams(live: TestClient) -> None:
    """An author's edit comes as ``edit`` with the new text; their deletion, and an
    editor's rejection, as ``remove`` with no text: the words are no longer public."""
    from palabre.domain.comments import CommentStatus
    from palabre.services.visibility import change_status
    from palabre.storage.sql.repositories import CommentRepository

    mine = post(live, "a6", text="Première version.").json()
    other = post(live, "a6", text="Un avis que la rédaction retirera.").json()
    since = _version(live, "a6")
    token, mine_id = mine["edit_token"], mine["comment"]["id"]
    edited = live.patch(
        f"/api/v1/comments/{mine_id}", json={"text": "Version corrigée.", "edit_token": token}
    )
    assert edited.status_code == 200, edited.text
    got = [e for e in events(live.get(f"/api/v1/threads/a6/events?after={since}").text)
           if e["event"] != "ready"]  # fmt: skip
    assert [e["event"] for e in got] == ["edit"]
    assert orjson.loads(got[0]["data"])["html"] == "<p>Version corrigée.</p>"
    # Nothing about it counts as new: a page that had it changes its text in place.
    assert orjson.loads(got[0]["data"])["id"] == mine_id

    state = live.app.state.palabre  # type: ignore[attr-defined]
    with state.db.write() as conn:
        row = CommentRepository(conn).get_row(other["comment"]["id"])
        change_status(conn, row, CommentStatus.REJECTED, site_id="default")
    deleted = live.request("DELETE", f"/api/v1/comments/{mine_id}", json={"edit_token": token})
    assert deleted.status_code in (200, 204), deleted.text
    got = [e for e in events(live.get(f"/api/v1/threads/a6/events?after={since}").text)
           if e["event"] != "ready"]  # fmt: skip
    # Each comment once, as it last changed, in the order of the changes.
    assert [e["event"] for e in got] == ["remove", "remove"]
    assert [orjson.loads(e["data"]) for e in got] == [
        {"id": other["comment"]["id"], "status": "rejected", "listed": False},
        {"id": mine_id, "status": "deleted", "listed": False},
    ]
    assert [int(e["id"]) for e in got] == sorted(int(e["id"]) for e in got)
    assert live.get("/api/v1/threads/a6/comments").json()["thread"]["published_count"] == 0
