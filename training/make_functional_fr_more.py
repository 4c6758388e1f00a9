"""A second French functional suite: sentences written after the first one, to see how
the engine's lexicons and rules carry over to phrasings they were not written for.

    .venv/bin/python training/make_functional_fr_more.py

Writes ``tests/unit/policies/data/functional_fr_more.jsonl`` (same fields as
``functional_fr.jsonl``, split ``dev``). Three rounds, each written before the engine
was changed for it: the first got 75 % of its cases right and the second 62 %; the
misses were fixed with general vocabulary and rules (``lexicons/fr``, ``context.py``),
not with these sentences' words alone, and the first suite's held-out templates were
never read. The third round, written after those fixes, got 83 % right before any
change (74 % of its hateful cases flagged, 95 % of its civil ones published): the
honest figure for fresh phrasings. A fourth, written after every other fix, got 76 %
right (63 % of its hateful cases, every civil one): "les trans" was no group yet, and
implicit derogation and threats in new words passed. These cases are now tuned on: they
guard against regressions, they no longer measure generalisation. Content warning: a few
slurs, in this script and the data only.
"""

from __future__ import annotations

from pathlib import Path

from functional_suite import write_suite

OUT = Path(__file__).resolve().parents[1] / "tests/unit/policies/data/functional_fr_more.jsonl"

GROUPS_1 = [
    "juifs",
    "musulmans",
    "noirs",
    "arabes",
    "roms",
    "femmes",
    "homosexuels",
    "immigrés",
    "handicapés",
    "asiatiques",
]
HATEFUL_1 = {
    "derog_neg_emote_h": [
        "Les {G} me donnent la nausée.",
        "J'ai une profonde aversion pour les {G}.",
        "Je ne peux pas supporter les {G}.",
        "Rien ne m'écœure autant que les {G}.",
        "Les {G}, je les vomis.",
        "Je méprise profondément les {G}.",
        "Les {G} me dégoûtent au plus haut point.",
    ],
    "derog_neg_attrib_h": [
        "Les {G} sont des menteurs nés.",
        "Tous les {G} sont malhonnêtes.",
        "Les {G} sont incapables de se comporter correctement.",
        "Les {G} sont naturellement violents.",
        "Les {G} sont une bande de fainéants.",
        "Les {G} sont bêtes à manger du foin.",
        "Les {G} sont tous des voleurs et des profiteurs.",
    ],
    "derog_dehum_h": [
        "Les {G} sont des rats.",
        "Les {G} ne sont que du bétail.",
        "Les {G} sont des sous-hommes.",
        "Les {G} sont une maladie pour ce pays.",
        "Les {G} sont de la vermine.",
    ],
    "derog_impl_h": [
        "Les {G} feraient mieux de rester chez eux.",
        "Qui a laissé entrer autant de {G} dans ce quartier ?",
        "Les {G} n'ont rien à faire dans notre pays.",
        "On voit bien que les {G} ne savent pas vivre en société.",
        "Les {G} n'apportent rien à part des problèmes.",
        "Je ne laisserais jamais mes enfants approcher des {G}.",
        "Quand les {G} arrivent dans un quartier, tout part à vau-l'eau.",
        "Avec les {G}, c'est toujours la même histoire : des ennuis.",
    ],
    "threat_dir_h": [
        "Je vais casser la gueule à tous les {G} que je croise.",
        "On va régler leur compte aux {G}, un par un.",
        "Je vais tuer tous les {G}.",
        "Les {G}, on va les faire disparaître.",
        "Je vais brûler les maisons des {G}.",
        "Je vais m'occuper personnellement des {G}, ils vont souffrir.",
    ],
    "threat_norm_h": [
        "Il faut chasser les {G} de ce pays.",
        "On devrait enfermer tous les {G}.",
        "Les {G} méritent la mort.",
        "Les {G} devraient être mis dans des camps.",
        "Il serait temps de se débarrasser des {G}.",
        "Qu'on renvoie tous les {G} d'où ils viennent.",
        "Il faudrait stériliser les {G}.",
        "Les {G} devraient être fusillés.",
    ],
    "negate_pos_h": [
        "Les {G} ne sont pas des êtres humains.",
        "Les {G} ne méritent aucun respect.",
        "Je n'ai aucune estime pour les {G}.",
        "Les {G} ne valent rien.",
        "Il n'y a rien de bon chez les {G}.",
        "Les {G} ne sont pas dignes de vivre ici.",
    ],
    "phrase_question_h": [
        "Pourquoi les {G} sont-ils tous aussi stupides ?",
        "Est-ce que quelqu'un d'autre trouve que les {G} sont répugnants ?",
    ],
    "phrase_opinion_h": [
        "À mon avis, les {G} sont une plaie.",
        "Je pense sincèrement que les {G} sont inférieurs.",
    ],
    "ref_subs_sent_h": [
        "J'ai croisé des {G} hier. Ils sont tous aussi sales les uns que les autres.",
        "Encore des {G} dans le train. Quelle bande de parasites.",
        "Je vois souvent des {G} au marché. Je les méprise.",
    ],
    "ref_subs_clause_h": [
        "Les {G}, que je déteste, ont encore manifesté.",
        "Les {G} qui vivent ici sont une honte.",
    ],
    "spell_h": [
        "Les {G} sont des r4ts.",
        "Je dét3ste les {G}.",
        "Je dteste les {G}.",
        "Je détsete les {G}.",
        "Les {G} sont des p a r a s i t e s.",
        "Jedéteste les {G}.",
        "Les {G} sont des ordurres.",
        "Les {G} sont de la v3rm1ne.",
        "Les {G} sont des crapuless.",
    ],
}
NON_HATEFUL_1 = {
    "negate_neg_nh": [
        "Je ne déteste pas les {G}.",
        "Les {G} ne sont pas des criminels.",
        "Je n'ai rien contre les {G}.",
        "Les {G} ne sont ni pires ni meilleurs que les autres.",
    ],
    "counter_nh": [
        "Dire que les {G} sont des rats est ignoble.",
        "Il a écrit que les {G} étaient des parasites, c'est honteux.",
        "Les insultes contre les {G} n'ont pas leur place ici.",
        "Traiter les {G} de vermine, c'est du racisme pur et simple.",
    ],
    "ident_pos_nh": [
        "Les {G} méritent le même respect que tout le monde.",
        "J'admire le courage des {G} de ce quartier.",
        "Les {G} ont toute leur place dans notre pays.",
    ],
    "ident_neutral_nh": [
        "Beaucoup de {G} vivent dans notre ville.",
        "Les {G} ont organisé une fête de quartier samedi.",
        "Une association de {G} a ouvert un local rue Pasteur.",
    ],
    "protect_nh": [
        "Il faut protéger les {G} contre les discriminations.",
        "Les menaces contre les {G} doivent cesser.",
        "On ne devrait jamais chasser les {G} de leur pays.",
        "Personne ne mérite d'être insulté, et surtout pas les {G}.",
        "Les agressions contre les {G} ont augmenté, il faut agir.",
    ],
}

GROUPS_2 = [
    "juifs",
    "musulmans",
    "noirs",
    "arabes",
    "roms",
    "femmes",
    "gays",
    "migrants",
    "chinois",
    "lesbiennes",
]
HATEFUL_2 = {
    "derog_neg_emote_h": [
        "J'ai horreur des {G}.",
        "Les {G}, je ne peux plus les voir en peinture.",
        "Je hais tous les {G} sans exception.",
        "Les {G} me font gerber.",
        "Franchement les {G} me répugnent.",
        "Je n'éprouve que du dégoût pour les {G}.",
    ],
    "derog_neg_attrib_h": [
        "Les {G} sont sournois et hypocrites.",
        "Les {G} sont tous des tricheurs.",
        "Les {G} sont d'une bêtise affligeante.",
        "Les {G} sont des lâches.",
        "Les {G} sont paresseux par nature.",
        "Les {G} sont des bons à rien.",
    ],
    "derog_dehum_h": [
        "Les {G} sont des cafards qu'il faut écraser.",
        "Les {G} se comportent comme des bêtes sauvages.",
        "Les {G} sont des hyènes.",
        "Les {G} sont la lie de l'humanité.",
    ],
    "derog_impl_h": [
        "Les {G} ne devraient pas pouvoir voter.",
        "Moins il y a de {G}, mieux on se porte.",
        "Les {G} n'ont rien à faire ici.",
        "Les {G} n'ont qu'à retourner chez eux.",
        "Ce pays était mieux avant l'arrivée des {G}.",
        "Ne laissez jamais un de ces {G} s'installer dans votre immeuble.",
    ],
    "threat_dir_h": [
        "Je vais descendre le premier des {G} que je vois.",
        "Vous les {G}, on va vous faire payer.",
        "Je vais faire sauter la mosquée, la synagogue, peu importe, tous les {G} y passeront.",
        "On va vous saigner, sales {G}.",
        "Je jure que je vais frapper les {G} du quartier.",
    ],
    "threat_norm_h": [
        "Les {G} devraient tous être pendus.",
        "Il faut exterminer les {G}.",
        "Les {G} mériteraient une balle.",
        "Qu'on les mette tous dehors, ces {G}.",
        "Il faudrait interdire les {G} de séjour.",
        "Les {G} devraient disparaître de la surface de la terre.",
        "Faut les virer, tous ces {G}.",
    ],
    "negate_pos_h": [
        "Les {G} ne sont pas des gens comme nous.",
        "Je n'aurai jamais confiance en un seul des {G}.",
        "Aucun des {G} n'est fréquentable.",
        "Les {G} ne sont pas civilisés.",
        "Les {G} ne sont pas les bienvenus ici.",
    ],
    "slur_h": [
        "Sale bougnoule.",
        "Ces youpins contrôlent tout.",
        "Les négros du quartier.",
        "Encore un pédé à la télé.",
        "Ces bicots nous envahissent.",
    ],
    "spell_h": [
        "Je d3teste les {G}.",
        "Les {G} sont des c@fards.",
        "Les {G} sont de la v e r m i n e.",
        "Je hiss les {G}.",
        "Les {G} sont des parasits.",
        "Il faut extrminer les {G}.",
        "Les {G} sont des ordures!!!",
        "Les {G} sont des ssssous-hommes.",
    ],
}
NON_HATEFUL_2 = {
    "negate_neg_nh": [
        "Je n'ai aucun problème avec les {G}.",
        "Les {G} ne sont pas plus violents que les autres.",
        "Je ne pense pas que les {G} soient un danger.",
    ],
    "counter_nh": [
        "« Les {G} sont des cafards » : ce genre de phrase est inacceptable.",
        "Ceux qui disent que les {G} sont inférieurs devraient avoir honte.",
        "Je condamne fermement ceux qui appellent à tuer les {G}.",
    ],
    "ident_pos_nh": [
        "Les {G} apportent beaucoup à notre culture.",
        "Fier de vivre aux côtés des {G}.",
        "Les {G} sont les bienvenus ici.",
    ],
    "ident_neutral_nh": [
        "Les {G} représentent une part importante de la population.",
        "Le reportage donne la parole à des {G} de Marseille.",
        "Un débat sur les droits des {G} aura lieu jeudi.",
    ],
    "profanity_nh": [
        "Putain, quel match hier soir !",
        "Merde, j'ai raté le bus ce matin.",
        "Ce chantier, c'est vraiment le bordel.",
    ],
    "target_nh": [
        "Ce projet de loi est une vraie plaie pour les commerçants.",
        "Le maire devrait démissionner, à mon avis.",
        "Il faut chasser les moustiques du jardin avant l'été.",
        "Les rats envahissent les caves du quartier, la mairie doit agir.",
        "Mort de rire, cet article.",
        "Les travaux vont faire disparaître le parking.",
    ],
}


GROUPS_3 = [
    "juifs",
    "musulmans",
    "noirs",
    "arabes",
    "roms",
    "femmes",
    "homosexuels",
    "migrants",
    "personnes trans",
    "handicapés",
]
HATEFUL_3 = {
    "derog_neg_emote_h": [
        "Plus je vois de {G}, plus je les déteste.",
        "Les {G}, ça me hérisse le poil.",
        "Je n'ai que du mépris pour les {G}.",
        "Les {G} m'insupportent au plus haut point.",
    ],
    "derog_neg_attrib_h": [
        "Les {G} sont des bons à rien doublés de menteurs.",
        "Les {G} sont bêtes et méchants.",
        "Les {G}, toujours en train de magouiller.",
        "Les {G} sont tous des pervers.",
    ],
    "derog_dehum_h": [
        "Les {G}, c'est de la racaille et de la vermine.",
        "Les {G} sont des sangsues.",
        "On dirait des animaux, ces {G}.",
        "Les {G} ne sont que des déchets.",
    ],
    "derog_impl_h": [
        "Les {G} n'ont jamais rien apporté à ce pays.",
        "Depuis qu'il y a des {G} dans l'immeuble, on ne dort plus tranquille.",
        "Les {G} feraient mieux de rentrer chez eux.",
        "Pas de {G} dans mon quartier, merci.",
    ],
    "threat_dir_h": [
        "Le prochain {G} qui passe devant chez moi, je le descends.",
        "On va leur faire la peau, à ces {G}.",
        "Je vais les crever, tous ces {G}.",
    ],
    "threat_norm_h": [
        "Il faudrait mettre tous les {G} dehors.",
        "Les {G} mériteraient d'être enfermés.",
        "Que les {G} crèvent.",
        "On devrait rayer les {G} de la carte.",
    ],
    "negate_pos_h": [
        "Les {G} ne seront jamais des nôtres.",
        "Les {G} n'ont aucune valeur.",
        "Aucun respect pour les {G}.",
        "Les {G} ne sont pas dignes de confiance.",
    ],
    "spell_h": [
        "Les {G} sont des parasytes.",
        "Je déteeeste les {G}.",
        "Les {G} sont des s.o.u.s-h.o.m.m.e.s.",
        "Les {G} sont d3s rats.",
    ],
}
NON_HATEFUL_3 = {
    "negate_neg_nh": [
        "Je ne méprise pas les {G}.",
        "Les {G} ne sont pas des parasites.",
        "Il est faux de dire que les {G} sont dangereux.",
    ],
    "counter_nh": [
        "Dire « les {G} sont de la vermine », c'est de la haine pure.",
        "Ce commentaire qui traite les {G} de rats devrait être supprimé.",
        "J'ai signalé un message qui insultait les {G}.",
    ],
    "ident_pos_nh": [
        "Les {G} font partie de notre histoire.",
        "Bravo aux {G} qui ont organisé cette collecte.",
        "Les {G} sont des citoyens comme les autres.",
    ],
    "ident_neutral_nh": [
        "Le maire a reçu des représentants des {G} hier.",
        "Un documentaire sur les {G} passe ce soir.",
        "Combien de {G} vivent dans la région ?",
    ],
    "protect_nh": [
        "Les violences contre les {G} doivent être punies.",
        "Il faut cesser de stigmatiser les {G}.",
        "Personne ne devrait chasser les {G} de chez eux.",
    ],
}


GROUPS_4 = [
    "juifs",
    "musulmans",
    "noirs",
    "arabes",
    "roms",
    "femmes",
    "gays",
    "immigrés",
    "asiatiques",
    "trans",
]
HATEFUL_4 = {
    "derog_neg_emote_h": [
        "Les {G}, je ne les supporte plus du tout.",
        "J'éprouve une vraie répulsion pour les {G}.",
        "Rien que de voir des {G}, ça m'énerve.",
    ],
    "derog_neg_attrib_h": [
        "Les {G} sont tous des fainéants qui vivent d'aides.",
        "Les {G} sont incapables de réfléchir par eux-mêmes.",
        "Les {G} sont sales et bruyants.",
        "Les {G} sont des hypocrites de première.",
    ],
    "derog_dehum_h": [
        "Les {G} sont des rats d'égout.",
        "Les {G}, c'est du bétail.",
        "Les {G} pullulent comme des cafards.",
        "Les {G} sont une espèce nuisible.",
    ],
    "derog_impl_h": [
        "Les {G} n'ont rien à faire en France.",
        "On serait mieux sans les {G}.",
        "Les {G} ont déjà trop de droits.",
        "Il y a beaucoup trop de {G} dans ce pays.",
    ],
    "threat_dir_h": [
        "Je vais m'occuper des {G}, ils vont comprendre leur douleur.",
        "Un jour je vais exploser tous les {G} de ma rue.",
        "Les {G}, on va vous faire la peau.",
    ],
    "threat_norm_h": [
        "Il faudrait fusiller tous les {G}.",
        "Les {G} devraient être déportés en masse.",
        "On devrait interdire aux {G} d'avoir des enfants.",
        "Les {G} méritent qu'on les pende.",
    ],
    "negate_pos_h": [
        "Les {G} ne sont pas des humains comme les autres.",
        "Les {G} ne méritent pas de vivre.",
        "Je ne respecterai jamais les {G}.",
    ],
    "spell_h": [
        "Les {G} sont des p@r@sites.",
        "Je dét€ste les {G}.",
        "Les {G} sont des ratss.",
        "Les {G} sont de la vermiine.",
    ],
}
NON_HATEFUL_4 = {
    "negate_neg_nh": [
        "Je n'ai jamais dit que les {G} étaient inférieurs.",
        "Les {G} ne sont pas plus sales que les autres.",
        "Personne ne devrait détester les {G}.",
    ],
    "counter_nh": [
        "Écrire « les {G} sont des rats » est inacceptable.",
        "Ces insultes contre les {G} me révoltent.",
        "Il faut dénoncer ceux qui traitent les {G} de cafards.",
    ],
    "ident_pos_nh": [
        "Les {G} sont nos voisins et nos amis.",
        "J'ai beaucoup appris au contact des {G}.",
        "Les {G} enrichissent notre pays.",
    ],
    "ident_neutral_nh": [
        "Une conférence sur les {G} aura lieu à la mairie.",
        "Le journaliste a interrogé plusieurs {G}.",
        "Les {G} votent comme tout le monde.",
    ],
    "protect_nh": [
        "Il faut lutter contre la haine envers les {G}.",
        "Les agressions contre les {G} sont intolérables.",
        "Les {G} ont droit à la même protection que tous.",
    ],
}


def main() -> None:
    write_suite(
        OUT,
        "fr2",
        (
            (1, GROUPS_1, HATEFUL_1, NON_HATEFUL_1),
            (2, GROUPS_2, HATEFUL_2, NON_HATEFUL_2),
            (3, GROUPS_3, HATEFUL_3, NON_HATEFUL_3),
            (4, GROUPS_4, HATEFUL_4, NON_HATEFUL_4),
        ),
    )


if __name__ == "__main__":
    main()
