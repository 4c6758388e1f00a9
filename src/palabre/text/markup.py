"""Comment Markdown: a safe subset rendered to HTML, then sanitised with nh3.

Rendering happens once, when a comment is written; readers get the stored HTML.
"""

from __future__ import annotations

import re
from functools import lru_cache

import nh3
from markdown_it import MarkdownIt

_TAGS = {"p", "br", "em", "strong", "a", "blockquote", "ul", "ol", "li", "code", "pre", "del", "s"}
_ATTRIBUTES = {"a": {"href"}, "ol": {"start"}}


@lru_cache(maxsize=2)
def _parser(linkify: bool = True) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": linkify, "breaks": True})
    md.enable(["linkify", "strikethrough"])
    # Headings, images, rules and raw HTML are not part of comment markup.
    md.disable(["heading", "lheading", "image", "hr", "html_block", "html_inline"])
    return md


#: What any link linkify could find holds: a dot between a word and two letters (a
#: domain), "@" (an email), "//" or a scheme. Without one, linkify's own check, run on
#: every paragraph, is skipped: it cost a tenth of a millisecond a paragraph.
_MAY_LINK = re.compile(r"(?i)\w\.\w\w|@|//|mailto:|https?:|ftp:")


def render_markdown(source: str) -> str:
    return sanitise(_parser(linkify=_MAY_LINK.search(source) is not None).render(source))


def sanitise(html: str) -> str:
    """The rendered HTML with only comment markup left, links marked as the reader's."""
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow ugc noopener",
    ).strip()
