"""Write a functional suite of our own (``make_functional_*_more.py``): rounds of templates
times target groups, one JSON case a line, as ``functional_fr.jsonl`` lays them out."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

#: (round number, groups, hateful templates, civil templates), templates by functionality.
Round = tuple[int, Sequence[str], dict[str, list[str]], dict[str, list[str]]]


def write_suite(out: Path, id_prefix: str, rounds: Sequence[Round]) -> None:
    rows = []
    for rnd, groups, hateful, non_hateful in rounds:
        for label, table in (("hateful", hateful), ("non-hateful", non_hateful)):
            for func, templates in table.items():
                for ti, templ in enumerate(templates):
                    for group in groups if "{G}" in templ else [""]:
                        text = templ.format(G=group)
                        rows.append({
                            "id": f"{id_prefix}-{len(rows) + 1:04d}",
                            "text": text[0].upper() + text[1:], "label": label,
                            "functionality": func, "split": "dev",
                            "template": f"{func}:r{rnd}:{ti}", "target": group,
                        })  # fmt: skip
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"wrote {len(rows)} cases to {out}")
