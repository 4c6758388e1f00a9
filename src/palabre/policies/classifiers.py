"""Small trained text classifiers, run in pure NumPy.

Each model is a logistic regression over hashed features of the normalised text:
character 2- to 5-grams (robust to misspellings and to French inflection) and word
uni- and bigrams. Hashing needs no vocabulary, so a model file is one weight vector
(``models/<name>.npz``, a few MB) that loads in milliseconds; a decision is one
vectorised hash of the text and one sum.

The same :func:`features` function is used by ``training/train_models.py``, so that
what is trained is exactly what runs.
"""

from __future__ import annotations

import itertools
import json
import math
import zlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from palabre.policies.memo import remember
from palabre.policies.normalize import Normalized, normalize, tokens

#: Number of hashed feature slots (a power of two).
DIMENSIONS = 2**19
#: Only the start of a long comment is hashed: what decides is rarely past it.
MAX_FEATURE_CHARS = 3_000
_CHAR_NGRAMS = (2, 3, 4, 5)
_PRIME = np.uint64(1_099_511_628_211)
_SLOT_MASK = np.uint64(DIMENSIONS - 1)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SALT = {n: np.uint64((n * 0x517CC1B727220A95) % 2**64) for n in _CHAR_NGRAMS}

IntArray = npt.NDArray[np.int64]
#: What ``ndarray.sum`` runs, without its Python wrapper.
_SUM = np.add.reduce
FloatArray = npt.NDArray[np.float32]


def features(text: str | Normalized, keys: list[str] | None = None) -> IntArray:
    """Sorted, unique hashed feature indices of a comment.

    ``keys`` are the comment's word keys when the caller already has them (a scan).
    """
    norm = text if isinstance(text, Normalized) else normalize(text)
    folded = " ".join(norm.text[:MAX_FEATURE_CHARS].split())
    encoded = f" {folded} ".encode()
    size = len(encoded)  # at least 2: the spaces around the text
    # Zero bytes past the end let every position take a full window; the hashes of
    # windows that run past the end are dropped below.
    raw = np.frombuffer(encoded + _PADDING, dtype=np.uint8).astype(np.uint64)
    # Row i, column n: the polynomial hash of the n bytes from i, every n at once (one
    # gather and one product instead of a pass per n-gram length). Arrays of integers
    # wrap silently on overflow, as these hashes mean to, in place and without errstate.
    mixed = raw[_WINDOWS[:size]] @ _POWERS
    mixed ^= _SALTS
    mixed *= _MIX
    mixed >>= _SHIFT
    cut = max(size - _LONGEST + 1, 0)
    parts = [mixed[:cut].ravel(), mixed[cut:][_TAIL[len(_TAIL) - (size - cut):]]]
    words = (keys if keys is not None else [t.key for t in tokens(norm)])[:600]
    if words:
        hashed = [_WORD_HASHES.get(w) or _word_hashes(w) for w in words]
        grams = [unigram for unigram, _, _ in hashed]
        # crc32("b:a b") continued from crc32("b:a"): the same number, one word's work.
        grams += [zlib.crc32(b[2], a[1]) for a, b in itertools.pairwise(hashed)]
        parts.append(np.array(grams, dtype=np.uint64))
    # A mask, as DIMENSIONS is a power of two (a third of the cost of %); the slots
    # then fit in an int64 as they are, which a view says without copying.
    every = np.concatenate(parts)
    every &= _SLOT_MASK
    every = every.view(np.int64)
    # What np.unique returns (sorted, each index once), without its hash table: a sort
    # and a mask are cheaper for the few thousand features of a comment.
    every.sort()
    if every.size > 1:
        every = every[np.concatenate(([True], every[1:] != every[:-1]))]
    return every


_LONGEST = max(_CHAR_NGRAMS)
#: Zero bytes past the end of the text (see features).
_PADDING = bytes(_LONGEST - 1)
_SHIFT = np.uint64(40)
#: Byte offsets of every window: row i is i, i+1, ..., i+4 (a UTF-8 character is at
#: most 4 bytes, so a comment cut at MAX_FEATURE_CHARS has at most 4 * that + 2).
_WINDOWS = np.arange(4 * MAX_FEATURE_CHARS + 2)[:, None] + np.arange(_LONGEST)[None, :]
#: Column n of ``window @ _POWERS`` is sum(byte[i+k] * PRIME ** (n-1-k), k < n), mod 2**64.
_POWERS = np.array(
    [[pow(int(_PRIME), n - 1 - k, 2**64) if k < n else 0 for n in _CHAR_NGRAMS]
     for k in range(_LONGEST)],
    dtype=np.uint64,
)  # fmt: skip
_SALTS = np.array([_SALT[n] for n in _CHAR_NGRAMS], dtype=np.uint64)
#: For the last rows: which n-grams still fit before the end (row i of the last four
#: keeps the n with i + n <= 4).
_TAIL = np.array(
    [[i + n <= _LONGEST - 1 for n in _CHAR_NGRAMS] for i in range(_LONGEST - 1)], dtype=bool
)


#: Per word: crc32 of "w:word" and of "b:word", and " word" as bytes, to hash the word
#: and the bigrams it starts and ends without encoding it again.
_WORD_HASHES: dict[str, tuple[int, int, bytes]] = {}


def _word_hashes(word: str) -> tuple[int, int, bytes]:
    out = (zlib.crc32(f"w:{word}".encode()), zlib.crc32(f"b:{word}".encode()),
           f" {word}".encode())  # fmt: skip
    return remember(_WORD_HASHES, word, out)


@dataclass(frozen=True, slots=True)
class LinearModel:
    """A logistic regression over :func:`features`; ``meta`` is its model card data."""

    name: str
    weights: FloatArray
    bias: float
    meta: dict[str, Any]

    @property
    def version(self) -> str:
        return str(self.meta.get("version", "unknown"))

    def score(self, feats: IntArray) -> float:
        """Probability of the positive class for one comment's features."""
        # math on Python floats: NumPy's scalar functions cost more than the sum itself.
        if feats.size == 0:
            return 1.0 / (1.0 + math.exp(-self.bias))
        z = float(_SUM(self.weights[feats])) / math.sqrt(feats.size) + self.bias
        return 1.0 / (1.0 + math.exp(-z))

    def save(self, path: str) -> None:
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float16),
            bias=np.array([self.bias]),
            meta=np.array(json.dumps(self.meta)),
        )


def load_model(name: str) -> LinearModel | None:
    """A shipped model by name, or ``None`` when it has not been trained yet."""
    ref = resources.files("palabre.policies") / "models" / f"{name}.npz"
    if not ref.is_file():
        return None
    with resources.as_file(ref) as path, np.load(path, allow_pickle=False) as data:
        weights = data["weights"].astype(np.float32)
        bias = float(data["bias"][0])
        meta = json.loads(str(data["meta"]))
    return LinearModel(name, weights, bias, meta)


@dataclass(frozen=True, slots=True)
class ModelSet:
    """Models that read the same features, scored together.

    Their weights sit side by side, one row per feature slot: a comment's few hundred
    slots are then fetched from memory once for all the models, not once per model (the
    fetches, scattered over megabytes, are what scoring costs). Each model's column is
    summed as its own contiguous vector, so every score is the one its model alone gives,
    to the last bit.
    """

    names: tuple[str, ...]
    #: Shape (DIMENSIONS, len(names)): column j holds the weights of names[j].
    weights: npt.NDArray[np.float32]
    biases: tuple[float, ...]

    @classmethod
    def of(cls, models: dict[str, LinearModel]) -> ModelSet:
        names = tuple(models)
        weights = (np.stack([models[name].weights for name in names], axis=1) if names
                   else np.empty((DIMENSIONS, 0), dtype=np.float32))  # fmt: skip
        return cls(names, weights, tuple(models[name].bias for name in names))

    def scores(self, feats: IntArray) -> dict[str, float]:
        """Each model's probability of its positive class for one comment's features."""
        if feats.size == 0:
            return {n: 1.0 / (1.0 + math.exp(-b)) for n, b in zip(self.names, self.biases,
                                                                    strict=True)}  # fmt: skip
        rows = np.ascontiguousarray(self.weights[feats].T)
        scale = math.sqrt(feats.size)
        out = {}
        for name, row, bias in zip(self.names, rows, self.biases, strict=True):
            z = float(_SUM(row)) / scale + bias
            out[name] = 1.0 / (1.0 + math.exp(-z))
        return out


@cache
def _shipped() -> tuple[dict[str, LinearModel], ModelSet]:
    """The shipped models, loaded once per process, and the set that scores them. Each
    model's weights are a column of the set's array, not a second copy of them."""
    loaded = {name: m for name in ("toxicity", "spam", "newsroom", "threat")
              if (m := load_model(name)) is not None}  # fmt: skip
    scored = ModelSet.of(loaded)
    views = {name: LinearModel(name, scored.weights[:, j], m.bias, m.meta)
             for j, (name, m) in enumerate(loaded.items())}  # fmt: skip
    return views, scored


def shipped_models() -> dict[str, LinearModel]:
    """Every shipped model, by name."""
    return _shipped()[0]


def shipped_model_set() -> ModelSet:
    """The shipped models as one :class:`ModelSet`."""
    return _shipped()[1]


def model_versions() -> dict[str, str]:
    """Model name to version, for the audit record of each decision."""
    return {name: m.version for name, m in shipped_models().items()}
