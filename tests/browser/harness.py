"""A real Palabre server and a publisher's page on another origin, for the browser tests,
the screenshots script and the widget benchmark.

Palabre runs under uvicorn in a subprocess on loopback with a temporary SQLite file. The
publisher's page is served by a small HTTP server on another port: ``127.0.0.1:<port>``
is an allowed origin, ``localhost:<port>`` (same server, another origin) is not.
"""

from __future__ import annotations

import contextlib
import html
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from palabre.domain.sites import Language, ModerationMode, Site
from palabre.services.sites import SiteDirectory
from palabre.storage.migrate import upgrade
from palabre.storage.sql.database import Database
from palabre.storage.sql.engines import make_engine

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# A publisher's stylesheet at its worst: none of it may reach the widget.
HOSTILE_CSS = """
* { font-family: "Comic Sans MS", cursive !important; letter-spacing: 2px !important; }
div, section, form, button, input, textarea, ol, li, h2, h3 { color: #f0f !important;
  background: #ff0 !important; border: 4px dashed #0f0 !important; font-size: 34px !important;
  text-transform: uppercase !important; visibility: hidden; line-height: 3 !important; }
#palabre { display: inline !important; padding: 40px !important; transform: rotate(1deg); }
button { display: none !important; }
"""

ARTICLE = [
    "La commune a voté mardi soir le réaménagement complet du front de mer, un projet "
    "attendu depuis une dizaine d'années par les habitants du quartier des Dunes.",
    "Le chantier commencera au printemps et durera dix-huit mois. Les travaux seront menés "
    "par tranches afin que la promenade reste ouverte aux piétons pendant toute la saison.",
    "Plusieurs associations regrettent toutefois que les pistes cyclables ne soient pas "
    "séparées de la chaussée sur toute la longueur du boulevard maritime.",
    "Le maire a promis une réunion publique en janvier pour présenter les plans détaillés et "
    "recueillir les remarques des riverains avant le lancement des appels d'offres.",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Servers:
    api: str
    host_port: int
    db_url: str
    data_dir: Path

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.host_port}"

    @property
    def other_origin(self) -> str:
        return f"http://localhost:{self.host_port}"

    def page(self, thread: str, *, origin: str | None = None, **params: str) -> str:
        query = "&".join(f"{k}={v}" for k, v in {"thread": thread, **params}.items())
        return f"{origin or self.origin}/article?{query}"

    def sites(self) -> SiteDirectory:
        return SiteDirectory(Database(self.db_url), default_id="default", ttl=0)


def host_page(api: str, q: dict[str, str]) -> str:
    """An article page on a publisher's site, with the two lines of the embed."""
    lang = q.get("page_lang", "fr")
    attrs = f'data-thread="{html.escape(q["thread"])}"'
    for name in ("site", "lang", "title", "theme"):
        if name in q:
            attrs += f' data-{name}="{html.escape(q[name])}"'
    attrs += ' data-article-selector="#article-body"'
    paragraphs = list(ARTICLE)
    if q.get("edited"):
        # The newsroom fixed a typo and added a sentence: anchors must survive.
        paragraphs[1] = paragraphs[1].replace("dix-huit mois", "dix-huit mois environ")
        paragraphs.insert(0, "Mise à jour : précisions sur le calendrier des travaux.")
    css = "" if q.get("plain") else f"<style>{HOSTILE_CSS}</style>"
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Front de mer : le grand chantier est lancé</title>{css}
<style>body {{ max-width: 42rem; margin: 0 auto; padding: 1rem;
  font: 18px/1.6 Georgia, serif; }}</style>
</head><body>
<article id="article-body"><h1>Front de mer : le grand chantier est lancé</h1>
{body}</article>
<div id="palabre" {attrs}></div>
<script src="{api}/embed.js" async></script>
</body></html>"""


class _HostHandler(BaseHTTPRequestHandler):
    api = ""

    def do_GET(self) -> None:
        url = urlparse(self.path)
        if url.path != "/article":
            self.send_error(404)
            return
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        body = host_page(self.api, q).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def prepare_database(data_dir: Path, origin: str) -> str:
    url = f"sqlite:///{data_dir / 'palabre.db'}"
    engine = make_engine(url, pooled=False)
    upgrade(engine)
    engine.dispose()
    db = Database(url)
    sites = SiteDirectory(db, default_id="default", ttl=0)
    # Only the default site lists the page's origin, so that the origin names one site;
    # the others (no origins) accept writes from any page the CORS policy lets through.
    sites.add(
        Site(
            id="default",
            name="Le Quotidien du Littoral",
            origins=(origin,),
            moderation_mode=ModerationMode.POST,
        )
    )
    post = ModerationMode.POST
    sites.add(Site(id="en", name="The Coastal Daily", language=Language.EN, moderation_mode=post))
    sites.add(
        Site(id="short", name="Short edit window", edit_window_seconds=2, moderation_mode=post)
    )
    sites.add(Site(id="pre", name="Pre-moderated", moderation_mode=ModerationMode.PRE))
    db.dispose()
    return url


@contextlib.contextmanager
def running_servers(data_dir: Path, *, stream_seconds: float = 600.0) -> Iterator[Servers]:
    """Palabre on one port, the publisher's page on another, both until the block ends."""
    host_port, api_port = free_port(), free_port()
    origin = f"http://127.0.0.1:{host_port}"
    db_url = prepare_database(data_dir, origin)
    env = {
        **os.environ,
        "PALABRE_DATABASE_URL": db_url,
        "PALABRE_DATA_DIR": str(data_dir),
        "PALABRE_SECRET_KEY": "browser-tests-secret-key-0123456789",
        "PALABRE_MIN_SUBMIT_SECONDS": "0",
        "PALABRE_RATE_LIMIT_PER_IP": "0",
        "PALABRE_RATE_LIMIT_PER_EMAIL": "0",
        "PALABRE_VOTE_RATE_LIMIT_PER_IP": "0",
        "PALABRE_LIVE_POLL_SECONDS": "0.25",
        "PALABRE_LIVE_STREAM_SECONDS": str(stream_seconds),
        "PALABRE_LOG_LEVEL": "warning",
    }
    log = (data_dir / "server.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "palabre.web.app:app_from_environment",
            "--host",
            "127.0.0.1",
            "--port",
            str(api_port),
            "--log-level",
            "warning",
            "--timeout-graceful-shutdown",
            "1",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    api = f"http://127.0.0.1:{api_port}"
    handler = type("Handler", (_HostHandler,), {"api": api})
    host = ThreadingHTTPServer(("", host_port), handler)
    threading.Thread(target=host.serve_forever, daemon=True).start()
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{api}/embed.js", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        "Palabre did not start: " + (data_dir / "server.log").read_text()[-2000:]
                    ) from None
                time.sleep(0.2)
        yield Servers(api=api, host_port=host_port, db_url=db_url, data_dir=data_dir)
    finally:
        host.shutdown()
        host.server_close()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        log.close()


def chromium_missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not Path(CHROMIUM).exists():
        return f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed"
    return None
