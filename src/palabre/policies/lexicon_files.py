"""The shipped word lists: reading ``lexicons/<lang>/<list>.txt`` and turning each entry
into the pattern of keys the matcher looks for (:mod:`palabre.policies.lexicons`)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources

from palabre.policies.normalize import normalize, tokens

Pattern = tuple[str, ...]


def entry_pattern(entry: str) -> Pattern:
    """The keys an entry matches, in order; a last key ending in "*" matches any ending."""
    star = entry.rstrip().endswith("*")
    # Word by word: normalised whole, "il n y a" would read as letters spread out ("nya").
    words = [t.key for w in entry.replace("*", " ").split() for t in tokens(normalize(w))]
    if star and words:
        words[-1] += "*"
    return tuple(words)


def parse_lines(lines: Iterable[str]) -> list[str]:
    """Entries of a lexicon file: stripped, without comments and blank lines."""
    out = []
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text:
            out.append(text)
    return out


@cache
def builtin_entries(lang: str, name: str) -> tuple[str, ...]:
    """The shipped entries of one list; empty when the file does not exist."""
    ref = resources.files("palabre.policies") / "lexicons" / lang / f"{name}.txt"
    if not ref.is_file():
        return ()
    return tuple(parse_lines(ref.read_text(encoding="utf-8").splitlines()))


@cache
def known_words() -> frozenset[str]:
    """Ordinary words (fr and en) that must never be 'repaired' into a lexicon word."""
    ref = resources.files("palabre.policies") / "lexicons" / "known_words.txt"
    if not ref.is_file():
        return frozenset()
    return frozenset(parse_lines(ref.read_text(encoding="utf-8").splitlines()))
