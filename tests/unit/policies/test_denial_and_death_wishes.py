"""Holocaust denial, conspiracy tropes, a group blamed or dehumanised without being
named, and death wished on a person named by a pronoun; with the civil sentences that use
the same words."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La Shoah est un mensonge."),
        ("fr", "la shoah c'est une belle arnaque"),
        ("fr", "les chambres à gaz n'ont jamais existé"),
        ("fr", "Le génocide des juifs a été exagéré"),
        ("en", "the holocaust never happened"),
        ("en", "The Holocaust is a myth pushed by you know who"),
        ("fr", "Les juifs nous contrôlent."),
        ("fr", "Il mérite la mort"),
        ("fr", "Il mérite de mourir"),
        ("fr", "Elle devrait crever"),
        ("fr", "Qu'il crève"),
        ("fr", "Il aurait dû déjà être mort"),
        ("en", "He deserves to die"),
        ("en", "She should die"),
        ("en", "He deserves death"),
    ],
)
def test_flagged(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La Shoah n'est pas un mythe."),
        ("fr", "Les négationnistes disent que la Shoah est un mythe, c'est ignoble."),
        ("fr", "Dire que la Shoah est un mythe, c'est du négationnisme."),
        ("fr", "La Shoah un mensonge ? Non, un fait historique prouvé."),
        ("fr", "J'ai visité Auschwitz l'an dernier, bouleversant."),
        ("fr", "Les médias nous manipulent."),
        ("fr", "Il va crever de chaud"),
        ("fr", "tu vas crever de rire"),
        ("fr", "Il devrait tuer le match"),
        ("fr", "Il mérite le ballon d'or"),
        ("fr", "Il ne mérite pas la mort"),
        ("en", "he should die of shame"),
        ("en", "The death toll rose to 40"),
    ],
)
def test_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Forum slurs and dehumanising compounds.
        ("fr", "L'indécence des races de boue.", True),
        ("fr", "ces sous-races", True),
        ("fr", "une bande de julfs", True),
        ("fr", "c'est une brûleuse de charbon", True),
        ("fr", "T'es qu'un cocu", True),
        # Illness wished on someone named, not a wish for a cure.
        ("fr", "Sinon j'espère Simone Biles choppe le covid", True),
        ("en", "I hope Trump gets cancer", True),
        ("fr", "J'espère qu'il guérira vite de son cancer", False),
        ("en", "I hope my dad beats his cancer", False),
        # "Ma femme" is one person, not women.
        ("fr", "Ma femme est partie, je suis dégoûté", False),
        ("fr", "Ma femme m'a fait cocu, je suis dégoûté", False),
        ("fr", "Les femmes me dégoûtent", True),
        ("en", "I will cut their immigrant throats.", True),
    ],
)
def test_forum_words_and_possessives(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A group blamed for every ill, a crime or a disease.
        ("fr", "Les africains seront la cause de l'extinction de l'humanité", True),
        ("fr", "C'est la faute des immigrés si tout va mal", True),
        ("fr", "Les musulmans font 100% des attentats", True),
        ("fr", "Les noirs ramènent des maladies", True),
        ("en", "Immigrants are the cause of all our problems", True),
        ("en", "Blame the Jews for every war", True),
        # Victims, denials, reports, and blame that names no group.
        ("fr", "Les musulmans sont les premières victimes des attentats", False),
        ("fr", "Ce n'est pas la faute des immigrés", False),
        ("fr", "Dire que les juifs sont responsables de toutes les guerres, c'est de "
         "l'antisémitisme.", False),
        ("fr", "La sécheresse est la cause de tous nos problèmes agricoles", False),
        ("en", "Don't blame the immigrants, blame the landlords", False),
    ],
)
def test_blame(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Pest words said of people the comment leaves unnamed.
        ("fr", "Ces cafards viennent pomper nos allocs", True),
        ("fr", "ces sous-hommes méritent pas la nationalité française", True),
        ("en", "savages fresh out of the jungle and we hand them free housing", True),
        ("en", "cockroaches leeching off our welfare, time for bug spray at the border", True),
        # Animals that are animals, people treated like cattle, named non-groups, swearing.
        ("fr", "Des rats dans la cave de l'immeuble, les gamins ont peur", False),
        ("fr", "Des familles juives refoulées à la frontière comme du bétail.", False),
        ("fr", "On peut débattre d'immigration sans traiter les gens comme des sous-hommes.",
         False),
        ("en", "Football fans are human garbage.", False),
        ("fr", "Bordel de merde, le site de la CAF a encore planté", False),
        ("fr", "Une mosquée a été vandalisée avec des têtes de porc dans la nuit.", False),
        ("en", "The refugee housing they built is a row of damp, mouldy shoeboxes.", False),
    ],
)
def test_unnamed_people_dehumanised(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Denial by its other names, minimisation, and tropes that name no one.
        ("fr", "la shoah c'est le plus gros business de l'histoire :hap:", True),
        ("fr", "les camps d'extermination c'est une invention des vainqueurs", True),
        ("fr", "6 millions ? lol les chiffres ont été gonflés après la guerre", True),
        ("en", "gas chambers were for delousing clothes, look it up", True),
        ("fr", "double allégeance, ils servent Tel Aviv avant Paris", True),
        ("en", "the Rothschilds fund both sides of every war", True),
        # History told, denial reported, the writer's own group.
        ("fr", "La Shoah est racontée en détail dans ce livre.", False),
        ("fr", "Il a écrit que la Shoah était un mensonge.", False),
        ("fr", "Les camps de la mort ont été libérés en 1945.", False),
        ("fr", "je suis rebeu, né à Lyon, et fier de ma ville", False),
    ],
)
def test_denial_forms_and_tropes(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Death wished after the wish, on "il", "elle", "she".
        ("fr", "JE VEUX QU'IL MEURE", True),
        ("fr", "j'espère qu'il crève", True),
        ("fr", "pourvu qu'il se fasse lyncher à sa sortie", True),
        ("fr", "qu'elle se jette d'un pont on sera tous plus tranquilles", True),
        ("fr", "Il mériterait de passer sous un bus, ce traître d'adjoint à l'urbanisme.", True),
        ("en", "I hope she dies", True),
        ("en", "I hope he rots to death in there", True),
        # Idioms, prison deserved, a bill that "dies", "if she dies" in a plot.
        ("fr", "je crève de faim la, qui commande une pizza", False),
        ("fr", "elle crève l'écran dans cette série", False),
        ("fr", "qu'il crève l'écran dans le prochain Nolan", False),
        ("fr", "il merite la prison pour ce qu'il a fait", False),
        ("fr", "j'espère qu'il meurt pas, le pauvre", False),
        ("en", "If she dies the show ends", False),
        ("en", "I hope my grandma never dies", False),
    ],
)
def test_death_wished_after_the_wish(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("en", "nobody here thinks immigrants are criminals, the stats show the opposite", False),
        ("en", "I would never call a disabled person useless, thats vile", False),
        ("en", "Ref Harlan Devlin is a bent piece of garbage", True),
        ("en", "he talks like he's got downs lmao", True),
        ("fr", "faudrait empêcher les débiles mentaux de se reproduire", True),
        ("en", "That new speed camera on Hill Road is a killer, it caught everyone doing 31.",
         False),
    ],
)
def test_denied_beliefs_and_insults(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("fr", "quelqu'un devrait lui mettre une balle, sérieux", True),
        ("fr", "continue comme ça et tu vas finir au fond du canal", True),
        ("fr", "cette naine qui se prend pour une mannequin mdrr", True),
        ("fr", "personne ici pense que les immigrés sont des délinquants", False),
        ("fr", "Je dis pas que tous les migrants sont des voleurs, je dis juste que mon vélo a "
         "disparu la semaine où le centre a ouvert", True),
    ],
)
def test_forum_french_more(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A short qualifier between the group and its verb.
        ("en", "women over 30 are worthless, expired goods", True),
        ("en", "Muslims in France are terrorists", True),
        ("fr", "les Roms de Marseille sont des voleurs", True),
        ("fr", "les victimes des Roms sont traumatisées", False),
        ("en", "the rats near the Traveller site are vermin", False),
    ],
)
def test_group_with_a_qualifier(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Attributes announced, then the group: "voilà ce que sont les X".
        ("fr", "Des singes à peine descendus des arbres, voilà ce que sont les Noirs.", True),
        ("fr", "Aigries, haineuses, jalouses des hommes : voilà ce que sont les lesbiennes.", True),
        ("fr", "Courageux, solidaires : voilà ce que sont les pompiers.", False),
        # A positive quality denied to a group; indifference to violence against it.
        ("fr", "Les femmes ne sont pas aptes à diriger un pays.", True),
        ("en", "Wouldn't shed a tear if someone put a bomb under the Mexican section", True),
        ("fr", "Les migrants ne sont pas des criminels.", False),
    ],
)
def test_announced_and_denied_qualities(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Death wished on someone named as the subject after the wish.
        ("fr", "J'espère que ce juge crèvera seul.", True),
        ("fr", "J'espère que le journaliste qui a écrit ça crèvera.", True),
        ("fr", "Que ce juge crève.", True),
        ("fr", "J'espère que ce juge laxiste se fera poignarder.", True),
        ("en", "I hope the journalist who wrote this dies alone.", True),
        # A job lost, a recovery, a death denied, a pet.
        ("fr", "J'espère que ce ministre se fera virer.", False),
        ("fr", "J'espère que le malade s'en remettra et ne mourra pas.", False),
        ("fr", "J'espère que les migrants ne mourront plus en mer.", False),
        ("fr", "Que les victimes reposent en paix.", False),
        ("en", "I hope the patient does not die.", False),
        # A wish in the conditional: "ce pays irait mieux si on ...".
        ("fr", "Ce pays irait mieux si on éliminait les Juifs.", True),
        ("fr", "La France serait plus belle si on exterminait les Arabes.", True),
        ("fr", "Le pays irait mieux si on éliminait la corruption.", False),
        ("en", "The world would be a better place if we exterminated the Jews.", True),
        ("en", "The world would be a better place if we got rid of plastic.", False),
        # "Le seul X acceptable, c'est un X mort."
        ("fr", "Le seul Juif acceptable, c'est un Juif mort.", True),
        ("fr", "Le seul joueur acceptable ce soir, c'est Mbappé.", False),
    ],
)
def test_wished_on_a_subject(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("That MP should be strung up, same as traitors were in the old days.", "en", True),
        ("Ce député devrait être pendu haut et court.", "fr", True),
        ("That MP should be voted out at the next election.", "en", False),
        ("Ce député devrait être renvoyé de son parti.", "fr", False),
    ],
)
def test_harm_wished_in_the_passive_on_a_person(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A simile's subject is not the animal: "they" likened to pests are people.
        ("fr", "Ils se reproduisent comme des lapins et vivent comme des cafards.", "hold"),
        ("en", "They swarm like locusts over every town they reach.", "hold"),
        # Animals likened to animals, and children at lunch, are left alone.
        ("fr", "Les chattes du voisin se reproduisent comme des lapins.", "publish"),
        ("en", "My cats breed like rabbits, I need to get them neutered.", "publish"),
        ("fr", "Ils mangent comme des porcs, ces gamins, à la cantine.", "publish"),
    ],
)
def test_they_likened_to_pests(lang: str, text: str, expected: str) -> None:
    assert action(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The simile inside the entry: "breed like rabbits" likens "they" as well.
        ("en", "They breed like rabbits and live off our taxes.", "hold"),
        ("en", "My cats breed like rabbits, I need to get them neutered.", "publish"),
    ],
)
def test_they_in_a_simile_of_the_entry(lang: str, text: str, expected: str) -> None:
    assert action(text, lang) == expected
