"""What a commenter is told about the fate of their comment."""

from __future__ import annotations

from palabre.domain.sites import Site
from palabre.services.posting import PostResult
from palabre.web.messages import message
from palabre.web.state import AppState


def outcome_code(result: PostResult) -> str:
    """The message key: the deciding check's own, else one for the status."""
    status = result.comment.status.value
    if status == "published":
        return "moderation.published"
    if status == "pending":
        return result.decision.message or "moderation.held.premod"
    if status == "spam":
        return result.decision.message or "moderation.rejected.spam"
    return result.decision.message or "moderation.rejected"


def outcome_message(state: AppState, site: Site, code: str, lang: str) -> str:
    """The site's policy words it first (« la rédaction le relira… »); the catalog else."""
    texts = state.policies.for_site(site).messages().get(code)
    if texts and lang in texts:
        return texts[lang]
    return message(code, lang)
