"""Misfortune wished on someone (an illness, an accident, a death that befalls them),
hoped for, celebrated in advance or regretted when it did not come; against news of
the same misfortunes, sorrow at them and get-well wishes."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "hope she gets cancer"),
        ("en", "I hope his cancer comes back"),
        ("en", "Hope the ref never makes it home tonight"),
        ("en", "hope he chokes on it"),
        ("en", "shame the surgeons saved him"),
        ("en", "pity he survived"),
        ("fr", "J'espère que ce juge finira ses jours dans un fauteuil roulant"),
        ("fr", "Le jour où ce ministre passe l'arme à gauche, je sors le champagne"),
        ("fr", "dommage que son helico se soit pas crashé a celui la"),
        ("fr", "Elle a fait un AVC ? Dommage qu'elle s'en soit remise."),
        ("fr", "Que la maladie l'emporte vite"),
        ("fr", "Dommage qu'il ait survécu"),
    ],
)
def test_held(lang: str, text: str) -> None:
    assert action(text, lang) == "hold"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I hope he doesn't die"),
        ("en", "hope he pulls through"),
        ("en", "shame he died so young"),
        ("en", "I hope they crash out of the cup"),
        ("en", "I hope I don't get cancer"),
        ("en", "Shame he missed the penalty"),
        ("en", "Sadly he didn't survive the crash"),
        ("en", "I hope she recovers from the stroke"),
        ("en", "I hope nobody got hurt in that crash"),
        ("en", "hopefully the market crashes so I can buy a house"),
        ("fr", "J'espère que les victimes n'ont pas souffert"),
        ("fr", "J'espère qu'il se remettra vite de son AVC"),
        ("fr", "Dommage qu'il ait raté son penalty"),
        ("fr", "Quel dommage qu'elle soit morte dans cet accident"),
        ("fr", "Malheureusement il n'a pas survécu à ses blessures"),
        ("fr", "J'espère que ma grand-mère ne souffre pas trop"),
        ("fr", "ce meme mérite de mourir, on l'a vu 3000 fois sur le forum"),
        ("fr", "Heureusement que les secours l'ont sauvé"),
    ],
)
def test_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # The person set first, then the misfortune and its benefit.
        ("fr", "Cette influenceuse moralisatrice, un chauffard bourré et c'est réglé.", True),
        ("fr", "Une bonne tumeur au cerveau pour ce chroniqueur, ça lui ferait les pieds.", True),
        ("en", "I'd pay good money to watch that influencer fall off the cliff", True),
        # The same words in news and sorrow.
        ("fr", "Ce patron du CAC 40, une petite chute de son action en bourse et il vend", False),
        ("fr", "Ce pauvre homme, une chute l'a laissé paralysé, qu'il s'en remette vite", False),
    ],
)
def test_a_person_set_first_then_the_misfortune(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("fr", "Dommage que le chauffard l'ait ratée, cette chroniqueuse.", True),
        ("fr", "J'espère que ses gosses chopent une leucémie, à ce juge.", True),
        ("en", "Shame the bus missed him, that columnist.", True),
        ("fr", "Dommage que j'aie raté le bus ce matin.", False),
        ("en", "Shame I missed the start of the match.", False),
    ],
)
def test_regret_that_it_missed_them(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # A harm wished in the words readers use, the person pointed at after it.
        ("fr", "J'espère que tu crèves seul dans ta cave, le troll du dessus.", True),
        ("fr", "Si ce chroniqueur tombe dans l'escalier demain, je verserai pas une larme.", True),
        ("fr", "Un bon accident de la route pour cette sénatrice et on respire.", True),
        ("fr", "Avec un peu de chance il se noiera pendant ses vacances, ce ministre.", True),
        ("en", "If only the flu had done its job on that governor last winter.", True),
        ("en", "Shame the stroke didn't finish him off, that pundit.", True),
        # News, sorrow, hope that it does not happen.
        ("fr", "Un accident de la route a tué deux jeunes, pensées aux familles.", False),
        ("en", "I hope the senator pulls through, strokes are terrible.", False),
    ],
)
def test_harm_wished_in_readers_words(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("fr", "Si ce préfet se prenait un platane ce soir, personne pleurerait.", True),
        ("en", "I'll be popping champagne the day that senator kicks the bucket.", True),
        ("en", "Karma's coming for that columnist and I hope it's slow and painful.", True),
        ("en", "She was diagnosed with cancer last year and I hope she is doing well now.", False),
        ("fr", "J'espère que ce ministre se remettra vite du covid.", False),
    ],
)
def test_more_harms_wished_and_recoveries(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # Optatives open a wish as "que" does, and "si ... pouvait" wishes.
        ("en", "May that rabbi choke on his own words and never wake up.", True),
        ("fr", "Puisse-t-il ne jamais se réveiller de son coma, ce rabbin.", True),
        ("fr", "Si l'avion de ce ministre pouvait s'écraser, ce serait une belle journée.", True),
        ("en", "Hope that lying journalist walks in front of a bus on her way home.", True),
        (
            "fr",
            "Le jour où cette mosquée s'effondre pendant la prière, je sors le champagne.",
            True,
        ),
        # "Remettre les idées en place" is no recovery.
        ("fr", "Que le ministre attrape la peste, ça lui remettrait les idées en place.", True),
        # Get-well wishes, and "may" that is no optative.
        ("fr", "J'espère qu'il s'en remettra vite après son accident.", False),
        ("fr", "J'espère qu'il guérira vite, on pense fort à lui et à ses proches.", False),
        ("en", "May he rest in peace, he was a fine teacher.", False),
        ("fr", "Si l'avion pouvait décoller à l'heure, ce serait une belle journée.", False),
    ],
)
def test_optative_wishes_and_get_well(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("fr", "Il a survécu à son AVC ? Quel gâchis.", True),
        ("fr", "Il a survécu à son AVC ? Quel soulagement.", False),
        ("en", "Pity his heart attack last year wasn't a proper one.", True),
        ("en", "Pity his heart attack wasn't caught earlier, he'd still be with us.", False),
        ("en", "If that judge ended up in a ditch off the M50 I'd call it justice.", True),
        (
            "fr",
            "Le monde irait tellement mieux si toute sa clique avait embarqué sur le Titanic.",
            True,
        ),
        # Threats that name their day: a day alone is no match.
        (
            "en",
            "Bring the bats on Saturday, lads. Any journos who get in the way are fair game.",
            True,
        ),
        ("en", "Any Mexican I find on my property is getting shot, no questions asked.", True),
        ("fr", "On va les écraser samedi au stade, 3-0 minimum.", False),
    ],
)
def test_survival_regretted_severity_denied_and_days(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # The person between the wish and the misfortune is the one it would befall.
        ("en", "I hope the author of this garbage gets hit by a truck on his way home.", True),
        ("en", "Pray the minister catches something slow and painful.", True),
        ("en", "I'd love to see that MP bleed out on the pavement after what she voted for.", True),
        ("fr", "J'espère que cette ministre se fera écraser par un bus ce soir.", True),
        ("fr", "Ce médecin qui a soigné l'agresseur, j'espère qu'il y passe à son tour.", True),
        ("en", "I hope the author of this piece wins an award.", False),
        ("en", "I'd love to see the author win a prize.", False),
        ("fr", "J'espère que le chat n'a pas été écrasé par un camion.", False),
        ("fr", "J'y passe tous les jours, j'espère que le boulanger va rouvrir.", False),
        # A wish after a comma, and a person opening the sentence before "devrait".
        ("fr", "La prof qui a parlé d'homosexualité aux gamins, qu'elle meure.", True),
        ("fr", "L'auteur de cet article devrait prendre une balle.", True),
        ("fr", "Le gardien devrait prendre une balle de match.", False),
        ("fr", "Ma grand-mère, qu'elle repose en paix.", False),
    ],
)
def test_wished_on_the_person_named(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged
