"""Error codes and notices of the widget feature, in English (the gettext source).

Their French texts live in locales/fr/LC_MESSAGES/widget.po.
"""

from __future__ import annotations

WIDGET_MESSAGES: dict[str, str] = {}
