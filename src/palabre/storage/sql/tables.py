"""Every table of the schema. Import this module (not a single table module) wherever the
whole schema matters: migrations, the drift check, test clean-up."""

from __future__ import annotations

from palabre.storage.sql import (  # noqa: F401 - notifications
    schema,
    tables_jobs,
    tables_staff,
    tables_subscriptions,
)
from palabre.storage.sql.metadata import metadata

__all__ = ["metadata", "schema"]
