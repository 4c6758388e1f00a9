from __future__ import annotations

from pathlib import Path

import pytest

from palabre.domain.moderation import Action
from palabre.policies.policy import PolicyError, default_policy, parse_policy, read_policy

DEFAULT_FR = (
    Path(__file__).resolve().parents[3] / "src/palabre/policies/defaults/policy-fr.toml"
).read_text(encoding="utf-8")


def test_shipped_policies_are_valid() -> None:
    fr = default_policy("fr")
    en = default_policy("en")
    assert fr.language == "fr" and en.language == "en"
    assert "diffamatoire" in fr.statement
    messages = fr.messages()
    assert set(messages["moderation.held.hate"]) == {"fr", "en"}
    assert "moderation.rejected.spam" in messages


def test_thresholds_map_to_actions() -> None:
    hate = default_policy("fr").category("hate")
    assert hate.action_for(0.95) is Action.REJECT
    assert hate.action_for(0.7) is Action.HOLD
    assert hate.action_for(0.1) is None


def test_invalid_toml_says_so() -> None:
    with pytest.raises(PolicyError, match="not valid TOML"):
        parse_policy("version = ", "site.toml")


def test_each_bad_field_is_named() -> None:
    text = DEFAULT_FR.replace("reject_threshold = 0.9", "reject_threshold = 1.5", 1)
    text = text.replace('action_doubt = "hold"', 'action_doubt = "delete"', 1)
    with pytest.raises(PolicyError) as err:
        parse_policy(text, "site.toml")
    message = str(err.value)
    assert "site.toml" in message
    assert "categories.hate.reject_threshold" in message
    assert "categories.hate.action_doubt" in message


def test_hold_above_reject_is_refused() -> None:
    text = DEFAULT_FR.replace("hold_threshold = 0.6", "hold_threshold = 0.95", 1)
    with pytest.raises(PolicyError, match="must not exceed"):
        parse_policy(text)


def test_defamation_is_never_rejected_automatically() -> None:
    start = DEFAULT_FR.index("[categories.defamation]")
    text = DEFAULT_FR[:start] + DEFAULT_FR[start:].replace(
        'action_high = "hold"', 'action_high = "reject"', 1
    )
    with pytest.raises(PolicyError, match="defamation"):
        parse_policy(text)


def test_unknown_keys_and_missing_messages_are_refused() -> None:
    with pytest.raises(PolicyError, match="colour: Extra inputs"):
        parse_policy("colour = 'blue'\n" + DEFAULT_FR)
    text = DEFAULT_FR.replace('messages.held.en = "Your comment may contain insults.', "#", 1)
    with pytest.raises(PolicyError, match=r"categories\.insult\.messages\.held\.en"):
        parse_policy(text)


def test_site_terms_per_language(tmp_path: Path) -> None:
    text = DEFAULT_FR.replace("terms.fr = []", 'terms.fr = ["Gros mot maison"]', 1)
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    policy = read_policy(path)
    assert policy.extra_terms("fr") == {"slur": ["Gros mot maison"]}
    assert policy.extra_terms("en") == {}


def test_missing_file_is_a_policy_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read"):
        read_policy(tmp_path / "nope.toml")
