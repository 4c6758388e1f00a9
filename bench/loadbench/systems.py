"""How each measured system is installed, configured, started and addressed.

Palabre runs the way its README tells a user to (``palabre serve``), Isso the way its
deployment guide does (gunicorn, ``--preload isso.run``, 2 workers), and nginx serves
Palabre's own JSON for the big thread as a static file.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from . import dataset
from .processes import BenchError, Server, free_port, output_of, run_checked, start, wait_http

BENCH_DIR = Path(__file__).resolve().parent.parent
ISSO_VENV = BENCH_DIR / ".venv-isso"
ISSO_REQUIREMENTS = BENCH_DIR / "requirements-isso.txt"
ISSO_WORKERS = 2
UNIQUE = "@@UNIQUE@@"  # replaced per request by the Lua script


@dataclass
class Running:
    """A started system and the requests the bench sends it."""

    name: str
    server: Server
    base_url: str
    read_path: str
    counts_path: str = ""
    counts_body: bytes | None = None  # Isso's counts call is a POST
    post_path: str = ""
    post_template: str = ""  # JSON body holding UNIQUE
    admin_token: str = ""  # Palabre: a staff API token, to approve held seed comments

    def url(self, path: str) -> str:
        return self.base_url + path


def _clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without any PALABRE_*/ISSO_* left over, plus extra."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PALABRE_", "ISSO_"))}
    env.update(extra)
    return env


def _post_text() -> str:
    return dataset.load_post_text() + f"\n\n(Réf. {UNIQUE}.)"


# Palabre -------------------------------------------------------------------------------

PALABRE_THREAD_QUERY = "sort=oldest&limit=200"
BENCH_EDITOR = "bench-editor@courriel.example"


def palabre_executable() -> Path:
    # The documented command runs this file with .venv/bin/python: use its palabre.
    candidate = Path(sys.executable).parent / "palabre"
    found = candidate if candidate.exists() else shutil.which("palabre")
    if not found:
        raise BenchError("no palabre executable: run `pip install -e .` in .venv first")
    return Path(found)


def palabre_env(data_dir: Path, port: int) -> dict[str, str]:
    return _clean_env(
        PALABRE_DATA_DIR=str(data_dir),
        PALABRE_HOST="127.0.0.1",
        PALABRE_PORT=str(port),
        # All the load comes from one IP, 127.0.0.1: without this the per-IP limit
        # (10 per 10 minutes) would refuse almost every post. The per-email limit and
        # the minimum time to submit are off for the same reason.
        PALABRE_RATE_LIMIT_PER_IP="0",
        PALABRE_RATE_LIMIT_PER_EMAIL="0",
        PALABRE_MIN_SUBMIT_SECONDS="0",
    )


def start_palabre(work: Path, logs: Path) -> Running:
    exe = palabre_executable()
    port = free_port()
    env = palabre_env(work / "palabre-data", port)
    log = logs / "palabre.log"
    run_checked("palabre db upgrade", [str(exe), "db", "upgrade"], env, log)
    # An editor's account: Palabre's moderation may hold some seed comments, and an editor
    # approves them, as in a newsroom, so the thread holds the same 200 comments as Isso's.
    password = secrets.token_urlsafe(24)
    add = [str(exe), "staff", "add", BENCH_EDITOR, "--name", "Bench", "--password", password]
    output_of("palabre staff add", add, env, log)
    token = output_of("palabre staff token", [str(exe), "staff", "token", BENCH_EDITOR], env, log)
    server = start("palabre", [str(exe), "serve"], env, log)
    base = f"http://127.0.0.1:{port}"
    running = Running(
        name="Palabre",
        server=server,
        base_url=base,
        read_path=f"/api/v1/threads/{dataset.BIG_THREAD}/comments?{PALABRE_THREAD_QUERY}",
        counts_path="/api/v1/counts?"
        + urllib.parse.urlencode([("thread", key) for key in dataset.thread_keys()]),
        post_path="/api/v1/threads/article-2/comments",
        post_template=json.dumps(
            {
                "text": _post_text(),
                "author_name": "Lectrice de charge",
                "author_email": "charge@courriel.example",
            },
            ensure_ascii=False,
        ),
        admin_token=token.strip().splitlines()[-1].strip(),
    )
    wait_http(server, base + running.read_path)
    return running


# Isso ----------------------------------------------------------------------------------

ISSO_CONFIG = """\
[general]
dbpath = {dbpath}
; Isso checks at start-up that it can reach the site; nothing listens there, which
; only logs a warning. Titles are sent with each thread's first comment.
host = http://127.0.0.1:{site_port}/
max-age = 15m

[moderation]
enabled = false

[guard]
; Isso's guard limits comments per IP (2 a minute, 3 top-level per thread); all the
; load comes from 127.0.0.1, so it is off, as Palabre's per-IP limit is.
enabled = false

[server]
listen = http://127.0.0.1:{port}/
"""


def isso_uri(key: str) -> str:
    return "/" + key


def ensure_isso() -> Path:
    """bench/.venv-isso with Isso and gunicorn, created on first use."""
    gunicorn = ISSO_VENV / "bin" / "gunicorn"
    if not gunicorn.exists():
        print(f"creating {ISSO_VENV} (Isso and gunicorn) ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(ISSO_VENV)], check=True)
        subprocess.run(
            [str(ISSO_VENV / "bin" / "pip"), "install", "-q", "-r", str(ISSO_REQUIREMENTS)],
            check=True,
        )
    return gunicorn


def isso_version() -> str:
    completed = subprocess.run(
        [str(ISSO_VENV / "bin" / "pip"), "list", "--format=json"],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        versions = {p["name"].lower(): p["version"] for p in json.loads(completed.stdout)}
    except json.JSONDecodeError:
        return "isso (version unknown)"
    return f"isso {versions.get('isso', '?')}, gunicorn {versions.get('gunicorn', '?')}"


def start_isso(work: Path, logs: Path) -> Running:
    gunicorn = ensure_isso()
    port = free_port()
    home = work / "isso"
    home.mkdir(parents=True, exist_ok=True)
    config = home / "isso.cfg"
    config.write_text(
        ISSO_CONFIG.format(dbpath=home / "comments.db", site_port=free_port(), port=port)
    )
    argv = [
        str(gunicorn),
        "-b",
        f"127.0.0.1:{port}",
        "-w",
        str(ISSO_WORKERS),
        "--preload",
        "isso.run",
    ]
    server = start("isso", argv, _clean_env(ISSO_SETTINGS=str(config)), logs / "isso.log")
    base = f"http://127.0.0.1:{port}"
    uri = urllib.parse.quote(isso_uri(dataset.BIG_THREAD), safe="")
    running = Running(
        name="Isso",
        server=server,
        base_url=base,
        read_path=f"/?uri={uri}&sort=oldest",
        counts_path="/count",
        counts_body=json.dumps([isso_uri(k) for k in dataset.thread_keys()]).encode(),
        post_path="/new?uri=" + urllib.parse.quote(isso_uri("article-2"), safe=""),
        post_template=json.dumps(
            {
                "text": _post_text(),
                "author": "Lectrice de charge",
                "email": "charge@courriel.example",
            },
            ensure_ascii=False,
        ),
    )
    wait_http(server, base + "/info")
    return running


# nginx ---------------------------------------------------------------------------------

NGINX_CONFIG = """\
worker_processes auto;
daemon off;
pid {prefix}/nginx.pid;
error_log stderr warn;

events {{
    worker_connections 1024;
}}

http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    default_type application/json;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;

    server {{
        listen 127.0.0.1:{port};
        root {prefix}/www;
    }}
}}
"""

NGINX_THREAD_PATH = "/thread.json"


def nginx_version() -> str:
    completed = subprocess.run(["nginx", "-v"], capture_output=True, text=True, check=False)
    return completed.stderr.strip().replace("nginx version: ", "")


def start_nginx(work: Path, logs: Path, thread_json: bytes) -> Running:
    if shutil.which("nginx") is None:
        raise BenchError("nginx is not installed: apt-get install -y nginx wrk")
    port = free_port()
    prefix = work / "nginx"
    (prefix / "www").mkdir(parents=True, exist_ok=True)
    (prefix / "tmp").mkdir(exist_ok=True)
    (prefix / "www" / NGINX_THREAD_PATH.lstrip("/")).write_bytes(thread_json)
    # Run as root, nginx's workers drop to an unprivileged user: they must reach www/.
    for path in (work, prefix, prefix / "www"):
        path.chmod(0o755)
    (prefix / "www" / NGINX_THREAD_PATH.lstrip("/")).chmod(0o644)
    config = prefix / "nginx.conf"
    config.write_text(NGINX_CONFIG.format(prefix=prefix, port=port))
    argv = ["nginx", "-e", "stderr", "-p", str(prefix), "-c", str(config)]
    server = start("nginx", argv, _clean_env(), logs / "nginx.log")
    base = f"http://127.0.0.1:{port}"
    wait_http(server, base + NGINX_THREAD_PATH)
    return Running(name="nginx", server=server, base_url=base, read_path=NGINX_THREAD_PATH)
