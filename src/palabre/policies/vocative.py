"""Insults said *to* the reader without a pronoun: "espèce de crétin", "pauvre con",
"Va lire l'article, abruti.", and the orders that silence ("ferme-la") told apart from
the same words closing something ("ferme la maternité")."""

from __future__ import annotations

import re

from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: The reader, as the words that address them ("you", "tu", "ton", ...).
#: A commenter addressed by their handle: "@Julie_B ...". Not an e-mail address, not a
#: leetspeak "a" inside a word ("m3nt@l").
HANDLE = re.compile(r"(?<![\w.@])@\w")
SECOND_PERSON = frozenset(map(squeeze, {"you", "your", "u", "tu", "te", "t", "toi", "ta", "ton",
                                        "vous"}))  # fmt: skip

#: Words that make an insult a form of address by themselves: "pauvre con", "espèce de
#: crétin", "vieux con", "you idiot".
_VOCATIVE_LEAD = frozenset(map(squeeze, {"pauvre", "pauvres", "espece", "sale", "sales", "gros",
                                         "grosse", "vieux", "vieille", "you"}))  # fmt: skip


#: Orders that open a sentence addressed to the reader.
_IMPERATIVES = frozenset(map(squeeze, {"va", "vas", "allez", "retourne", "rentre", "ferme",
                                       "tais", "arrete", "lis", "relis", "degage", "casse",
                                       "go", "get", "shut", "stop", "read", "piss"}))  # fmt: skip
_DESCRIBING = frozenset(map(squeeze, {"un", "une", "des", "le", "la", "l", "les", "ce", "cet",
                                      "cette", "ces", "a", "an", "the", "of", "d",
                                      "de"}))  # fmt: skip
_NOT_BEFORE_ESPECE = frozenset({"la", "le", "les"})


def vocative(text: Text, m: Match) -> bool:
    """The insult addresses the reader without a pronoun: "espèce de crétin", "pauvre con",
    or set off by a comma at the end of its sentence ("Retourne jouer, abruti.")."""
    keys = text.keys
    lead = keys[m.first - 1] if m.first else ""
    at = -1
    if keys[m.first] in _VOCATIVE_LEAD:
        at = m.first
    elif lead in _VOCATIVE_LEAD:
        at = m.first - 1
    elif lead in ("de", "d") and m.first >= 2 and keys[m.first - 2] in _VOCATIVE_LEAD:
        at = m.first - 2
    if at >= 0:
        # "une espèce de crétin", "un vieux con" describe someone; bare, they address.
        describing = _DESCRIBING
        if keys[at] == "espece":
            # "ferme-la espèce de ...": "espèce" takes "l'", never "la", as its article.
            describing = _DESCRIBING - _NOT_BEFORE_ESPECE
        if not at or keys[at - 1] not in describing:
            return True
        return "," in text.gap(at)
    last = m.last - 1
    before = text.gap(m.first) if m.first else ""  # the first word follows no comma
    if not before.rstrip().endswith(","):
        return _bare_address(text, m)
    # Set off by commas on both sides ("Ferme-la, connasse, personne ne t'a ...") or
    # ending its sentence ("Va lire l'article, abruti.").
    if (
        last + 1 < len(keys)
        and text.same_sentence(last + 1, m.first)
        and "," not in text.gap(last + 1)
    ):
        return False
    # "Encore une hausse des impôts, minable." judges the news; an address needs the
    # reader in the sentence, or an order at its start ("Va lire l'article, abruti.").
    start = text.sentence_start(m.first)
    return bool(text.in_sentence("second_person", m.first)) or keys[start] in _IMPERATIVES


#: Words that may come before the order that opens an address: "Bah arrête ...".
_INTERJECTIONS = frozenset(map(squeeze, {"bah", "ben", "non", "oh", "eh", "mais", "et", "alors",
                                         "hey", "oui", "ok", "allez", "well", "so",
                                         "no", "yeah", "yes", "now"}))  # fmt: skip
#: Thanks and greetings that address the reader as an order does: "Merci connard".
_GREETINGS = frozenset(map(squeeze, {"merci", "bravo", "salut", "bonjour", "bonsoir",
                                     "coucou", "thanks", "thank", "hello", "hi", "bye",
                                     "congrats", "cheers"}))  # fmt: skip
#: How far into its sentence a bare address may stand.
_ADDRESS_REACH = 8


def _bare_address(text: Text, m: Match) -> bool:
    """An insult with no comma before it that still addresses the reader: an order or a
    greeting opens a short sentence that the insult ends ("Arrête connasse", "Merci
    connard", "Bah arrête d'être tactile connasse"). Online, the comma is often left out.
    An article before it ("arrête les cons") or a word after it ("stop idiot policies")
    makes it a noun of the sentence instead."""
    keys = text.keys
    if not m.first or keys[m.first - 1] in _DESCRIBING:
        return False
    end = text.sentence_end(m.first)
    if m.last < end and not text.gap(m.last).strip():
        return False
    start = text.sentence_start(m.first)
    while start < m.first and keys[start] in _INTERJECTIONS:
        start += 1
    return (start < m.first and m.first - start <= _ADDRESS_REACH
            and (keys[start] in _IMPERATIVES or keys[start] in _GREETINGS))  # fmt: skip


#: "ferme la": "ferme-la !" silences the reader, "ferme la maternité" closes a ward.
_CLOSE_IT = ("ferme", "la")
_STILL_SILENCING = frozenset(map(squeeze, {"donc", "un", "peu", "maintenant", "vite", "stp",
                                           "svp", "espece", "pauvre", "sale"}))  # fmt: skip


def object_follows(text: Text, m: Match) -> bool:
    """ "ferme la" with a noun after it in the same clause: a verb and its object."""
    if tuple(text.keys[m.first : m.last]) != _CLOSE_IT or m.last >= len(text.keys):
        return False
    gap = text.gap(m.last)
    after = text.keys[m.last]
    insults = {o.first for o in text.scan.get("insult")}
    return (text.same_sentence(m.first, m.last) and not gap.strip()
            and after not in SECOND_PERSON and after not in _STILL_SILENCING
            and m.last not in insults)  # fmt: skip


#: Words that make a weak word an insult, after it ("idiote finie", "débile profond") or
#: before it ("a total clown", "un parfait crétin").
_INTENSIFIERS_AFTER = frozenset(map(squeeze, {"fini", "finie", "finis", "finies", "profond",
                                              "profonde", "crasse", "congenital",
                                              "congenitale", "notoire"}))  # fmt: skip
_INTENSIFIERS_BEFORE = frozenset(map(squeeze, {"total", "totale", "complet", "complete",
                                               "parfait", "parfaite", "absolute", "utter",
                                               "sacre", "sacree", "pure", "bloody"}))  # fmt: skip


def intensified(keys: list[str], m: Match) -> bool:
    """The weak word ``m`` is made an insult by the word after or before it."""
    after = keys[m.last] if m.last < len(keys) else ""
    before = keys[m.first - 1] if m.first > 0 else ""
    return after in _INTENSIFIERS_AFTER or before in _INTENSIFIERS_BEFORE


def named_then_called(text: Text, m: Match) -> bool:
    """The insult said of someone named or asked about just before it: "Cazenave =
    enc*lé", "La proprio du gîte ? Une vieille connasse qui compte les serviettes"."""
    start = text.sentence_start(m.first)
    if m.first - start > 2:
        return False
    if any("=" in text.gap(i) for i in range(max(start, 1), m.first + 1)):
        return True  # "X = insult", "X = ..."
    if start == 0 or not text.question[text.sentence[start - 1]]:
        return False
    asked = text.sentence[start - 1]
    return any(text.sentence[r.first] == asked for n in ("role", "person_noun")
               for r in text.scan.get(n))  # fmt: skip
