"""A state, its government or its army is not its people; a restaurant is not its cooks.

"Le régime algérien est une bande de menteurs" criticises a government; "the Chinese
Communist Party lies" a party; "ce resto chinois c'est de la merde" a restaurant. A
nationality adjective that qualifies an institution or a thing names no group of people,
so the scan drops it before any rule reads it as one.
"""

from __future__ import annotations

from palabre.policies.matches import Match

#: Lists whose entries name a group by an adjective ("algérien", "Chinese"), and those
#: that also hold nouns ("algérien" is both): the latter only right next to the noun.
_ADJECTIVES = "identity_adj"
_NOUNS = "identity"
#: The list of institution nouns ("régime", "gouvernement", "army"), and of things a
#: group's adjective may qualify ("restaurant", "cuisine", "film").
INSTITUTION = "institution"
THING = "thing"
#: Words between the noun and its adjective: "le régime militaire birman", "the Chinese
#: Communist Party".
_GAP = 1
#: Faiths stay groups next to an institution: "le gouvernement juif" is a conspiracy
#: trope, not a state; the rules judge it.
_FAITHS = ("juif", "juiv", "jew", "musulm", "muslim", "islam", "chretien", "christian",
           "catholi", "protestant", "sionist", "zionist")  # fmt: skip


def drop_state_adjectives(matches: list[Match]) -> list[Match]:
    """``matches`` without the nationality words that qualify an institution or a thing,
    before it (English) or after it (French): an adjective at most one word apart, a word that is
    also a noun only right next to it."""
    nouns = [m for m in matches if m.list in (INSTITUTION, THING)]
    if not nouns:
        return matches

    def qualifies(m: Match) -> bool:
        if m.list not in (_ADJECTIVES, _NOUNS) or m.entry.startswith(_FAITHS):
            return False
        gap = _GAP if m.list == _ADJECTIVES else 0
        return any(0 <= m.first - n.last <= gap or 0 <= n.first - m.last <= gap for n in nouns)

    return [m for m in matches if not qualifies(m)]
