"""People named in a comment: capitalised names and titles, the sentences that hold them
(defamation and insults need someone named), and surnames that merely contain a slur
("Nicolas Lenègre")."""

from __future__ import annotations

import bisect
import re

from palabre.policies.matches import Match
from palabre.policies.normalize import fold, squeeze
from palabre.policies.sentences import Text

_NAME = re.compile(r"\b(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+|[A-Z]{2,})(?:\s+(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+))*")
# The lookahead changes no match (every title starts with one of its letters): it
# spares trying each title at every word.
_TITLES = re.compile(
    r"(?i)\b(?=[dlmpst])(?:m\.|mme|mlle|monsieur|madame|mr\.?|mrs\.?|ms\.?|dr\.?|le maire|la maire|"
    r"le ministre|la ministre|le président|la présidente|le député|la députée|le sénateur|"
    r"the mayor|the minister|senator|president)\b"
)
#: A lone capitalised word after these is a place: "à Villeurbanne", "in Leeds".
_PLACE_BEFORE = re.compile(
    r"(?i)(?:\b(?:au|aux|en|dans|vers|in|at|école|ecole|lycée|lycee|collège|college|rue|"
    r"gare|hôtel|hotel|hôpital|hopital|quartier|base|radio|place|avenue|boulevard|school|"
    r"street|station|hospital|academy)(?:\s+(?:de|du|des|d'|of))?|(?<!\w)à)\s+$"
)
_PLURAL_ARTICLE = re.compile(r"(?i)\b(?:les|des|aux|ces)\s+$")
_ABBREVIATED_TITLE = re.compile(r"\b(?:M|Mr|Mrs|Ms|Dr|Mme|Mlle|Me|Pr)\.$")
#: Institutions and places a comment accuses or blames as often as people: "le Kremlin
#: ment", "la guerre en Ukraine". They name no one a defamation could hurt.
_PLACES_AND_BODIES = """
    Kremlin Élysée Elysée Elysee Matignon Vatican Église Eglise État Etat Parlement Sénat
    Senat Assemblée Gouvernement Commission Conseil Union Pentagone Pentagon Congress
    Senate Parliament Government Church Downing Whitehall Westminster Maison Bruxelles
    Brussels Moscou Moscow Pékin Beijing Ukraine Russie Russia Israël Israel Gaza Iran
    Chine China France Belgique Belgium Suisse Switzerland Québec Quebec Canada Europe
    Afrique Africa Allemagne Germany Italie Italy Espagne Spain Algérie Algeria Maroc
    Morocco Tunisie Tunisia Syrie Syria Liban Lebanon Turquie Turkey Amérique America
    États-Unis Etats-Unis USA UK EU UE ONU UN OTAN NATO Paris Londres London Genève Geneva
    Lyon Marseille Lille Montréal Montreal Toronto Ottawa Hamas Hezbollah Tsahal Google
    Facebook Meta Amazon Apple Microsoft Twitter SNCF RATP EDF Cisjordanie Jérusalem
    Nice Toulouse Strasbourg Bordeaux Nantes Rennes Montpellier Grenoble Rouen Reims Metz
    Nancy Dijon Brest Calais Liège Lausanne Alger Rabat Tunis Dakar Abidjan Birmingham
    Manchester Leeds Glasgow Dublin Belfast Cardiff Edinburgh Melbourne Sydney Brisbane
    Chicago Boston Houston Jerusalem Palestine Tel-Aviv Islam Judaism Judaïsme Christianity
    Christianisme Catholicism Catholicisme Hinduism Hindouisme Buddhism Bouddhisme Catholic
    Catholique Anglican Orthodox Orthodoxe Covid COVID Vitale CAF Pôle Urssaf
    Insee INSEE OQTF
"""

_NOT_NAMES = frozenset(
    [
        "I", "Je", "Il", "Elle", "On", "Nous", "Vous", "Ils", "Elles", "Le", "La", "Les",
        "Un", "Une", "Des", "Ce", "Cette", "Ces", "Et", "Mais", "Ou", "Si", "Quand", "The",
        "A", "An", "And", "But", "Or", "If", "When", "This", "That", "These", "Those", "It",
        "He", "She", "They", "We", "You", "My", "Your", "Oui", "Non", "Yes", "No", "Bref",
        "Enfin", "Alors", "Donc", "Pourtant", "Merci", "Bravo", "OK", "Ok", "Lol", "Mdr"
    ]
) | frozenset(_PLACES_AND_BODIES.split())


_WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def surname(text: Text, m: Match) -> bool:
    """The slur is, or is glued inside, a capitalised name: a first name and a surname
    ("Nicolas Lenègre"), a title ("M. Lenègre"), a place ("la Pointe des Nègres") or a
    longer name it starts ("le Negresco")."""
    if m.last - m.first != 1:
        return False
    original = text.scan.normalized.original
    start = text.scan.span(m)[0]
    words = list(_WORDS.finditer(original))
    at = next((i for i, w in enumerate(words) if w.start() <= start < w.end()), None)
    if at is not None and _before_a_surname(text, m, words, at):
        return True  # "Kiké Hernández with a clutch double"
    if not at:
        return False
    word, before = words[at].group(), words[at - 1].group()
    between = original[words[at - 1].end() : words[at].start()]
    if not _title_case(word) or between.strip() not in ("", "."):
        return False
    if before.lower() in TITLES and before[:1].isupper():
        return True  # "M. Lenègre"
    if before.lower() in _STREETS:
        return True  # "boulevard Gouin", "rue Négrier": a street named after someone
    # A place: "la Pointe des Nègres", a capitalised name, a preposition, this word.
    if before in _OF and at >= 2 and words[at - 2].group()[:1].isupper():
        lead = original[: words[at - 2].start()].rstrip()
        if lead and lead[-1] not in ".!?:\n\"«" and not original[
            words[at - 2].end() : words[at - 1].start()
        ].strip():
            return True  # not "Encore des Nègres ...", where the capital starts a sentence
    # A name longer than the slur it was read as: "le Negresco".
    key = text.scan.keys[m.first]
    longer = len(word) >= len(key) + 2 and squeeze(fold(word)).startswith(key)
    if longer and text.sentence_start(m.first) != m.first:
        return True
    # A first name, not a determiner written at the start of a sentence ("Those ...").
    return (between.strip() == "" and _title_case(before)
            and squeeze(before.lower()) not in _DETERMINERS)  # fmt: skip


def _before_a_surname(text: Text, m: Match, words: list[re.Match[str]], at: int) -> bool:
    """A capitalised first name right before a capitalised surname that names no group."""
    original = text.scan.normalized.original
    if at + 1 >= len(words) or not _title_case(words[at].group()):
        return False
    nxt = words[at + 1]
    if not _title_case(nxt.group()) or nxt.group() in _NOT_NAMES:
        return False
    if original[words[at].end() : nxt.start()].strip():
        return False
    return not any(g.first == m.last for n in ("identity", "identity_adj", "slur")
                   for g in text.scan.get(n))  # fmt: skip


_OF = frozenset({"des", "de", "du", "of"})
_STREETS = frozenset({"rue", "boulevard", "bd", "avenue", "av", "place", "quai", "impasse",
                      "chemin", "route", "pont", "allée", "allee", "cours", "square", "street",
                      "road", "lane", "st", "rd"})


#: Titles before a name, as written (lower case): the key of "Mme" is "me", as is the
#: pronoun's, so titles are compared with the words, not the keys.
TITLES = frozenset({"m", "mme", "mlle", "mr", "mrs", "ms", "dr", "me", "pr", "docteur",
                    "madame", "monsieur", "sir", "maitre"})  # fmt: skip


def _title_case(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


def titled(text: Text, start: int, end: int) -> bool:
    """A title among tokens ``[start, end)``, or ending the sentence before ``start``
    (the sentence cut after "M." leaves it there). "M." is a title; the "m" of "I'm" is
    not."""
    norm = text.scan.normalized.text
    return any(t.text in TITLES and (t.text != "m" or norm[t.end : t.end + 1] == ".")
               for t in text.scan.tokens[max(0, start - 1) : end])  # fmt: skip


def proper_noun(text: Text, m: Match, addressing: frozenset[str]) -> bool:
    """A one-word match written as a name inside its sentence, with none of the
    ``addressing`` words (articles, "you", epithets) before it: a surname or a place
    ("Marc Salaud, le président", "visiting Twatt in Orkney"), not an insult. Capitals
    throughout ("CONNARD") still count."""
    if m.last - m.first != 1:
        return False
    start, end = text.scan.span(m)
    original = text.scan.normalized.original
    word = original[start:end]
    if m.first == text.sentence_start(m.first):
        # "M. Conard": the title's full stop is no end of sentence.
        before = original[max(0, start - 8) : start].rstrip()
        return _title_case(word) and bool(_ABBREVIATED_TITLE.search(before))
    return _title_case(word) and text.keys[m.first - 1] not in addressing
_DETERMINERS = frozenset(map(squeeze, {
    "les", "des", "ces", "le", "la", "un", "une", "sale", "sales", "tous", "toutes", "the",
    "those", "these", "a", "an", "some", "all", "dirty", "filthy", "bloody", "fucking",
    "stupid", "espece", "bande", "what", "such", "that", "this", "ce", "cette", "mes", "nos",
}))  # fmt: skip


def named_people(original: str) -> tuple[list[int], list[int]]:
    """Where capitalised names that do not merely start a sentence, and titles, begin;
    then the same without a people named in the plural ("les Russes") or a place ("à
    Villeurbanne"), which is what a defamation needs: one person."""
    out = [m.start() for m in _TITLES.finditer(original)]
    peoples: set[int] = set()
    shouted: bool | None = None
    for m in _NAME.finditer(original):
        if m.group(0).isupper():
            if shouted is None:
                # In a comment written in capitals every word looks like a name: keep them.
                shouted = sum(map(str.isupper, original)) > sum(map(str.islower, original))
            if not shouted:
                continue  # "l'ARS", "les OQTF", "MURDER Villa": an acronym or a shout
        word = m.group(0).split()[0]
        # The patterns end at the name: searching only the few characters before it keeps
        # a long comment with many names linear.
        if _PLURAL_ARTICLE.search(original, max(0, m.start() - 6), m.start()):
            peoples.add(m.start())  # "les Russes", "des Anglais": a people, not a person
        before = m.start()  # the last character before the name that is not a space
        while before and original[before - 1].isspace():
            before -= 1
        sentence_start = (not before or original[before - 1] in ".!?:\n\"«") and not (
            _ABBREVIATED_TITLE.search(original, max(0, before - 6), before)  # "M. Petit"
        )
        words = m.group(0).split()
        if word in _NOT_NAMES and len(words) >= 2 and words[1] not in _NOT_NAMES:
            # "Ce Pierre Martin est ...": the name starts at the second word.
            out.append(m.start() + m.group(0).index(words[1], len(word)))
            continue
        if word in _NOT_NAMES or (sentence_start and " " not in m.group(0)):
            continue
        if " " not in m.group(0) and _PLACE_BEFORE.search(original, max(0, m.start() - 16),
                                                          m.start()):  # fmt: skip
            peoples.add(m.start())  # "volé une voiture à Villeurbanne": a place, no person
        out.append(m.start())
    return out, [start for start in out if start not in peoples] if peoples else out


def person_named(original: str) -> bool:
    """A title or a first and last name: "Mme Roux", "Pierre Martin". A lone capitalised
    word is as often a place, a firm or a feast ("Nantes", "SNCF", "Noël"), and swearing
    at one of those aims at no one."""
    return bool(_TITLES.search(original)) or any(
        len(words) >= 2 and words[0] not in _NOT_NAMES and words[1] not in _NOT_NAMES
        for words in (m.group(0).split() for m in _NAME.finditer(original))
    )


def name_sentences(text: Text, starts: list[int]) -> set[int]:
    """The sentences (as token sentence numbers) that hold a name or a title."""
    norm = text.scan.normalized
    origin = [norm.offsets[t.start] if t.start < len(norm.offsets) else 0
              for t in text.scan.tokens]  # fmt: skip
    out = set()
    for pos in starts:
        i = bisect.bisect_left(origin, pos)
        if i < len(origin):
            out.add(text.sentence[i])
    return out
