"""Moderation engine: an equivalence oracle, and CPU time per decision.

    .venv/bin/python bench/bench_engine_long.py --record /tmp/engine_oracle.jsonl
    .venv/bin/python bench/bench_engine_long.py --check /tmp/engine_oracle.jsonl
    .venv/bin/python bench/bench_engine_long.py --bench

``--record`` runs ``Engine.classify`` (fr and en policies) over every text of the
shared data sets (``palabre.policies.datasets``), the unit-test data, and obfuscated,
glued and long variants of a sample of them, and writes one line per input: the
classify output, and a digest of everything the engine computed on the way
(normalised text and offsets, tokens, lexicon matches, rule findings, hashed features,
the exact model scores and spam evidence). ``--check`` recomputes and requires every
line to be byte-identical. The file holds data set text: keep it under /tmp, never
commit it.

``--bench`` prints CPU milliseconds (``time.process_time``, best of 3) per
``Pipeline.decide`` for the 891-character comment of the load test, a short one, and
a mixed set. Every text gets a unique word, as under load, so that no cache hides the
work a new comment costs.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))

from palabre.domain.sites import Site
from palabre.policies import datasets
from palabre.policies.base import CheckContext, Submission
from palabre.policies.classifiers import features
from palabre.policies.engine import Engine, build_pipeline, load_policy

SHORT = "Espèce d'abruti, tu n'as rien compris à l'article."
_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})
_HOMOGLYPHS = str.maketrans({"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х"})


def _loaders() -> list[tuple[str, Any]]:
    return [
        ("hatecheck", datasets.hatecheck), ("mlma-fr", lambda: datasets.mlma("fr")),
        ("mlma-en", lambda: datasets.mlma("en")), ("toxifrench", datasets.toxifrench),
        ("jigsaw-fr", datasets.jigsaw_fr), ("jigsaw-subset", datasets.jigsaw_subset),
        ("youtube", datasets.youtube), ("sms", datasets.sms),
        ("wordpress-fr", datasets.wordpress_fr), ("benign", datasets.benign_handwritten),
        ("functional-fr", datasets.functional_fr), ("davidson", datasets.davidson),
    ]  # fmt: skip


def _variants(text: str, rnd: random.Random) -> list[str]:
    """Obfuscations the normaliser undoes, and shapes the spam signals read."""
    words = text.split()
    spread = " ".join(" ".join(w) if len(w) > 3 and rnd.random() < 0.3 else w for w in words)
    return [
        text.upper(),
        text.translate(_LEET),
        text.translate(_HOMOGLYPHS),
        spread,
        ".".join(text[:40]) + text[40:],
        "\u200b".join(text[:60]) + text[60:],
        "".join(c * 4 if c.isalpha() and rnd.random() < 0.1 else c for c in text),
        "".join(words[:6]) + " " + " ".join(words[6:]),
        "*".join(text.split("a")),
        text + " https://bit.ly/x www.exemple.fr contact@exemple.com 06 12 34 56 78",
        "« " + text + " » a-t-il écrit. C'est honteux !",
    ]


def inputs() -> Iterator[dict[str, Any]]:
    """Every record of the oracle, in a fixed order."""
    rnd = random.Random(20240517)
    pool: list[str] = []
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from loadbench import dataset

    fixed = [("long", dataset.load_post_text(), ""), ("short", SHORT, "")]
    for name, load in _loaders():
        for i, ex in enumerate(load()):
            fixed.append((f"{name}-{i}", ex.text, ex.author))
            pool.append(ex.text)
    for rid, text, author in fixed:
        for lang in ("fr", "en"):
            yield {"id": f"{rid}-{lang}", "text": text, "lang": lang, "author_name": author}
    sample = rnd.sample(pool, 3000)
    for i, text in enumerate(sample):
        for j, variant in enumerate(_variants(text, rnd)):
            yield {"id": f"var-{i}-{j}", "text": variant, "lang": "fr" if i % 2 else "en"}
    for i in range(300):  # long comments, some past the feature and length limits
        size = rnd.choice((5, 20, 60, 150))
        text = "\n\n".join(rnd.choice(pool) for _ in range(size))[:12_000]
        yield {"id": f"long-{i}", "text": text, "lang": "fr" if i % 2 else "en",
               "author_url": rnd.choice(("", "http://promo-casino.xyz", "https://blog.fr"))}


def _internals(engine: Engine, record: dict[str, Any]) -> str:
    """A digest of the whole report the checks shared (exact floats, spans, features)."""
    analyzer = engine.pipeline.checks[1].analyzer  # type: ignore[attr-defined]
    lang = record["lang"]
    sub = Submission(text=record["text"], lang=lang, site_id=engine.site_id,
                     author_name=record.get("author_name") or "",
                     author_url=record.get("author_url") or None)  # fmt: skip
    report = analyzer.report(sub, lang)
    scan = report.scan
    norm = scan.normalized
    parts = [
        norm.text, repr(norm.offsets), repr(scan.tokens), repr(scan.keys), repr(scan.raw_keys),
        repr(scan.matches), repr(sorted(scan.by_list.items())), repr(report.analysis),
        repr(report.toxicity), repr(report.spam), repr(report.spam_model),
        repr(report.spam_evidence), features(norm, scan.raw_keys).tobytes().hex(),
    ]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def lines() -> Iterator[bytes]:
    engines = {lang: Engine(load_policy(None, lang)) for lang in ("fr", "en")}
    for record in inputs():
        engine = engines[record["lang"]]
        out = engine.classify(record)
        digest = _internals(engine, record) if "error" not in out else ""
        yield orjson.dumps(out, option=orjson.OPT_SORT_KEYS) + b" " + digest.encode() + b"\n"


def record(path: Path) -> None:
    count = 0
    with path.open("wb") as fh:
        for line in lines():
            fh.write(line)
            count += 1
    print(f"recorded {count} inputs to {path}")


def check(path: Path) -> int:
    expected = path.read_bytes().splitlines(keepends=True)
    count = diffs = 0
    for i, line in enumerate(lines()):
        count += 1
        if i >= len(expected) or line != expected[i]:
            diffs += 1
            if diffs <= 5:
                want = expected[i][:600] if i < len(expected) else b"(nothing recorded)"
                print(f"DIFF at line {i}:\n  want {want!r}\n  got  {line[:600]!r}")
    if count != len(expected):
        print(f"DIFF: {count} inputs now, {len(expected)} recorded")
        diffs += 1
    print(f"{count} inputs, {diffs} differences: {'IDENTICAL' if not diffs else 'DIFFERENT'}")
    return 1 if diffs else 0


def _letters(n: int) -> str:
    out = ""
    for _ in range(6):
        out = chr(97 + n % 26) + out
        n //= 26
    return out


def _cpu_ms(texts: list[str]) -> float:
    """Best of 3 CPU milliseconds per decide, each text made unique per round."""
    pipeline = build_pipeline(load_policy(None, "fr"))
    context = CheckContext(site=Site(id="d", name="d"))
    for text in texts[:50]:
        pipeline.decide(Submission(text=text), context)  # warm the lexicon and models
    best = float("inf")
    for r in range(3):
        subs = [Submission(text=f"{t} zq{_letters(r * len(texts) + i)}")
                for i, t in enumerate(texts)]  # fmt: skip
        start = time.process_time()
        for sub in subs:
            pipeline.decide(sub, context)
        best = min(best, time.process_time() - start)
    return best * 1000 / len(texts)


def bench() -> None:
    from loadbench import dataset

    long_text = dataset.load_post_text()
    rnd = random.Random(7)
    mixed: list[str] = []
    if datasets.available():
        for load in (datasets.toxifrench, datasets.jigsaw_fr, datasets.youtube,
                     datasets.wordpress_fr, lambda: datasets.mlma("fr")):  # fmt: skip
            mixed += [ex.text for ex in load()]
    mixed = rnd.sample(mixed, min(2000, len(mixed))) if mixed else [SHORT, long_text]
    long_ms = _cpu_ms([long_text] * 300)
    short_ms = _cpu_ms([SHORT] * 2000)
    mixed_ms = _cpu_ms(mixed)
    print(f"long comment ({len(long_text)} chars): {long_ms:.3f} ms CPU per decide")
    print(f"short comment ({len(SHORT)} chars):  {short_ms:.3f} ms CPU per decide")
    print(f"mixed ({len(mixed)} texts, mean {sum(map(len, mixed)) // len(mixed)} chars): "
          f"{mixed_ms:.3f} ms CPU per decide, {1000 / mixed_ms:.0f} decisions/s/core")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--record", type=Path, help="write the oracle file")
    parser.add_argument("--check", type=Path, help="compare with an oracle file")
    parser.add_argument("--bench", action="store_true", help="CPU ms per decide")
    args = parser.parse_args()
    if args.record:
        record(args.record)
    if args.check:
        return check(args.check)
    if args.bench or not (args.record or args.check):
        bench()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
