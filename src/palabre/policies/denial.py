"""Denial of the Holocaust: "la Shoah est un mensonge", "the Holocaust never happened".

It names no group and holds no derogatory word, yet it is antisemitism in its commonest
form on news sites (and an offence in France). A phrase list cannot cover the ways it is
put ("la Shoah, c'est une belle arnaque", "l'holocauste ? une invention"), so the rule
reads the sentence: the genocide named, then, in the same sentence, a word that calls it
false, or its existence denied. The editors decide: held, never rejected.

The same reading serves the other genocides (Rwanda, the Armenians, Srebrenica) and the
massacres of our time: called a civil war or "both sides", a military operation, a
"grand mot"; and their victims, survivors and witnesses, in a comment that names the
massacre, called actors, extras or paid, or sneered at in quotes ("les « victimes »",
"another 'survivor'").
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.counter import countered
from palabre.policies.findings import Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.mention import reported_before, scare_quoted, talks_of_words
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

_GENOCIDE = frozenset(map(squeeze, {
    "shoah", "holocauste", "holocaust", "auschwitz", "gaz", "genocide", "camps", "camp",
    "treblinka", "birkenau",
    "millions", "million", "frank", "gas", "zyklon", "extermination", "hiv", "esclavage",
    "slavery", "srebrenica",
}))  # fmt: skip
#: Words that name it only with what stands around them: "chambres à gaz", "génocide des
#: juifs", "camps d'extermination", "6 millions", "Anne Frank".
_CAMPS = frozenset(map(squeeze, {"extermination", "concentration", "mort", "death",
                                  "photos", "photo"}))  # fmt: skip
_NEEDS = {
    squeeze("gaz"): frozenset(map(squeeze, {"chambre", "chambres", "chamber", "chambers"})),
    squeeze("gas"): frozenset(map(squeeze, {"chamber", "chambers"})),
    squeeze("genocide"): frozenset(map(squeeze, {"juifs", "juif", "jews", "jewish", "tutsis",
                                                  "tutsi", "armeniens", "armenians",
                                                  "armenian"})),
    squeeze("hiv"): frozenset(map(squeeze, {"vel"})),
    squeeze("camps"): _CAMPS,
    squeeze("camp"): _CAMPS,
    squeeze("millions"): frozenset({"6", "six"}),
    squeeze("million"): frozenset({"6", "six"}),
    squeeze("frank"): frozenset(map(squeeze, {"anne"})),
}
#: Words that call it false.
_FALSE = frozenset(map(squeeze, {
    "mensonge", "mensonges", "mythe", "mythes", "arnaque", "arnaques", "invention",
    "inventee", "invente", "inventes", "escroquerie", "bidon", "fake", "hoax", "lie", "lies",
    "myth", "fraud", "scam", "fabrication", "fabrique", "fabriquee", "fabricated", "fiction",
    "fable", "legende", "exagere", "exageree", "exageres", "exaggerated", "exagerated",
    "supercherie", "canular", "imposture", "propagande", "propaganda", "mascarade",
    "hoaxe", "holohoax", "made", "gonfle", "gonfles", "gonflee", "gonflees", "inflated",
    "surcote", "surcotee", "overrated", "montage", "montages", "business", "profitable",
    "detail", "piscine", "swimming", "stylo", "ballpoint", "delousing", "epouillage",
    "piscines", "typhus", "poux", "lice", "leuchter", "soviets", "sovietiques", "fairy",
    "orchestras", "orchestres", "forgery", "forged", "biro",
    # Staged, told by rote, rewritten, swallowed, milked (sixteenth session).
    "staged", "recitee", "rajoutent", "reecrire", "rewriting", "gobe", "epingle", "filon",
    "cashed", "airtime",
    # Doubted (seventeenth session): "plus le droit de douter des chiffres".
    "douter", "doubt", "doubting",
}))  # fmt: skip
#: What the victims of a massacre the comment names are called by those who deny it.
_STAGED = frozenset(map(squeeze, {"figurants", "actors", "staged", "fake", "payes",
                                  "paid"}))  # fmt: skip
_COPULAS = frozenset(map(squeeze, {"sont", "etaient", "etait", "est", "were", "are", "was",
                                   "is"}))  # fmt: skip
#: What a massacre is said to have been instead, and what makes it small, two words at
#: a time: no intent, no victims, a war like others.
_NO_INTENT = frozenset({
    *(tuple(map(squeeze, p.split())) for p in (
        "guerre civile", "civil war", "both sides", "military operation",
        "operation militaire", "episode secondaire", "get over", "passez a", "bien faire",
        "eu pire", "more airtime", "nulle part", "nobody planned", "rien planifie",
        "not civilians", "combattants pas", "en scene", "crisis actors", "false flag",
        "faux drapeau", "grand mot", "deplacements de", "mon oeil", "symbolic figure",
        "chiffre symbolique",
    )),
})  # fmt: skip
#: Of those, the ones that carry their own negation: "rien planifié", "nulle part".
_NEGATIVE_PAIRS = frozenset(tuple(map(squeeze, p.split())) for p in (
    "rien planifie", "nulle part", "nobody planned",
))  # fmt: skip
_GENOCIDE_WORD = squeeze("genocide")
#: The peoples a genocide is named by, anywhere in the comment.
_NAMED_GENOCIDES = frozenset(map(squeeze, {
    "juifs", "jews", "tutsis", "tutsi", "rwanda", "armeniens", "armenians", "armenian",
    "armenie", "armenia", "srebrenica", "bosniaques", "bosniaks",
}))  # fmt: skip
#: Massacres and attacks, named in the comment, whose victims deniers mock.
_ATROCITY = frozenset(map(squeeze, {
    "shoah", "holocauste", "holocaust", "auschwitz", "treblinka", "birkenau", "genocide",
    "rwanda", "srebrenica", "bataclan", "attentat", "attentats", "attack", "attacks",
    "massacre", "tuerie", "shooting", "terroriste", "terroristes", "terrorist", "arena",
    "deportes", "deportation", "camps",
}))  # fmt: skip
_SURVIVORS = frozenset(map(squeeze, {"survivants", "survivant", "survivors", "survivor",
                                      "rescapes", "rescape"}))  # fmt: skip
_VICTIMS = _SURVIVORS | frozenset(map(squeeze, {"victimes", "victims", "temoins",
                                                "witnesses"}))  # fmt: skip

#: Said of it, they make it small: "pas si grave", "not that bad".
_MINIMISED = (tuple(map(squeeze, ("pas", "si", "grave"))), ("not", "that", "bad"),
              tuple(map(squeeze, ("pas", "grand", "chose"))),
              tuple(map(squeeze, ("bien", "grand", "mot"))), ("big", "word", "for"),
              tuple(map(squeeze, ("pas", "si", "terrible"))), ("not", "so", "bad"),
              tuple(map(squeeze, ("pas", "si", "horrible"))), ("not", "that", "terrible"),
              tuple(map(squeeze, ("une", "guerre", "tribale"))),
              tuple(map(squeeze, ("guerre", "tribale", "comme"))),
              ("t", "that", "bad"))  # fmt: skip
#: Negations ("plus" is left out: "le plus gros business").
_NOT = frozenset(map(squeeze, {"not", "t", "never", "no", "pas", "ne", "n", "jamais"}))
#: "en détail", "in detail": how it is told, not that it is small.
_IN = frozenset({"en", "in"})
#: Words of existence, which deny it when negated: "n'a jamais existé", "never happened".
_EXISTS = frozenset(map(squeeze, {
    "existe", "existee", "exister", "lieu", "happened", "happen", "exist", "existed",
    "real", "reel", "reelle", "vrai", "vraie", "true", "added", "prouve", "prouvee",
    "prouvees", "proven", "proved",
}))  # fmt: skip
_ANSWERED_NO = frozenset(map(squeeze, {"non", "no", "faux", "false", "wrong", "nope"}))
#: How far after the genocide's name the predicate may stand.
_REACH = 8


def denial(text: Text, analysis: Analysis) -> None:
    keys = text.keys
    # The victims and witnesses of a massacre the comment names are what deniers call
    # actors, liars or profiteers: "les « victimes » du Bataclan", "crisis actors".
    # The survivors need no name for it: "another 'survivor' with a brand new story".
    atrocity = not _ATROCITY.isdisjoint(keys)
    if _GENOCIDE.isdisjoint(keys) and _SURVIVORS.isdisjoint(keys) and not (
        atrocity and not _VICTIMS.isdisjoint(keys)
    ):
        return
    for i, key in enumerate(keys):
        victims = (atrocity and key in _VICTIMS) or (
            key in _SURVIVORS and i > 0 and keys[i - 1] in _DETERMINERS)  # not the TV show
        if key not in _GENOCIDE and not victims:
            continue
        m = Match("dogwhistle", key, i, i + 1)
        if victims and _called_actors(text, i) and not (
            reported_before(text, i) or countered(text, m, m)
        ):
            analysis.findings.append(Finding(Category.HATE, 0.75, "hate.denial", (m,)))
            return
        if victims and scare_quoted(text, m):
            if not (reported_before(text, i) or talks_of_words(text, m)
                    or countered(text, m, m)):  # fmt: skip
                analysis.findings.append(Finding(Category.HATE, 0.75, "hate.denial", (m,)))
                return
            continue
        if key in _CAMP_WORDS and _camp_lie(text, i):
            if not (text.quoted[i] or reported_before(text, i)):
                analysis.findings.append(Finding(Category.HATE, 0.75, "hate.denial", (m,)))
            return
        needs = _NEEDS.get(key)
        if needs is not None and not needs.intersection(keys[max(0, i - 2) : i + 3]) and not (
            key == _GENOCIDE_WORD and not _NAMED_GENOCIDES.isdisjoint(keys)
        ):  # "Les Tutsis ont su pleurer plus fort. Génocide mon œil."
            continue
        end = text.sentence_end(i)
        if end - text.sentence_start(i) <= 4 and end < len(keys):
            end = text.sentence_end(end)  # "6 millions ? Les chiffres ont été gonflés."
        end = min(end, i + _REACH + 1)
        for j in range(i + 1, end):
            if _denies(keys, i, j):
                m = Match("dogwhistle", f"{keys[i]} {keys[j]}", i, j + 1)
                if text.quoted[i] or reported_before(text, i) or _refuted(text, i, j):
                    return
                analysis.findings.append(Finding(Category.HATE, 0.75, "hate.denial", (m,)))
                return


_CAMP_WORDS = frozenset(map(squeeze, {"camp", "camps"}))
#: What deniers say the camps had or died of, instead of the gas: "les camps avaient des
#: piscines", "typhus killed people in the camps, not some gassing fairy tale".
_CAMP_LIES = frozenset(map(squeeze, {"piscine", "piscines", "swimming", "typhus", "poux",
                                     "lice", "delousing", "epouillage", "orchestras",
                                     "orchestres", "leuchter"}))  # fmt: skip


#: Words that place a comment about camps in the genocide.
_HOLOCAUST = frozenset(map(squeeze, {
    "shoah", "holocauste", "holocaust", "auschwitz", "nazi", "nazis", "juifs", "jews",
    "jewish", "extermination", "concentration", "zyklon", "gaz", "gas", "gassing", "gazage",
    "death", "mort", "deportes", "deportation", "birkenau", "treblinka", "dachau",
}))  # fmt: skip
_GASSED = frozenset(map(squeeze, {"gaz", "gas", "gassing", "gassed", "gazes", "gazage"}))


def _camp_lie(text: Text, i: int) -> bool:
    """A denier's claim about the camps in their sentence, in a comment about the
    genocide, not negated between them or just before it ("les camps n'avaient pas de
    piscines" corrects it), and with the gas not affirmed beside it ("le typhus a tué
    dans les camps, en plus des chambres à gaz" is history). A summer camp's pool is not
    about the genocide."""
    keys = text.keys
    if _HOLOCAUST.isdisjoint(keys):
        return False
    start, end = text.sentence_start(i), text.sentence_end(i)
    if any(keys[g] in _GASSED and not _NOT.intersection(keys[max(start, g - 3) : g])
           for g in range(start, end)):  # fmt: skip
        return False
    for k in range(start, end):
        if keys[k] not in _CAMP_LIES:
            continue
        lo, hi = sorted((i, k))
        if not (_NOT.intersection(keys[lo:hi]) or _NOT.intersection(keys[max(start, k - 2) : k])):
            return True
    return False


def _denies(keys: list[str], i: int, j: int) -> bool:
    if tuple(keys[j : j + 3]) in _MINIMISED:
        return True
    if keys[j] == "detail" and keys[j - 1] in _IN:
        return False
    negated = any(k in _NOT for k in keys[i + 1 : j])
    if tuple(keys[j : j + 2]) in _NO_INTENT:
        # "n'était pas une guerre civile" says what it was; "n'a rien planifié" denies.
        return tuple(keys[j : j + 2]) in _NEGATIVE_PAIRS or not negated
    if keys[j] == "made":  # "made up"
        return j + 1 < len(keys) and keys[j + 1] == "up" and not negated
    if keys[j] in _FALSE:
        return not negated
    return keys[j] in _EXISTS and negated


def _refuted(text: Text, i: int, j: int) -> bool:
    """A counter word outside the denial itself, in its sentence or the next: the
    predicate may be one ("mensonge" refutes elsewhere), so it does not count."""
    here = text.sentence[i]
    after = text.sentence_end(i)
    if after < len(text.keys) and text.keys[after] in _ANSWERED_NO:
        return True  # "La Shoah, un mythe ? Non, un fait établi."
    return any(
        not (c.first <= j < c.last) and not text.negated(c)
        and text.sentence[c.first] in (here, here + 1)
        for c in text.scan.get("counter")
    )  # fmt: skip


_DETERMINERS = frozenset(map(squeeze, {
    "les", "des", "ces", "nos", "vos", "leurs", "un", "une", "another", "the", "these", "those",
    "a", "our",
}))  # fmt: skip


def _called_actors(text: Text, i: int) -> bool:
    """The victims said in their sentence to be actors, extras, paid or staged: "la
    moitié des victimes du Bataclan étaient des figurants", "the victims were crisis
    actors"."""
    end = min(text.sentence_end(i), i + _REACH + 1)
    keys = text.keys
    return any(keys[j] in _STAGED and not _NOT.intersection(keys[i + 1 : j])
               and not _COPULAS.isdisjoint(keys[i + 1 : j]) for j in range(i + 1, end))
