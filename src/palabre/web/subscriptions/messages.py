"""Error codes and notices of the subscriptions feature, in English (the gettext source).

Their French texts live in locales/fr/LC_MESSAGES/subscriptions.po.
"""

from __future__ import annotations

from palabre.web.i18n import N_

SUBSCRIPTION_MESSAGES: dict[str, str] = {
    "subscription.confirmation_sent": N_(
        "Check your mailbox: we sent you a link to confirm your subscription."
    ),
    "subscription.confirmed": N_(
        "You will get a mail when there is something new. Every mail has a link to unsubscribe."
    ),
    "subscription.unsubscribed": N_("You will get no more mails about these comments."),
    "subscription.updated": N_("Your subscriptions are updated."),
    "subscription_mode_invalid": N_("Choose all new comments or replies to your comments."),
    "subscription_rate_limited": N_(
        "Too many subscription requests for this address today. Try again tomorrow."
    ),
    "subscription_link_invalid": N_(
        "This link is not valid. Copy the whole link from the mail, or subscribe again."
    ),
    "subscription_link_expired": N_("This link has expired. Subscribe again to get a new one."),
    "subscription_ended": N_(
        "This subscription was ended. Subscribe again from the article if you want mails."
    ),
    "subscription_not_found": N_("This subscription does not exist."),
}
