"""Readers for the public labelled data in ``../shared/data``, for training and eval.

The data is never copied into the project: these functions read it where it lies
(``PALABRE_DATASETS_DIR``, else ``<repo>/../shared/data``). Every example gets a stable
id, and :func:`held_out` splits on a hash of that id, so that training and
``palabre eval`` agree on which half a model has never seen.
"""

from __future__ import annotations

import csv
import hashlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

csv.field_size_limit(sys.maxsize)


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    text: str
    lang: str
    label: int  # 1: should be flagged (toxic, hateful or spam), 0: should be published
    group: str = ""  # HateCheck functionality, Jigsaw sub-labels...
    author: str = ""


def data_dir() -> Path:
    """Where the public data sets live; override with ``PALABRE_DATASETS_DIR`` (not
    ``PALABRE_DATA_DIR``, which is the server's own data folder)."""
    env = os.environ.get("PALABRE_DATASETS_DIR")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[3]
    return (repo / ".." / "shared" / "data").resolve()


def held_out(example_id: str, share: float = 0.5) -> bool:
    """Whether an example belongs to the evaluation half (stable across runs)."""
    digest = hashlib.blake2b(example_id.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64 < share


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def mlma(lang: str) -> list[Example]:
    """MLMA tweets; as its authors binarise, ``normal`` alone is the only clean label."""
    path = data_dir() / "hate" / "mlma" / f"{lang}_dataset.csv"
    return [
        Example(f"mlma-{lang}-{r['HITId']}", r["tweet"], lang, int(r["sentiment"] != "normal"),
                r["sentiment"])
        for r in _rows(path)
    ]  # fmt: skip


def hatecheck() -> list[Example]:
    path = data_dir() / "hate" / "hatecheck-en" / "test_suite_cases.csv"
    return [
        Example(f"hc-{r['case_id']}", r["test_case"].strip(), "en",
                int(r["label_gold"] == "hateful"), r["functionality"])
        for r in _rows(path)
    ]  # fmt: skip


def davidson() -> list[Example]:
    path = data_dir() / "hate" / "davidson-en" / "labeled_data.csv"
    # class 0 hate, 1 offensive, 2 neither; "offensive" is mostly swearing at nobody.
    return [
        Example(f"dv-{r['']}", r["tweet"], "en", int(r["class"] != "2"), r["class"])
        for r in _rows(path)
    ]


def toxifrench() -> list[Example]:
    path = data_dir() / "toxic" / "toxifrench" / "ToxiFrenchBalanced-dev-half.csv"
    return [Example(f"tf-{r['msg_id']}", r["content"], "fr", int(r["label"])) for r in _rows(path)]


def jigsaw_fr() -> list[Example]:
    """JigsawBilingualBalanced, French ``content``: the eval set named in issue 2."""
    path = data_dir() / "toxic" / "toxifrench" / "JigsawBilingualBalanced.csv"
    return [Example(f"jg-{r['msg_id']}", r["content"], "fr", int(r["label"])) for r in _rows(path)]


def jigsaw_subset() -> list[Example]:
    """Jigsaw rows with their six labels, both languages (training only)."""
    path = data_dir() / "toxic" / "toxifrench" / "subset_jigsaw.csv"
    out = []
    for r in _rows(path):
        labels = [k for k in ("threat", "insult", "identity_hate", "obscene") if r[k] == "1"]
        label = int(r["toxic"] == "1" or r["severe_toxic"] == "1")
        group = ",".join(labels)
        out.append(Example(f"jg-{r['msg_id']}", r["content"], "fr", label, group))
        out.append(Example(f"jg-{r['msg_id']}", r["original_text"], "en", label, group))
    return out


def youtube() -> list[Example]:
    out = []
    for path in sorted((data_dir() / "spam" / "youtube").glob("*.csv")):
        for r in _rows(path):
            out.append(Example(f"yt-{r['COMMENT_ID']}", r["CONTENT"], "en", int(r["CLASS"]),
                               path.stem, r["AUTHOR"]))  # fmt: skip
    return out


def sms() -> list[Example]:
    path = data_dir() / "spam" / "sms" / "SMSSpamCollection.tsv"
    out = []
    with path.open(encoding="utf-8", errors="replace") as fh:
        for i, line in enumerate(fh):
            label, _, text = line.rstrip("\n").partition("\t")
            if text:
                out.append(Example(f"sms-{i}", text, "en", int(label == "spam")))
    return out


def wordpress_fr() -> list[Example]:
    """Approved comments of a real French blog, all legitimate.

    An evaluation set only (the flag rate on civil French): never trained on.
    """
    import re
    from xml.etree import ElementTree

    path = data_dir() / "imports" / "wordpress-fr" / "e-ducat-fr.anon.xml"
    ns = {"wp": "http://wordpress.org/export/1.2/"}
    tree = ElementTree.parse(path)  # noqa: S314  # a pinned, local, trusted export
    out = []
    for c in tree.iter("{http://wordpress.org/export/1.2/}comment"):
        cid = c.findtext("wp:comment_id", "", ns)
        ctype = c.findtext("wp:comment_type", "", ns)
        text = re.sub(r"<[^>]+>", " ", c.findtext("wp:comment_content", "", ns))
        if ctype in ("pingback", "trackback") or not text.strip():
            continue
        out.append(Example(f"wp-{cid}", text, "fr", 0, "",
                           c.findtext("wp:comment_author", "", ns)))  # fmt: skip
    return out


def benign_path() -> Path:
    """The hand-written civil comments (French and English) kept with the unit tests."""
    return Path(__file__).resolve().parents[3] / "tests/unit/policies/data/benign_comments.jsonl"


def benign_handwritten() -> list[Example]:
    """News-reader comments written by us: disagreement and irony, no abuse, no spam."""
    import json

    path = benign_path()
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out.append(Example(f"benign-{r['id']}", r["text"], r["lang"], 0))
    return out


def functional_fr_path() -> Path:
    """Our French functional suite (``training/make_functional_fr.py`` writes it)."""
    return Path(__file__).resolve().parents[3] / "tests/unit/policies/data/functional_fr.jsonl"


def functional_more(lang: str) -> list[Example]:
    """The later suites of our own phrasings, tuned on (``training/make_functional_*_more.py``)."""
    return _functional(functional_fr_path().with_name(f"functional_{lang}_more.jsonl"), lang)


def functional_fr(split: str | None = None) -> list[Example]:
    """HateCheck-style French cases written by us; ``split``: "dev" or "heldout" templates."""
    return _functional(functional_fr_path(), "fr", split)


def _functional(path: Path, lang: str, split: str | None = None) -> list[Example]:
    import json

    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            if split is None or r["split"] == split:
                out.append(Example(r["id"], r["text"], lang, int(r["label"] == "hateful"),
                                   r["functionality"]))  # fmt: skip
    return out


def available() -> bool:
    return (data_dir() / "README.md").is_file()
