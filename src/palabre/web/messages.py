"""What each error code and moderation message key says, in English (the gettext source).

A test checks that every code raised in the package has an entry here and a French
translation in the catalog.
"""

from __future__ import annotations

from functools import lru_cache

from palabre.web.i18n import N_, gettext_for

CORE_MESSAGES: dict[str, str] = {
    "body_empty": N_("Your comment is empty."),
    "body_too_long": N_("Your comment is too long: at most {max} characters."),
    "invalid_characters": N_("This field contains characters that are not allowed."),
    "name_required": N_("Please give a name."),
    "name_too_long": N_("This name is too long: at most {max} characters."),
    "email_required": N_("This site asks for an email address."),
    "invalid_email": N_("This email address is not valid."),
    "invalid_url": N_("This website address is not valid: it must start with http:// or https://."),
    "field_too_long": N_("This field is too long."),
    "invalid_field": N_("This field is not valid."),
    "invalid_input": N_("Some fields are not valid."),
    "invalid_json": N_("The request body is not valid JSON."),
    "unsupported_media_type": N_("Send the request as JSON (Content-Type: application/json)."),
    "request_too_large": N_("The request is too large."),
    "thread_not_found": N_("This article has no comment section."),
    "thread_closed": N_("Comments are closed on this article."),
    "parent_not_found": N_("The comment you are replying to is not in this thread."),
    "parent_unavailable": N_("The comment you are replying to is no longer available."),
    "comment_not_found": N_("This comment does not exist or is no longer available."),
    "edit_token_invalid": N_("This edit key does not match this comment."),
    "edit_window_expired": N_("The time to edit or delete this comment has passed."),
    "rate_limited": N_("You are posting too fast. Please wait a few minutes and try again."),
    "invalid_cursor": N_("This page link is not valid."),
    "invalid_limit": N_("The page size must be between 1 and {max}."),
    "invalid_sort": N_("The sort order must be oldest, newest or top."),
    "invalid_vote": N_("A vote is 1, -1 or 0."),
    "site_not_found": N_("This site is not known to this comment server."),
    "site_exists": N_("A site with this id already exists."),
    "invalid_site_id": N_("A site id is made of letters, digits, - and _."),
    "invalid_max_depth": N_("The reply depth must be between 1 and 20."),
    "invalid_origin": N_("An origin starts with http:// or https://."),
    "origin_not_allowed": N_("This page is not allowed to use these comments."),
    "origin_taken": N_("The origin {origin} already belongs to the site {site}."),
    "invalid_transition": N_("This comment cannot change to that status."),
    "not_found": N_("Nothing here."),
    "method_not_allowed": N_("This method is not allowed here."),
    "conflict": N_("This conflicts with the current state."),
    "forbidden": N_("You are not allowed to do this."),
    "error": N_("Something went wrong."),
    "internal_error": N_("Something went wrong on our side. Your comment was not lost: try again."),
    "busy": N_("The server is very busy. Nothing was saved: try again in a moment."),
    # Moderation outcomes, shown to the commenter.
    "moderation.published": N_("Your comment is published."),
    "moderation.held.premod": N_("Your comment will appear once an editor has approved it."),
    "moderation.held.review": N_("Your comment is awaiting moderation."),
    "moderation.held.links": N_("Your comment contains several links: it is awaiting moderation."),
    "moderation.held.duplicate": N_("You already posted this text: it is awaiting moderation."),
    "moderation.rejected": N_(
        "Your comment breaks the site's comment policy and was not published."
    ),
    "moderation.rejected.spam": N_("Your comment looks like spam and was not published."),
}


@lru_cache(maxsize=1)
def all_messages() -> dict[str, str]:
    """Core and feature messages. Imported on first use, not at import time: the feature
    packages import the web modules that import this one."""
    from palabre.web.admin.messages import ADMIN_MESSAGES
    from palabre.web.subscriptions.messages import SUBSCRIPTION_MESSAGES
    from palabre.web.widget.messages import WIDGET_MESSAGES

    return {**CORE_MESSAGES, **WIDGET_MESSAGES, **SUBSCRIPTION_MESSAGES, **ADMIN_MESSAGES}


def message(code: str, lang: str, **params: object) -> str:
    """The text for ``code`` in ``lang``, with its parameters filled in."""
    messages = all_messages()
    source = messages.get(code)
    if source is None:
        family = code.rsplit(".", 1)[0] if code.startswith("moderation.") else "error"
        source = messages.get(family, messages["error"])
    text = gettext_for(lang).gettext(source)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text
