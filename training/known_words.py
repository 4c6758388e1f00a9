"""Build ``lexicons/known_words.txt``: ordinary words never 'repaired' into lexicon words.

Run from the repository root: ``python training/known_words.py [DICT ...]``. Words seen
at least three times in the shared corpora (HateCheck left out: its misspellings are the
test; the WordPress FR export left out: it is an evaluation set of benign comments), plus
every word of the given spelling dictionaries (default: Debian's ``wfrench`` and
``wamerican`` lists, ``/usr/share/dict/{french,american-english}``, or the same files
unpacked elsewhere with ``apt-get download``) that the lexicon's typo repair would
otherwise read as a lexicon word ("député" is not "de pute", "ramer" is not "cramer").
Only those words are kept, so the list stays small.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from palabre.policies import datasets
from palabre.policies.lexicon_files import parse_lines
from palabre.policies.lexicons import LANGUAGES, Lexicon
from palabre.policies.normalize import normalize, tokens
from palabre.policies.typos import GLUE_LEFT, glued

OUT = Path(__file__).resolve().parents[1] / "src/palabre/policies/lexicons/known_words.txt"
MIN_COUNT = 3
DICTIONARIES = [Path("/usr/share/dict/french"), Path("/usr/share/dict/american-english")]


def dictionary_words(paths: list[Path], frequent: set[str]) -> set[str]:
    """Dictionary words that the typo repair would turn into a lexicon word, or cut in
    two around one ("battues" is not "bat" + "tues"). Judged again with the words found
    known, until no new one turns up: a phrase typed without spaces is cut only into
    known words, so each word protected lets the repair cut others ("viscérale" is no
    "vis" + "ce" + "râle" once "râle" is known)."""
    keys: set[str] = set()
    for path in paths:
        if not path.is_file():
            print(f"no dictionary at {path}: skipped")
            continue
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            keys.update(tok.key for tok in tokens(normalize(line.strip())))
    out: set[str] = set()
    while True:
        found = _misread(sorted(keys - out), frequent | out)
        print(f"  {len(found)} more dictionary words misread")
        if not found:
            return out
        out |= found


def _misread(keys: list[str], known: set[str]) -> set[str]:
    lexicons = []
    for lang in LANGUAGES:
        lex = Lexicon(lang)
        # Judge the repair as it runs, with the frequent words known (a glued word is cut
        # only where its first half is a known word) but no other dictionary word.
        lex._known = lex._vocab | frozenset(known)
        lexicons.append(lex)
    return {key for key in keys
            if any(r != [key] and not _inflection(key, r)
                   for r in (lex._repair(key) for lex in lexicons))}  # fmt: skip


#: Endings of a plural or a feminine, as the squeezed keys spell them.
_ENDINGS = ("", "s", "x", "e", "es", "ne", "nes", "se", "ses")


def _inflection(word: str, repaired: list[str]) -> bool:
    """Whether the repair reads ``word`` as another form of itself ("pakistanaise" as
    "pakistanais", "larve" as "larves"): a right reading, which protecting the word would
    lose."""
    if len(repaired) != 1:
        return False

    def stems(w: str) -> set[str]:
        return {w[: len(w) - len(e)] for e in _ENDINGS if w.endswith(e) and len(w) - len(e) >= 4}

    return bool(stems(word) & stems(repaired[0]))


def main() -> None:
    counts: Counter[str] = Counter()
    sources = [
        datasets.davidson(), datasets.mlma("fr"), datasets.mlma("en"), datasets.toxifrench(),
        datasets.jigsaw_subset(), datasets.youtube(), datasets.sms(),
    ]
    for examples in sources:
        for ex in examples:
            counts.update({t.key for t in tokens(normalize(ex.text))})
    frequent = {w for w, n in counts.items() if n >= MIN_COUNT and not w.isdigit() and len(w) >= 2}
    # A frequent word that is really two words glued onto a lexicon word ("ihate")
    # must stay repairable.
    strong: set[str] = set()
    for lang in LANGUAGES:
        strong |= Lexicon(lang)._strong  # same package, build-time tool
    glued_words = {
        w for w in frequent
        for i in range(1, len(w))
        if w[:i] in GLUE_LEFT and glued(w[:i], w[i:], frozenset(strong), frozenset(frequent))
    }  # fmt: skip
    print("left out as glued:", " ".join(sorted(glued_words)))
    paths = [Path(a) for a in sys.argv[1:]] or DICTIONARIES
    protected = dictionary_words(paths, frequent - glued_words)
    print(f"{len(protected)} dictionary words protected from typo repair")
    # Words already listed stay: some were added after a misreading was seen ("romands"
    # read as a slur), and a word the repair reads right today may not after the lexicon grows.
    kept = set(parse_lines(OUT.read_text("utf-8").splitlines())) if OUT.exists() else set()
    words = sorted((frequent - glued_words) | protected | kept)
    header = (
        "# Generated by training/known_words.py from the corpora in ../shared/data\n"
        f"# (words seen {MIN_COUNT}+ times; HateCheck and WordPress FR left out), plus\n"
        "# dictionary words the typo repair would misread, plus the words listed before.\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
