"""Settings of the moderation engine."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field


class ModerationSettings(BaseModel):
    policy_dir: Path | None = Field(
        None,
        description="Folder of per-site policy files, named SITE_ID.toml. A site without one "
        "uses the shipped default policy for its language.",
    )
    moderation_engine: bool = Field(
        True,
        description="Run the local classifiers (hate, insult, threat, defamation, spam). Off "
        "leaves only the structural checks.",
    )
