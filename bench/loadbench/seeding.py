"""Load the same comments into Palabre and Isso through their HTTP APIs."""

from __future__ import annotations

import json
import secrets
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import dataset
from .processes import BenchError
from .systems import UNIQUE, Running, isso_uri


def request(
    method: str, url: str, body: Any = None, headers: dict[str, str] | None = None
) -> tuple[int, bytes]:
    """Send one request; return its status and body, whatever the status."""
    data = None if body is None else json.dumps(body, ensure_ascii=False).encode()
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def _post(url: str, payload: dict[str, Any], system: str) -> dict[str, Any]:
    status, raw = request("POST", url, payload)
    if status not in (200, 201, 202):
        raise BenchError(f"seeding {system}: POST {url} answered {status}: {raw[:500]!r}")
    answer: dict[str, Any] = json.loads(raw)
    return answer


def _seed(post_one: Callable[[dataset.SeedComment, Any, bool], Any]) -> int:
    """Post every comment in order; replies get the id their parent received."""
    ids: dict[tuple[str, int], Any] = {}
    position: dict[str, int] = {}
    for comment in dataset.seed_comments():
        index = position.get(comment.thread, 0)
        position[comment.thread] = index + 1
        parent_id = None if comment.parent is None else ids[(comment.thread, comment.parent)]
        ids[(comment.thread, index)] = post_one(comment, parent_id, index == 0)
    return len(ids)


@dataclass
class Held:
    """A seed comment Palabre's moderation held; the bench approved it as an editor would."""

    thread: str
    reason: str
    text: str


def seed_palabre(target: Running, held: list[Held]) -> int:
    """Post every seed comment; approve (and list in held) those the moderation holds."""

    def post_one(comment: dataset.SeedComment, parent_id: Any, first: bool) -> Any:
        payload: dict[str, Any] = {
            "text": comment.text,
            "author_name": comment.author,
            "author_email": comment.email,
        }
        if first:
            payload["thread_title"] = dataset.thread_title(comment.thread)
            payload["thread_url"] = f"https://journal.example.fr/{comment.thread}"
        if parent_id is not None:
            payload["parent_id"] = parent_id
        url = target.url(f"/api/v1/threads/{urllib.parse.quote(comment.thread)}/comments")
        answer = _post(url, payload, "Palabre")
        comment_id = answer["comment"]["id"]
        status = answer["comment"].get("status", "published")
        if status != "published":
            # Replies need a published parent, so approve now, not after the seeding.
            _approve(target, comment_id, status)
            reason = answer.get("moderation", {}).get("message_code") or status
            held.append(Held(comment.thread, str(reason), comment.text))
        return comment_id

    return _seed(post_one)


def _approve(target: Running, comment_id: Any, status: str) -> None:
    if not target.admin_token:
        raise BenchError(f"seeding Palabre: a comment came back {status!r}, not published")
    url = target.url(f"/api/v1/moderation/comments/{comment_id}/approve")
    code, raw = request(
        "POST", url, {"note": "bench seed"}, {"Authorization": f"Bearer {target.admin_token}"}
    )
    if code != 200:
        raise BenchError(f"seeding Palabre: approving {comment_id} answered {code}: {raw[:300]!r}")


def seed_isso(target: Running) -> int:
    def post_one(comment: dataset.SeedComment, parent_id: Any, first: bool) -> Any:
        payload: dict[str, Any] = {
            "text": comment.text,
            "author": comment.author,
            "email": comment.email,
            "parent": parent_id,
        }
        if first:  # else Isso fetches the page to read its title
            payload["title"] = dataset.thread_title(comment.thread)
        uri = urllib.parse.quote(isso_uri(comment.thread), safe="")
        return _post(target.url(f"/new?uri={uri}"), payload, "Isso")["id"]

    return _seed(post_one)


def fetch(target: Running, path: str, body: bytes | None = None) -> bytes:
    """GET path (POST body when given) and demand a 200."""
    req = urllib.request.Request(target.url(path), data=body, method="POST" if body else "GET")
    if body is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            data: bytes = resp.read()
            return data
    except urllib.error.HTTPError as err:
        detail = err.read()[:300]
        raise BenchError(f"{target.name}: {path} answered {err.code}: {detail!r}") from err


def count_thread_comments(target: Running, raw: bytes) -> int:
    """How many comments the big-thread response holds (Isso nests replies)."""
    doc = json.loads(raw)
    if target.name == "Isso":
        return sum(1 + len(c.get("replies", [])) for c in doc["replies"])
    for key in ("comments", "items", "data"):
        if isinstance(doc.get(key), list):
            return len(doc[key])
    raise BenchError(f"Palabre's thread page has no comment list: keys {sorted(doc)}")


def palabre_counts_ok(raw: bytes) -> bool:
    counts = json.loads(raw).get("counts", {})
    published = counts.get(dataset.BIG_THREAD, {}).get("published")
    return bool(published == dataset.BIG_THREAD_COMMENTS)


def isso_counts_ok(raw: bytes) -> bool:
    counts = json.loads(raw)
    return isinstance(counts, list) and counts[:1] == [dataset.BIG_THREAD_COMMENTS]


def probe_post(target: Running) -> str:
    """Post the load body once and return the status it gets: held posts do less work."""
    nonce = "".join(secrets.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))
    payload = json.loads(target.post_template.replace(UNIQUE, "sonde" + nonce))
    code, raw = request("POST", target.url(target.post_path), payload)
    try:
        answer = json.loads(raw)
    except json.JSONDecodeError:
        return f"HTTP {code}"
    if target.name == "Isso":
        return {1: "published", 2: "pending"}.get(answer.get("mode"), f"HTTP {code}")
    return str(answer.get("comment", {}).get("status", f"HTTP {code}"))
