"""The demo article: our own text, laid out like a French news page."""

from __future__ import annotations

from dataclasses import dataclass

DEMO_THREAD = "demo-tramway-littoral"


@dataclass(frozen=True, slots=True)
class Article:
    key: str
    rubric: str
    title: str
    lede: str
    byline: str
    paragraphs: tuple[str, ...]
    policy: str


def demo_article() -> Article:
    return Article(
        key=DEMO_THREAD,
        rubric="Transports",
        title="Le tramway rejoindra le littoral en 2029, annonce la métropole",
        lede=(
            "Après trois ans de concertation, le tracé de la ligne 6 est arrêté : "
            "douze nouvelles stations, un viaduc au-dessus de l’étang et un chantier "
            "qui débutera au printemps."
        ),
        byline="Par la rédaction · 25 novembre 2026",
        paragraphs=(
            "La métropole a présenté mardi soir le tracé définitif de la future ligne 6 du "
            "tramway, qui reliera la gare centrale aux plages en une trentaine de minutes. "
            "Le projet, évalué à 410 millions d’euros, prévoit douze nouvelles stations et "
            "un parc relais de 800 places à l’entrée de la commune littorale.",
            "Le passage au-dessus de l’étang, longtemps contesté par les associations de "
            "protection de la nature, se fera sur un viaduc de 900 mètres posé sur des piles "
            "espacées, afin de préserver la circulation de l’eau et les zones de nidification "
            "des flamants.",
            "« Nous avons modifié le tracé à deux reprises pour tenir compte des avis "
            "recueillis pendant la concertation », a expliqué la vice-présidente chargée des "
            "mobilités. Quelque 4 200 contributions ont été déposées en ligne et lors des "
            "réunions publiques organisées dans les quartiers traversés.",
            "Les commerçants du centre ancien restent inquiets : les travaux fermeront une "
            "partie de l’avenue principale pendant au moins dix-huit mois. La métropole "
            "promet un fonds d’indemnisation et des navettes gratuites pendant le chantier.",
            "La mise en service est annoncée pour l’été 2029. D’ici là, une ligne de bus à "
            "haut niveau de service empruntera une partie du futur tracé dès la rentrée "
            "prochaine.",
        ),
        policy=(
            "La rédaction retire tout commentaire antisémite, raciste, diffamatoire ou "
            "injurieux. Les commentaires sont modérés sur notre propre serveur : aucune "
            "donnée n’est transmise à un service tiers."
        ),
    )


#: Sample comments for the demo: (ref, parent ref, name, text, status).
DEMO_COMMENTS: tuple[tuple[str, str | None, str, str, str], ...] = (
    (
        "a",
        None,
        "Claire M.",
        "Enfin ! Je fais le trajet tous les jours en voiture, **45 minutes** dans les "
        "bouchons l’été. Si le tram tient ses horaires, je laisse la voiture au parc relais.",
        "published",
    ),
    (
        "b",
        "a",
        "Julien",
        "Pareil. Reste à savoir s’il y aura assez de rames le week-end, quand tout le monde "
        "va à la plage.",
        "published",
    ),
    (
        "c",
        None,
        "Association Étang vivant",
        "Le viaduc sur piles espacées était notre demande depuis 2023. Nous resterons "
        "vigilants pendant le chantier :\n\n> préserver la circulation de l’eau\n\n"
        "n’est pas qu’une formule.",
        "published",
    ),
    (
        "d",
        "c",
        "Marc D.",
        "Merci pour ce travail, sans vous le premier tracé passait en remblai.",
        "published",
    ),
    (
        "e",
        None,
        "Sophie",
        "Dix-huit mois de travaux sur l’avenue, c’est long pour les commerces. Le fonds "
        "d’indemnisation sera-t-il ouvert aux indépendants ?",
        "published",
    ),
    (
        "f",
        None,
        "Nicolas",
        "410 millions pour douze stations… Quelqu’un a le détail du financement ? L’État "
        "participe-t-il ?",
        "pending",
    ),
)
