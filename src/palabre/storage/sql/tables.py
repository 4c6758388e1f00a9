"""Every table of the schema. Import this module (not a single table module) wherever the
whole schema matters: migrations, the drift check, test clean-up."""

from __future__ import annotations

from palabre.storage.sql import schema
from palabre.storage.sql import tables_jobs, tables_subscriptions  # noqa: F401 - notifications
from palabre.storage.sql import tables_staff  # noqa: F401 - registers the staff tables
from palabre.storage.sql.metadata import metadata

__all__ = ["metadata", "schema"]
