"""Words named rather than said: "le mot « youpin »", "the fan who yelled 'Paki' was
banned", "stop using that word". A comment that speaks *of* a slur or an insult, to report
or condemn it, uses it on no one."""

from __future__ import annotations

from palabre.policies.in_group import I_AM, said_of_oneself
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.phrases import phrase_at, phrase_set
from palabre.policies.sentences import Text, run_around

#: Possessives report only right before the quote: "ton « ... »", "your '...'".
POSSESSIVES = frozenset({"ton", "ta", "tes", "vos", "votre", "ses", "son", "sa", "your", "his",
                          "their"})
#: "hate like '...'", "des propos comme « ... »": speech named, then an example of it.
_SPEECH_NOUNS = frozenset(map(squeeze, {"hate", "racism", "comments", "phrases", "remarks",
                                        "slurs", "tweets", "posts", "propos", "insultes",
                                        "commentaires", "haine", "racisme"}))  # fmt: skip
#: "hate like …", "des propos comme …": a noun followed by an example of it.
LIKE = frozenset(map(squeeze, {"like", "comme", "such"}))
#: "the word ...", "le mot ...": what follows is named, not said.
_WORD_NOUNS = frozenset(map(squeeze, {"word", "mot", "term", "terme", "surnom", "sobriquet",
                                      "nickname", "label", "etiquette"}))  # fmt: skip
_SPEAKERS = frozenset(map(squeeze, {"i", "we", "je", "j", "nous"}))
#: Words that make a slur the name of a word rather than a word used.
_WORD_TALK = frozenset(map(squeeze, {
    "call", "calling", "called", "calls", "word", "words", "term", "terms", "use", "using",
    "traiter", "traite", "traitee", "traites", "mot", "mots", "terme", "termes", "utiliser",
    "employer", "appeler", "appelle", "insulte", "insultes", "insult", "insults", "slur",
    "slurs", "yelled", "shouted", "chanted", "crie", "criaient", "type", "parle", "parler",
    "parlent", "parlait", "talk", "talks", "talking", "chante", "chantent", "chantaient",
    "chantait", "chanter", "sing", "sang", "singing", "stop", "arretez", "treatment",
    "traitant", "traitait", "traitaient", "traitent", "chant", "chants", "chanson",
    "expression", "utilisee", "utilise", "used", "commentaires", "comments", "line",
    # What a quoted word is said to be: "« chinetoque » est injurieux", "not a joke".
    "injurieux", "injurieuse", "insultant", "insultante", "pejoratif", "pejorative",
    "offensant", "offensante", "derogatory", "offensive", "dictionnaire", "dictionnaires",
    "dictionary", "linguiste", "linguistes", "linguists", "blague", "joke", "entendait",
    "heard",
}))  # fmt: skip


def after_word_noun(text: Text, m: Match) -> bool:
    """ "the word faggot", "le mot bougnoule": right after a noun for words."""
    return bool(_WORD_NOUNS.intersection(text.keys[max(0, m.first - 2) : m.first]))


def named_as_word(text: Text, m: Match) -> bool:
    """The sentence speaks of the slur as a word: quoted, reported or called."""
    if text.quoted[m.first] or text.in_sentence("reporting", m.first):
        return True
    start = text.sentence_start(m.first)
    return any(k in _WORD_TALK for k in text.keys[start : m.first])


def quoted(text: Text, m: Match) -> bool:
    """Any word of the match inside quotes, double or single, of any length."""
    return any(text.quoted[i] or text.single_quoted[i] for i in range(m.first, m.last))


def named_in_quotes(text: Text, m: Match) -> bool:
    """Quoted, in a sentence about words or what someone said: "the fan who yelled
    'Paki' was banned", "des commentaires qui les traitent de « parasites »"."""
    if m.list == "implicit" and quoted_phrase(text, m):
        # "'Get back in the kitchen' under a story about our women's team?" (the caller
        # still asks whether the comment approves the quote: ``counter.approved``).
        return True
    return quoted(text, m) and talks_of_words(text, m)


def talks_of_words(text: Text, m: Match) -> bool:
    """A quoted slur in a sentence about words or what someone said: a mention."""
    if any(r.entry not in POSSESSIVES or 0 <= m.first - r.last <= 1
           for r in text.in_sentence("reporting", m.first)):  # fmt: skip
        return True
    start, end = text.sentence_start(m.first), text.sentence_end(m.first)
    keys = text.keys
    if m.first == start and start and quoted(text, m):
        # A quote that opens its sentence answers the one before: "Les commentaires ...
        # étaient à vomir. « Qu'on les brûle », sérieusement ?"
        start = text.sentence_start(start - 1)
    if any(keys[i] in _SPEECH_NOUNS and keys[i + 1] in LIKE for i in range(start, m.first - 1)):
        return True  # "obvious hate like '...'", "des propos comme « ... »"
    # "I call them 'vermin'": the speaker uses the word, whatever the quotes say.
    return any(k in _WORD_TALK and not _SPEAKERS.intersection(keys[max(start, i - 3) : i])
               for i, k in enumerate(keys[start:end], start))  # fmt: skip


_RECLAIMING = tuple(map(squeeze, ("reappropri", "reclaim", "se reapproprier", "revendiqu")))


#: "je me décris", "I call myself", "as I describe myself".
_SELF_DESCRIBING = frozenset(map(squeeze, {"me", "myself"}))
_DESCRIBE = tuple(map(squeeze, ("decri", "qualifi", "surnom")))

_PROUD = tuple(map(squeeze, ("fier", "proud")))
_OURS = frozenset({(squeeze("notre"), squeeze("mot")), (squeeze("our"), squeeze("word"))})
_WE = frozenset(map(squeeze, {"je", "j", "on", "nous", "i", "we", "me", "moi"}))


_AMONG = frozenset(map(squeeze, {"entre", "among", "amongst"}))
_AMONGST = frozenset(map(squeeze, {"eux", "elles", "ourselves", "themselves"}))
_CALLING = tuple(map(squeeze, ("appel", "surnom", "call")))


def reclaimed(text: Text, m: Match) -> bool:
    """A slur taken back by those it targeted: the comment speaks of it ("c'est une
    réappropriation", "we reclaimed the word"), or the writer says it of themselves with
    pride ("je suis pédé et fier de l'être"). Its use there attacks no one."""
    if any(k.startswith(_RECLAIMING) for k in text.keys):
        return True
    if any(pair in _OURS for pair in zip(text.keys, text.keys[1:], strict=False)):
        return True  # "c'est notre mot", "it's our word"
    if any(a in _SELF_DESCRIBING and b.startswith(_DESCRIBE)
           for a, b in zip(text.keys, text.keys[1:], strict=False)):  # fmt: skip
        return True  # "Vieux pédé de province, comme je me décris moi-même"
    said_of_me = m.first >= 2 and tuple(text.keys[m.first - 2 : m.first]) in I_AM
    if said_of_me and any(k.startswith(_PROUD) for k in text.keys):
        return True
    # "Moi je suis gay et entre potes on s'appelle …": the writer belongs to the group.
    if any(g.first >= 2 and tuple(text.keys[g.first - 2 : g.first]) in I_AM
           for n in ("identity", "identity_adj") for g in text.scan.get(n)):  # fmt: skip
        return True
    # "Entre pédés, on se charrie", "c'est comme ça qu'elles s'appellent entre elles": the
    # word is the group's own, among themselves.
    if (m.first and text.keys[m.first - 1] in _AMONG) or (
        any(a in _AMONG and b in _AMONGST for a, b in zip(text.keys, text.keys[1:], strict=False))
        and any(k.startswith(_CALLING) for k in text.keys)
    ):
        return True
    # "On était fiers d'être des pédés sur le char": pride and "we" in the slur's sentence.
    words = text.keys[text.sentence_start(m.first) : text.sentence_end(m.first)]
    if any(k.startswith(_PROUD) for k in words) and bool(_WE.intersection(words)):
        return True
    return said_of_oneself(text, m)


#: Nouns for words, in the plural: "the words that come back most: ...".
_WORD_LISTS = frozenset(map(squeeze, {"mots", "words", "termes", "terms", "insultes",
                                      "insults", "slurs"}))  # fmt: skip


def listed_as_words(text: Text, m: Match) -> bool:
    """Slurs listed after a colon that follows a sentence about words: "le rapport liste
    les mots qui reviennent le plus : bicot, youpin ..." names them."""
    sentence = text.sentence[m.first]
    if not sentence:
        return False
    before = [i for i, s in enumerate(text.sentence) if s == sentence - 1]
    if not before:
        return False
    gap = text.gap(text.sentence_start(m.first))  # from the sentence before to this one
    return ":" in gap and any(text.keys[i] in _WORD_LISTS for i in before)


def reports(text: Text) -> bool:
    """Someone's words are reported somewhere in the comment, outside quotes: "je l'ai
    entendue", "il a écrit". A possessive alone ("vos portefeuilles") reports nothing."""
    return any(r.entry not in POSSESSIVES and not text.quoted[r.first]
               for r in text.scan.get("reporting"))  # fmt: skip


def reported_before(text: Text, at: int) -> bool:
    """Someone's words reported before ``at``, in its sentence: "les négationnistes disent
    que ...". Not "l'histoire, c'est eux qui l'écrivent" after it."""
    return any(r.last <= at and r.entry not in POSSESSIVES
               for r in text.in_sentence("reporting", at))  # fmt: skip


#: Nouns that call quoted words a phrase, or an idea someone holds ("la théorie du
#: « grand remplacement »", "the myth of ...").
_PHRASE_NOUNS = _WORD_NOUNS | frozenset(map(squeeze, {
    "mots", "termes", "words", "terms", "expression", "phrase", "slogan", "formule",
    "theorie", "theory", "mythe", "myth", "fantasme", "rhetorique", "rhetoric",
}))  # fmt: skip


def called_a_phrase(text: Text, m: Match) -> bool:
    """Its sentence calls the quoted words a phrase: "l'expression « … » est utilisée par
    l'extrême droite", "the slogan '…'"."""
    sentence = text.keys[text.sentence_start(m.first) : text.sentence_end(m.first)]
    return bool(_PHRASE_NOUNS.intersection(sentence))


#: "on nous dit que", "they tell us": a denial the speaker hands on to mock it.
_THEY_TELL_US = frozenset(tuple(map(squeeze, phrase.split())) for phrase in (
    "on nous dit", "on nous explique", "on nous repete", "they tell us",
    "and they say"))  # fmt: skip


def denial_mocked(text: Text, m: Match) -> bool:
    """The sentence hands on someone else's denial of ``m`` to mock it."""
    keys, start = text.keys, text.sentence_start(m.first)
    after = [n for n in text.in_sentence("negation", m.first) if n.first >= m.last]
    denied = text.negated(m) or bool(after)
    return denied and any(tuple(keys[i : i + 3]) in _THEY_TELL_US for i in range(start, m.first))


#: A pronoun for a whole clause: "..., c'est pathétique", "..., that's vile".
_CLAUSE_PRONOUNS = frozenset(map(squeeze, {"c", "ce", "ca", "cela", "it", "that", "this"}))
_THAT = frozenset(map(squeeze, {"que", "qu", "that"}))
_SAYING = tuple(map(squeeze, (
    "dis", "dit", "disent", "pretend", "affirm", "say", "said", "claim", "pens", "think",
    "croi", "believ", "ecri", "wri",
)))  # fmt: skip


def said_of_clause(text: Text, t: Match, m: Match) -> bool:
    """The word judges a claim someone makes or an act, not the group in it: "les gens
    qui disent que les X sont Y, c'est pathétique", "on laisse mourir les X en mer, c'est
    une honte". The group is inside "says that ..." or is not the sentence's topic, then
    a comma, a pronoun for that clause, and the word. Not "Les X, c'est de la vermine",
    where the pronoun takes up the group itself."""
    if not (t.last <= m.first and text.same_sentence(t.first, m.first)):
        return False
    start = text.sentence_start(t.first)
    keys = text.keys
    if not any(keys[i] in _THAT and keys[i - 1].startswith(_SAYING)
               for i in range(max(start + 1, t.first - 3), t.first)) and not _act_judged(
        text, start, t, m
    ):
        return False  # fmt: skip
    return any(keys[i] in _CLAUSE_PRONOUNS and text.comma_between(i - 1, i)
               for i in range(t.last, m.first))  # fmt: skip


#: Someone who acts on the group before it: "On laisse mourir les X", "le gouvernement
#: veut renvoyer les X".
_ACTORS = frozenset(map(squeeze, {"on", "il", "ils", "elle", "elles", "nous", "vous", "je",
                                  "j", "we", "they", "he", "she", "you", "i"}))  # fmt: skip
#: Words that condemn an act: "c'est une honte", "c'est scandaleux", "that's a disgrace".
CONDEMNING = tuple(map(squeeze, ("honte", "honteu", "scandal", "indign", "inadmissible",
                                 "disgrace", "shame")))  # fmt: skip


def _act_judged(text: Text, start: int, t: Match, m: Match) -> bool:
    """The group is the object of an act someone does, and the word condemns the act:
    "On laisse mourir les X en mer, c'est une honte". Not "Les X, c'est une honte"."""
    lead = text.keys[start : t.first]
    actor = bool(_ACTORS.intersection(lead)) or any(
        r.first < t.first for n in ("institution", "role") for r in text.in_sentence(n, t.first)
    )
    return actor and m.entry.split()[-1].startswith(CONDEMNING)  # "une honte": its last word


#: Before a participle, what makes the writer the one who suffers it: "je me sens
#: rejeté", "je suis détesté", "I feel hated", "I was rejected".
_SUFFERING = frozenset(map(squeeze, {"sens", "sentais", "suis", "etais", "ete", "feel",
                                     "felt", "am", "was", "been", "get", "got"}))  # fmt: skip


def suffered(text: Text, m: Match) -> bool:
    """A verb of hatred as a participle the writer suffers: "je me sens rejeté des deux
    côtés"."""
    keys = text.keys
    before = keys[max(0, m.first - 2) : m.first]
    return bool(_SUFFERING.intersection(before)) and keys[m.last - 1].startswith(_SHUNNED)


#: What others do to the writer, not what the writer feels ("I am disgusted by X").
_SHUNNED = tuple(map(squeeze, ("rejete", "rejetee", "deteste", "hai", "meprise", "rejected",
                               "hated", "despised", "shunned")))  # fmt: skip


#: After a word that is a slur only sometimes, what makes it people: "un noich qui
#: conduit", "dykes, they just cause trouble". Not "the dyke which held".
_WHO = frozenset(map(squeeze, {"qui", "who"}))
_THEY = frozenset(map(squeeze, {"they", "them", "their", "ils", "elles", "eux"}))


def as_people(text: Text, m: Match) -> bool:
    """The word is used of people: a relative "who" right after it, or, plural, taken up
    by "they" later in its sentence."""
    keys = text.keys
    if m.last < len(keys) and keys[m.last] in _WHO:
        return True
    end = text.sentence_end(m.first)
    bare = m.first == 0 or keys[m.first - 1] not in _DETERMINERS  # "the dykes broke"
    return (bare and keys[m.last - 1].endswith("s")
            and bool(_THEY.intersection(keys[m.last : end])))  # fmt: skip


_DETERMINERS = frozenset(map(squeeze, {"the", "their", "its", "our", "these", "those", "les",
                                       "des", "ces", "leurs", "nos", "some", "many"}))  # fmt: skip


#: The writer called a slur: "got called a dirty Polack at school", "on m'a traité de".
_CALLED_ME = phrase_set(
    "got called", "been called", "was called", "were called", "called me", "calling me",
    "call me", "m a traite", "m ont traite", "me traitait", "me traitaient", "on m a traite",
    "m a traitee", "m ont traitee", "me traiter", "m appelait", "m appelaient",
    "m a appele", "m a appelee", "yelled at me", "shouted at me", "m a crie",
)  # fmt: skip
_CALLED_REACH = 5


def called_the_writer(text: Text, m: Match) -> bool:
    """A slur the writer was called, told as what they suffered: "Got called a dirty
    Polack on my first day at school", "on m'a traitée de « bougnoule » au collège"."""
    keys, start = text.keys, text.sentence_start(m.first)
    return any(phrase_at(keys, i, _CALLED_ME)
               for i in range(max(start, m.first - _CALLED_REACH), m.first))  # fmt: skip


def not_used(text: Text, m: Match) -> bool:
    """A slur taken back, listed as a word, or one the writer was called."""
    return reclaimed(text, m) or listed_as_words(text, m) or called_the_writer(text, m)


#: A quotation, not a word singled out: "'Get back in the kitchen' under a story about
#: our women's team? Grow up."
_QUOTED_WORDS = 3


def quoted_phrase(text: Text, m: Match) -> bool:
    """The match lies inside quotes that hold a phrase of its own (three words or more)."""
    around = _quotes_around(text, m)
    return around is not None and around[1] - around[0] >= _QUOTED_WORDS


def scare_quoted(text: Text, m: Match) -> bool:
    """The quotes hold this word (or phrase) and little else: a word singled out, not a
    sentence quoted. "« jeune »", "'a certain community'", "les « victimes »", not « les
    jeunes du quartier ont repeint le préau »."""
    around = _quotes_around(text, m)
    return around is not None and around[1] - around[0] <= (m.last - m.first) + 2


def _quotes_around(text: Text, m: Match) -> tuple[int, int] | None:
    """The words of the quotes, double or single, that hold all of ``m``."""
    quoted = [a or b for a, b in zip(text.quoted, text.single_quoted, strict=True)]
    if not all(quoted[i] for i in range(m.first, m.last)):
        return None
    return run_around(quoted, m.first, m.last)

