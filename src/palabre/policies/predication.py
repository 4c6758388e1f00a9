"""Whether a derogatory word is said *of* a group, or only near it.

"Les migrants sont des parasites" says something of migrants; "Les migrants fuient des
pays dangereux" and "Le cancer du sein touche une femme sur huit" put a group and a
dark word in one sentence and say nothing of the group. News comments are full of the
second kind: groups as the victims of crime, disease and war.

Without parsing, the rule is lexical: between the group and the word there may only be
words that tie a predicate to its subject, or a noun to its epithet (copulas, articles,
quantifiers, comparisons, intensifiers, hedges). Any other word breaks the tie.
"""

from __future__ import annotations

from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.possession import OF, beyond_possession
from palabre.policies.sentences import BUT, Text


def _words(text: str) -> frozenset[str]:
    """Lexicon keys of a list of words written out (keys are squeezed: "comme" is "come")."""
    return frozenset(map(squeeze, text.split()))


_TIES_FR = _words(
    """
    sans doute aucun jetes envoyes mis emmenes parques
    vies vie nature tu te toi ton ta tes vous votre vos
    a agissent aussi autant autres avis bande beau beaux bel belle bien c ca ce cela
    ces cet cette clairement comme comporte comportent conduisent considere crois d
    de decidement deja demeurent des devenus deviennent devraient dis doivent du
    elle elles en encore espece especes est etaient etait ete etre eux evidemment
    forcement franchement genre gens gros grosses honnetement il ils j jamais je
    juste l la le les meme memes moi moins mon n ne nid nos notre on ont pareilles
    pareils pas pense perso personnellement personnes peuvent pire pires plus
    pourront qu quand que ramassis reste restent rien s sacres sale sales se selon
    sera seraient serait seront seulement si simplement sincerement soient soit sont
    sorte souvent tas tellement toujours tous tout toute toutes train tres trop
    troupeau trouve trouvent types un une va veritable veritables vois vont vrai
    vraie vraies vraiment vrais y restera resteront resterait nuee essaim meute horde hordes
    peuple race nation devient devenu peu putain putains load
    """
)
_TIES_EN = _words(
    """
    without doubt if head charge dumped thrown sent taken put locked kept
    lives life people person persons folk folks you your yours that know have has had
    belong belongs nature to stop themselves from help cannot any
    a absolute act acting acts actual all always an are as basically be became
    become been behave behaves being believe better bloody bunch but can clearly
    complete consider could d damn dirty each even every filthy find frankly fucking
    honestly i in is it just kind less like literally ll lot m more most must my
    never no not nothing obviously of only opinion other others our pack personally
    re real really remain rest s same should simply so some sort still such t than
    the them these they think those too total truly type typical utter very was were
    will worse would horde hordes swarm nation race ve r
    """
)
TIES = _TIES_FR | _TIES_EN
#: Between a word and the group it is said of when the word comes first: "aucune estime
#: pour les X", "nothing good about X".
_TIES_BEFORE = frozenset(map(squeeze, {"pour", "chez", "envers", "for", "about", "toward",
                                       "towards", "in"}))  # fmt: skip
_TIES_WORD_FIRST = TIES | _TIES_BEFORE
_PLACING = frozenset(map(squeeze, {"near", "around", "next", "beside", "behind", "from",
                                   "outside", "inside", "pres", "autour", "devant", "derriere",
                                   "a", "au", "aux", "dans", "sous", "sur", "chez"}))  # fmt: skip
#: A relative clause inside the subject runs to its copula: "les X que je connais sont".
_RELATIVE = frozenset(
    map(squeeze, {"que", "qui", "qu", "who", "that", "whom", "dont", "with", "avec"})
)
_COPULAS = frozenset(map(squeeze, {"sont", "est", "etaient", "seront", "restent", "are", "is",
                                   "were", "remain"}))  # fmt: skip
#: A subject pronoun takes the group's place: "j'ai des X comme voisins, et ils sont ...".
_PRONOUNS = frozenset(map(squeeze, {"ils", "elles", "they", "them", "eux", "ce", "c", "it"}))
#: After "ce", what makes it a pronoun ("ce sont", "ce qui") rather than a determiner
#: ("ce film"): the Roms "qui jouent dans ce film sont voleurs" are said to be thieves.
_AFTER_PRONOUN_CE = frozenset(map(squeeze, {"est", "sont", "etait", "etaient", "sera",
                                            "seront", "serait", "seraient", "qui", "que",
                                            "qu", "dont", "soient", "soit"}))  # fmt: skip


def _determiner(keys: list[str], i: int) -> bool:
    return keys[i] == "ce" and (i + 1 >= len(keys) or keys[i + 1] not in _AFTER_PRONOUN_CE)


#: Past this many words apart, a group and a word are not one predication.
TIE_REACH = 8


def said_of(keys: list[str], group: tuple[int, int], word: tuple[int, int]) -> bool:
    """Whether the word (``first, last`` token span) is said of the group (likewise):
    only tying words stand between them, and not too many of those."""
    (g_first, g_last), (w_first, w_last) = group, word
    lo, hi = (g_last, w_first) if g_first < w_first else (w_last, g_first)
    if hi <= lo:
        # Adjacent or overlapping: "migrant vermin", "vermine immigrée". But an offender
        # named with the group as his adjective is one of them, a subset, not all of them:
        # "le renvoi des criminels étrangers", "les délinquants étrangers".
        return not (w_first < g_first and keys[w_first] in OFFENDERS and w_first > 0
                    and keys[w_first - 1] in _DEFINITE_PLURAL)  # fmt: skip
    between = keys[lo:hi]
    if (w_first < g_first and between[:2] in (["et", "les"], ["and", "the"])
            and keys[w_first - 1] in _DEFINITE_PLURAL | {"the"}):  # fmt: skip
        return False  # "les malades et les personnes handicapées": two groups listed
    ties = TIES if g_first < w_first else _TIES_WORD_FIRST
    if _CONNECTORS.intersection(between) or (g_first > w_first and BUT.intersection(between)):
        return False  # "L'islamisme est une menace, mais les X n'y sont pour rien"
    if g_first < w_first:
        read = beyond_possession(
            between, keys[w_last] if w_last < len(keys) else "", keys[w_first:w_last]
        )
        if read is None:
            return False  # "lesbians have the best dogs", "ils ont des chiens": owned
        between = read
        # What a pronoun or a relative clause stands in for, only its own words count.
        pronoun = max((i for i, k in enumerate(between)
                       if k in _PRONOUNS and not _determiner(between, i)), default=-1)  # fmt: skip
        between = between[pronoun + 1 :]
        between = _skip_relative(between)
        between = _skip_qualifier(between)
        # "sont une population malhonnête", "are a violent people": the group renamed.
        between = [k for k in between if k not in _COLLECTIVES]
        # An epithet of the word itself, after a tie: "are brainwashed idiots" (but not
        # "women fear rapists", where the one word between is a verb).
        if len(between) >= 2 and between[-2] in ties:
            between = between[:-1]
    elif w_first > 0 and keys[w_first - 1] in _MY and between[0] not in ties:
        return False  # "mon pire associé était un catho": the word qualifies the associate
    elif len(between) >= 2 and between[1] in ties and between[0] not in _PLACING:
        # Likewise after it: "des parasites venus des ...", but not a place: "the rats
        # near the X site" are rats, not the X.
        between = between[1:]
    if len(between) > TIE_REACH:
        return False
    return all(k in ties or _adverb(k) for k in between)


#: Offenders named with a group as their adjective: a subset, not the group.
OFFENDERS = frozenset(map(squeeze, {"criminels", "delinquants", "trafiquants", "dealers",
                                    "violeurs", "fraudeurs", "voleurs", "criminals",
                                    "offenders", "rapists", "terroristes", "terrorists",
                                    "multirecidivistes"}))  # fmt: skip
_DEFINITE_PLURAL = frozenset(map(squeeze, {"les", "des", "ces", "aux"}))
_MY = frozenset(map(squeeze, {"mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses",
                              "notre", "nos", "my", "his", "her", "our", "your"}))  # fmt: skip
#: A short qualifier after the group, before its verb: "women over 30 are ...", "les
#: Roms de Marseille sont ...", "Muslims in France are ...".
_QUALIFIERS = frozenset(map(squeeze, {"over", "under", "above", "in", "from", "with", "de",
                                      "d", "du", "en", "avec", "sans", "without",
                                      "of"}))  # fmt: skip


_COLLECTIVES = frozenset(map(squeeze, {"population", "peuple", "race", "engeance", "ramassis",
                                       "people", "bunch", "breed"}))  # fmt: skip


def _skip_qualifier(between: list[str]) -> list[str]:
    if not between or between[0] not in _QUALIFIERS:
        return between
    cut = next((i for i in range(1, min(4, len(between))) if between[i] in _COPULAS), None)
    return between[cut:] if cut else between


#: Prepositions that hang a group on a noun before it: "le traitement des X", "la haine
#: contre les X", "the treatment of X".
_HANGS = frozenset(map(squeeze, {"de", "des", "du", "d", "aux", "au", "contre", "envers",
                                 "of", "against", "towards", "toward", "about",
                                 "sur"}))  # fmt: skip
_ARTICLES = frozenset(map(squeeze, {"les", "la", "le", "l", "ces", "nos", "vos", "leurs",
                                    "the", "these", "those", "our"}))  # fmt: skip
#: Abstract nouns a group may complete without being their subject: what is done to the
#: group, or felt about it. Only these: "les enfants des X sont ..." and "90 % des X sont
#: ..." still say it of X.
_ABSTRACT_HEADS = _words(
    """
    traitement sort situation haine accueil conditions condition droits droit protection
    persecution persecutions discrimination discriminations racisme violence violences
    agression agressions meurtre meurtres massacre genocide deportation exclusion
    stigmatisation rejet mepris souffrance souffrances integration expulsion expulsions
    harcelement detresse misere detention retention enfermement hebergement logement
    logements vie
    treatment plight fate situation hatred persecution rights protection suffering
    conditions killing killings murder abuse discrimination exclusion deportation
    harassment stigmatisation stigmatization mistreatment
    chants chant insults remarks jokes comments slogans tweets posts messages cartoons
    propos cris insultes blagues commentaires remarques slogans affiches tracts caricatures
    """
)


#: Seeing, reading or hearing of the group opens the sentence: what is said is of that.
_PERCEIVING = frozenset(map(squeeze, {"reading", "seeing", "hearing", "watching", "lire",
                                      "voir", "entendre"}))  # fmt: skip


def hangs_on_noun(text: Text, group: int, word: int) -> bool:
    """Whether the group (its first token) only completes a noun before it, which is then
    the subject of ``word``: "Le traitement des X est une honte" says nothing of X."""
    keys = text.keys
    if word <= group or text.sentence[group] != text.sentence[word]:
        return False
    lead = [k for k in keys[max(text.sentence_start(group), group - 3) : group]
            if k not in _ARTICLES]  # fmt: skip
    if lead and lead[0] in _PERCEIVING:
        return True  # "Reading about the X who drowned ... is sickening": the reading is
    between = keys[group + 1 : word]
    if any((k in _PRONOUNS and not (n and between[n - 1] in _LOCATING)) or k in _RELATIVE
           for n, k in enumerate(between)):
        # "marre des X, ils sont ...", "le sort des X qui sont ..."; not the determiner
        # of a place ("les conditions des X dans ce camp sont ...").
        return False
    i = group - 1
    if i >= 0 and keys[i] in _ARTICLES:
        i -= 1
    if i < 1 or keys[i] not in _HANGS or text.sentence[i - 1] != text.sentence[group]:
        return False
    head = keys[i - 1]
    if head in _ABSTRACT_HEADS:
        return True
    # "les conditions de détention des X sont indignes": the group completes a noun that
    # itself completes an abstract one.
    return (i >= 3 and keys[i - 2] in OF and keys[i - 3] in _ABSTRACT_HEADS
            and text.sentence[i - 3] == text.sentence[group])  # fmt: skip


#: A place that locates the group before its copula: "les X de la gare sont", "those X
#: at the Crown Hotel are". At most this many words before the copula.
_LOCATING = frozenset(map(squeeze, {"de", "du", "des", "d", "dans", "au", "aux", "en", "at",
                                    "in", "from", "on", "near", "around"}))  # fmt: skip
_LOCATING_REACH = 5


def _skip_relative(between: list[str]) -> list[str]:
    """The words from the copula on, when a relative clause or a place opens the gap."""
    if not between or not (between[0] in _RELATIVE | _LOCATING or _participle(between[0])):
        return between
    if len(between) == 1 and between[0] in _RELATIVE:
        return []  # "Africans, who breed like rabbits": the word is the relative's verb
    reach = len(between) if between[0] in _RELATIVE else _LOCATING_REACH + 1
    for i, k in enumerate(between[:reach]):
        if k in _COPULAS:
            return between[i:]
    return between


#: Words that open a clause of their own: "les X qui bossent ..., sinon c'est hypocrite"
#: judges the situation, not the group.
_CONNECTORS = frozenset(map(squeeze, {"sinon", "donc", "puisque", "otherwise"}))


#: Words that end like a participle and are none: "pendant", "maintenant", "during".
_NOT_PARTICIPLES = frozenset(map(squeeze, {"pendant", "maintenant", "avant", "durant",
                                           "cependant", "restaurant", "important", "during",
                                           "morning", "evening", "nothing", "something",
                                           "everything", "anything", "according"}))  # fmt: skip


def _participle(key: str) -> bool:
    """A present participle that opens a phrase about the group, as a place does: "the
    migrants crossing the Channel are ...", "les gens vivant ici sont ..."."""
    return len(key) >= 6 and key.endswith(("ing", "ant")) and key not in _NOT_PARTICIPLES


def _adverb(key: str) -> bool:
    """An intensifier by its ending: "absolutely", "totalement", "vraiment"."""
    return (len(key) >= 5 and key.endswith("ly")) or (len(key) >= 7 and key.endswith("ment"))


#: "The next X who ...", "le premier X que je croise": violence promised to whoever of a
#: group comes along, a threat with no modal.
_NEXT = frozenset(map(squeeze, {"prochain", "prochaine", "premier", "premiere", "next",
                                "first", "any", "every", "chaque"}))  # fmt: skip


def next_victim(text: Text, m: Match, targets: list[Match]) -> bool:
    """Whether the threat ``m`` names its victim as "the next/first/any X"."""
    return any(
        text.same_sentence(t.first, m.first)
        and _NEXT.intersection(text.keys[max(0, t.first - 2) : t.first])
        for t in targets
    )


#: An answer this short, right after a question, is said of the question's subject:
#: "Les X ? Une fourmilière de ...", "What do I feel about X? Disgust."
ANSWER_WORDS = 8


def answers(text: Text, asked: int, said: int) -> bool:
    """Whether the token ``said`` is in a short answer to the question holding ``asked``."""
    q, a = text.sentence[asked], text.sentence[said]
    # Or an answer that opens on it: "Les X ? Des nuisibles, ni plus ni moins, ...".
    return a == q + 1 and text.question[q] and (
        text.sentence.count(a) <= ANSWER_WORDS or said - text.sentence_start(said) <= 1
    )


#: Before an animal: "comme des", "like", "as".
SIMILE = frozenset(map(squeeze, {"comme", "like", "as", "dirait"}))
SIMILE_ARTICLES = frozenset(map(squeeze, {"des", "de", "d", "un", "une", "a", "an", "les",
                                         "the", "la", "du", "l"}))  # fmt: skip
#: Verbs of what is done to the group: "traités comme des animaux" makes them victims.
_DONE_TO = ("trait", "consider", "parqu", "enferm", "treat", "regard", "seen", "herd", "cag",
            "kept", "vus", "vues", "vendu", "refoul", "entas", "chas", "expuls", "sold",
            "shiped", "cram", "packed", "exhib", "expos", "display", "paraded")
#: A comparison's verb may stand between the group and "like": "breed like rats".
_COMPARED_REACH = 6


def compared(keys: list[str], group: Match, word: Match) -> bool:
    """The group is compared to the animal by what it does: "ces X qui se reproduisent
    comme des lapins", "those X breed like rats". Not "traités comme des animaux": what
    is done to them."""
    i = word.first if keys[word.first] in SIMILE else word.first - 1  # "like rabbits"
    while i > group.last and keys[i] in SIMILE_ARTICLES:
        i -= 1
    if i <= group.last or keys[i] not in SIMILE:
        return False
    between = keys[group.last : i]
    return len(between) <= _COMPARED_REACH and not any(k.startswith(_DONE_TO) for k in between)


#: Words that open what a group is said to be, before a list of attributes.
_LIST_OPENERS = frozenset(map(squeeze, {
    "sont", "etaient", "restent", "seront", "deviennent", "are", "were", "remain", "have",
    "been", "always", "toujours", "tous", "toutes", "all", "really", "vraiment", "so", "si",
    "tellement", "trop", "too",
}))  # fmt: skip
_COORDINATORS = frozenset(map(squeeze, {"et", "ou", "ni", "and", "or", "nor"}))
_SUFFERING = frozenset(map(squeeze, {
    "epuises", "epuisees", "traumatises", "traumatisees", "pauvres", "discrimines",
    "discriminees", "blesses", "affames", "isoles", "vulnerables", "fragiles", "malheureux",
    "exhausted", "traumatised", "traumatized", "poor", "hungry", "injured", "scared",
    "terrified", "isolated", "vulnerable", "homeless", "sick",
}))  # fmt: skip
#: Attributes a list may hold before the word: "thick, drunk and violent".
_LIST_REACH = 4


def listed_after(text: Text, g: Match, w: Match) -> bool:
    """The word closes a list of attributes said of the group: "The Irish are thick, drunk
    and violent", "les X sont sales, bruyants et voleurs". Each attribute is one word, the
    list runs from the verb to the word and the sentence ends with it (or a comma)."""
    keys = text.keys
    if not (g.last < w.first and text.same_sentence(g.first, w.first)):
        return False
    i = g.last
    while i < w.first and keys[i] in _LIST_OPENERS:
        i += 1
    if i == g.last or i == w.first or keys[w.first - 1] not in _COORDINATORS:
        return False
    items = [j for j in range(i, w.first - 1) if keys[j] not in _COORDINATORS]
    if not 1 <= len(items) <= _LIST_REACH:
        return False
    if any(keys[j] in _SUFFERING for j in items):
        return False  # "les réfugiés sont épuisés, traumatisés et malades": what they suffer
    # One word each, a comma or a coordinator after it: not "are welcome and violent crime".
    if not all("," in text.gap(j + 1) or keys[j + 1] in _COORDINATORS for j in items):
        return False
    return w.last == text.sentence_end(w.first) or "," in text.gap(w.last)


_OBJECT_ARTICLES = frozenset(map(squeeze, {"les", "des", "ces", "nos", "the", "these",
                                           "those", "all", "more"}))  # fmt: skip


def acted_on(text: Text, t: Match) -> bool:
    """The group is the object of the verb that opens the sentence, whose act is then the
    subject: "Housing asylum seekers in hotels is a waste of money", "Accueillir les X dans
    des hôtels est un gâchis"."""
    start = text.sentence_start(t.first)
    lead = text.keys[start : t.first]
    if not 1 <= len(lead) <= 2 or (len(lead) == 2 and lead[1] not in _OBJECT_ARTICLES):
        return False
    verb = lead[0]
    if any(p.first == start for p in text.scan.get("profanity")):
        return False  # "Fucking immigrants ruin everything": a swear word, not a verb
    return (len(verb) >= 6 and verb.endswith("ing")) or (
        len(lead) == 2 and len(verb) >= 5 and verb.endswith(("er", "ir"))
    )
