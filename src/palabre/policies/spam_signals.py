"""Spam signals that need nothing but the comment and its author's fields.

Links and their domains, a comment that is little more than a link, a language that
is not the site's, and author names, websites and emails that look like advertising.
Repeated bodies, rates, the honeypot and timing need history or the form: they are in
``rules.py`` and ``rate_limits.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from palabre.domain.moderation import Evidence
from palabre.policies.normalize import Token
from palabre.policies.offers import CONTACT, PHARMA, PIRACY, offer_kinds

_TLDS = (
    r"com|net|org|info|biz|io|co|ly|me|fr|ru|xyz|top|"
    r"click|link|shop|online|site|store|live|tk|ml|ga|cf|gq|cn|be|ch|de|uk|"
    r"ca|au|nz|ie|us|eu|es|it|nl|tv|app|pro|club|vip|win|bid|loan|bet|fun|cc|re|gg"
)
_LINK = re.compile(
    r"(?i)\b(?:https?://[^\s<>\"']+|www\.[^\s<>\"']+|"
    rf"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:{_TLDS})(?:/[^\s<>\"']*)?)\b"
)
#: What every link holds: three times cheaper to look for than the links themselves,
#: and most comments have none.
_LINK_HINT = re.compile(rf"(?i)https?://|www\.|\.(?:{_TLDS})")
_WORD = re.compile(r"\w+")
_EMAIL = re.compile(r"(?i)\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# Phone numbers as spam leaves them (French and international shapes), not amounts.
_PHONE = re.compile(
    r"(?<![\d.,])(?:(?:\+\d{2}[ .-]?|0)\d(?:[ .-]?\d{2}){4}"
    # British numbers: "07700 900461".
    r"|0\d{4} ?\d{6}"
    # Dialled from abroad, in groups: "00 223 66 45 78 90" (not a string of bits).
    r"|00[ .-]\d{2,3}(?:[ .-]\d{2,3}){3,4}"
    # International numbers in other shapes: "+44 7700 900123", "+1 312 555 0199".
    r"|\+\d{1,3}[ .-]?\d{3,5}[ .-]?\d{3,7}(?:[ .-]?\d{2,4})?"
    # North American numbers with the area code in brackets: "+1 (876) 555-0199".
    r"|\+1[ .-]?\(\d{3}\)[ .-]?\d{3}[ .-]?\d{4}"
    # North American numbers without the country code: "514-555-0199".
    r"|\(?\d{3}\)?[-. ]\d{3}[-.]\d{4})(?!\d|[.,]\d)"
)
#: A messaging app, and a handle or number to reach someone there: spam that leaves no
#: link ("DM me on Telegram @x"). Either one alone is ordinary news talk.
_MESSENGER = re.compile(
    r"(?i)\b(?:telegram|whats\s?app|snap(?:chat)?|wechat|viber|kik|insta(?:gram)?|dm)\b"
)
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_]{3,32}\b(?![.@]\w)")
#: Link shorteners hide where a link goes; spam uses them, readers rarely do.
SHORTENERS = frozenset(
    {
        "bit.ly", "tinyurl.com", "goo.gl", "t.co", "ow.ly", "is.gd", "buff.ly", "cutt.ly",
        "rebrand.ly", "shorturl.at", "tiny.cc"
    }
)
#: Links that open a chat with whoever posted them.
MESSENGER_HOSTS = frozenset({"t.me", "telegram.me", "wa.me", "chat.whatsapp.com", "m.me",
                             "snapchat.com", "discord.gg"})  # fmt: skip
_CHEAP_TLDS = frozenset(
    {
        "xyz", "top", "click", "link", "shop", "online", "site", "store", "live", "tk",
        "ml", "ga", "cf", "gq", "loan", "win", "bid", "ru", "cn", "gg"
    }
)
_DISPOSABLE = frozenset(
    {
        "mailinator.com", "guerrillamail.com", "10minutemail.com", "yopmail.com",
        "trashmail.com", "tempmail.com", "sharklasers.com"
    }
)
_SPAMMY_AUTHOR = re.compile(
    r"(?i)(casino|poker|viagra|cialis|loan|pr[eê]t|cr[eé]dit|seo|cheap|discount|promo|"
    r"bitcoin|crypto|forex|escort|replica|pharma|followers|marabout|voyan|buy|rencontre)"
)
_STOPWORDS = {
    "fr": frozenset(
        [
            "le", "la", "les", "un", "une", "des", "et", "est", "pas", "que", "qui", "je",
            "tu", "il", "elle", "nous", "vous", "ils", "ce", "cette", "dans", "sur",
            "pour", "avec", "mais", "ou", "donc", "du", "au", "aux", "son", "sa", "ses",
            "mon", "ma", "ne", "se", "en", "on", "sont", "etre", "avoir", "tres", "plus",
            "c", "est"
        ]
    ),
    "en": frozenset(
        [
            "the", "a", "an", "and", "is", "are", "not", "that", "who", "i", "you", "he",
            "she", "we", "they", "it", "this", "in", "on", "for", "with", "but", "or",
            "so", "of", "to", "my", "your", "his", "her", "be", "have", "was", "were",
            "do", "does", "very", "more", "what", "there"
        ]
    ),
}


@dataclass(frozen=True, slots=True)
class Signal:
    """One spam signal: a probability-like strength and its evidence."""

    score: float
    evidence: Evidence


def domain_of(link: str) -> str:
    url = link if "://" in link else f"http://{link}"
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.").lower()


def _matches_domain(host: str, domains: Iterable[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def detect_language(tokens: list[Token]) -> tuple[str | None, float]:
    """French or English by function words; ``None`` when too short or unsure.

    Returns the language and the share of words that back it. A text in another
    script (Cyrillic, Arabic, CJK) has no Latin words and comes back as ``"other"``.
    """
    words = [t.key for t in tokens if not t.key.isdigit()]
    if len(words) < 6:
        return None, 0.0
    counts = {lang: sum(map(stop.__contains__, words)) for lang, stop in _STOPWORDS.items()}
    best = max(counts, key=lambda k: counts[k])
    total = counts["fr"] + counts["en"]
    if total < 3:
        return None, 0.0
    return best, counts[best] / total


def text_signals(
    text: str,
    tokens: list[Token],
    *,
    site_language: str,
    allowed_domains: Iterable[str] = (),
    blocked_domains: Iterable[str] = (),
    check_language: bool = True,
    cites_allowed_sources: bool | None = None,
    written_in: tuple[str | None, float] | None = None,
) -> list[Signal]:
    """Signals from the body of a comment. ``cites_allowed_sources`` is
    :func:`only_allowed_links` when the caller has it already: then the links say nothing;
    ``written_in`` is :func:`detect_language`'s answer when the caller has it already."""
    out: list[Signal] = []
    allowed = list(allowed_domains)
    blocked = list(blocked_domains)
    if cites_allowed_sources is None:
        cites_allowed_sources = only_allowed_links(text, allowed)
    has_links = not cites_allowed_sources and _LINK_HINT.search(text)
    found = list(_LINK.finditer(text)) if has_links else []
    links = [m for m in found if "@" not in text[max(0, m.start() - 1) : m.start()]]
    for m in links[:10]:
        host = domain_of(m.group(0))
        if not host or _matches_domain(host, allowed):
            continue
        if _matches_domain(host, blocked):
            out.append(Signal(0.97, Evidence("blocked_domain", host, m.start(), m.end())))
        elif _matches_domain(host, MESSENGER_HOSTS):
            # "t.me/bac2025sujets": a chat to join is a contact, not a source.
            out.append(Signal(0.6, Evidence("messenger_contact", host, m.start(), m.end())))
        elif host in SHORTENERS:
            out.append(Signal(0.6, Evidence("link_shortener", host, m.start(), m.end())))
        elif host.rsplit(".", 1)[-1] in _CHEAP_TLDS:
            out.append(Signal(0.5, Evidence("suspicious_tld", host, m.start(), m.end())))
        elif _posing_as_public_body(host):
            # "aides-etudiant-gouv.info": a government's name on a domain it does not own.
            out.append(Signal(0.6, Evidence("impersonation", host, m.start(), m.end())))
        elif _keyword_name(host):
            # "renov-lyon-pas-cher.fr": keywords strung into a name, as shops pick them.
            out.append(Signal(0.4, Evidence("keyword_domain", host, m.start(), m.end())))
        else:
            out.append(Signal(0.2, Evidence("link", host, m.start(), m.end())))
    if links:
        outside = _without(text, found)
        words = [w for w in _WORD.findall(outside) if not w.isdigit()]
        if len(words) <= 3:
            out.append(Signal(0.8, Evidence("link_only", f"{len(words)} words besides links")))
        elif len(words) <= 8:
            out.append(Signal(0.45, Evidence("short_with_link", f"{len(words)} words")))
    stuffed = keyword_stuffing(text)
    if stuffed:
        out.append(Signal(0.7, Evidence("keyword_stuffing", stuffed)))
    for m in _EMAIL.finditer(text) if "@" in text else ():
        out.append(Signal(0.35, Evidence("email_in_body", "", m.start(), m.end())))
    for m in _PHONE.finditer(text) if "0" in text or "+" in text else ():
        out.append(Signal(0.35, Evidence("phone_in_body", "", m.start(), m.end())))
    if "@" in text or "0" in text or "+" in text:
        out.extend(_messenger_contacts(text))
    offer = offer_kinds(text)
    # A pirated file or a medicine without a doctor, behind a link, is an offer on its own;
    # so is one kind of sales talk behind a shop's kind of address ("Ray-Ban à -80% sur
    # lunettes-promo.shop").
    shoplike = any(x.evidence.signal in _SHOP_LINKS for x in out)
    if len(offer) >= 2 or ((({PIRACY, PHARMA} & set(offer)) or (offer and shoplike))
                           and leads_somewhere(out)):  # fmt: skip
        # Several kinds of sales talk at once (a price, a guarantee, a delivery, a way
        # to pay): an offer, whatever its words; advertising when it leads somewhere.
        leads = leads_somewhere(out) or CONTACT in offer
        strength = (0.45 if len(offer) <= 2 else 0.6) if leads else 0.25
        out.append(Signal(strength, Evidence("offer", ", ".join(offer))))
    if check_language:
        lang, share = written_in or detect_language(tokens)
        # Encoding drops what is not ASCII: its length counts the ASCII characters.
        latin = len(text.encode("ascii", "ignore")) / max(1, len(text))
        if lang and lang != site_language and share >= 0.8:
            out.append(Signal(0.62, Evidence("language_mismatch", f"{lang}, site {site_language}")))
        elif len(text) >= 40 and latin < 0.3 and not lang:
            out.append(Signal(0.62, Evidence("language_mismatch", f"script, site {site_language}")))
    return out


#: Links whose address looks like a shop's: a cheap domain, keywords strung into a name.
_SHOP_LINKS = frozenset({"suspicious_tld", "keyword_domain", "link_shortener"})
#: Parts of a place's name, not keywords: "aix-en-provence.fr", "mairie-de-saint-denis.fr".
_NAME_GLUE = frozenset({"de", "du", "des", "d", "en", "sur", "sous", "saint", "sainte", "st",
                        "les", "la", "le", "l", "et", "aux", "au", "upon", "on", "the"})


_PUBLIC_WORDS = re.compile(r"(?:^|[.-])(?:gouv|gov|govt)(?:[.-]|$)")
#: Top-level domains only public bodies and universities get (citations.py reads it too).
PUBLIC_BODY_DOMAIN = re.compile(r"(?:^|\.)(?:gov|gouv|govt|gob|edu|ac|int|mil)(?:\.[a-z]{2,6})?$")


def _posing_as_public_body(host: str) -> bool:
    """A public body's name in the words of a domain that is not the body's."""
    named = _PUBLIC_WORDS.search(host.rsplit(".", 1)[0])
    return bool(named) and not PUBLIC_BODY_DOMAIN.search(host)


def _keyword_name(host: str) -> bool:
    """A name strung from three keywords or more: "renov-lyon-pas-cher.fr"."""
    parts = [p for p in host.split(".", 1)[0].split("-") if p and p not in _NAME_GLUE]
    return len(parts) >= 3


_SENTENCE_END = re.compile(r"[.!?…]")
_I = r"i|me|my|mine|we|our|je|j|moi|mon|ma|mes|nous|notre|nos"
#: The writer speaking of themselves, in the raw text (citations.py reads it too).
FIRST_PERSON_WORDS = re.compile(rf"(?i)\b(?:{_I})\b")
#: Search terms speak to no one: a chant ("Katy Perry is part of me, Katy Perry ...") does.
_SPEAKS_TO = re.compile(rf"(?i)\b(?:{_I}|you|your|tu|toi|te|t)\b")
_NEAR_ME = re.compile(r"(?i)\b(?:near me|pr[eè]s de chez moi)\b")


def keyword_stuffing(text: str) -> str:
    """Search terms strung together for engines, not readers: "serrurier strasbourg pas
    cher serrurier urgence strasbourg ...". Two words said three times or more, and others
    said once, in a short run with no sentence and no "I" or "you" in it; returns the
    repeated words, or "" when there is no such run."""
    if len(text) > 400:
        return ""
    # The shop's own address ends the run ("... soutienscolaire-top.fr"): its dots end
    # no sentence, and "near me" is a search term, not the writer.
    prose = prose_of(text) if _LINK_HINT.search(text) else text
    if _SENTENCE_END.search(prose):
        return ""  # the common case, tested before the rewrite below
    prose = _NEAR_ME.sub(" ", prose)
    if _SPEAKS_TO.search(prose):
        return ""
    words = [w.lower() for w in _WORD.findall(text) if len(w) >= 4 and not w.isdigit()]
    if len(words) < 8:
        return ""
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    repeated = sorted(w for w, n in counts.items() if n >= 3)
    # Search terms vary around their keywords ("urgence", "ouverture", "meilleur prix");
    # a chant or a greeting says the same few words again ("happy birthday grandma" x3).
    varied = sum(1 for n in counts.values() if n == 1) >= 3
    return ", ".join(repeated) if len(repeated) >= 2 and varied else ""




#: Signals that give a reader somewhere to go: with them, an offer is advertising.
_LEADS = frozenset({"link", "link_shortener", "suspicious_tld", "link_only", "short_with_link",
                    "keyword_domain", "email_in_body", "phone_in_body",
                    "messenger_contact"})  # fmt: skip


def leads_somewhere(signals: list[Signal]) -> bool:
    """A link or a contact among ``signals``."""
    return any(s.evidence.signal in _LEADS for s in signals)


def _messenger_contacts(text: str) -> list[Signal]:
    """A handle or a number right next to a messaging app's name ("Telegram : @x").

    Next to it, not anywhere: a reply that opens with "@Paul" may mention WhatsApp.
    """
    for app in _MESSENGER.finditer(text):
        near = text[max(0, app.start() - 40) : app.end() + 40]
        offset = max(0, app.start() - 40)
        contact = _HANDLE.search(near) or _PHONE.search(near)
        if contact and offset + contact.start() > 0:
            where = (offset + contact.start(), offset + contact.end())
            return [Signal(0.6, Evidence("messenger_contact", app.group(0).lower(), *where))]
    return []


def only_allowed_links(text: str, allowed_domains: Iterable[str]) -> bool:
    """Whether ``text`` has links and every one goes to an allowed domain (a ministry's
    report, an encyclopedia, a newspaper): a reader citing a source, not advertising."""
    if not _LINK_HINT.search(text):
        return False
    allowed = list(allowed_domains)
    hosts = (domain_of(m.group(0)) for m in _LINK.finditer(text)
             if "@" not in text[max(0, m.start() - 1) : m.start()])  # fmt: skip
    seen = False
    for host in hosts:  # stops at the first link elsewhere
        if not (host and _matches_domain(host, allowed)):
            return False
        seen = True
    return seen


def prose_of(text: str) -> str:
    """``text`` with its links replaced by a space: what the reader wrote around them."""
    return _without(text, list(_LINK.finditer(text)))


def _without(text: str, links: list[re.Match[str]]) -> str:
    """``text`` with each link replaced by a space (``_LINK.sub``, from its matches)."""
    parts: list[str] = []
    pos = 0
    for m in links:
        parts.append(text[pos : m.start()])
        parts.append(" ")
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts)


def author_signals(
    name: str | None, email: str | None, url: str | None, blocked_domains: Iterable[str] = ()
) -> list[Signal]:
    """Signals from the author's name, email and website."""
    out: list[Signal] = []
    blocked = list(blocked_domains)
    if name:
        if _LINK.search(name) or _EMAIL.search(name):
            # Many bloggers sign with their site's name: a hint, not a reason alone.
            out.append(Signal(0.55, Evidence("author_name_link", name[:80])))
        elif _SPAMMY_AUTHOR.search(name):
            out.append(Signal(0.5, Evidence("author_name_commercial", name[:80])))
        elif sum(c.isdigit() for c in name) >= 4:
            out.append(Signal(0.2, Evidence("author_name_digits", name[:80])))
    if url:
        host = domain_of(url)
        if _matches_domain(host, blocked):
            out.append(Signal(0.95, Evidence("author_url_blocked", host)))
        elif host in SHORTENERS or host.rsplit(".", 1)[-1] in _CHEAP_TLDS:
            out.append(Signal(0.5, Evidence("author_url_suspicious", host)))
        elif _SPAMMY_AUTHOR.search(url):
            out.append(Signal(0.5, Evidence("author_url_commercial", host)))
    if email and "@" in email:
        host = email.rsplit("@", 1)[1].lower()
        if host in _DISPOSABLE:
            out.append(Signal(0.4, Evidence("disposable_email", host)))
    return out


def combine(scores: Iterable[float]) -> float:
    """Independent signals add up: 1 - prod(1 - s) (a noisy OR)."""
    rest = 1.0
    for s in scores:
        rest *= 1.0 - max(0.0, min(1.0, s))
    return 1.0 - rest
