"""Sites: registration and lookup by origin."""

from __future__ import annotations

import pytest

from palabre.domain.errors import Conflict, InvalidInput
from palabre.domain.sites import Site
from palabre.services.sites import SiteDirectory
from palabre.storage.sql.database import Database


def test_add_and_resolve_by_origin(db: Database) -> None:
    sites = SiteDirectory(db, default_id="default")
    sites.add(Site(id="quotidien", name="Le Quotidien", origins=("https://www.quotidien.example",)))
    assert sites.resolve(None, "https://www.quotidien.example").id == "quotidien"
    assert sites.resolve(None, "https://elsewhere.example").id == "default"
    assert sites.resolve("quotidien", None).id == "quotidien"


def test_an_origin_belongs_to_one_site(db: Database) -> None:
    sites = SiteDirectory(db, default_id="default")
    sites.add(Site(id="a", name="A", origins=("https://a.example",)))
    with pytest.raises(Conflict) as refused:
        sites.add(Site(id="b", name="B", origins=("https://a.example/",)))
    assert refused.value.code == "origin_taken"
    sites.add(Site(id="b", name="B", origins=("https://b.example",)))
    with pytest.raises(Conflict):
        sites.update("b", origins=("https://a.example",))


def test_invalid_sites_are_refused(db: Database) -> None:
    sites = SiteDirectory(db, default_id="default")
    with pytest.raises(InvalidInput):
        sites.add(Site(id="no spaces", name="X"))
    with pytest.raises(InvalidInput):
        sites.add(Site(id="ok", name="X", origins=("ftp://x.example",)))
    with pytest.raises(Conflict):
        sites.add(Site(id="default", name="again"))
