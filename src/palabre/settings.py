"""Every setting, declared once with its default and help text.

Settings come from, in order of precedence: keyword arguments, ``PALABRE_*`` environment
variables, then the TOML file named by ``PALABRE_CONFIG`` (top-level keys are the setting
names). ``palabre settings`` prints them all.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from pydantic import Field, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from palabre.config.admin import AdminSettings
from palabre.config.mail import MailSettings
from palabre.config.moderation import ModerationSettings
from palabre.config.widget import WidgetSettings


class CoreSettings(BaseSettings):
    """Storage, serving, the default site and the posting rules."""

    model_config = SettingsConfigDict(env_prefix="PALABRE_", extra="forbid", frozen=True)

    # Storage
    database_url: str = Field(
        "",
        description="SQLAlchemy URL. Empty means SQLite at DATA_DIR/palabre.db (WAL). "
        "Use postgresql+psycopg://user@host/db for PostgreSQL.",
    )
    data_dir: Path = Field(Path("data"), description="Folder for the SQLite file and secrets.")
    secret_key: str = Field(
        "",
        description="Key that signs edit and mail tokens. Empty: generated once and kept in "
        "DATA_DIR/secret.key.",
    )

    # Serving
    host: str = Field("127.0.0.1", description="Address `palabre serve` listens on.")
    port: int = Field(8000, description="Port `palabre serve` listens on.")
    workers: int = Field(0, description="Worker processes for `palabre serve`; 0 = one per core.")
    public_url: str = Field(
        "", description="Public base URL of this instance, for links in mail. Empty: from request."
    )
    trust_forwarded_for: bool = Field(
        False, description="Take the client IP from X-Forwarded-For (behind a reverse proxy)."
    )
    migrate_on_start: bool = Field(
        True, description="`palabre serve` applies pending migrations before it starts."
    )
    max_request_bytes: int = Field(64 * 1024, description="Largest request body accepted.")

    # Default site, created by `palabre db upgrade` when no site exists.
    default_site_id: str = Field("default", description="Id of the site used when none is given.")
    default_site_name: str = Field("Palabre", description="Name of the default site.")
    default_site_language: str = Field("fr", description="Language of the default site (fr, en).")
    default_site_origins: list[str] = Field(
        default_factory=list, description="Origins allowed to embed the default site."
    )

    # Posting rules
    max_body_chars: int = Field(10_000, description="Longest comment body, in characters.")
    max_name_chars: int = Field(80, description="Longest author name.")
    min_submit_seconds: float = Field(
        3.0, description="A form sent back faster than this is held for review."
    )
    rate_limit_per_ip: int = Field(10, description="Comments per IP per window; 0 = no limit.")
    rate_limit_per_email: int = Field(
        10, description="Comments per email per window; 0 = no limit."
    )
    rate_limit_window_seconds: int = Field(600, description="Window for the two limits above.")
    vote_rate_limit_per_ip: int = Field(120, description="Votes per IP per window; 0 = no limit.")

    # Caching
    thread_cache_entries: int = Field(
        2048, description="Rendered thread pages kept in memory per worker."
    )

    log_level: str = Field("info", description="Logging level.")

    @field_validator("default_site_language")
    @classmethod
    def _language(cls, value: str) -> str:
        if value not in ("fr", "en"):
            raise ValueError("must be 'fr' or 'en'")
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        config_file = os.environ.get("PALABRE_CONFIG")
        if config_file:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=Path(config_file)))
        return tuple(sources)

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'palabre.db').resolve()}"

    def resolved_secret_key(self) -> str:
        """The signing key; generated and kept in the data folder when not configured."""
        if self.secret_key:
            return self.secret_key
        path = self.data_dir / "secret.key"
        if path.exists():
            return path.read_text().strip()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(48)
        # O_EXCL: when several workers start at once, one writes and the others read it.
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return path.read_text().strip()
        with os.fdopen(fd, "w") as fh:
            fh.write(key)
        return key


class Settings(CoreSettings, MailSettings, ModerationSettings, WidgetSettings, AdminSettings):
    """All settings. Each feature declares its own in ``palabre.config``; this class is
    the one place they meet, so a name can only be declared once."""


def describe_settings() -> list[dict[str, Any]]:
    """Name, environment variable, default and help of every setting."""
    rows = []
    for name, info in Settings.model_fields.items():
        default = info.default_factory() if info.default_factory else info.default  # type: ignore[call-arg]
        rows.append(
            {
                "name": name,
                "env": f"PALABRE_{name.upper()}",
                "default": default,
                "help": info.description or "",
            }
        )
    return rows
