"""Error codes and notices of the subscriptions feature, in English (the gettext source).

Their French texts live in locales/fr/LC_MESSAGES/subscriptions.po.
"""

from __future__ import annotations

SUBSCRIPTION_MESSAGES: dict[str, str] = {}
