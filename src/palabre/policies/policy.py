"""A site's moderation policy: a TOML file, validated with errors an editor can act on.

For each category (hate, insult, threat, defamation, spam, custom) the policy sets the
action at high confidence, the action on doubt, the two score thresholds, the message
the commenter sees in French and English, and the site's own terms per language. The
shipped defaults are ``defaults/policy-fr.toml`` and ``defaults/policy-en.toml``.
"""

from __future__ import annotations

import functools
import hashlib
import tomllib
from importlib import resources
from pathlib import Path
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from palabre.domain.moderation import Action, Category

CATEGORIES = ("hate", "insult", "threat", "defamation", "spam", "custom")
#: Which lexicon list a category's extra terms extend.
TERM_LISTS = {
    "hate": "slur", "insult": "insult", "threat": "threat_direct",
    "defamation": "accusation", "spam": "spam", "custom": "custom",
}  # fmt: skip


class PolicyError(ValueError):
    """A policy file that cannot be used; the message names the file and each field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Texts(_Strict):
    """One message in both languages of the widget."""

    fr: str = Field(min_length=1)
    en: str = Field(min_length=1)


class Messages(_Strict):
    held: Texts
    rejected: Texts


class Terms(_Strict):
    fr: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)


class CategoryPolicy(_Strict):
    enabled: bool = True
    #: Action when the score reaches ``reject_threshold`` (high confidence).
    action_high: Literal["reject", "hold", "publish"] = "reject"
    #: Action when the score reaches ``hold_threshold`` only (doubt).
    action_doubt: Literal["hold", "publish"] = "hold"
    hold_threshold: float = Field(0.6, ge=0.0, le=1.0)
    reject_threshold: float = Field(0.9, ge=0.0, le=1.0)
    messages: Messages
    terms: Terms = Field(default_factory=Terms)

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.hold_threshold > self.reject_threshold:
            raise ValueError(
                f"hold_threshold ({self.hold_threshold}) must not exceed "
                f"reject_threshold ({self.reject_threshold})"
            )
        return self

    def action_for(self, score: float) -> Action | None:
        """The action a score calls for, or ``None`` below the hold threshold."""
        if not self.enabled:
            return None
        if score >= self.reject_threshold:
            return Action(self.action_high)
        if score >= self.hold_threshold:
            return Action(self.action_doubt)
        return None


class Categories(_Strict):
    hate: CategoryPolicy
    insult: CategoryPolicy
    threat: CategoryPolicy
    defamation: CategoryPolicy
    spam: CategoryPolicy
    custom: CategoryPolicy

    @model_validator(mode="after")
    def _defamation_is_never_automatic(self) -> Self:
        # An accusation may be true and in the public interest: only an editor decides.
        if self.defamation.action_high == "reject":
            raise ValueError("defamation.action_high must be 'hold': editors decide, not a model")
        if self.defamation.enabled and self.defamation.action_high == "publish":
            raise ValueError("defamation.action_high must be 'hold': never published blindly")
        return self


class ModelThresholds(_Strict):
    """Scores of the trained models that count as doubt and as high confidence."""

    toxicity_hold: float = Field(0.75, ge=0.0, le=1.0)
    toxicity_reject: float = Field(0.97, ge=0.0, le=1.0)
    spam_hold: float = Field(0.6, ge=0.0, le=1.0)
    spam_reject: float = Field(0.9, ge=0.0, le=1.0)
    #: The ``newsroom`` model's score that holds a comment about a group for the editors
    #: (never rejects; see ``model_gate.newsroom_doubt``). 1.0 turns it off.
    newsroom_hold: float = Field(0.9, ge=0.0, le=1.0)
    #: The ``threat`` model's score that holds a comment as a threat for the editors
    #: (never rejects; see ``model_gate.threat_doubt``). 1.0 turns it off.
    threat_hold: float = Field(0.8, ge=0.0, le=1.0)


class SpamSettings(_Strict):
    max_links: int = Field(2, ge=0)
    allowed_domains: list[str] = Field(default_factory=list)
    blocked_domains: list[str] = Field(default_factory=list)
    #: Hold comments written in another language than the site's.
    hold_other_language: bool = True


class Policy(_Strict):
    version: str = Field(min_length=1)
    language: Literal["fr", "en"] = "fr"
    #: The promise to readers, as published on the site.
    statement: str = ""
    categories: Categories
    models: ModelThresholds = Field(default_factory=ModelThresholds)
    spam: SpamSettings = Field(default_factory=SpamSettings)

    def category(self, category: Category | str) -> CategoryPolicy:
        policy: CategoryPolicy = getattr(self.categories, str(category))
        return policy

    def extra_terms(self, lang: str) -> dict[str, list[str]]:
        """The site's own lexicon entries, by lexicon list, for one language."""
        out: dict[str, list[str]] = {}
        for name in CATEGORIES:
            terms = getattr(self.category(name).terms, lang if lang in ("fr", "en") else "en")
            if terms:
                out.setdefault(TERM_LISTS[name], []).extend(terms)
        return out

    def messages(self) -> dict[str, dict[str, str]]:
        """Message key (``moderation.held.hate`` ...) to its French and English texts."""
        out = {}
        for name in CATEGORIES:
            msgs = self.category(name).messages
            out[f"moderation.held.{name}"] = msgs.held.model_dump()
            out[f"moderation.rejected.{name}"] = msgs.rejected.model_dump()
        return out

    @functools.cached_property
    def fingerprint(self) -> str:
        """Version plus a hash of the content: what the audit record stores. Kept: the
        policy is frozen, and every post asks for it."""
        digest = hashlib.blake2b(self.model_dump_json().encode(), digest_size=4).hexdigest()
        return f"{self.version}+{digest}"


def _format(error: ValidationError, source: str) -> str:
    lines = [f"invalid moderation policy {source}:"]
    for err in error.errors():
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        lines.append(f"  - {where}: {err['msg']}")
    return "\n".join(lines)


def parse_policy(text: str, source: str = "<policy>") -> Policy:
    """A policy from TOML text; :class:`PolicyError` says what is wrong, and where."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"invalid moderation policy {source}: not valid TOML: {exc}") from exc
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(_format(exc, source)) from exc


def default_policy(lang: str = "fr") -> Policy:
    name = "policy-en.toml" if lang == "en" else "policy-fr.toml"
    ref = resources.files("palabre.policies") / "defaults" / name
    return parse_policy(ref.read_text(encoding="utf-8"), f"defaults/{name}")


def read_policy(path: str | Path) -> Policy:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(f"cannot read moderation policy {path}: {exc.strerror}") from exc
    return parse_policy(text, str(path))
