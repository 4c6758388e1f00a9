from __future__ import annotations

import pytest

from palabre.domain.errors import InvalidInput
from palabre.text.clean import clean_text
from palabre.text.markup import render_markdown


def test_clean_refuses_controls_and_drops_invisibles() -> None:
    with pytest.raises(InvalidInput):
        clean_text("a\x00b", field="text", multiline=True)
    with pytest.raises(InvalidInput):
        clean_text("a\x1bb", field="text", multiline=True)
    assert clean_text(" a\u200bb\u202e c\r\nd ", field="text", multiline=True) == "ab c\nd"
    assert clean_text("a\n  b", field="name", multiline=False) == "a b"
    assert clean_text("e\u0301", field="t", multiline=False) == "é"  # NFC
    assert clean_text("👨\u200d👩\u200d👧", field="t", multiline=False) == "👨\u200d👩\u200d👧"


def test_markdown_subset() -> None:
    html = render_markdown("*a* **b** `c`\n\n> q\n\n1. x\n2. y\n\n~~d~~")
    for tag in (
        "<em>a</em>",
        "<strong>b</strong>",
        "<code>c</code>",
        "<blockquote>",
        "<ol>",
        "<s>d</s>",
    ):
        assert tag in html


def test_markdown_links_are_nofollow_and_safe() -> None:
    html = render_markdown(
        "[site](https://ex.example) https://auto.example [x](javascript:alert(1))"
    )
    assert '<a href="https://ex.example" rel="nofollow ugc noopener">site</a>' in html
    assert 'href="https://auto.example"' in html
    assert "javascript:" not in html.replace("[x](javascript:alert(1))", "")


def test_no_headings_images_or_raw_html() -> None:
    html = render_markdown("# titre\n\n![i](https://x.example/i.png)\n\n<b onclick=x>gras</b>")
    assert "<h1" not in html and "<img" not in html and "<b " not in html
    assert "&lt;b onclick=x&gt;" in html


@pytest.mark.parametrize(
    "source",
    [
        "Un avis sans lien, sur deux lignes.\nFin.Suite collée, M. Dupont, 1.5 million.",
        "Voir caf.fr ou www.insee.fr pour les chiffres.",
        "Le site café.fr, écrire à redaction@journal.example, ou //cdn.example.org/x.",
        "Un *accent* et une > citation\n\n- une liste\n- [un lien](https://example.org)",
        "mailto:someone@example.org et https://example.org/a?b=c",
    ],
)
def test_skipping_linkify_where_no_link_can_be_changes_nothing(source: str) -> None:
    """Comments with no dot before a domain, "@", "//" or scheme skip linkify's check."""
    from palabre.text import markup

    with_linkify = markup.sanitise(markup._parser(linkify=True).render(source))
    assert render_markdown(source) == with_linkify
