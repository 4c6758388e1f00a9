"""Salted hashes of emails, IPs and voters: enough to link, not to identify."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from palabre.policies.base import hash_identity


class Hasher:
    def __init__(self, secret: str) -> None:
        self._salt = hashlib.sha256(("identity:" + secret).encode()).hexdigest()

    def ip(self, ip: str | None) -> str | None:
        return hash_identity(ip, self._salt)

    def email(self, email: str | None) -> str | None:
        return hash_identity(email, self._salt)

    def voter(self, voter: str) -> str:
        h = hash_identity("voter:" + voter, self._salt)
        assert h is not None
        return h


def new_token() -> str:
    return secrets.token_urlsafe(24)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def token_matches(token: str, stored_hash: str | None) -> bool:
    return stored_hash is not None and hmac.compare_digest(token_hash(token), stored_hash)
