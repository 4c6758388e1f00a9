from __future__ import annotations

from pathlib import Path

import pytest

from palabre.policies.engine import Engine, load_policy
from palabre.policies.lexicons import LISTS, builtin_entries, builtin_lexicon, load_lexicon
from palabre.policies.typos import plausible_typo
from tests.unit.policies.support import action


def found(lang: str, text: str) -> set[tuple[str, str]]:
    scan = builtin_lexicon(lang).scan(text)
    return {(m.list, m.entry) for m in scan.matches}


def test_every_language_has_the_core_lists() -> None:
    for lang in ("fr", "en"):
        for name in ("identity", "insult", "threat", "negation", "counter", "spam"):
            assert builtin_entries(lang, name), (lang, name)
    assert set(LISTS) >= {"custom", "accusation"}


def test_phrases_and_prefixes_match() -> None:
    assert ("insult", "ferme ta gueule") in found("fr", "Allez, ferme ta gueule.")
    assert ("hate_verb", "can t stand") in found("en", "I can't stand the rain")


def test_a_word_inside_a_phrase_is_not_read_alone() -> None:
    lists = {name for name, _ in found("en", "I can't stand the rain")}
    assert "negation" not in lists  # the "t" of "can't stand" is part of the phrase


def test_misspellings_and_glued_words_are_repaired() -> None:
    scan = builtin_lexicon("en").scan("Ihate stupd people")
    assert scan.keys[:3] == ["i", "hate", "stupid"]


def test_ordinary_words_are_not_repaired() -> None:
    scan = builtin_lexicon("en").scan("the police were stable, specs on the table")
    assert scan.keys == ["the", "police", "were", "stable", "specs", "on", "the", "table"]
    assert not {m.list for m in scan.matches} & {"threat", "slur", "insult"}


def test_spans_point_into_the_original() -> None:
    text = "Quel c o n n a r d !"
    scan = builtin_lexicon("fr").scan(text)
    (match,) = [m for m in scan.matches if m.list == "insult"][:1]
    start, end = scan.span(match)
    assert text[start:end] == "c o n n a r d"


def test_site_terms_extend_a_list() -> None:
    lexicon = load_lexicon("fr", {"custom": ["Pâté Bidule"]})
    scan = lexicon.scan("Le pate bidule")
    assert [m.list for m in scan.matches] == ["custom"]
    assert not builtin_lexicon("fr").scan("Le pate bidule").matches


def test_no_list_holds_the_same_entry_twice() -> None:
    """A second copy changes nothing when read, and hides which line an edit must touch."""
    root = Path(__file__).resolve().parents[3] / "src" / "palabre" / "policies" / "lexicons"
    twice = []
    for path in sorted(root.glob("*/*.txt")):
        entries = [s for s in map(str.strip, path.read_text().splitlines())
                   if s and not s.startswith("#")]  # fmt: skip
        twice += [f"{path.parent.name}/{path.name}: {e}" for e in set(entries)
                  if entries.count(e) > 1]  # fmt: skip
    assert twice == []


def test_starred_out_letters_are_read_back() -> None:
    """A star in place of a letter says the writer knows the word must not be written."""
    assert ("slur", "bougnoul*") in found("fr", "les b*ugnoules dehors")
    assert "slur" in {name for name, _ in found("en", "all n**gers should leave")}
    assert "insult" in {name for name, _ in found("fr", "quel enf*iré")}
    assert "identity" in {name for name, _ in found("fr", "les j*fs encore")}  # one star, two


def test_stars_that_hide_no_lexicon_word_change_nothing() -> None:
    for lang, text in [("fr", "*très* bien dit"), ("fr", "note de 5*3 points"),
                       ("en", "the f***ing bus was late"), ("en", "a b*g day")]:  # fmt: skip
        scan = builtin_lexicon(lang).scan(text)
        assert not {m.list for m in scan.matches} & {"slur", "insult", "threat"}, text


def test_ordinary_words_one_letter_from_a_lexicon_word_stay_ordinary() -> None:
    """Squeezing doubled letters and repairing typos bring some ordinary words onto a
    slur or a threat: each of these was once read as one."""
    cases = [
        ("en", "they work with a lot of women"),  # "loot"
        ("en", "hospital porters are heroes"),  # "poofters"
        ("en", "thk muz go 4 a month"),  # "muzz"
        ("fr", "la préfecture des Bouches-du-Rhône"),  # "boches"
        ("fr", "les jeunes violents du quartier"),  # "viole*"
        ("fr", "une salopette de travail"),  # "salope*"
    ]
    for lang, text in cases:
        scan = builtin_lexicon(lang).scan(text)
        assert not {m.list for m in scan.matches} & {"slur", "threat", "insult"}, text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "les nouvelles unités de l'hôpital"),  # "sunnites", a group
        ("fr", "ils ont vendu les vaches de la ferme des Granges"),  # "la ferme !"
        ("fr", "je vais tuer le temps au musée"),  # a threat
        ("fr", "Assassin's Creed m'a donné envie de revoir Paris"),  # an accusation
        ("fr", "un documentaire sur la peste noire"),  # a group compared to the plague
    ],
)
def test_ordinary_phrases_name_no_group_and_accuse_no_one(lang: str, text: str) -> None:
    found = {m.list for m in builtin_lexicon(lang).scan(text).matches}
    assert not found & {"slur", "threat", "insult", "identity", "accusation", "dehum"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "'All immigrants are criminals' isn't an opinion, it's a smear, and the crime "
               "data doesn't back it up."),
        ("fr", "« Tous les immigrés sont des délinquants », ce n'est pas une opinion, c'est une "
               "calomnie que les chiffres démentent."),
        ("en", "There's no evidence Black workers are lazy: the unemployment gap persists even "
               "at equal qualifications."),
        ("fr", "Rien ne prouve que les Roms volent plus que les autres, les chiffres de la "
               "gendarmerie disent le contraire."),
    ],
)  # fmt: skip
def test_a_claim_called_a_smear_or_baseless_is_condemned(lang: str, text: str) -> None:
    out = Engine(load_policy(None, lang)).classify({"id": "t", "text": text, "lang": lang})
    assert out["action"] == "publish"


def test_an_entry_of_one_letter_words_is_not_read_as_letters_spread_out() -> None:
    # "il n y a" is four words, as "Il n'y a" is in a comment, not the letters of "nya".
    from palabre.policies.lexicon_files import entry_pattern

    assert entry_pattern("il n y a rien de") == ("il", "n", "y", "a", "rien", "de")


@pytest.mark.parametrize(
    ("lang", "text", "listed"),
    [
        # A stem that squeezes to a common word matches it: spelt out instead.
        ("en", "We should walk the last ten kilometres together.", False),
        ("fr", "Il faut lire la gazette du village.", False),
        ("fr", "Le pilote a posé l'avion sur la piste.", False),
        ("en", "We should kill them all.", True),
        ("fr", "Il faut les gazer.", True),
        ("fr", "Les investisseurs ont racheté le château.", False),
        ("en", "Robert fixed the fence with his neighbours.", False),
        ("en", "The robbery suspects were arrested.", True),
    ],
)
def test_short_stems_spelt_out(lang: str, text: str, listed: bool) -> None:
    scan = load_lexicon(lang).scan(text)
    found = scan.has("threat") or scan.has("suspects") or scan.has("profanity")
    assert found is listed


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        # A capitalised name inside a sentence is not repaired into a lexicon word.
        ("La grève chez LVMH, Bernard Arnault s'en fiche.", "arnaque", False),
        ("Le maire Koné a inauguré la fête.", "cone", False),
        ("Le quartier de la Guillotière fête la Tabaski.", "guilotinere", False),
        # A misspelt group name still is.
        ("Les Arbes sont tous des voleurs.", "arabes", True),
    ],
)
def test_names_are_not_repaired(text: str, word: str, found: bool) -> None:
    assert (word in load_lexicon("fr").scan(text).keys) is found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The court granted an injunction against the Muslim council."),
        ("fr", "Les producteurs de betteraves manifestent devant la préfecture."),
        ("en", "Muslims were savagely attacked outside the mosque."),
        ("en", "My Polish neighbour is a vet and she saved our dog."),
    ],
)
def test_words_that_merely_start_like_a_slur(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # An adverb says how something was done, not what a group is.
        ("Les migrants ont été sauvagement agressés par des skinheads.", False),
        ("Les réfugiés manquent cruellement de nourriture et de soins.", False),
        ("Les migrants sont des sauvages.", True),
    ],
)
def test_french_adverbs_are_not_attributes(text: str, flagged: bool) -> None:
    assert (action(text, "fr") != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Ces gens sont une maadie", ("dehum", "une maladie")),  # "maladie" less its "l"
        ("si on éliinait ces gens", ("threat", "elimin*")),
    ],
)
def test_a_dropped_letter_that_leaves_a_double_one_is_repaired(
    text: str, entry: tuple[str, str]
) -> None:
    assert entry in found("fr", text)


def test_the_spellings_of_fuck_read_as_fuck() -> None:
    assert action("Women can all go fuk themselves.", "en") != "publish"
    assert action("fck you", "en") != "publish"
    assert action("What the fuk is the council doing about the potholes?", "en") == "publish"


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("fr", "Mortauxjuifs", ["mort", "aux", "juifs"]),
        ("fr", "jevaistebuter", ["je", "vais", "te", "buter"]),
        ("fr", "c'est unegrossesalope", ["c", "est", "une", "grose", "salope"]),
        ("en", "iwillfindyouandkillyou", ["i", "wil", "find", "you", "and", "kil", "you"]),
        ("en", "Deathtothejews", ["death", "to", "the", "jews"]),
    ],
)
def test_a_phrase_typed_without_spaces_is_cut_into_its_words(
    lang: str, text: str, keys: list[str]
) -> None:
    assert builtin_lexicon(lang).scan(text).keys == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La culture juive a tant apporté à la littérature."),  # no "li te rat ure"
        ("fr", "C'est juste ahurissant"),
        ("fr", "J'ai une haine viscérale de la bureaucratie"),
        ("fr", "Les migrants du centre de Briançon-Bas"),  # a place, no "brian con"
        ("fr", "Des magouilleurs, tous"),  # a "magouill*" entry, not "magouil leurs"
        ("en", "The new asylum rules are a bureaucratic disaster"),
    ],
)
def test_words_missing_from_the_known_list_are_not_cut_into_crumbs(lang: str, text: str) -> None:
    scan = builtin_lexicon(lang).scan(text)
    assert len(scan.keys) == len(scan.raw_keys)  # no word cut in pieces


@pytest.mark.parametrize(
    ("text", "word"),
    [("Les juigs ont tout racheté", "juifs"), ("Trop d'arzbes ici", "arabes"),
     ("Que ce ministre crèce", "creve"), ("gros abtuti", "abruti")],
)  # fmt: skip
def test_a_letter_changed_for_its_neighbour_on_the_keyboard_is_repaired(
    text: str, word: str
) -> None:
    assert word in builtin_lexicon("fr").scan(text).keys


def test_a_changed_letter_far_on_the_keyboard_is_no_typo_on_a_short_word() -> None:
    assert plausible_typo("juigs", "juifs")
    assert not plausible_typo("juiks", "juifs")
    assert builtin_lexicon("en").scan("the pairs of specs").keys == ["the", "pairs", "of", "specs"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les femmes à la cuisine, point."),
        ("fr", "Il faut interdire les homos de mariage."),
        ("en", "No more Muslims in this country."),
        ("en", "Round the gypsies up and be done with it."),
    ],
)
def test_a_group_named_inside_a_derogatory_phrase_is_read(lang: str, text: str) -> None:
    lists = {m.list for m in builtin_lexicon(lang).scan(text).matches}
    assert "identity" in lists
    assert action(text, lang) != "publish"
