"""Settings of the moderation engine, its retraining and its optional network backends."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

#: What an optional backend's failure (timeout, error, bad answer) does to the comment.
OnFailure = Literal["hold", "continue"]


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

    # Retraining from the editors' decisions (`palabre train`).
    site_models: bool = Field(
        True,
        description="Use a site's retrained models (DATA_DIR/models/SITE_ID/current) when "
        "`palabre train` made some; off always uses the shipped models.",
    )
    train_prior_strength: float = Field(
        1.0,
        description="How strongly `palabre train` pulls the weights back toward the shipped "
        "models (L2 toward them). Higher: a small history moves the models less.",
    )
    train_site_weight: float = Field(
        3.0,
        description="Weight of one editor's label against one example of the public data.",
    )
    train_validation_share: float = Field(
        0.25,
        description="Share of the site's labels held out to report before/after metrics.",
    )

    # Akismet (off by default: it sends every comment to a third party).
    akismet_enabled: bool = Field(
        False,
        description="Ask Akismet about each comment before it is stored (needs AKISMET_KEY).",
    )
    akismet_key: str = Field("", description="Akismet API key.")
    akismet_blog_url: str = Field(
        "",
        description="Site URL the Akismet key is registered for. Empty: the site's first "
        "allowed origin.",
    )
    akismet_api_url: str = Field(
        "https://rest.akismet.com",
        description="Base URL of the Akismet API (an Akismet-compatible service may differ).",
    )
    akismet_timeout_seconds: float = Field(
        2.0, description="Longest wait for Akismet, per request."
    )
    akismet_on_failure: OnFailure = Field(
        "continue",
        description="When Akismet fails or times out: hold the comment for the editors, or "
        "continue without its opinion.",
    )
    akismet_spam_action: Literal["hold", "reject"] = Field(
        "hold",
        description="What Akismet's 'spam' answer does (its 'discard' answer always rejects "
        "as spam).",
    )
    akismet_report: bool = Field(
        True,
        description="Send the editors' spam / not-spam decisions back to Akismet "
        "(submit-spam, submit-ham).",
    )

    # External moderation webhook.
    moderation_webhook_url: str = Field(
        "",
        description="URL that receives each comment (JSON, signed) and answers with a "
        "verdict. Empty: off.",
    )
    moderation_webhook_secret: str = Field(
        "",
        description="Shared secret of the HMAC-SHA256 signature of webhook requests.",
    )
    moderation_webhook_timeout_seconds: float = Field(
        2.0, description="Longest wait for the moderation webhook."
    )
    moderation_webhook_on_failure: OnFailure = Field(
        "hold",
        description="When the webhook fails, times out or answers nonsense: hold the comment "
        "for the editors, or continue without its opinion.",
    )
