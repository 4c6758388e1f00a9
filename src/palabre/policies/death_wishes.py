"""Death and harm wished on a person, its subject: "qu'il crève", "j'espère que ce juge
crèvera", "il mérite la mort", "pourvu qu'il se fasse lyncher", "hope she dies". The
subject of a verb of suffering is its victim; idioms ("crever de chaud") and sentences
("il mérite la prison") are none.
"""

from __future__ import annotations

from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text
from palabre.policies.things import takes_up_a_thing
from palabre.policies.wishes import SELF_MODAL, WISH_OPENERS, person_subject

#: "crever de chaud", "mourir de rire", "va crever de faim": suffering said, not wished.
_IDIOM_CAUSES = frozenset(map(squeeze, {
    "chaud", "froid", "faim", "soif", "rire", "ennui", "honte", "peur", "jalousie", "envie",
    "fatigue", "laughing", "boredom", "embarrassment", "hunger", "thirst",
}))  # fmt: skip
_SCREEN = ("l", "ecran")


def suffering_idiom(keys: list[str], m: Match) -> bool:
    after = keys[m.last : m.last + 2]
    if len(after) == 2 and after[0] in _OF and after[1] in _IDIOM_CAUSES:
        return True
    return tuple(after) == _SCREEN


#: Verbs whose subject is the one who suffers: "die", "crever", "pourrir".
SUBJECT_SUFFERS = tuple(map(squeeze, ("die", "dead", "suffer", "rot", "perish", "crev",
                                       "mour", "meur", "souffr", "pourri", "agonis")))  # fmt: skip
#: The person a comment is about, as the subject of a wish: "il mérite la mort".
_HE_SHE = frozenset(map(squeeze, {"il", "elle", "he", "she"}))
#: Wishes whose subject is their victim once the verb is one of suffering ("il devrait
#: crever"), or whatever follows them ("il mérite la mort").
_SHOULD = frozenset(map(squeeze, {"devrait", "aurait", "should", "ought"}))
#: "qu'il se fasse lyncher", "she gets shot": the subject suffers the violence.
_GETS = tuple([squeeze("se"), squeeze(verb)]
              for verb in ("fasse", "fassent", "fera", "feront", "ferait"))
#: "qu'il se fasse virer": a job lost, not violence.
_DISMISSALS = frozenset(map(squeeze, {"virer", "vire", "renvoyer", "expulser", "arreter",
                                      "fire", "fired", "sacked", "arrested"}))  # fmt: skip
_PUNISHMENTS = frozenset(map(squeeze, {"prison", "taule", "jail", "perpetuite", "cachot"}))
_DEAD = frozenset(map(squeeze, {"mort", "morte", "morts", "mortes"}))
#: A passive's auxiliary: what follows is done to the subject ("should be strung up",
#: "devrait être pendu").
_BE = frozenset(map(squeeze, {"be", "etre", "been"}))
#: "crever de honte", "mourir de rire", "die of embarrassment": said, not wished.
_OF = frozenset(map(squeeze, {"de", "d", "of", "from", "laughing"}))


def wished_on_him(text: Text, m: Match, modals: list[Match]) -> bool:
    """Death wished on a person named by a pronoun, its subject: "il mérite la mort",
    "elle devrait crever", "he deserves to die", "qu'il crève". Not "il va crever de
    chaud" (a forecast, and an idiom), nor "il devrait tuer le match" (he would act)."""
    keys, start = text.keys, text.sentence_start(m.first)
    # A reflexive entry ("se jette d'un pont") is done to its own subject.
    suffers = (
        keys[m.first].startswith(SUBJECT_SUFFERS)
        or keys[m.first] in _DEAD
        or (keys[m.first] == "se")
        or (m.first > 0 and keys[m.first - 1] in _TAKE)  # "prendre une balle"
        or keys[m.first] in _BE or (m.first > 0 and keys[m.first - 1] in _BE)  # "be strung up"
    )
    if keys[m.first] in SELF_MODAL | _SHOULD and m.first > start:  # "should die" is one entry
        modals = [Match("modal", keys[m.first], m.first, m.first + 1)]
        m = Match(m.list, m.entry, m.first + 1, m.last)
        suffers = keys[m.first].startswith(SUBJECT_SUFFERS)
    if m.last < len(keys) and keys[m.last] in _OF:
        return False
    lead = m.first - 2 if keys[m.first - 2 : m.first] in _GETS else m.first
    if not modals:  # "Qu'il crève !", "Que ce juge crève": a wish opening on "que"
        # Or a clause after a comma: "La prof qui ..., qu'elle meure".
        que = m.first - 2 if m.first - 2 > start and "," in text.gap(m.first - 2) else start
        return ((suffers or (lead < m.first and keys[m.first] not in _DISMISSALS))
                and keys[que] in WISH_OPENERS
                and not text.negated(m)
                and ((m.first - que == 2 and keys[que + 1] in _HE_SHE
                      and (que > start or not takes_up_a_thing(text, que + 1)))
                     or person_subject(text, que + 1, lead))
                and not suffering_idiom(keys, m))  # fmt: skip
    if _PUNISHMENTS.intersection(keys[m.first : m.last]):
        return False  # "il mérite la prison": a sentence, not a death
    if suffering_idiom(keys, m):
        return False
    modal = modals[-1]
    gets_hurt = lead < m.first and keys[m.first] not in _DISMISSALS
    if (suffers or gets_hurt) and person_subject(text, modal.last, lead):
        # "j'espère que ce juge crèvera": the person named after the wish suffers it.
        return _plainly_wished(text, m)
    # "j'espère qu'il crève", "je veux qu'il meure", "hope she dies", "pourvu qu'il se
    # fasse lyncher": the pronoun is the subject of the verb, after the wish.
    if keys[m.first] in _HE_SHE and m.last - m.first >= 2:  # "hope she dies": one entry
        lead, suffers = m.first + 1, keys[m.first + 1].startswith(SUBJECT_SUFFERS)
    if (
        lead - modal.last <= 3
        and keys[lead - 1] in _HE_SHE
        and (suffers or lead < m.first)
        and not takes_up_a_thing(text, lead - 1)
    ):
        return _plainly_wished(text, m)
    if m.first - modal.last > 3 or modal.first == 0:
        return False
    if keys[modal.first - 1] not in _HE_SHE:
        # "L'auteur de cet article devrait prendre une balle": a person opens the sentence.
        return (suffers and bool(_SHOULD.intersection(keys[modal.first : modal.last]))
                and _person_opens(text, start, modal.first)
                and _plainly_wished(text, m))  # fmt: skip
    if takes_up_a_thing(text, modal.first - 1):
        return False  # "ce projet de loi, il mérite la mort"
    words = set(keys[modal.first : modal.last])
    if not _plainly_wished(text, m):
        return False
    return bool(SELF_MODAL & words) or (suffers and bool(_SHOULD & words))


def _plainly_wished(text: Text, m: Match) -> bool:
    """Not denied, quoted or condemned in its sentence."""
    return not (text.negated(m) or text.quoted[m.first] or text.counter_in_sentence(m.first))


_TAKE = frozenset(map(squeeze, {"prendre", "prenne", "prennent", "take", "takes", "catch"}))
_OPENING_DETERMINERS = frozenset(map(squeeze, {"le", "la", "l", "ce", "cet", "cette", "the",
                                               "that", "this"}))  # fmt: skip
#: "L'auteur de cet article devrait": the person and what completes it, before the modal.
_SUBJECT_REACH = 5


def _person_opens(text: Text, start: int, modal: int) -> bool:
    """A person named by a role opens the sentence and is the modal's subject: "L'auteur
    de cet article devrait ...", "Ce juge devrait ..."."""
    keys = text.keys
    if modal - start > _SUBJECT_REACH or keys[start] not in _OPENING_DETERMINERS:
        return False
    return any(r.first == start + 1 for n in ("role", "person_noun")
               for r in text.in_sentence(n, start))  # fmt: skip
