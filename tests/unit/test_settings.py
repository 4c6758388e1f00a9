from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from palabre.settings import Settings, describe_settings


def test_every_setting_has_help_text() -> None:
    rows = describe_settings()
    assert rows and all(r["help"] for r in rows)
    assert all(r["env"] == "PALABRE_" + r["name"].upper() for r in rows)


def test_environment_then_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "palabre.toml"
    config.write_text("port = 9100\nmax_body_chars = 4000\n")
    monkeypatch.setenv("PALABRE_CONFIG", str(config))
    monkeypatch.setenv("PALABRE_PORT", "9200")
    s = Settings()
    assert s.port == 9200 and s.max_body_chars == 4000


def test_unknown_or_invalid_settings_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "palabre.toml"
    config.write_text("prot = 1\n")
    monkeypatch.setenv("PALABRE_CONFIG", str(config))
    with pytest.raises(ValidationError):
        Settings()
    monkeypatch.delenv("PALABRE_CONFIG")
    with pytest.raises(ValidationError):
        Settings(default_site_language="de")


def test_secret_is_generated_once(tmp_path: Path) -> None:
    s = Settings(data_dir=tmp_path)
    key = s.resolved_secret_key()
    assert len(key) > 40 and Settings(data_dir=tmp_path).resolved_secret_key() == key


def test_sqlite_by_default(tmp_path: Path) -> None:
    assert (
        Settings(data_dir=tmp_path).resolved_database_url
        == f"sqlite:///{tmp_path.resolve()}/palabre.db"
    )
