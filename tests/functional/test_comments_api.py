"""The comment life cycle through the JSON API."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.functional.conftest import post


def test_post_then_read_thread(client: TestClient) -> None:
    r = post(client, text="Bonjour *tout* le monde", thread_title="Tramway")
    assert r.status_code == 201
    body = r.json()
    assert body["comment"]["status"] == "published"
    assert body["comment"]["html"] == "<p>Bonjour <em>tout</em> le monde</p>"
    assert body["edit_token"]
    assert body["moderation"]["message_code"] == "moderation.published"
    page = client.get("/api/v1/threads/article-1/comments").json()
    assert page["thread"]["title"] == "Tramway"
    assert page["thread"]["published_count"] == 1
    assert [c["id"] for c in page["comments"]] == [body["comment"]["id"]]
    assert "author_email" not in page["comments"][0]["author"]


def test_replies_carry_parent_and_counts(client: TestClient) -> None:
    root = post(client).json()["comment"]["id"]
    reply = post(client, text="Réponse", parent_id=root).json()["comment"]
    assert reply["parent_id"] == root and reply["depth"] == 1
    comments = client.get("/api/v1/threads/article-1/comments").json()["comments"]
    assert [c["id"] for c in comments] == [root, reply["id"]]
    assert comments[0]["reply_count"] == 1


def test_reply_beyond_max_depth_attaches_to_deepest_ancestor(client: TestClient) -> None:
    parent = None
    ids = []
    for i in range(7):
        r = post(client, text=f"niveau {i}", parent_id=parent).json()["comment"]
        ids.append(r["id"])
        parent = r["id"]
    comments = {
        c["id"]: c for c in client.get("/api/v1/threads/article-1/comments").json()["comments"]
    }
    assert comments[ids[5]]["depth"] == 5
    deep = comments[ids[6]]
    assert deep["depth"] == 5
    assert deep["parent_id"] == ids[4]
    assert deep["reply_to_id"] == ids[5]


def test_edit_and_delete_with_token(client: TestClient) -> None:
    created = post(client).json()
    cid, token = created["comment"]["id"], created["edit_token"]
    r = client.patch(
        f"/api/v1/comments/{cid}", json={"text": "Corrigé **ici**", "edit_token": token}
    )
    assert r.status_code == 200
    assert r.json()["comment"]["html"] == "<p>Corrigé <strong>ici</strong></p>"
    assert r.json()["comment"]["edited_at"]
    wrong = client.patch(f"/api/v1/comments/{cid}", json={"text": "x", "edit_token": "nope"})
    assert wrong.status_code == 403 and wrong.json()["error"]["code"] == "edit_token_invalid"
    assert (
        client.request("DELETE", f"/api/v1/comments/{cid}", json={"edit_token": token}).status_code
        == 204
    )
    page = client.get("/api/v1/threads/article-1/comments").json()
    assert page["comments"] == [] and page["thread"]["published_count"] == 0


def test_deleted_comment_with_replies_stays_as_placeholder(client: TestClient) -> None:
    created = post(client).json()
    post(client, text="Réponse", parent_id=created["comment"]["id"])
    client.request(
        "DELETE",
        f"/api/v1/comments/{created['comment']['id']}",
        json={"edit_token": created["edit_token"]},
    )
    comments = client.get("/api/v1/threads/article-1/comments").json()["comments"]
    assert comments[0]["status"] == "deleted" and comments[0]["html"] == ""
    assert comments[0]["author"]["name"] == ""
    assert comments[1]["parent_id"] == comments[0]["id"]


def test_edit_window_expires(make_client) -> None:  # type: ignore[no-untyped-def]
    client = make_client()
    created = post(client).json()
    state = client.app.state.palabre
    from datetime import timedelta

    real = state.posting.clock
    state.posting.clock = lambda: real() + timedelta(minutes=16)
    r = client.patch(
        f"/api/v1/comments/{created['comment']['id']}",
        json={"text": "trop tard", "edit_token": created["edit_token"]},
    )
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "edit_window_expired"


def test_votes_one_per_reader(client: TestClient) -> None:
    cid = post(client).json()["comment"]["id"]
    v = {"voter": "reader-aaaaaaaa"}
    assert client.post(f"/api/v1/comments/{cid}/vote", json={"value": 1, **v}).json()["score"] == 1
    assert client.post(f"/api/v1/comments/{cid}/vote", json={"value": 1, **v}).json()["score"] == 1
    r = client.post(f"/api/v1/comments/{cid}/vote", json={"value": -1, **v}).json()
    assert (r["upvotes"], r["downvotes"], r["my_vote"]) == (0, 1, -1)
    other = client.post(
        f"/api/v1/comments/{cid}/vote", json={"value": 1, "voter": "reader-bbbbbbbb"}
    )
    assert other.json()["score"] == 0
    assert client.post(f"/api/v1/comments/{cid}/vote", json={"value": 0, **v}).json()["score"] == 1


def test_sort_top_and_pagination(client: TestClient) -> None:
    ids = [post(client, text=f"commentaire {i}").json()["comment"]["id"] for i in range(5)]
    for n, cid in enumerate(ids):
        for voter in range(n):
            client.post(
                f"/api/v1/comments/{cid}/vote", json={"value": 1, "voter": f"voter-{voter:08d}"}
            )
    top = client.get("/api/v1/threads/article-1/comments?sort=top&limit=2").json()
    assert [c["id"] for c in top["comments"]] == [ids[4], ids[3]]
    rest = client.get(
        f"/api/v1/threads/article-1/comments?sort=top&limit=10&cursor={top['next_cursor']}"
    ).json()
    assert [c["id"] for c in rest["comments"]] == [ids[2], ids[1], ids[0]]
    assert rest["next_cursor"] is None
    newest = client.get("/api/v1/threads/article-1/comments?sort=newest").json()
    assert [c["id"] for c in newest["comments"]] == ids[::-1]


def test_counts_for_many_threads(client: TestClient) -> None:
    post(client, thread="a")
    post(client, thread="a", text="autre")
    post(
        client,
        thread="b",
        text="Sur ce passage",
        anchor={"exact": "le viaduc", "prefix": "sur ", "suffix": " de"},
    )
    r = client.get("/api/v1/counts?thread=a&thread=b&thread=c").json()["counts"]
    assert r == {
        "a": {"published": 2, "inline": 0},
        "b": {"published": 1, "inline": 1},
        "c": {"published": 0, "inline": 0},
    }


def test_a_remembered_counts_answer_follows_new_comments(client: TestClient) -> None:
    """The same question is answered from memory until the database changes: a comment
    posted in between shows in the next answer, on SQLite and PostgreSQL alike."""
    query = "/api/v1/counts?thread=a&thread=z"
    post(client, thread="a")
    first = client.get(query).json()["counts"]
    assert client.get(query).json()["counts"] == first == {
        "a": {"published": 1, "inline": 0},
        "z": {"published": 0, "inline": 0},
    }
    post(client, thread="z", text="Un autre article")
    assert client.get(query).json()["counts"]["z"] == {"published": 1, "inline": 0}


def test_etag_gives_304_until_the_thread_changes(client: TestClient) -> None:
    post(client)
    first = client.get("/api/v1/threads/article-1/comments")
    etag = first.headers["etag"]
    again = client.get("/api/v1/threads/article-1/comments", headers={"If-None-Match": etag})
    assert again.status_code == 304
    post(client, text="nouveau")
    changed = client.get("/api/v1/threads/article-1/comments", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and len(changed.json()["comments"]) == 2


def test_thread_keys_that_are_urls(client: TestClient) -> None:
    key = "https%3A%2F%2Fjournal.example%2F2026%2F11%2Ftram"
    assert post(client, thread=key).status_code == 201
    r = client.get("/api/v1/counts?thread=https://journal.example/2026/11/tram").json()
    assert r["counts"]["https://journal.example/2026/11/tram"]["published"] == 1


def test_openapi_describes_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    assert "/api/v1/threads/{thread}/comments" in paths
    assert {"get", "post"} <= set(paths["/api/v1/threads/{thread}/comments"])
    assert {"patch", "delete"} <= set(paths["/api/v1/comments/{comment_id}"])
    assert "/api/v1/counts" in paths and "/api/v1/comments/{comment_id}/vote" in paths
