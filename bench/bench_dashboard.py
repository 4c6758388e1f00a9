"""Dashboard speed: the queue with 10,000 held comments, and a bulk action on 500.

    .venv/bin/python bench/bench_dashboard.py [--db sqlite|postgresql+psycopg://...]

Seeds a fresh database in a temporary folder (or the PostgreSQL URL given), then times
the server side through the app (TestClient: no network, the handler's own time).
Prints a markdown block and puts it in bench/RESULTS.md (``--no-write``: print only).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from fastapi.testclient import TestClient
from loadbench.sections import write_section
from sqlalchemy import insert

from palabre.services.staff import Role, StaffService
from palabre.settings import Settings
from palabre.storage.migrate import ensure_default_site, upgrade
from palabre.storage.sql.engines import make_engine
from palabre.storage.sql.schema import comments, decisions, threads
from palabre.web.app import create_app

HELD = 10_000
BULK = 500


def seed(url: str) -> None:
    engine = make_engine(url, pooled=False)
    upgrade(engine)
    ensure_default_site(engine, site_id="default", name="Bench", language="fr", origins=[])
    now = datetime.now(UTC)
    record = {
        "action": "hold",
        "categories": ["insult"],
        "scores": {"insult": 0.71},
        "checks": [
            {
                "check": "insult",
                "action": "hold",
                "category": "insult",
                "score": 0.71,
                "evidence": [{"signal": "lexicon", "span": [0, 5]}],
            }
        ],
        "policy_version": "fr-1",
        "model_versions": {"toxicity": "1"},
    }
    with engine.begin() as conn:
        ids = []
        for t in range(100):
            r = conn.execute(
                insert(threads)
                .values(
                    site_id="default",
                    key=f"a{t}",
                    title=f"Article {t}",
                    url="",
                    status="open",
                    created_at=now,
                    version=1,
                    published_count=0,
                    inline_count=0,
                )
                .returning(threads.c.id)
            )
            ids.append(r.scalar_one())
        rows = [
            dict(
                thread_id=ids[i % 100],
                depth=0,
                status="pending",
                author_kind="guest",
                author_name=f"Lecteur {i % 700}",
                email_hash=f"{i % 700:032x}",
                ip_hash=f"{i % 300:032x}",
                body_markdown=f"Idiot, commentaire {i} à relire.",
                body_html=f"<p>Idiot, commentaire {i} à relire.</p>",
                body_fingerprint=f"{i:032x}",
                upvotes=0,
                downvotes=0,
                score=0,
                reply_count=0,
                featured=False,
                listed=False,
                created_at=now,
            )
            for i in range(HELD)
        ]
        conn.execute(insert(comments), rows)
        conn.execute(
            insert(decisions),
            [
                dict(
                    comment_id=i + 1,
                    actor="engine",
                    action="hold",
                    status="pending",
                    record=record,
                    policy_version="fr-1",
                    created_at=now,
                )
                for i in range(HELD)
            ],
        )
    engine.dispose()


def timed(fn, n: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="sqlite")
    parser.add_argument("--no-write", action="store_true", help="print only, keep RESULTS.md")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="palabre-bench-"))
    url = f"sqlite:///{tmp / 'bench.db'}" if args.db == "sqlite" else args.db
    seed(url)
    settings = Settings(data_dir=tmp, database_url=url, secret_key="bench-secret-key")  # type: ignore[call-arg]
    app = create_app(settings)
    with TestClient(app) as client:
        StaffService(app.state.palabre.db).add(
            "bench@example.org", "Bench", "bench-password", Role.ADMIN
        )
        token = app.state.palabre_admin.staff.new_api_token("bench@example.org")
        h = {"Authorization": f"Bearer {token}"}
        client.get("/api/v1/moderation/queue", headers=h)
        api = timed(
            lambda: client.get("/api/v1/moderation/queue", headers=h).raise_for_status(), 20
        )
        ids = [
            c["id"] for c in client.get("/api/v1/moderation/queue", headers=h).json()["comments"]
        ]
        assert len(ids) == settings.admin_queue_page_size
        member = app.state.palabre_admin.staff.by_email("bench@example.org")
        from palabre.storage.sql.queue import QueueFilter

        svc = app.state.palabre_admin.moderation
        session = app.state.palabre_admin.staff.login(
            "bench@example.org", "bench-password", ip_hash=None
        )
        client.cookies.set("palabre_admin", session.token)
        # The first page after start compiles the templates: reported on its own.
        first_html = timed(lambda: client.get("/admin").raise_for_status(), 1)[0]
        html = timed(lambda: client.get("/admin").raise_for_status(), 20)
        page = timed(lambda: svc.queue(member, QueueFilter()), 20)
        bulks = []
        for round_ in range(3):
            batch = list(range(1 + round_ * BULK, 1 + (round_ + 1) * BULK))
            start = time.perf_counter()
            res = client.post(
                "/api/v1/moderation/bulk", headers=h, json={"ids": batch, "action": "approve"}
            )
            bulks.append((time.perf_counter() - start) * 1000)
            assert res.status_code == 200 and len(res.json()["changed"]) == BULK, res.text
    db = "SQLite" if url.startswith("sqlite") else "PostgreSQL"
    block = f"""
### Dashboard ({db}, {HELD:,} held comments, page of {settings.admin_queue_page_size})

| measure | median | max | target |
|---|---|---|---|
| queue page, service (queries + cards) | {statistics.median(page):.1f} ms | {max(page):.1f} ms | < 300 ms |
| queue page, `GET /api/v1/moderation/queue` in-process | {statistics.median(api):.1f} ms | {max(api):.1f} ms | < 300 ms |
| queue page, dashboard HTML `GET /admin` in-process | {statistics.median(html):.1f} ms | {max(html):.1f} ms | < 300 ms |
| the same, first request after start (templates compiled) | {first_html:.1f} ms | | < 300 ms |
| bulk approve of {BULK} comments (`POST /api/v1/moderation/bulk`) | {statistics.median(bulks):.0f} ms | {max(bulks):.0f} ms | < 2,000 ms |

Command: `.venv/bin/python bench/bench_dashboard.py --db {args.db if args.db == "sqlite" else "POSTGRES_URL"}`
"""
    print(block)
    if not args.no_write:
        write_section("dashboard" if args.db == "sqlite" else "dashboard-postgresql", block)


if __name__ == "__main__":
    main()
