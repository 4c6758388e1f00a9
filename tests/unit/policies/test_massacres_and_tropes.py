"""Denial of genocides and massacres, antisemitic tropes told of Israel, sexist remarks
and insinuating questions (sixteenth session), against the civil look-alikes that a
review of those rules found they must leave published."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le génocide des Tutsi ? Une guerre civile comme une autre, rien de plus."),
        ("en", "The shooting victims were crisis actors, wake up."),
        ("fr", "La moitié des victimes du Bataclan étaient des figurants, personne ne saigne."),
        ("en", "Every year another 'survivor' turns up with a brand new story."),
        ("en", "American Jews have always been loyal to Israel first."),
        ("fr", "Les Juifs crient à l'antisémitisme pour faire taire toute critique."),
        ("fr", "Les rédactions parisiennes sont tenues par les sionistes."),
        ("fr", "Encore une journaliste qui pique sa crise. Les hormones, sans doute."),
        ("fr", "Une ministre qui sait à peine faire ses courses, voilà ce que donne la parité."),
        ("en", "Guess the religion of the attacker. Go on, your first guess is usually right."),
        ("fr", "Encore une voiture brûlée à Molenbeek, on devine tous le prénom du coupable."),
    ],
)
def test_hateful_is_flagged(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le génocide des Tutsi n'était pas une guerre civile, c'était une extermination."),
        ("en", "I watched 'Survivor' last night, great episode."),
        ("en", "Hollywood actors visited the victims of the shooting in hospital."),
        ("fr", "Les juifs organisent leurs fêtes en fonction du calendrier."),
        ("en", "Muslim students find it impossible to get into universities near home."),
        ("en", "My wife looks good in red."),
        ("fr", "D'après vous, quel prénom pour notre fille ?"),
        ("fr", "J'ai perdu les pédales en voyant la facture du garagiste."),
        ("fr", "Le tireur de Christchurch se réclamait de la théorie du « grand remplacement »."),
        ("fr", "Dans les années 60 on traitait mon grand-père de bougnoule sur les chantiers."),
        ("fr", "Ce ministre fait du zèle pour draguer l'extrême droite, c'est minable."),
    ],
)
def test_look_alikes_are_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"
