"""Publisher sites: who may embed the comments and how they are moderated."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class ModerationMode(enum.StrEnum):
    """How a site treats a new comment once the checks have run."""

    #: Every comment waits for an editor, unless the checks reject it outright.
    PRE = "pre"
    #: Every comment is published unless the checks reject it.
    POST = "post"
    #: The moderation policy decides: publish, hold for the editors, or reject.
    AUTO = "auto"


class Language(enum.StrEnum):
    FR = "fr"
    EN = "en"


@dataclass(frozen=True, slots=True)
class Site:
    """One publisher site served by this Palabre instance."""

    id: str
    name: str
    origins: tuple[str, ...] = ()
    language: Language = Language.FR
    moderation_mode: ModerationMode = ModerationMode.AUTO
    auto_create_threads: bool = True
    require_email: bool = False
    max_depth: int = 5
    edit_window_seconds: int = 15 * 60
    settings: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    def allows_origin(self, origin: str) -> bool:
        """Whether a browser page at ``origin`` may embed this site's comments."""
        return origin.rstrip("/") in {o.rstrip("/") for o in self.origins}
