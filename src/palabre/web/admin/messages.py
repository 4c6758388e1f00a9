"""Error codes and notices of the admin feature, in English (the gettext source).

Their French texts live in locales/fr/LC_MESSAGES/admin.po.
"""

from __future__ import annotations

ADMIN_MESSAGES: dict[str, str] = {}
