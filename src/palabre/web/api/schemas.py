"""Request and response shapes of the JSON API (they make up /openapi.json)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import Path, Query
from pydantic import BaseModel, ConfigDict, Field

from palabre.domain.comments import Comment
from palabre.domain.threads import Thread

#: Ids are 64-bit in the database: a larger number is refused at the edge, not by the driver.
MAX_ID = 2**63 - 1
CommentIdPath = Annotated[int, Path(ge=1, le=MAX_ID, description="Comment id.")]
DbIdQuery = Annotated[int | None, Query(ge=1, le=MAX_ID)]


class AnchorIn(BaseModel):
    """The quoted passage of the article an inline comment is about."""

    exact: str = Field(min_length=1, max_length=2000)
    prefix: str = Field("", max_length=200)
    suffix: str = Field("", max_length=200)


class CommentCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="Markdown source: emphasis, links, quotes, lists, code.")
    author_name: str = Field(description="Display name of the guest.")
    author_email: str | None = Field(
        None, description="Optional unless the site requires it; never shown."
    )
    author_website: str | None = Field(
        None, description="Optional http(s) URL shown with the name."
    )
    parent_id: int | None = Field(
        None, ge=1, le=MAX_ID, description="The comment this one replies to."
    )
    anchor: AnchorIn | None = Field(None, description="For an inline comment on a passage.")
    thread_title: str = Field(
        "", max_length=500, description="Title, when this creates the thread."
    )
    thread_url: str = Field(
        "", max_length=2000, description="Article URL, when this creates the thread."
    )
    lang: Literal["fr", "en"] | None = Field(None, description="Language of the comment.")
    hp: str | None = Field(None, description="Honeypot: a hidden field that must stay empty.")
    form_age_ms: int | None = Field(None, ge=0, description="Time the reader spent on the form.")


class CommentEdit(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    edit_token: str = Field(min_length=1, max_length=200)


class CommentDelete(BaseModel):
    model_config = ConfigDict(extra="forbid")

    edit_token: str = Field(min_length=1, max_length=200)


class VoteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    value: Literal[-1, 0, 1] = Field(description="1 up, -1 down, 0 withdraws the vote.")
    voter: str | None = Field(
        None,
        min_length=8,
        max_length=100,
        description="A random id the widget keeps for this reader; else a cookie, else the IP.",
    )


class AuthorOut(BaseModel):
    name: str
    website: str | None
    staff: bool


class AnchorOut(BaseModel):
    exact: str
    prefix: str
    suffix: str


class CommentOut(BaseModel):
    id: int
    parent_id: int | None
    reply_to_id: int | None
    depth: int
    status: str
    author: AuthorOut
    html: str
    created_at: datetime
    edited_at: datetime | None
    upvotes: int
    downvotes: int
    score: int
    reply_count: int
    featured: bool
    anchor: AnchorOut | None


class ModerationOut(BaseModel):
    action: str
    message_code: str
    message: str


class CommentCreated(BaseModel):
    comment: CommentOut
    edit_token: str
    edit_until: datetime
    moderation: ModerationOut


class CommentEdited(BaseModel):
    comment: CommentOut
    moderation: ModerationOut


class ThreadOut(BaseModel):
    key: str
    title: str
    url: str
    status: str
    published_count: int
    inline_count: int
    version: int = Field(
        description="Moves on with every change readers can see. A live stream opened with "
        "after=version receives every comment published since this answer."
    )


class ThreadPageOut(BaseModel):
    thread: ThreadOut
    sort: str
    comments: list[CommentOut]
    next_cursor: str | None


class VoteOut(BaseModel):
    comment_id: int
    upvotes: int
    downvotes: int
    score: int
    my_vote: int


class CountOut(BaseModel):
    published: int
    inline: int


class CountsOut(BaseModel):
    counts: dict[str, CountOut]


class ErrorBody(BaseModel):
    code: str
    message: str
    field: str | None = None


class ErrorOut(BaseModel):
    error: ErrorBody


def iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def comment_json(c: Comment) -> dict[str, Any]:
    """A comment as the API shows it. Emails and IP hashes never leave the server."""
    deleted = c.status.value == "deleted"
    return {
        "id": c.id,
        "parent_id": c.parent_id,
        "reply_to_id": c.reply_to_id,
        "depth": c.depth,
        "status": c.status.value,
        "author": {
            "name": "" if deleted else c.author.name,
            "website": None if deleted else c.author.website,
            "staff": c.author.kind.value == "staff",
        },
        "html": c.body_html,
        "created_at": iso(c.created_at),
        "edited_at": iso(c.edited_at),
        "upvotes": c.upvotes,
        "downvotes": c.downvotes,
        "score": c.score,
        "reply_count": c.reply_count,
        "featured": c.featured,
        "anchor": (
            {"exact": c.anchor.exact, "prefix": c.anchor.prefix, "suffix": c.anchor.suffix}
            if c.anchor
            else None
        ),
    }


def thread_json(t: Thread) -> dict[str, Any]:
    return {
        "key": t.key,
        "title": t.title,
        "url": t.url,
        "status": t.status.value,
        "published_count": t.published_count,
        "inline_count": t.inline_count,
        "version": t.version,
    }
