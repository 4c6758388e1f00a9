"""The one ``MetaData`` every table module registers with."""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer, MetaData

# Named constraints so that migrations can refer to them on both databases.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
    }
)

# BigInteger ids are INTEGER on SQLite so that they alias the rowid.
Id = BigInteger().with_variant(Integer(), "sqlite")
