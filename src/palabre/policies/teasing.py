"""Teasing between friends: a mild insult among friendly words or marks ("t'es nul à
FIFA mon pote ❤️", "happy birthday ya clown 🎉") is not abuse."""

from __future__ import annotations

import itertools

from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: Friendly words and marks: between friends, a mild insult teases.
_FOND_WORDS = frozenset(map(squeeze, {"bisous", "bisou", "xoxo", "luv", "birthday",
                                      "anniversaire", "pote", "pint", "revanche",
                                      "endearment", "prefere", "preferee", "pub",
                                      "pardonne", "forgive", "champion", "cheeky",
                                      "buddy", "frerot", "poto", "tournee"}))  # fmt: skip
_FOND_PAIRS = frozenset({("love", "ya"), ("love", "you"), ("mon", "pote"), ("t", "aime"),
                         ("t", "adore"), ("my", "mate")})  # fmt: skip
_PAIR_HEADS = frozenset(first for first, _ in _FOND_PAIRS)
_FOND_MARKS = ("❤", "♥", "😘", "🥰", "😍", "💕", "<3", "🎉", "🎂", "😉", "🍺", "🍻", "😂", "🤣",
               "😆", "😜", "😝")
#: Mild words a friend may say: "idiot", "clown", "boulet", "git".
TEASING = frozenset(map(squeeze, {
    "idiot", "idiote", "clown", "boulet", "nul", "nulle", "andouille", "banane", "donkey",
    "git", "muppet", "numpty", "plonker", "bouffon", "couillon", "noob", "tocard", "naze",
    "bellend", "eejit", "galah", "drongo", "pillock", "wally", "prat", "dickhead", "quiche",
    "cretin", "nigaud", "cruche", "guignol", "guignols", "dork", "bete", "boloss", "betasse",
    "grincheux", "tricheur", "feignasse", "flemmard", "debris", "con",
}))  # fmt: skip


def affectionate(text: Text) -> bool:
    """Friendly words or marks in the comment: a heart, "bisous", "mon pote"."""
    original = text.scan.normalized.original
    if any(mark in original for mark in _FOND_MARKS):
        return True
    keys = text.keys
    if not _FOND_WORDS.isdisjoint(keys):
        return True
    return not _PAIR_HEADS.isdisjoint(keys) and any(
        pair in _FOND_PAIRS for pair in itertools.pairwise(keys))


def teasing(text: Text) -> bool:
    """Mild words only, among friendly ones: a friend teases ("t'es nul à FIFA mon pote")."""
    weak = [m for n in ("insult_weak", "insult") for m in text.scan.get(n)]
    return bool(weak) and all(text.keys[m.first] in TEASING for m in weak) and (
        affectionate(text))
