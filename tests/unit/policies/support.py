"""What the rule tests ask of the engine: the action it takes on one comment."""

from __future__ import annotations

from palabre.policies.engine import classify_record


def action(text: str, lang: str = "fr") -> str:
    """``publish``, ``hold`` or ``reject`` for ``text``, as ``palabre classify`` decides."""
    return str(classify_record({"id": "t", "text": text, "lang": lang})["action"])
