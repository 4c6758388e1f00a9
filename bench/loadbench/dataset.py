"""The comments both systems are loaded with: the same 20 threads, the same bodies.

The texts are written for this bench (a fictional local-news story about a tram line) and
assembled with a fixed seed, so every run loads exactly the same data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

THREAD_COUNT = 20
BIG_THREAD = "article-1"
BIG_THREAD_COMMENTS = 200
SMALL_THREAD_COMMENTS = (1, 6)  # inclusive bounds for the other 19 threads
SEED = 20240611

SENTENCES = [
    "Je prends la ligne 4 tous les matins et le trajet a doublé depuis le début des travaux.",
    "Le chantier était annoncé pour dix-huit mois, nous en sommes à presque trois ans.",
    "Personne ne conteste l’intérêt du tramway, c’est la méthode qui pose problème.",
    "Les commerçants de la rue Pasteur ont perdu une bonne partie de leur clientèle.",
    "La municipalité aurait pu prévoir des navettes de remplacement plus fréquentes.",
    "J’aimerais savoir combien coûte réellement chaque kilomètre de voie posée.",
    "Dans ma ville natale, le même projet a été bouclé en deux ans, budget compris.",
    "Il faudrait publier le calendrier détaillé des déviations, quartier par quartier.",
    "Les pistes cyclables provisoires sont dangereuses, surtout le soir sous la pluie.",
    "On oublie un peu vite que la pollution a nettement baissé sur le boulevard.",
    "Le conseil municipal a voté ce budget à l’unanimité, opposition comprise.",
    "Ma fille met quarante minutes pour rejoindre son lycée au lieu de quinze.",
    "Je ne comprends pas pourquoi les arbres de l’avenue ont tous été abattus.",
    "L’enquête publique a duré six semaines et presque personne n’y a participé.",
    "Les riverains ont été consultés, mais leurs remarques n’ont rien changé au tracé.",
    "Une fois la ligne ouverte, tout le monde aura oublié ces désagréments.",
    "Le prix du ticket va-t-il augmenter pour financer le dépassement ?",
    "Le parking relais promis à l’entrée nord n’existe toujours pas.",
    "Les ouvriers travaillent de nuit, ce qui empêche tout le quartier de dormir.",
    "Je salue le travail du journal, qui suit ce dossier depuis le premier jour.",
    "Il manque dans l’article le point de vue des chauffeurs de bus.",
    "Les chiffres de fréquentation annoncés me semblent très optimistes.",
    "La gare routière sera-t-elle enfin reliée au centre sans correspondance ?",
    "On nous promet des rames toutes les cinq minutes aux heures de pointe.",
    "Le vrai sujet, c’est l’étalement urbain que personne n’ose aborder.",
    "Les personnes âgées du quartier haut sont les grandes oubliées du projet.",
    "Merci pour cet article nuancé, ça change des polémiques habituelles.",
    "La préfecture aurait bloqué le dossier pendant huit mois, d’après un élu.",
    "Je travaille dans le bâtiment : ce genre de retard est hélas fréquent.",
    "Il serait utile de comparer avec le coût d’un réseau de bus à haut niveau de service.",
    "Les nuisances sonores dépassent largement les seuils réglementaires.",
    "Pourquoi ne pas avoir phasé les travaux pour laisser une voie ouverte ?",
]

EMPHASES = [
    "C’est **inacceptable**.",
    "Il était *vraiment* temps.",
    "Bref, **enfin** du concret.",
    "Ce serait *a minima* la moindre des choses.",
    "Tout cela arrive _bien trop tard_.",
]
LINKS = [
    "[le compte rendu du conseil](https://ville.example.fr/conseil/2024-03)",
    "[l’étude d’impact](https://ville.example.fr/tram/etude-impact.pdf)",
    "[le calendrier officiel](https://mobilites.example.fr/ligne-4)",
]
FIRST_NAMES = [
    "Claire",
    "Mehdi",
    "Sophie",
    "Jean-Luc",
    "Aïcha",
    "Thomas",
    "Lucie",
    "Karim",
    "Élodie",
    "Bernard",
    "Inès",
    "Paul",
    "Nathalie",
    "Yann",
    "Chloé",
    "Hervé",
]
INITIALS = "BDGLMPRT"


@dataclass(frozen=True)
class SeedComment:
    """One comment to create; parent is the index of an earlier comment in its thread."""

    thread: str
    author: str
    email: str
    text: str
    parent: int | None


def thread_keys() -> list[str]:
    return [f"article-{n}" for n in range(1, THREAD_COUNT + 1)]


def thread_title(key: str) -> str:
    return f"Tramway : la ligne 4 encore retardée ({key})"


def _paragraph(rng: random.Random) -> str:
    sentences = rng.sample(SENTENCES, rng.randint(1, 4))
    if rng.random() < 0.35:
        sentences.append(rng.choice(EMPHASES))
    return " ".join(sentences)


def comment_text(rng: random.Random) -> str:
    """A body of one to four paragraphs, with some Markdown: emphasis, a link, a quote."""
    paragraphs = [_paragraph(rng) for _ in range(rng.choices([1, 2, 3, 4], [4, 3, 2, 1])[0])]
    if rng.random() < 0.2:
        paragraphs.insert(0, "> " + rng.choice(SENTENCES))
    if rng.random() < 0.25:
        paragraphs.append("Voir " + rng.choice(LINKS) + ".")
    return "\n\n".join(paragraphs)


def _author(rng: random.Random) -> tuple[str, str]:
    first = rng.choice(FIRST_NAMES)
    initial = rng.choice(INITIALS)
    slug = first.lower().replace("é", "e").replace("ï", "i").replace("-", "")
    return f"{first} {initial}.", f"{slug}.{initial.lower()}@courriel.example"


def _unique_text(rng: random.Random, seen: set[str]) -> str:
    # Both systems may refuse a body they have already seen, so no two bodies are equal.
    while True:
        text = comment_text(rng)
        if text not in seen:
            seen.add(text)
            return text


def _thread_comments(rng: random.Random, key: str, count: int, seen: set[str]) -> list[SeedComment]:
    comments: list[SeedComment] = []
    for index in range(count):
        # Every third comment answers an earlier one: a third of the thread are replies.
        parent = rng.randrange(index) if index % 3 == 2 else None
        name, email = _author(rng)
        comments.append(SeedComment(key, name, email, _unique_text(rng, seen), parent))
    return comments


def seed_comments() -> list[SeedComment]:
    """All comments, thread by thread, parents always before their replies."""
    rng = random.Random(SEED)
    seen: set[str] = set()
    comments = _thread_comments(rng, BIG_THREAD, BIG_THREAD_COMMENTS, seen)
    for key in thread_keys()[1:]:
        comments += _thread_comments(rng, key, rng.randint(*SMALL_THREAD_COMMENTS), seen)
    return comments


def load_post_text() -> str:
    """The body posted under load (the Lua script appends a unique suffix)."""
    return comment_text(random.Random(SEED + 1))
