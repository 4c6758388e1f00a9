"""``palabre classify`` and ``palabre eval``: the moderation engine from the shell.

``classify`` reads JSON Lines on stdin and writes one JSON line per input line, in
order; it needs no database and no network. A line that cannot be judged (not JSON,
no text, binary, too long, emoji only) gets an output line with an ``error`` field.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import Annotated, Any, BinaryIO

import orjson
import typer

#: A line longer than this is refused unread: a comment is at most 10,000 characters.
MAX_LINE_BYTES = 1_000_000
EVAL_DOC = Path("docs/moderation-eval.md")


def _error(code: str, detail: str, rid: Any = None) -> dict[str, Any]:
    return {"id": rid, "action": "hold", "categories": [], "scores": {}, "evidence": [],
            "error": code, "detail": detail}  # fmt: skip


def classify_stream(
    source: BinaryIO, sink: BinaryIO, *, policy: str | None = None, site: str = "default"
) -> int:
    """Classify every line of ``source`` into ``sink``; returns the number of lines."""
    from palabre.policies.engine import Engine, load_policy

    engines: dict[str, Engine] = {}
    default_lang = load_policy(policy, "fr").language if policy else "fr"
    count = 0
    for raw in source:
        count += 1
        out: dict[str, Any]
        if len(raw) > MAX_LINE_BYTES:
            out = _error("line_too_long", f"input line is over {MAX_LINE_BYTES} bytes")
        else:
            try:
                record = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                out = _error("invalid_json", f"not a JSON object: {exc}"[:200])
            else:
                lang = record.get("lang") if isinstance(record, dict) else None
                lang = lang if lang in ("fr", "en") else default_lang
                fresh = lang not in engines
                if fresh:
                    engines[lang] = Engine(load_policy(policy, lang), site)
                try:
                    out = engines[lang].classify(record)
                except Exception as exc:  # one bad line must not stop a batch
                    rid = record.get("id") if isinstance(record, dict) else None
                    out = _error("internal_error", type(exc).__name__, rid)
                if fresh:
                    # The lexicons and models, loaded by that first line, live as long as
                    # the process: the collector need not walk them again (as the server).
                    gc.freeze()
        sink.write(orjson.dumps(out) + b"\n")
    sink.flush()
    return count


def classify(
    site: Annotated[str, typer.Option("--site", help="Site id recorded in decisions.")] = "default",
    policy: Annotated[
        Path | None, typer.Option("--policy", help="Policy TOML file (default: shipped policy).")
    ] = None,
) -> None:
    """Classify JSON Lines comments from stdin: one decision line per input line."""
    from palabre.policies.policy import PolicyError

    try:
        classify_stream(sys.stdin.buffer, sys.stdout.buffer, policy=str(policy) if policy else None,
                        site=site)  # fmt: skip
    except PolicyError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc


def evaluate(
    policy: Annotated[
        Path | None, typer.Option("--policy", help="Policy TOML file (default: shipped policy).")
    ] = None,
    output: Annotated[Path, typer.Option("--output", help="Markdown file to write.")] = EVAL_DOC,
    limit: Annotated[int | None, typer.Option("--limit", help="Score at most N per set.")] = None,
) -> None:
    """Precision, recall and F1 per dataset over ../shared/data; writes docs/moderation-eval.md."""
    from palabre.policies import datasets, evaluation

    if not datasets.available():
        typer.echo(f"no evaluation data at {datasets.data_dir()}", err=True)
        raise typer.Exit(2)
    argv = ["palabre", "eval", *sys.argv[2:]] if len(sys.argv) > 1 else ["palabre", "eval"]
    result = evaluation.run(str(policy) if policy else None, limit)
    table = evaluation.markdown(result, " ".join(argv))
    typer.echo(table)
    output.parent.mkdir(parents=True, exist_ok=True)
    _write_section(output, table)


_BEGIN = "<!-- palabre eval: begin -->"
_END = "<!-- palabre eval: end -->"


def _write_section(path: Path, table: str) -> None:
    """Replace the generated table in ``path``, keeping the prose around it."""
    block = f"{_BEGIN}\n{table}\n{_END}"
    if path.exists():
        text = path.read_text(encoding="utf-8")
        if _BEGIN in text and _END in text:
            head, rest = text.split(_BEGIN, 1)
            tail = rest.split(_END, 1)[1]
            path.write_text(head + block + tail, encoding="utf-8")
            return
    path.write_text(f"# Moderation engine evaluation\n\n{block}\n", encoding="utf-8")


def register(app: typer.Typer) -> None:
    """Add ``classify`` and ``eval`` to the main ``palabre`` app."""
    app.command("classify")(classify)
    app.command("eval")(evaluate)


def main() -> None:  # pragma: no cover - ``python -m palabre.cli.moderation``
    app = typer.Typer(add_completion=False, no_args_is_help=True)
    register(app)
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
