"""Counter-speech: hate quoted, reported or described in order to condemn it, told
apart from the look-alikes that endorse it ("ceux qui disent que ... ont raison", "c'est
honteux qu'on les accueille")."""

from __future__ import annotations

from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import BUT, Text, run_around


def countered(text: Text, m: Match, target: Match) -> bool:
    """Counter-speech: the phrase is quoted or reported in order to condemn it."""
    if approved(text, m):
        return False
    counters = [c for c in text.scan.get("counter")
                if not text.negated(c) and not _condemns_what_follows(text, c, m)
                and not _listed_with(text, c, m)]  # fmt: skip
    if text.quoted[m.first] or text.quoted[target.first]:
        # A quote with any reporting or condemning words around it is a quote, not a claim:
        # "il a écrit « ... »", "ton « ... » n'a pas sa place ici".
        reported = any(not text.quoted[r.first] for r in text.scan.get("reporting"))
        # A word of contempt outside the quote that holds the hate judges the quote:
        # 'Posting "women belong in the kitchen" in 2024 is pathetic.'
        # Not scare quotes around a word or two: 'those "asylum seekers" ... infested'.
        judged = _quote_length(text, m.first) >= 3 and any(
            not text.quoted[c.first] for n in _JUDGING for c in text.scan.get(n))
        # A claim quoted whole, then called a lie or met with a rhetorical "vraiment ?",
        # "imagine typing ...": the writer rebuts it.
        rebutted = _quote_length(text, m.first) >= 3 and any(
            not text.quoted[i] and (k in _REBUTTING or (k in _INCREDULOUS and _asked(text, i)))
            for i, k in enumerate(text.keys))
        return (
            reported
            or judged
            or rebutted
            or any(not text.quoted[c.first] for c in counters)
            or (any(not q for q in text.quoted) and bool(counters))
        )
    return (
        any(text.same_sentence(c.first, m.first) and c.entry not in WEAK_COUNTER
            and not _but_between(text, c, m)
            for c in counters)
        or _condemned_speech(text, min(m.first, target.first), m.last)
        or _condemned_next(text, m, counters)
    )


_JUDGING = ("neg_attr", "insult_weak")
#: Outside a quoted claim, words that rebut it: it is called a lie or a cliché, or met
#: with irony. Not counter words everywhere: "la Shoah est un mensonge" says one.
_REBUTTING = frozenset(map(squeeze, {
    "mensonge", "mensonges", "lie", "lies", "mythe", "myth", "fantasme", "cliche", "cliches",
    "prejuge", "prejuges", "stereotype", "stereotypes", "foutaises", "imagine",
    "imaginez", "wild", "explain", "expliquer", "arcom",
}))  # fmt: skip
#: Rebuttals only when asked: "..., vraiment ?", "Seriously?".
_INCREDULOUS = frozenset(map(squeeze, {"vraiment", "really", "seriously", "serieusement"}))


def _asked(text: Text, i: int) -> bool:
    nxt = i + 1
    if nxt >= len(text.keys):
        return "?" in text.scan.normalized.text[text.scan.tokens[i].end :]
    return "?" in text.gap(nxt)


def _but_between(text: Text, c: Match, m: Match) -> bool:
    """ "Je condamne la violence contre les X, mais ce sont des ...": what follows the
    "but" is the writer's claim, which the condemnation before it does not take back."""
    return c.last <= m.first and not BUT.isdisjoint(text.keys[c.last : m.first])


_AND = frozenset({"and", "et", "or", "ou", "&"})


def _listed_with(text: Text, c: Match, m: Match) -> bool:
    """The counter word is one more attribute in the same list: "backward and bigoted",
    "intolérants, racistes et violents" pin it on the group, they condemn no one."""
    first, second = (m, c) if m.last <= c.first else (c, m)
    between = text.keys[first.last : second.first]
    if len(between) > 1 or not text.same_sentence(first.first, second.first):
        return False
    return (bool(between) and between[0] in _AND) or (
        not between and text.gap(second.first).strip() == ",")


def _quote_length(text: Text, at: int) -> int:
    """How many words the quote holding word ``at`` has (0 if it is not quoted)."""
    if not text.quoted[at]:
        return 0
    start, end = run_around(text.quoted, at, at + 1)
    return end - start

#: Counter words that name a procedure, not a condemnation: beside a claim said outright,
#: or a quoted dog whistle, they refute nothing ("encore une « chance pour la France » au
#: tribunal"). "Prison" stays a counter word: "people who want to hang X belong in prison".
WEAK_COUNTER = frozenset({"tribunal", "bloque", "plainte", "porter plainte", "court",
                          "blocked", "banned"})


#: What points back at the sentence before: "c'est honteux d'écrire ça", "shameful that
#: anyone writes this".
_BACK = frozenset(map(squeeze, {"ca", "cela", "ceci", "this", "that", "it"}))
_WRITING_STEMS = tuple(map(squeeze, (
    "dire", "dis", "dit", "ecri", "lire", "publi", "poste", "tweet", "say", "said", "writ",
    "wrote", "read", "post", "print",
)))  # fmt: skip


def _condemned_next(text: Text, m: Match, counters: list[Match]) -> bool:
    """The claim stands alone and the next sentence condemns writing it: "Les X sont
    des rats ? C'est honteux d'écrire ça." Both a word for saying or writing and one
    pointing back are needed: "Honte à ceux qui les défendent" condemns someone else."""
    after = text.sentence[m.first] + 1
    words = [i for i in range(m.last, len(text.keys)) if text.sentence[i] == after]
    return (
        any(text.sentence[c.first] == after for c in counters)
        and any(text.keys[i] in _BACK for i in words)
        and any(text.keys[i].startswith(_WRITING_STEMS) for i in words)
    )


_COMPLEMENT = frozenset(map(squeeze, {"que", "qu", "de", "d", "that", "to", "of"}))
#: Said of those who say it: the claim is endorsed, not reported ("ceux qui disent que
#: ... ont raison", "those who say ... are right").
_APPROVAL = tuple(tuple(squeeze(w) for w in p.split()) for p in (
    "ont raison", "a raison", "are right", "is right", "dit vrai", "disent vrai",
    "have a point", "are correct", "is correct", "sont lucides", "telling the truth",
    "avait raison", "was right", "tout est dit", "bien dit", "so true", "well said",
    "rien a ajouter", "le prouve", "le confirme", "le prouvent", "le confirment",
    "proves it", "confirms it", "prove it", "bien d accord", "tout a fait d accord",
    "agree more", "dire la verite",
    "dit la verite", "commentaire lucide", "seul commentaire",
    "only honest", "i get it", "je comprends ce qu", "argument against it",
    "lui opposer", "how right", "spot on", "c est vrai", "c est la verite", "c est la realite",
    "it s true", "it s the truth", "ils le sont", "elles le sont", "because they are",
    "cause they are",
))  # fmt: skip
#: The same, by their first word: a comment's words are looked up, not every phrase tried.
_APPROVAL_BY_FIRST = {first: [p for p in _APPROVAL if p[0] == first]
                      for first in {p[0] for p in _APPROVAL}}  # fmt: skip
#: How long a sentence after the claim may be and still only approve it ("Il avait
#: raison.", "L'actualité le prouve chaque semaine."). A longer one argues something else.
_APPROVAL_REACH = 16


def _condemns_what_follows(text: Text, c: Match, m: Match) -> bool:
    """ "C'est honteux qu'on les laisse entrer", "it is shameful that ...": a judgement
    with a clause of its own condemns that clause, not a claim made before it."""
    keys, start = text.keys, text.sentence_start(c.first)
    if not (m.first < c.first and text.same_sentence(m.first, c.first)
            and c.last < len(keys) and keys[c.last] in _COMPLEMENT):  # fmt: skip
        return False
    # Right after the verb ("c'est honteux que", "it's shameful that"), not a noun's
    # relative clause ("a conspiracy theory that has inspired killers").
    return c.first == start or keys[c.first - 1] in _COPULA or keys[c.first - 1] == "s"


def approved(text: Text, m: Match) -> bool:
    """The claim's own sentence, or a short one right after it, says it is right."""
    keys = text.keys
    end = text.sentence_end(m.first)
    if (end < len(keys) and text.sentence_end(end) - end <= _APPROVAL_REACH
            and not any(text.same_sentence(c.first, end) for c in text.scan.get("counter"))):
        # Not "... ont porté plainte et ils ont raison": that approves the complaint.
        end = text.sentence_end(end)
    return any(tuple(keys[i : i + len(p)]) == p
               for i in range(m.last, end)
               for p in _APPROVAL_BY_FIRST.get(keys[i], ()))  # fmt: skip


#: Verbs that make what follows them speech about a group rather than a claim: "comparer
#: les X à des rats", "calling X vermin". Squeezed stems.
_SPEECH_STEMS = tuple(map(squeeze, (
    "compar", "trait", "dire", "disent", "qualifi", "assimil", "appel", "ecri", "insult", "cri",
    "call", "say", "describ", "equat", "refer", "label", "lump", "affirm", "pretend",
    "present", "claim", "argu", "soutenir",
)))  # fmt: skip
#: What may stand right before such a verb when the speech is a subject: "(les gens)
#: qui comparent", "people who call", "(c'est honteux) de comparer", "(it is vile) to call".
_SPEECH_LEAD = frozenset(map(squeeze, {"qui", "who", "that", "de", "d", "to"}))
_COPULA = frozenset(map(squeeze, {"est", "sont", "etait", "c", "is", "are", "was", "were",
                                  "reste", "restent", "remains", "devient"}))  # fmt: skip
_PARTICIPLE = ("ing", "ant")
_CONDEMNING = ("neg_attr", "counter", "insult", "insult_weak")


def _condemned_speech(text: Text, first: int, last: int) -> bool:
    """The hateful words are the content of a speech act the sentence condemns: "Les
    commentaires qui comparent les X à des rats sont ignobles", "Comparer les X à des
    rats est indigne", "C'est honteux de traiter les X de Y", "Calling X vermin is
    disgusting". The speech verb opens the sentence or a subject clause before the
    words, and a condemning word is said of it: after them behind a copula, or before
    the verb when the speech is its complement ("honteux de ...")."""
    keys, start = text.keys, text.sentence_start(first)
    # "(les commentaires) comparant ...", "(the comments) comparing ...": a participle
    # needs no "qui" or "that" to make the speech the subject's.
    verbs = [i for i in range(start, first) if keys[i].startswith(_SPEECH_STEMS)
             and (i == start or keys[i - 1] in _SPEECH_LEAD
                  or keys[i].endswith(_PARTICIPLE))]  # fmt: skip
    if not verbs:
        return False
    condemning = [c.first for n in _CONDEMNING for c in text.scan.get(n)
                  if text.same_sentence(c.first, first) and not text.negated(c)]  # fmt: skip
    verb = verbs[0]
    after = any(c >= last and _COPULA.intersection(keys[max(last, c - 3) : c + 1])
                for c in condemning)  # fmt: skip
    before = (
        keys[verb - 1] in _SPEECH_LEAD
        and verb > start
        and keys[verb - 1] != "qui"
        and any(start <= c < verb for c in condemning)
    )
    return after or before
