from __future__ import annotations

from pathlib import Path

import pytest

from palabre.domain.moderation import Action
from palabre.domain.sites import Language, Site
from palabre.policies.base import Check, CheckContext, Pipeline, Submission
from palabre.policies.engine import Engine, build_checks, classify_record, load_policy, versions
from palabre.policies.normalize import normalize, tokens
from palabre.policies.policy import PolicyError
from palabre.policies.spam_signals import author_signals, detect_language, text_signals

SITE = Site(id="s", name="Le Journal", language=Language.FR)


def decide(text: str, **kw: object) -> Action:
    pipeline = Pipeline(build_checks(load_policy(None, "fr")))
    return pipeline.decide(Submission(text=text, **kw), CheckContext(site=SITE)).action  # type: ignore[arg-type]


def test_checks_follow_the_protocol() -> None:
    checks = build_checks(load_policy())
    assert all(isinstance(c, Check) for c in checks)
    assert len({c.name for c in checks}) == len(checks)


def test_decisions_by_category() -> None:
    assert decide("Merci pour cet article très complet.") is Action.PUBLISH
    assert decide("Ferme ta gueule, espèce de connard.") is Action.REJECT
    assert decide("Les immigrés sont des parasites.") is Action.REJECT
    accusation = "Le député Jean Martin a détourné l'argent public, c'est un voleur."
    assert decide(accusation) is Action.HOLD


def test_defamation_is_held_never_rejected() -> None:
    pipeline = Pipeline(build_checks(load_policy()))
    decision = pipeline.decide(
        Submission(text="Madame Claire Petit est une escroc et une menteuse, elle a tout volé."),
        CheckContext(site=SITE),
    )
    defamation = [v for v in decision.verdicts if v.category.value == "defamation"]
    assert defamation and all(v.action is Action.HOLD for v in defamation)
    assert defamation[0].message == "moderation.held.defamation"


def test_staff_is_not_moderated() -> None:
    assert decide("Ferme ta gueule, espèce de connard.", is_staff=True) is Action.PUBLISH


def test_audit_record_has_versions() -> None:
    engine = Engine(load_policy(None, "fr"))
    decision = engine.decide(Submission(text="Espèce d'abruti."))
    record = decision.as_record()
    assert str(record["policy_version"]).startswith("fr-1+")
    assert record["model_versions"] == versions()


def test_site_terms_from_the_policy_file(tmp_path: Path) -> None:
    src = Path(__file__).resolve().parents[3] / "src/palabre/policies/defaults/policy-fr.toml"
    text = src.read_text(encoding="utf-8")
    start = text.index("[categories.custom]")
    text = text[:start] + text[start:].replace(
        "[categories.custom]", '[categories.custom]\nterms.fr = ["Bidulmachin"]', 1
    )
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    out = classify_record({"id": "1", "text": "Vive bidulmachin"}, policy_path=str(path))
    assert out["action"] == "hold" and out["categories"] == ["custom"]


def test_bad_policy_path() -> None:
    with pytest.raises(PolicyError):
        load_policy("/nonexistent/policy.toml")


# --- spam signals ---------------------------------------------------------------------


def test_link_only_comment_is_spam() -> None:
    out = classify_record({"id": "1", "text": "https://cheap-watches.xyz/promo", "lang": "fr"})
    assert out["action"] in {"hold", "reject"} and "spam" in out["categories"]


def test_blocked_and_allowed_domains() -> None:
    toks = tokens(normalize("voir example.com"))
    text = "voir example.com"
    signals = text_signals(text, toks, site_language="fr", blocked_domains=["example.com"])
    assert any(s.evidence.signal == "blocked_domain" for s in signals)
    signals = text_signals(text, toks, site_language="fr", allowed_domains=["example.com"])
    assert not any(s.evidence.signal.endswith("domain") for s in signals)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("DM me on Telegram @cryptoking for the secret method", "en"),
        ("Add me on snapchat: @jenny_hot_22 xx", "en"),
        ("Écrivez-moi sur telegram @marie_invest, je vous explique tout", "fr"),
    ],
)
def test_a_messenger_handle_with_no_link_is_held_as_spam(text: str, lang: str) -> None:
    out = classify_record({"id": "1", "text": text, "lang": lang})
    assert out["action"] == "hold" and out["categories"] == ["spam"]
    assert any(e["signal"] == "messenger_contact" for e in out["evidence"])


@pytest.mark.parametrize(
    "text",
    [
        "Je suis sur Telegram aussi, la chaîne du journal est très bien faite.",
        "@Paul WhatsApp a été condamné par la CNIL, c'est dans l'article.",
        "@Paul tu as vu ce que Le Monde a écrit sur les messageries comme WhatsApp ?",
    ],
)
def test_talk_of_messengers_or_a_reply_mention_is_not_spam(text: str) -> None:
    assert classify_record({"id": "1", "text": text, "lang": "fr"})["action"] == "publish"


def test_language_mismatch() -> None:
    text = "This is clearly an English comment and it is not in French at all."
    assert detect_language(tokens(normalize(text)))[0] == "en"
    out = classify_record({"id": "1", "text": text})  # no lang: the French site's policy
    assert out["action"] == "hold"
    assert any(e["signal"] == "language_mismatch" for e in out["evidence"])


def test_a_comment_is_read_in_the_language_it_is_written_in(tmp_path: Path) -> None:
    """A bilingual site (no hold for the other language) still reads English abuse with
    the English words and rules, and a French comment sent as English with the French."""
    src = Path(__file__).resolve().parents[3] / "src/palabre/policies/defaults/policy-fr.toml"
    text = src.read_text(encoding="utf-8")
    assert "hold_other_language = true" in text
    path = tmp_path / "bilingual.toml"
    path.write_text(text.replace("hold_other_language = true", "hold_other_language = false"))
    policy = str(path)

    def action(body: str, lang: str) -> str:
        out = classify_record({"id": "1", "text": body, "lang": lang}, policy_path=policy)
        return str(out["action"])

    assert action("All muslims are vermin and should be deported.", "fr") == "reject"
    assert action("You are a complete idiot and a disgrace, go back to school.", "fr") != "publish"
    assert action("Tous les musulmans sont de la vermine, il faut les expulser.", "en") == "reject"
    assert action("I think the mayor made the right call on the new bike lanes.", "fr") == "publish"
    assert action("Merci pour cet article, il est clair et très bien documenté.", "en") == "publish"


def test_suspicious_author() -> None:
    signals = author_signals("Best Casino Bonus", "x@mailinator.com", "https://bit.ly/abc")
    assert {s.evidence.signal for s in signals} == {
        "author_name_commercial", "author_url_suspicious", "disposable_email",
    }


def test_evidence_has_one_line_per_signal_and_span() -> None:
    """Two lexicon entries spelling one word ("connard*", "conard*") are one reason."""
    out = classify_record({"id": "1", "text": "quel connard", "lang": "fr"})
    lines = [(e["signal"], tuple(e.get("span", ()))) for e in out["evidence"]]
    assert lines and len(lines) == len(set(lines))
