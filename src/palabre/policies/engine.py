"""The local moderation engine: the checks built from a policy, and ``classify``.

:func:`build_checks` returns the text checks (hate, insult, threat, defamation,
custom terms, spam) for a :class:`~palabre.policies.base.Pipeline`. They share one
analysis per comment (normalisation, lexicon scan, context rules, model scores), so
adding them all costs one analysis, not six. Nothing here touches a database or the
network.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from palabre.domain.moderation import ABUSE, Action, Category, Decision, Evidence, Verdict
from palabre.domain.sites import Language, Site
from palabre.policies import spam_signals
from palabre.policies.base import Check, CheckContext, Pipeline, Submission
from palabre.policies.citations import cites_in_context
from palabre.policies.classifiers import (
    LinearModel,
    ModelSet,
    features,
    model_versions,
    shipped_model_set,
)
from palabre.policies.context import analyse
from palabre.policies.findings import Finding, Report
from palabre.policies.lexicons import Lexicon, load_lexicon
from palabre.policies.model_gate import (
    DOUBT_MODEL_SCORE,
    in_doubt_band,
    model_may_act,
    written_model_doubt,
)
from palabre.policies.policy import Policy, default_policy, read_policy
from palabre.policies.rules import LinkLimitCheck

#: Longest body ``classify`` accepts, as the comment form does (``LengthCheck``).
MAX_TEXT_CHARS = 10_000
#: Share of function words that must back the other language before a comment is read
#: in it rather than in the one declared (as sure as the language-mismatch spam signal).
READ_AS_WRITTEN = 0.8


@dataclass(slots=True)
class _Analyzer:
    policy: Policy
    models: ModelSet
    _lexicons: dict[str, Lexicon] = field(default_factory=dict)
    _cache: OrderedDict[tuple[str, str, str, str, str], Report] = field(default_factory=OrderedDict)

    def lexicon(self, lang: str) -> Lexicon:
        if lang not in self._lexicons:
            self._lexicons[lang] = load_lexicon(lang, self.policy.extra_terms(lang))
        return self._lexicons[lang]

    def report(self, sub: Submission, site_language: str) -> Report:
        key = (sub.text, sub.lang, sub.author_name, sub.author_url or "", site_language)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        report = self._compute(sub, site_language)
        self._cache[key] = report
        if len(self._cache) > 64:  # the checks of one comment run back to back
            self._cache.popitem(last=False)
        return report

    def _compute(self, sub: Submission, site_language: str) -> Report:
        lang = sub.lang if sub.lang in ("fr", "en") else site_language
        scan = self.lexicon(lang).scan(sub.text)
        detected = spam_signals.detect_language(scan.tokens)
        written_in, share = detected
        if written_in in ("fr", "en") and written_in != lang and share >= READ_AS_WRITTEN:
            # A bilingual site, or a widget that declares the page's language: the words
            # and rules of the language the comment is written in are the ones that read it.
            lang = written_in
            scan = self.lexicon(lang).scan(sub.text)
        analysis = analyse(scan, scan.normalized.original)
        feats = features(scan.normalized, scan.raw_keys)
        scores = self.models.scores(feats)
        toxicity = scores.get("toxicity")
        cites = spam_signals.only_allowed_links(sub.text, self.policy.spam.allowed_domains)
        signals = spam_signals.text_signals(
            sub.text, scan.tokens, site_language=site_language,
            allowed_domains=self.policy.spam.allowed_domains,
            blocked_domains=self.policy.spam.blocked_domains,
            check_language=self.policy.spam.hold_other_language,
            cites_allowed_sources=cites, written_in=detected,
        ) + spam_signals.author_signals(
            sub.author_name, sub.author_email, sub.author_url, self.policy.spam.blocked_domains
        )  # fmt: skip
        seen: set[str] = set()
        # An offer is advertising when it leads somewhere: a link or a contact.
        phrase = 0.4 if spam_signals.leads_somewhere(signals) else 0.3
        for m in scan.get("spam"):
            if m.entry in seen or len(seen) >= 3:
                continue  # a topic word said three times is still one hint
            seen.add(m.entry)
            start, end = scan.span(m)
            found = Evidence("spam_phrase", m.entry, start, end)
            signals.append(spam_signals.Signal(phrase, found))
        p_spam = scores.get("spam")
        in_context = cites_in_context(sub.text, signals)
        # The model reads the same links and words as the signals: counted at half
        # weight here, so that two ordinary links and a lukewarm model score do not add
        # up to a hold. The model alone acts through the policy's spam_hold/spam_reject.
        # A comment that says what its one link holds is a reader's source: neither its
        # shortness nor the model count then.
        weights = [s.score for s in signals if not (in_context and s.evidence.signal != "link")]
        combined = spam_signals.combine([*weights, 0.0 if in_context else (p_spam or 0.0) / 2])
        evidence = [s.evidence for s in signals]
        cites = cites or in_context
        if p_spam is not None and p_spam >= 0.3:
            evidence.append(Evidence("model.spam", f"{p_spam:.2f}"))
        return Report(scan, analysis, toxicity, combined, evidence, p_spam, cites,
                      scores.get("newsroom"), scores.get("threat"))  # fmt: skip


def _site_language(context: CheckContext) -> str:
    language: str = context.site.language  # a StrEnum is its value; .value costs a lookup
    return language


@dataclass(frozen=True, slots=True)
class CategoryCheck:
    """One category of the policy (hate, insult, threat, defamation or custom)."""

    category: Category
    analyzer: _Analyzer
    name: str

    def __call__(self, submission: Submission, context: CheckContext) -> Verdict | None:
        if submission.is_staff:
            return None
        policy = self.analyzer.policy
        rules = policy.category(self.category)
        report = self.analyzer.report(submission, _site_language(context))
        findings = [f for f in report.analysis.findings if f.category is self.category]
        score = max((f.score for f in findings), default=0.0)
        evidence = _evidence(report, findings)
        action = rules.action_for(score)
        if self.category in ABUSE and report.toxicity is not None:
            model_category = Category.HATE if report.analysis.identity else Category.INSULT
            if model_category is self.category or findings:
                p = report.toxicity
                if p >= 0.3:
                    evidence.append(Evidence("model.toxicity", f"{p:.2f}"))
                score = max(score, p)
                model_action = None
                if p >= policy.models.toxicity_reject:
                    model_action = Action(rules.action_high)
                elif p >= policy.models.toxicity_hold:
                    model_action = Action(rules.action_doubt)
                doubt = min(DOUBT_MODEL_SCORE, policy.models.toxicity_hold) <= p < (
                    policy.models.toxicity_reject) and in_doubt_band(report)
                if doubt:
                    model_action = Action(rules.action_doubt)
                elif not model_may_act(report):
                    model_action = None
                if rules.enabled and model_action and (
                    action is None or model_action.severity > action.severity
                ):
                    action = model_action
        written = written_model_doubt(self.category, report, policy.models)
        if rules.enabled and written is not None:
            signal, p = written
            evidence.append(Evidence(signal, f"{p:.2f}"))
            score = max(score, p)
            if action is None:
                action = Action(rules.action_doubt)
        return _verdict(self.name, self.category, action, score, evidence)


@dataclass(frozen=True, slots=True)
class SpamTextCheck:
    """Spam from the text and the author's fields: links, language, the spam model."""

    analyzer: _Analyzer
    name: str = "spam_text"

    def __call__(self, submission: Submission, context: CheckContext) -> Verdict | None:
        if submission.is_staff:
            return None
        policy = self.analyzer.policy
        rules = policy.category(Category.SPAM)
        report = self.analyzer.report(submission, _site_language(context))
        action = rules.action_for(report.spam)
        p = report.spam_model
        if rules.enabled and p is not None and not report.cites_allowed_sources:
            if p >= policy.models.spam_reject:
                action = Action(rules.action_high)
            elif p >= policy.models.spam_hold and action is None:
                action = Action(rules.action_doubt)
        return _verdict(self.name, Category.SPAM, action, report.spam, report.spam_evidence)


def _evidence(report: Report, findings: list[Finding]) -> list[Evidence]:
    """One line per signal and span: lexicon entries that are one word spelt twice
    ("connard*", "conard*"), or two rules on the same words, would fill the audit
    record's few lines with repeats."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for f in findings:
        if not f.matches and (f.signal, -1, -1) not in seen:
            seen.add((f.signal, -1, -1))  # an emoji or a mark, no word: the signal alone
            out.append(Evidence(f.signal))
        for m in f.matches:
            start, end = report.scan.span(m)
            if (f.signal, start, end) not in seen:
                seen.add((f.signal, start, end))
                out.append(Evidence(f.signal, m.entry, start, end))
    return out


def _verdict(
    name: str, category: Category, action: Action | None, score: float, evidence: list[Evidence]
) -> Verdict | None:
    if action is None and score < 0.2:
        return None  # nothing worth recording
    action = action or Action.PUBLISH
    message = None
    if action is Action.HOLD:
        message = f"moderation.held.{category.value}"
    elif action is Action.REJECT:
        message = f"moderation.rejected.{category.value}"
    return Verdict(name, action, category, min(1.0, round(score, 4)), tuple(evidence[:12]), message)


def build_checks(
    policy: Policy | None = None, models: dict[str, LinearModel] | None = None
) -> list[Check]:
    """The engine's text checks for a policy (the French default when ``None``).

    ``models`` are a site's retrained models (``palabre train``); ``None``: the shipped ones.
    """
    policy = policy or default_policy("fr")
    analyzer = _Analyzer(policy, shipped_model_set() if models is None else ModelSet.of(models))
    checks: list[Check] = [
        CategoryCheck(Category.HATE, analyzer, "hate"),
        CategoryCheck(Category.INSULT, analyzer, "insult"),
        CategoryCheck(Category.THREAT, analyzer, "threat"),
        CategoryCheck(Category.DEFAMATION, analyzer, "defamation"),
        CategoryCheck(Category.CUSTOM, analyzer, "custom_terms"),
        SpamTextCheck(analyzer),
    ]
    return checks


def load_policy(path: str | Path | None = None, lang: str = "fr") -> Policy:
    """The policy in ``path``, or the shipped default for ``lang``.

    Raises :class:`~palabre.policies.policy.PolicyError` with a readable message.
    """
    return read_policy(path) if path else default_policy(lang)


def versions() -> dict[str, str]:
    """Model name to version, for :class:`~palabre.policies.base.Pipeline` and audits."""
    return model_versions()


def build_pipeline(policy: Policy, models: dict[str, LinearModel] | None = None) -> Pipeline:
    """What ``classify`` runs: structural checks that need no history, plus ours.

    ``models`` replace the shipped ones, as in :func:`build_checks`.
    """
    checks: list[Check] = [
        LinkLimitCheck(max_links=policy.spam.max_links), *build_checks(policy, models)
    ]
    model_versions = versions() if models is None else {n: m.version for n, m in models.items()}
    return Pipeline(checks, policy_version=policy.fingerprint, model_versions=model_versions)


class InputError(ValueError):
    """A classify record that cannot be judged; ``code`` goes in the output line."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


#: Characters of Unicode categories Cc, Cs and Co other than line breaks and tabs: one
#: regex pass instead of a category lookup per character. The surrogates are spelt with
#: chr(): a compiled build cannot hold a lone surrogate in a string literal.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + chr(0xD800) + "-" + chr(0xDFFF)
    + "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]"
)


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise InputError("missing_text", "'text' must be a string")
    if not text.strip():
        raise InputError("empty_text", "'text' is empty")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError("text_too_long", f"'text' is over {MAX_TEXT_CHARS} characters")
    controls = len(_CONTROLS.findall(text))
    if "\x00" in text or controls > max(2, len(text) // 20):
        raise InputError("binary_text", "'text' looks like binary data, not a comment")
    if not any(c.isalnum() for c in text):
        raise InputError("no_words", "'text' has no letters or digits (emoji or symbols only)")
    return text


@dataclass(slots=True)
class Engine:
    """A policy with its pipeline, ready to classify records."""

    policy: Policy
    site_id: str = "default"
    pipeline: Pipeline = field(init=False)

    def __post_init__(self) -> None:
        self.pipeline = build_pipeline(self.policy)

    def decide(self, submission: Submission, site: Site | None = None) -> Decision:
        language = Language(self.policy.language)
        site = site or Site(id=self.site_id, name=self.site_id, language=language)
        return self.pipeline.decide(submission, CheckContext(site=site))

    def classify(self, record: Any) -> dict[str, Any]:
        """One ``palabre classify`` input record to its output record (the contract)."""
        rid = record.get("id") if isinstance(record, dict) else None
        out: dict[str, Any] = {"id": rid if isinstance(rid, str | int) else None}
        try:
            if not isinstance(record, dict):
                raise InputError("not_an_object", "each line must be a JSON object")
            text = _check_text(record.get("text"))
            lang = record.get("lang") or self.policy.language
            if lang not in ("fr", "en"):
                raise InputError("bad_lang", "'lang' must be 'fr' or 'en'")
            sub = Submission(
                text=text, lang=lang, site_id=self.site_id,
                author_name=_opt(record, "author_name") or "",
                author_email=_opt(record, "author_email"),
                author_url=_opt(record, "author_url"), ip=_opt(record, "ip"),
            )  # fmt: skip
            site = Site(id=self.site_id, name=self.site_id, language=Language(lang))
            decision = self.decide(sub, site)
        except InputError as exc:
            out.update(action="hold", categories=[], scores={}, evidence=[], error=exc.code,
                       detail=exc.detail)  # fmt: skip
            return out
        out.update(
            action=decision.action.value,
            categories=decision.categories,
            scores=decision.scores,
            evidence=[
                {"check": v.check, "category": v.category.value, **e.as_dict()}
                for v in decision.verdicts if v.action is not Action.PUBLISH
                for e in v.evidence
            ],
        )  # fmt: skip
        return out


def _opt(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return value if isinstance(value, str) and value else None


_ENGINES: dict[tuple[str | None, str, str], Engine] = {}


def classify_record(
    record: dict[str, Any], *, policy_path: str | None = None, site_id: str = "default"
) -> dict[str, Any]:
    """Classify one record with the policy for its language (engines are cached)."""
    lang = record.get("lang") if isinstance(record, dict) else None
    lang = lang if lang in ("fr", "en") else "fr"
    key = (policy_path, lang, site_id)
    if key not in _ENGINES:
        _ENGINES[key] = Engine(load_policy(policy_path, lang), site_id)
    return _ENGINES[key].classify(record)
