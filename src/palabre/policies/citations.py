"""Citing: a reader who links a source, told from a shop that links itself.

The spam model learnt that links are spam. A comment whose one ordinary link is shown as
a source (the body that publishes it named, a public body's domain, or a kind of page
said) is a reader citing: neither the model nor the comment's shortness may hold it.
"""

from __future__ import annotations

import re

from palabre.policies.normalize import plain_letters
from palabre.policies.spam_signals import (
    FIRST_PERSON_WORDS,
    PUBLIC_BODY_DOMAIN,
    Signal,
    prose_of,
)

_WORD = re.compile(r"\w+")

#: Words of a reader pointing to a source, not to a shop.
_CITING = re.compile(
    r"(?i)\b(?:rapport|reports?|judge?ment|jugement|arr[eê]t|ruling|[ée]tude|stud(?:y|ies)|"
    r"data|donn[ée]es|statisti\w*|census|recensement|guide|worth a read|worth reading|full text|"
    r"texte int[ée]gral|d[ée]cision|itin[ée]raire|accessibility|accessibilit[ée]|"
    r"calendrier|horaires|schedule|fixtures?|fixture list|timetable|r[eè]glement|regulations?|"
    r"explainer|expliqu[ée]e?|figures|chiffres|court|tribunal|conseille\w*|p[ée]tition|"
    r"signatures|sentencing|archives?|testimon\w*|t[ée]moignages|food bank|"
    r"banque alimentaire|full results|r[ée]sultats complets|cagnotte|fundraiser|"
    r"formulaire|reporting form|application form|donations|dons|faire un don|donate to|"
    r"(?:flood|disaster|famine) relief|r[ée]sultats|results|free to read|[àa] lire|"
    r"avis|account|guidance|advice|reporting page|"
    # Where a reader says a page is, or what kind of page it is.
    r"officiel\w*|official|page d[ée]di[ée]e|rubrique|communiqu[ée]|shortlist|palmar[eè]s|"
    r"winners|laur[ée]ats|"
    r"press release|statement|bilan|bulletins?|agenda|ordre du jour|proc[ée]dures?|"
    r"enqu[êe]te publique|consultation|infos? trafic|service alerts?|deep dive|"
    r"(?:posted|published|listed) here|sont ici|est ici|classement complet|"
    r"playing conditions|conditions de jeu)\b"
)
#: What advertising promises or asks for; a reader's source does neither.
_BAIT = re.compile(
    r"(?i)\b(?:win|lucky winners?|you are a winner|claim (?:your|a) prize|prize draw|"
    r"cash prizes?|chance to|click|cliquez|download|t[ée]l[ée]charge\w*|"
    r"install|subscribe|abonne[zr]?|follow|like this|and vote|votez? (?:for|pour)|txt|reply|"
    r"credits?|bonus|get paid|paid|regist\w*|sign up|inscri(?:s|vez|ption)\w*|join me|join my|"
    r"sales?|sell|vends?|buy|ach[eè]te[zr]?|order (?:now|today|here|online)|place (?:an|your) "
    r"order|commande[zr]?|discount|promo|cheap|"
    r"pas cher|gratuit\w*|free(?! advice| legal| support| to read)|offer|offre)\b|[£$€%]"
)
_SHOWN = re.compile(r"(?i)(?::|\b(?:here|ici|sur|at|on))\s*$")
_NAME_PART = re.compile(r"[a-z0-9]+")


def cites_in_context(text: str, signals: list[Signal]) -> bool:
    """One ordinary link, with no offer, contact or odd domain, in a comment that says
    what it points to: a kind of document ("the full judgment is here: ..."), the body
    that publishes it ("la CAF a une page dédiée : caf.fr"), or a public body's own
    domain. The spam model, which learnt that links are spam, must not hold such a
    comment on its own, nor may its shortness."""
    kinds = [s.evidence.signal for s in signals]
    if kinds not in (["link"], ["link", "short_with_link"]):
        return False
    prose = prose_of(text)  # "register-to-vote" in a URL asks nothing
    if _BAIT.search(prose):
        return False
    link = signals[0].evidence
    words = _WORD.findall(prose)
    if len(words) < 4:
        return False
    citing = bool(_CITING.search(prose))
    # A source is shown where the sentence leads to it: "... : https://...", at the end.
    shown = link.start is not None and _SHOWN.search(text[: link.start]) is not None
    at_end = link.end is not None and not _WORD.search(text[link.end :])
    # A site named by a reader who speaks of it in the third person ("Amnesty's updates on
    # ...: amnesty.org"); a shop names itself too, but as its user ("changed my skin").
    vouched = citing or not FIRST_PERSON_WORDS.search(prose)
    public = PUBLIC_BODY_DOMAIN.search(link.detail)
    named = public or (vouched and names_its_site(link.detail, words))
    if shown and at_end and named:
        return True
    return len(words) >= 5 and citing


def names_its_site(host: str, words: list[str]) -> bool:
    """Whether the comment names the site it links to: "Copernicus" for
    climate.copernicus.eu, "Kick It Out" for kickitout.org, "l'UCI" for uci.org."""
    labels = host.split(".")[:-1]  # the top-level domain names nothing
    names = {part for label in labels for part in _NAME_PART.findall(label) if len(part) >= 3}
    names |= {label.replace("-", "") for label in labels if len(label) >= 3}
    names -= {"www", "com", "org", "net", "gov", "site", "web"}
    if not names:
        return False
    folded = [plain_letters(w) for w in words]
    # "the Commonwealth War Graves Commission" for cwgc.org: the initials of a name.
    capitals = [w[0].lower() if w[:1].isupper() else "" for w in words]
    for size in range(3, 7):
        for i in range(len(capitals) - size + 1):
            initials = capitals[i : i + size]
            if all(initials) and "".join(initials) in names:
                return True
    for size in (1, 2, 3):
        for i in range(len(folded) - size + 1):
            said = "".join(folded[i : i + size])
            # "the Booker Prize" for thebookerprizes.com: the name inside the label.
            if said in names or (size > 1 and len(said) >= 8 and any(said in n for n in names)):
                return True
    return False
