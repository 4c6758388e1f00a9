from __future__ import annotations

import pytest

from palabre.domain.comments import CommentStatus, can_transition, place_reply
from palabre.domain.moderation import Action, Category, Evidence, Verdict, combine


@pytest.mark.parametrize(
    ("parent_depth", "expected"), [(0, (True, 1)), (4, (True, 5)), (5, (False, 5)), (9, (False, 5))]
)
def test_place_reply(parent_depth: int, expected: tuple[bool, int]) -> None:
    assert place_reply(parent_depth, 5) == expected


def test_deleted_is_terminal() -> None:
    assert not any(
        can_transition(CommentStatus.DELETED, s)
        for s in CommentStatus
        if s is not CommentStatus.DELETED
    )
    assert can_transition(CommentStatus.PENDING, CommentStatus.PUBLISHED)
    assert can_transition(CommentStatus.SPAM, CommentStatus.PUBLISHED)


def test_most_severe_verdict_wins_and_is_explained() -> None:
    verdicts = [
        Verdict("links", Action.HOLD, Category.SPAM, 0.6, message="moderation.held.links"),
        Verdict(
            "lexicon", Action.REJECT, Category.INSULT, 0.97, message="moderation.rejected.insult"
        ),
        Verdict("calm", Action.PUBLISH, Category.HATE, 0.01),
    ]
    decision = combine(verdicts, policy_version="fr-1", model_versions={"tox": "3"})
    assert decision.action is Action.REJECT
    assert decision.categories == ["spam", "insult"]
    assert decision.scores == {"spam": 0.6, "insult": 0.97, "hate": 0.01}
    assert decision.message == "moderation.rejected.insult"
    record = decision.as_record()
    assert record["policy_version"] == "fr-1" and record["model_versions"] == {"tox": "3"}
    assert [c["check"] for c in record["checks"]] == ["links", "lexicon", "calm"]


def test_the_message_is_the_one_a_rule_found_before_a_model_score() -> None:
    model = (Evidence("model.toxicity", "0.80"),)
    rule = (Evidence("threat.misfortune", "fauteuil roulant", 30, 46),)
    verdicts = [
        Verdict("insult", Action.HOLD, Category.INSULT, 0.8, model, "moderation.held.insult"),
        Verdict("threat", Action.HOLD, Category.THREAT, 0.7, rule, "moderation.held.threat"),
        Verdict("hate", Action.HOLD, Category.HATE, 0.9, model, "moderation.held.hate"),
    ]
    assert combine(verdicts).message == "moderation.held.threat"
    # Among rules' verdicts (or models' alone), the higher score speaks.
    assert combine(verdicts[:1] + verdicts[2:]).message == "moderation.held.hate"


def test_no_verdict_means_publish() -> None:
    assert combine([]).action is Action.PUBLISH
