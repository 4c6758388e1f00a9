"""Domain errors: each has a stable code that the API and the widget translate."""

from __future__ import annotations


class PalabreError(Exception):
    """Base for errors a user can act on. ``code`` is stable; ``status`` is HTTP-ish."""

    code = "error"
    status = 400

    def __init__(self, code: str | None = None, *, field: str | None = None, **params: object):
        self.code = code or self.code
        self.field = field
        self.params = params
        super().__init__(self.code)


class InvalidInput(PalabreError):
    code = "invalid_input"
    status = 422


class NotFound(PalabreError):
    code = "not_found"
    status = 404


class ThreadClosed(PalabreError):
    code = "thread_closed"
    status = 403


class Forbidden(PalabreError):
    code = "forbidden"
    status = 403


class Conflict(PalabreError):
    code = "conflict"
    status = 409


class ChangedMeanwhile(Conflict):
    """The row changed between reading and writing it: another writer got there first."""


class RateLimited(PalabreError):
    code = "rate_limited"
    status = 429

    def __init__(self, code: str | None = None, *, retry_after: int = 60, **params: object):
        super().__init__(code)
        self.params = {**params, "retry_after": retry_after}
        self.retry_after = retry_after
