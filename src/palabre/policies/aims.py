"""Whether swearing is aimed at someone: the sentence of a crude word names a person, a
group, "you" or "they". A model score alone does not act on swearing aimed at no one."""

from __future__ import annotations

from palabre.policies.address import THIRD_SINGULAR
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text
from palabre.policies.things import takes_up_a_thing

_CRUDE = ("profanity", "insult", "insult_weak", "dehum", "slur")
_SOMEONE = ("identity", "identity_adj", "second_person", "third_person", "role", "person_noun")


def crude_aimed(text: Text, named: set[int]) -> bool:
    """Whether a crude word's sentence names someone: a group, "you", "they", "he", a
    role, or a person by name (``named``: their sentences)."""
    scan = text.scan
    crude = {text.sentence[m.first] for n in _CRUDE for m in scan.get(n)
             if not _exclaimed(text, m)}
    if not crude:
        return False
    if crude & named:
        return True
    someone = {text.sentence[m.first] for n in _SOMEONE for m in scan.get(n)}
    keys = scan.keys
    for i, k in enumerate(keys):
        impersonal = k == "il" and i + 1 < len(keys) and keys[i + 1] in _IMPERSONAL
        # "Mon téléphone est une merde, il plante": the pronoun takes up the thing.
        if k in THIRD_SINGULAR and not impersonal and not takes_up_a_thing(text, i):
            someone.add(text.sentence[i])
    return bool(crude & someone)


#: After "il", a verb or "y" that makes it impersonal: "il y a", "il n'y a", "il faut".
_IMPERSONAL = frozenset({"y", "n", "faut", "falait", "faudra", "faudrait", "pleut", "neige",
                         "manque", "reste", "fait", "suffit", "semble", "parait"})  # fmt: skip
#: "un putain de but", "ce putain de bus": the swear word intensifies a noun.
_ARTICLES = frozenset(map(squeeze, {"un", "une", "ce", "cet", "cette", "le", "la", "mon", "ma",
                                    "ton", "ta", "son", "sa", "ces", "des"}))  # fmt: skip
_OF = frozenset(map(squeeze, {"de", "d"}))
#: Swearing that opens a sentence as an exclamation: "Bordel de merde, ...", "Putain, ...".
_EXCLAIMED = frozenset(map(squeeze, {"bordel", "putain", "merde", "fuck", "shit", "damn"}))


def _exclaimed(text: Text, m: Match) -> bool:
    """Swearing that is an exclamation or an intensifier, aimed at nothing in its sentence:
    "Bordel de merde, ils ont encore augmenté le passe", "ils ont mis un putain de but",
    "Putain de réveil". Not "Putain elle est ..." with no comma: the swearing runs on."""
    keys = text.keys
    start = text.sentence_start(m.first)
    before = keys[m.first - 1] if m.first > start else None
    if m.list == "profanity" and (before is None or before in _ARTICLES) and (
        keys[m.last : m.last + 1] and keys[m.last] in _OF
    ):
        return True
    return (keys[start] in _EXCLAIMED
            and all(k in _EXCLAIMED or k in _OF for k in keys[start : m.last])
            and m.last < len(keys) and "," in text.gap(m.last))  # fmt: skip
