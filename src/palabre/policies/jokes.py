"""Jokes told about a protected group: "quelle différence entre un X et une pizza ?",
"how many X does it take to change a lightbulb?", "Why don't X play hide and seek?
Because ...".

The riddle is the vehicle of the stereotype, and its punchline is where the slur would
be: no word in it need be derogatory. A riddle whose subject is a group, told as a joke
(a joke word or a laugh in the comment; "how many X does it take" needs none), is held
for the editors. A question about a group asked in earnest and answered ("Why do Muslims fast?
Because it is one of the five pillars") has no laugh and no joke frame.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.groups import adjective_groups
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.phrases import phrase_at, phrase_set
from palabre.policies.sentences import Text

#: Frames only jokes use, before the group.
_JOKE_FRAMES = phrase_set(
    "difference entre un", "difference entre une", "difference entre les",
    "difference between a", "difference between an", "difference between the",
    "how many", "combien de", "c est l histoire d un", "c est l histoire d une",
    "what do you call a", "what do you call an", "comment appelle t on un",
    "comment appelle t on une", "comment on appelle un", "comment on appelle une",
)  # fmt: skip
#: Frames that are jokes only with a laugh: "why do X ...?", "pourquoi les X ...?".
_RIDDLES = phrase_set("why do", "why don t", "why did", "why are", "pourquoi les",
                    "pourquoi un", "pourquoi une", "pourquoi est ce que les")
#: Words and marks that tell a joke.
_JOKE_WORDS = frozenset(map(squeeze, {"joke", "jokes", "blague", "blagues", "lol", "lmao",
                                      "mdr", "ptdr", "haha", "hahaha", "banter",
                                      "punchline"}))  # fmt: skip
_LAUGHS = ("😂", "🤣", "😆", "😹")
#: "how many X does it take": the frame needs its verb.
_TAKES = phrase_set("it take", "it takes", "faut il", "en faut", "faut t il")
_COUNTING = frozenset({"many", "combien"})
_BECAUSE = frozenset(map(squeeze, {"because", "cause", "coz", "parce", "pask", "psk", "car"}))
_FRAME_REACH = 4


def jokes(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    keys = text.keys
    original = text.scan.normalized.original
    laughing = bool(_JOKE_WORDS.intersection(keys)) or any(m in original for m in _LAUGHS)
    if not laughing and "?" not in original:
        return
    # "a Gypsy and a battery": in a riddle, a word that may be an adjective names people.
    for t in [*groups, *adjective_groups(text, groups)]:
        if not text.question[text.sentence[t.first]] and not laughing:
            continue
        start = text.sentence_start(t.first)
        lead = keys[max(start, t.first - _FRAME_REACH - 2) : t.first]
        frame = next((f for i in range(len(lead)) for f in _JOKE_FRAMES
                      if tuple(lead[i : i + len(f)]) == f), None)  # fmt: skip
        if frame and _COUNTING.intersection(frame) and not any(
            tuple(keys[i : i + 2]) in _TAKES for i in range(t.last, t.last + 4)
        ):
            frame = None  # "how many migrants arrived": a count, not a joke
        riddle = any(phrase_at(lead, i, _RIDDLES) for i in range(len(lead)))
        # "Quelle est la différence entre un réfugié et un migrant ?" asks in earnest; only
        # "how many X does it take" is a joke without a laugh.
        # "Why do X ...? lol I always forget" asks; a riddle has its punchline: "Because".
        punchline = bool(_BECAUSE.intersection(keys[t.last :]))
        if (frame and (laughing or _COUNTING.intersection(frame))) or (
            riddle and laughing and punchline
        ):
            analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE, "hate.joke", (t,)))
            return
