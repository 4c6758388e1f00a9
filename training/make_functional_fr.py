"""Generate our French functional test suite (HateCheck-style), reproducibly.

    .venv/bin/python training/make_functional_fr.py

Writes ``tests/unit/policies/data/functional_fr.jsonl``: one case a line,
``{"id", "text", "label": "hateful"|"non-hateful", "functionality", "split", "template",
"target"}``. Every sentence is written by us from templates x target groups, in the
spirit of HateCheck's functionalities (Röttger et al., 2021), not translated from it.

Each functionality has two disjoint sets of templates: ``dev`` (templates A, the only
ones the engine may be tuned on) and ``heldout`` (templates B, written at the same time
with other words and constructions, and used only to report). Content warning: the
slur functionality needs slurs; they live in this script and the data file only.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tests/unit/policies/data/functional_fr.jsonl"


@dataclass(frozen=True)
class Target:
    key: str
    plural: str  # "Juifs", "personnes trans"
    singular: str  # "Juif", "personne trans"
    fem: bool

    def slots(self) -> dict[str, str]:
        e = "e" if self.fem else ""
        return {
            "X": self.plural,
            "Xs": self.singular,
            "e": e,
            "ils": "elles" if self.fem else "ils",
            "Ils": "Elles" if self.fem else "Ils",
            "tous": "toutes" if self.fem else "tous",
            "Tous": "Toutes" if self.fem else "Tous",
            "un": "une" if self.fem else "un",
            "Un": "Une" if self.fem else "Un",
            "le": "la" if self.fem else "le",
            "Le": "La" if self.fem else "Le",
            "eux": "elles" if self.fem else "eux",
            "ce": "cette" if self.fem else "ce",
            "aucun": "aucune" if self.fem else "aucun",
            "Aucun": "Aucune" if self.fem else "Aucun",
        }


TARGETS = (
    Target("juifs", "Juifs", "Juif", False),
    Target("musulmans", "musulmans", "musulman", False),
    Target("noirs", "Noirs", "Noir", False),
    Target("arabes", "Arabes", "Arabe", False),
    Target("roms", "Roms", "Rom", False),
    Target("femmes", "femmes", "femme", True),
    Target("homosexuels", "homosexuels", "homosexuel", False),
    Target("trans", "personnes trans", "personne trans", True),
    Target("handicapes", "handicapés", "handicapé", False),
    Target("immigres", "immigrés", "immigré", False),
)

H, NH = "hateful", "non-hateful"

# functionality -> (label, templates A (dev), templates B (held-out)). Square brackets
# mark the word the spelling-variation functionalities disguise.
GROUP_TEMPLATES: dict[str, tuple[str, list[str], list[str]]] = {
    "derog_neg_emote_h": (H, [
        "Je [déteste] les {X}.",
        "Les {X} me [dégoûtent].",
        "J'ai une [haine] profonde pour les {X}.",
    ], [
        "Franchement, les {X}, je les [hais] {tous}.",
        "Rien ne m'[écœure] plus que les {X}.",
        "Je [méprise] les {X} de tout mon cœur.",
    ]),
    "derog_neg_attrib_h": (H, [
        "Les {X} sont {tous} [répugnant{e}s].",
        "Les {X} sont des êtres [inférieurs].",
        "Les {X} sont [stupides] et sales.",
    ], [
        "Il n'y a rien de plus [minable] qu'un{e} {Xs}.",
        "Les {X} ? Une bande de [menteurs] et de voleurs.",
        "Les {X} sont [ignobles], c'est dans leur nature.",
    ]),
    "derog_dehum_h": (H, [
        "Les {X} sont de la [vermine].",
        "Les {X} ne sont que des [parasites].",
        "Les {X} sont des [sous-hommes].",
    ], [
        "Les {X}, c'est comme des [cafards] : il y en a partout.",
        "Les {X} sont des [animaux], pas des êtres humains.",
        "Ces {X} sont une [maladie] qui ronge le pays.",
    ]),
    "derog_impl_h": (H, [
        "Les {X} ne devraient pas avoir le droit de voter.",
        "{Tous} les {X} sont les mêmes, des profiteurs.",
        "Les {X} n'ont rien à faire dans notre pays.",
    ], [
        "Un{e} {Xs} à un poste de direction ? Autant fermer la boîte.",
        "On ne devrait jamais laisser les {X} enseigner à nos enfants.",
        "Les {X}, rentrez chez vous, personne ne veut de vous ici.",
    ]),
    "threat_dir_h": (H, [
        "Je vais [tuer] {tous} les {X} que je croise.",
        "Je vais [égorger] {le} prochain{e} {Xs} qui passe devant chez moi.",
        "On va [brûler] vos maisons, sales {X}.",
    ], [
        "{Le} prochain{e} {Xs} qui s'approche de moi, je {le} [bute].",
        "Attendez un peu, les {X}, on va vous [massacrer] un par un.",
        "Je jure que je vais [frapper] les {X} de mon immeuble.",
    ]),
    "threat_norm_h": (H, [
        "Il faudrait [exterminer] {tous} les {X}.",
        "On devrait [expulser] les {X} jusqu'au dernier.",
        "Les {X} mériteraient d'être [pendu{e}s] sur la place publique.",
    ], [
        "Ce pays irait mieux si on [éliminait] les {X}.",
        "Qu'on mette les {X} dans des [camps], et vite.",
        "{Le} seul{e} {Xs} acceptable, c'est {un} {Xs} [mort{e}].",
    ]),
    "profanity_h": (H, [
        "Les {X} sont des [merdes].",
        "Putain, je [hais] ces {X} de merde.",
    ], [
        "Les {X} peuvent {tous} aller se faire [foutre].",
        "Bordel, les {X} sont vraiment des [enculés].",
    ]),
    "ref_subs_clause_h": (H, [
        "J'ai des {X} comme voisins, et {ils} sont [répugnant{e}s] comme tous les autres.",
        "Les {X} que je connais sont {tous} des [parasites].",
    ], [
        "J'ai {un} {Xs} comme collègue et, comme {tous} les {X}, c'est une [ordure].",
        "Des {X} se sont installé{e}s en face, et franchement je les [déteste].",
    ]),
    "ref_subs_sent_h": (H, [
        "Les {X} ? Je les [méprise].",
        "Ne me parlez pas des {X}. {Ils} sont [dégoûtant{e}s].",
    ], [
        "On a encore vu des {X} au marché. Quelle [vermine].",
        "Tu connais les {X} ? {Ils} ne valent rien.",
    ]),
    "negate_pos_h": (H, [
        "Les {X} ne sont pas des êtres humains.",
        "Les {X} ne méritent pas de vivre.",
        "Je n'aurai jamais de respect pour les {X}.",
    ], [
        "Aucun{e} {Xs} n'est digne de confiance.",
        "Les {X} ne sont jamais intelligent{e}s.",
        "Je ne pourrai jamais accepter les {X} comme mes égaux.",
    ]),
    "negate_neg_nh": (NH, [
        "Je ne déteste pas les {X}.",
        "Les {X} ne sont pas de la vermine.",
        "Les {X} ne sont pas inférieur{e}s aux autres.",
    ], [
        "Je n'ai jamais dit que les {X} étaient stupides.",
        "Personne ne devrait haïr les {X}.",
        "Je ne pense pas que les {X} soient un danger.",
    ]),
    "phrase_question_h": (H, [
        "Pourquoi les {X} sont-{ils} si [stupides] ?",
        "Les {X} ne sont-{ils} pas de la [vermine] ?",
    ], [
        "Qui peut encore supporter ces {X} [répugnant{e}s] ?",
        "Est-ce que quelqu'un d'autre trouve les {X} [dégoûtant{e}s] ?",
    ]),
    "phrase_opinion_h": (H, [
        "Je pense que les {X} sont [inférieur{e}s].",
        "À mon avis, les {X} sont des [parasites].",
    ], [
        "Je trouve que les {X} sont [répugnant{e}s].",
        "Pour moi, les {X} sont clairement de la [racaille].",
    ]),
    "ident_neutral_nh": (NH, [
        "Nous sommes deux {X} dans mon équipe.",
        "Ma voisine a écrit un livre sur l'histoire des {X} en France.",
    ], [
        "Le reportage donnait la parole à des {X} de Marseille.",
        "Combien de {X} vivent en Île-de-France ?",
    ]),
    "ident_pos_nh": (NH, [
        "J'adore les {X}.",
        "Les {X} sont formidables.",
        "Je suis fier d'avoir des amis {X}.",
    ], [
        "Les {X} apportent beaucoup à notre pays.",
        "Vive les {X} !",
        "Les {X} méritent le même respect que tout le monde.",
    ]),
    "counter_quote_nh": (NH, [
        "« Les {X} sont de la vermine » : ce genre de phrase est inacceptable.",
        "Quand tu écris « je hais les {X} », tu te rends compte de ce que tu dis ?",
        "Dire que « les {X} sont inférieurs », c'est du racisme pur.",
    ], [
        "Il a osé écrire « il faut expulser les {X} ». Je l'ai signalé.",
        "Ton « les {X} sont des parasites » n'a aucune place ici.",
        "Des pancartes disaient « mort aux {X} », c'est honteux.",
    ]),
    "counter_ref_nh": (NH, [
        "Dire que les {X} sont inférieurs est inacceptable.",
        "Les propos haineux contre les {X} doivent être condamnés.",
        "Traiter les {X} de parasites, c'est de la haine pure.",
    ], [
        "Ton commentaire sur les {X} est franchement abject.",
        "Je suis choqué qu'on puisse encore insulter les {X} comme ça.",
        "Arrêtez de répandre de la haine contre les {X}.",
    ]),
}

SLURS = (  # (slur, group)
    ("bougnoule", "arabes"), ("bicot", "arabes"), ("youpin", "juifs"), ("youtre", "juifs"),
    ("négro", "noirs"), ("bamboula", "noirs"), ("pédé", "homosexuels"),
    ("tarlouze", "homosexuels"), ("gouine", "homosexuels"), ("travelo", "trans"),
    ("chinetoque", "asiatiques"), ("crouille", "arabes"),
)
SLUR_TEMPLATES = (
    ["Encore un {s} dans le quartier.", "Dégage, sale {s}.", "Regarde-moi ce {s}."],
    ["Je ne veux pas de {s} chez moi.", "T'es qu'un {s}, rien de plus.",
     "Il y a trop de {s}s dans cette ville."],
)

OTHER: dict[str, tuple[str, list[str], list[str]]] = {
    "profanity_nh": (NH, [
        "Putain, quelle journée de merde.", "Bordel, j'ai encore raté mon train.",
        "Merde, j'ai oublié mes clés.", "Cette pluie, ça fait chier.",
        "Putain, c'est génial ce concert !", "Oh merde, le match est déjà fini ?",
    ], [
        "Bordel de merde, cette imprimante ne marche jamais.",
        "Putain de réveil, il a sonné trop tôt.", "Fait chier, le magasin est fermé.",
        "Merde alors, je ne m'y attendais pas.", "Putain, quelle vue magnifique.",
        "Et merde, encore un bouchon sur le périph.",
    ]),
    "target_obj_nh": (NH, [
        "Je déteste les lundis matin.", "Ce film est une vraie merde.",
        "Cette réforme est répugnante.", "Les embouteillages me dégoûtent.",
        "Il faudrait éliminer ces mauvaises herbes.", "Ce téléphone est une daube.",
    ], [
        "Je hais cette application, elle plante tout le temps.",
        "Le menu de la cantine était immonde.", "On devrait brûler ces vieux papiers.",
        "Ces moustiques sont de la vermine.", "Cette loi est une honte absolue.",
        "Les factures d'électricité me rendent malade.",
    ]),
    "target_indiv_nh": (NH, [
        "Tu es vraiment un abruti.", "Paul est un sale menteur.",
        "Je te déteste, tu m'as trahi.", "Mon voisin est un connard fini.",
        "T'es vraiment la pire personne que je connaisse.",
    ], [
        "Ce type est un crétin, il a rayé ma voiture.", "Ton frère est un gros nul.",
        "Je méprise ce genre de petit chef.", "Quel imbécile, ce chauffeur.",
        "Elle est insupportable, ma belle-sœur.",
    ]),
    "target_group_nh": (NH, [
        "Je déteste les supporters du PSG.", "Les banquiers sont des parasites.",
        "Les politiciens sont tous des menteurs.", "Les chauffards me dégoûtent.",
        "Les fumeurs sont répugnants.",
    ], [
        "Les fans de téléréalité sont vraiment stupides.",
        "Les promoteurs immobiliers sont de la vermine.",
        "Je méprise les gens qui ne trient pas leurs déchets.",
        "Les chasseurs sont des abrutis.", "Les touristes qui crient dans le métro m'insupportent.",
    ]),
}

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}
SPELL_BASES = ("derog_neg_emote_h", "derog_neg_attrib_h", "derog_dehum_h", "threat_norm_h",
               "phrase_opinion_h")  # fmt: skip


def _fill(template: str, target: Target) -> str:
    return template.format(**target.slots())


def _focus(text: str) -> tuple[str, str, str] | None:
    if "[" not in text:
        return None
    a, rest = text.split("[", 1)
    word, b = rest.split("]", 1)
    return a, word, b


def _clean(text: str) -> str:
    return text.replace("[", "").replace("]", "")


def _spell(kind: str, text: str, rng: random.Random) -> str | None:
    parts = _focus(text)
    if parts is None:
        return None
    a, w, b = parts
    if len(w) < 4:
        return None
    if kind == "spell_char_swap_h":
        i = rng.randrange(1, len(w) - 2)
        w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    elif kind == "spell_char_del_h":
        i = rng.randrange(1, len(w) - 1)
        w = w[:i] + w[i + 1 :]
    elif kind == "spell_leet_h":
        w = "".join(LEET.get(c, c) for c in w)
    elif kind == "spell_space_add_h":
        w = " ".join(w)
    elif kind == "spell_space_del_h":
        # the focus word glued to the word before it
        a = a.rstrip()
        return _clean(a + w + b) if a and a[-1].isalpha() else None
    return _clean(a + w + b)


def build() -> list[dict[str, str]]:
    rng = random.Random(20250114)
    cases: list[dict[str, str]] = []

    def add(text: str, label: str, func: str, split: str, templ: str, target: str) -> None:
        text = " ".join(text.split())
        cases.append({"id": f"fr-{len(cases) + 1:04d}", "text": text, "label": label,
                      "functionality": func, "split": split, "template": templ,
                      "target": target})  # fmt: skip

    for func, (label, dev, held) in GROUP_TEMPLATES.items():
        for split, templates in (("dev", dev), ("heldout", held)):
            for ti, templ in enumerate(templates):
                tid = f"{func}:{split}:{ti}"
                for target in TARGETS:
                    add(_clean(_fill(templ, target)), label, func, split, tid, target.key)
    for split, templates in zip(("dev", "heldout"), SLUR_TEMPLATES, strict=True):
        for ti, templ in enumerate(templates):
            for slur, group in SLURS:
                add(templ.format(s=slur), H, "slur_h", split, f"slur_h:{split}:{ti}", group)
    for func, (label, dev, held) in OTHER.items():
        for split, texts in (("dev", dev), ("heldout", held)):
            for ti, text in enumerate(texts):
                add(text, label, func, split, f"{func}:{split}:{ti}", "")
    for kind in ("spell_char_swap_h", "spell_char_del_h", "spell_leet_h", "spell_space_add_h",
                 "spell_space_del_h"):  # fmt: skip
        for base in SPELL_BASES:
            _, dev, held = GROUP_TEMPLATES[base]
            for split, templates in (("dev", dev), ("heldout", held)):
                for ti, templ in enumerate(templates):
                    # one target per template and variation: each disguised word is covered
                    for target in rng.sample(TARGETS, 1):
                        text = _spell(kind, _fill(templ, target), rng)
                        if text:
                            add(text, H, kind, split, f"{kind}:{base}:{split}:{ti}", target.key)
    return cases


def main() -> None:
    cases = build()
    OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases),
                   encoding="utf-8")  # fmt: skip
    print(f"{len(cases)} cases -> {OUT}")


if __name__ == "__main__":
    main()
