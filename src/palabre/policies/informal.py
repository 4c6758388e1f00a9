"""Informal spellings read as the words they stand for: English contractions typed
without their apostrophe ("dont", "theyre") and French texting ("ki", "jvé", "pk").

Applied by the lexicon before any other repair, and before the known-word test: these
spellings are frequent enough in the corpora to be known words, yet a phrase such as
"les X ki ..." or "jvais te buter" reads right only with the words they stand for.
"""

from __future__ import annotations

from palabre.policies.normalize import squeeze

#: English contractions typed without their apostrophe ("dont", "theyre", "shes"), read
#: as the two words the apostrophe would have made. Words of their own are left out:
#: "ill", "well", "were", "shell", "id", "its", "lets", "cant" and "wont" are words.
CONTRACTIONS: dict[str, tuple[str, ...]] = {
    squeeze(joined.replace("'", "")): tuple(joined.split("'")) for joined in (
        "i'm", "i've", "you're", "you've", "they're", "they've", "we've", "don't",
        "doesn't", "didn't", "couldn't", "wouldn't", "shouldn't", "isn't", "aren't",
        "wasn't", "weren't", "hasn't", "haven't", "hadn't", "she's", "he's", "that's",
        "what's", "there's", "who's", "ain't",
    )
}

#: French texting spellings of short words (keys as the normaliser folds them: "jvé" is
#: "jve"). Left out: those that are words too ("ke" is only "que", but "tt" squeezes to
#: the elided "t'", and "c" is "c'est" already).
TEXTING_FR: dict[str, tuple[str, ...]] = {
    squeeze(short): tuple(map(squeeze, full.split())) for short, full in {
        "ki": "qui", "ke": "que", "koi": "quoi", "kan": "quand", "kand": "quand",
        "kel": "quel", "kelle": "quelle", "kels": "quels", "kom": "comme", "komme": "comme",
        "pk": "pourquoi", "pq": "pourquoi", "pkoi": "pourquoi", "ds": "dans", "bcp": "beaucoup",
        "tjr": "toujours", "tjrs": "toujours", "tjs": "toujours", "jsuis": "je suis",
        "chui": "je suis", "jvais": "je vais", "jve": "je vais", "jvai": "je vais",
        "jle": "je le", "jla": "je la", "jte": "je te", "jme": "je me",
        "jsais": "je sais", "jpense": "je pense", "jveux": "je veux", "jpeux": "je peux",
        "mnt": "maintenant", "mtn": "maintenant", "slt": "salut", "stp": "s il te plait",
    }.items()
}
