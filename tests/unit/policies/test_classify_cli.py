from __future__ import annotations

import io
import json
import subprocess
import sys

import orjson
import typer
from typer.testing import CliRunner

from palabre.cli.moderation import classify_stream, register

KEYS = {"id", "action", "categories", "scores", "evidence"}


def run(lines: list[bytes]) -> list[dict[str, object]]:
    source = io.BytesIO(b"".join(line + b"\n" for line in lines))
    sink = io.BytesIO()
    assert classify_stream(source, sink) == len(lines)
    return [orjson.loads(line) for line in sink.getvalue().splitlines()]


def test_one_line_out_per_line_in_in_order() -> None:
    records = [
        {"id": "a", "text": "Merci pour cet article."},
        {"id": "b", "text": "Ferme ta gueule, abruti.", "lang": "fr"},
        {"id": "c", "text": "You are an idiot.", "lang": "en", "author_name": "Bob"},
    ]
    out = run([json.dumps(r).encode() for r in records])
    assert [o["id"] for o in out] == ["a", "b", "c"]
    assert all(set(o) >= KEYS for o in out)
    assert out[0]["action"] == "publish"
    assert out[1]["action"] == "reject" and "insult" in out[1]["categories"]
    assert out[2]["action"] != "publish"
    assert all(0.0 <= s <= 1.0 for o in out for s in o["scores"].values())  # type: ignore[attr-defined]


def test_bad_lines_get_an_error_not_a_crash() -> None:
    lines = [
        b"{not json",
        json.dumps({"id": "no-text"}).encode(),
        json.dumps({"id": "empty", "text": "   "}).encode(),
        json.dumps({"id": "emoji", "text": "😀🎉👍"}).encode(),
        json.dumps({"id": "huge", "text": "a" * 20_000}).encode(),
        json.dumps({"id": "bin", "text": "\x00\x01\x02\x03binary"}).encode(),
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b"",
        json.dumps({"id": "lang", "text": "bonjour", "lang": "de"}).encode(),
        json.dumps({"id": "ok", "text": "Un avis raisonnable."}).encode(),
    ]
    out = run(lines)
    assert len(out) == len(lines)
    assert [o.get("error") for o in out] == [
        "invalid_json", "missing_text", "empty_text", "no_words", "text_too_long",
        "binary_text", "invalid_json", "not_an_object", "invalid_json", "bad_lang", None,
    ]
    assert out[1]["id"] == "no-text"
    assert out[-1]["action"] == "publish"


def test_mixed_language_and_obfuscation_get_a_decision() -> None:
    out = run([
        json.dumps({"id": "m", "text": "C'est so nice, j'adore this article!"}).encode(),
        json.dumps({"id": "o", "text": "t'es un c 0 n n 4 r d"}).encode(),
    ])
    assert "error" not in out[0]
    assert out[1]["action"] != "publish"


def test_register_adds_the_commands() -> None:
    app = typer.Typer()

    @app.command()
    def other() -> None:  # typer needs two commands to keep sub-command names
        """Placeholder."""

    register(app)
    runner = CliRunner()
    result = runner.invoke(app, ["classify"], input='{"id": "1", "text": "Bonjour à tous"}\n')
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["action"] == "publish"
    result = runner.invoke(app, ["classify", "--policy", "/nonexistent.toml"], input="")
    assert result.exit_code == 2


def test_the_classify_command_loads_no_web_or_storage_layer() -> None:
    """``palabre classify`` runs the whole ``palabre`` app; its other commands import
    their layers only when they run, so classifying costs no database or web memory."""
    probe = (
        "import sys; from palabre.cli import app; from typer.testing import CliRunner; "
        "line = '{\"id\": \"1\", \"text\": \"Merci.\"}\\n'; "
        "r = CliRunner().invoke(app, ['classify'], input=line); "
        "assert r.exit_code == 0, r.output; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'sqlalchemy', 'alembic', 'fastapi', 'starlette', 'uvicorn', 'argon2', 'jinja2'}))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=True)  # fmt: skip
    assert done.stdout.strip().splitlines()[-1] == "[]"
