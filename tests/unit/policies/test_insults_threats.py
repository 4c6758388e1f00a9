"""Insults and threats aimed at the reader or at someone, in words the lists did not have at
first; everyday French and English that only sounds violent; a reader citing a source."""

from __future__ import annotations

import pytest

from palabre.policies.engine import Engine, load_policy
from tests.unit.policies.support import action

ENGINES = {lang: Engine(load_policy(None, lang)) for lang in ("fr", "en")}


def _flagged(lang: str, text: str) -> bool:
    return ENGINES[lang].classify({"id": "t", "text": text, "lang": lang})["action"] != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Va te cacher, sale minable."),
        ("fr", "Toi t'es une vraie tanche."),
        ("fr", "Tu es d'une bêtise crasse."),
        ("fr", "Tu mérites une bonne raclée."),
        ("fr", "Si je te croise, je t'éclate."),
        ("fr", "On va venir chez toi, tu vas regretter ce que tu as écrit."),
        ("en", "You deserve a beating."),
        ("fr", "Les auteurs de cet article sont des connards."),
        ("en", "These journalists are idiots."),
        ("en", "If I see you I'll smash your face in."),
    ],
)
def test_insults_and_threats_are_flagged(lang: str, text: str) -> None:
    assert _flagged(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Je suis crevé après cette journée."),
        ("fr", "Ce film est une tuerie !"),
        ("fr", "Le gouvernement va tuer le petit commerce avec cette taxe."),
        ("en", "That comedian killed it last night."),
        ("en", "The boating season opens on Saturday."),
        ("en", "I was an idiot to believe them."),
    ],
)
def test_everyday_words_that_sound_violent_publish(lang: str, text: str) -> None:
    assert not _flagged(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le rapport complet est ici : https://www.ccomptes.fr/fr/publications pour ceux "
               "que ça intéresse."),
        ("en", "Here is the official report: https://www.gov.uk/government/publications for "
               "anyone interested."),
    ],
)  # fmt: skip
def test_a_reader_citing_a_source_is_not_held_as_spam(lang: str, text: str) -> None:
    """The spam model reads any link as a hint; a link to a domain the policy allows (the
    shipped policies list public bodies, encyclopedias and newspapers) does not hold."""
    assert not _flagged(lang, text)


def test_a_sales_pitch_with_a_link_is_still_held() -> None:
    text = "Meilleur casino en ligne, bonus de bienvenue 200% sur www.casino-royal.example"
    assert _flagged("fr", text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # An order or a vow in the future tense, against a group or its place of worship.
        ("fr", "Incendions la synagogue du centre avant la fête."),
        ("fr", "On pendra les Tziganes du terrain vague, vous verrez."),
        ("fr", "Nous brûlerons leur temple un de ces soirs."),
        # Everyday promises of harm, without a violent verb.
        ("fr", "Ce violeur mérite une balle, rien d'autre."),
        ("fr", "Monsieur le rédacteur, on va venir te voir, tu vas pas rigoler longtemps."),
        ("fr", "Ces bloqueurs du périph, faudrait leur rouler dessus."),
        ("en", "That councillor better watch his back after this vote."),
        ("en", "Petrol is cheap and that centre is made of wood."),
        ("en", "See that ref again and I'll knock his teeth out."),
    ],
)
def test_vows_orders_and_everyday_promises_of_harm_are_flagged(lang: str, text: str) -> None:
    assert _flagged(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "On tuera le temps au café en attendant le train."),
        ("fr", "Nous brûlerons les étapes si le budget est voté."),
        ("fr", "On massacrera Lorient samedi au Moustoir, 3-0 minimum."),
        ("fr", "Tuons le suspense : la ligne sera prolongée en 2027."),
    ],
)
def test_a_future_or_an_order_with_no_victim_publishes(lang: str, text: str) -> None:
    assert not _flagged(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Si je croise ce conseiller, il ne repartira pas sur ses deux jambes."),
        ("en", "That councillor is going home in a box if he shows up here."),
        ("en", "The strikers deserve to be run over, every one of them."),
    ],
)
def test_promises_of_harm_to_a_named_role_are_flagged(lang: str, text: str) -> None:
    assert _flagged(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Violence wished in the passive: the people before the wish are its victims.
        ("en", "Striking nurses should be rounded up and shot."),
        ("fr", "Les juges de ce procès, on devrait les fusiller."),
        # Stock phrases that carry their own promise.
        ("fr", "Monsieur le maire, vos jours sont comptés."),
        ("fr", "Qu'il prie pour ne jamais me croiser dans la rue."),
        ("en", "Give me five minutes alone with that referee."),
        ("en", "The councillor who voted for this, his days are numbered."),
    ],
)
def test_passive_wishes_and_stock_threats_are_flagged(lang: str, text: str) -> None:
    assert _flagged(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "No journalist should ever be shot for doing their job."),
        ("en", "In the film, the teacher is the first person to die."),
        ("fr", "Aucun manifestant ne devrait être frappé par la police."),
    ],
)
def test_denied_or_told_violence_is_no_passive_threat(lang: str, text: str) -> None:
    assert not _flagged(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("fr", "Si ce chanteur revient à Liège, il ne ressortira pas vivant de la salle.", True),
        ("fr", "Un jour ce juge aura un accident, et personne ne le pleurera.", True),
        ("en", "That critic won't make it home alive if he shows up at the gig.", True),
        # The same words, said of time or chances, threaten no one.
        ("en", "Enjoy the sunshine while you still can, rain is back on Monday.", False),
        ("fr", "Le ministre devrait démissionner tant qu'il le peut encore.", False),
    ],
)
def test_stock_promises_of_harm_and_their_everyday_twins(
    lang: str, text: str, flagged: bool
) -> None:
    assert _flagged(lang, text) is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A weak word made an insult, about a person the comment names.
        ("fr", "Le maire Pierre Garnier est un idiot fini, qu'il démissionne.", True),
        ("en", "Councillor Ruth Moss is a total clown and should resign.", True),
        # The same words with nobody named, or said of a thing.
        ("fr", "Quel débat idiot, franchement, on tourne en rond.", False),
        ("en", "What a total clown show this budget was.", False),
    ],
)
def test_weak_words_made_insults_by_an_intensifier(lang: str, text: str, flagged: bool) -> None:
    assert _flagged(lang, text) is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A weapon in hand, a turn to come, people pointed at.
        ("fr", "Les grévistes du dépôt, on va les déloger à coups de barres de fer.", True),
        ("en", "If that referee shows up again he's getting a bat to the head.", True),
        ("fr", "Ma carabine est prête et je connais l'adresse du maire. Qu'il continue.", True),
        # Weapons' words in a kitchen, on a pitch, in a hunt, in the news.
        ("fr", "Il faut écraser l'ail avec le plat du couteau, ça change tout.", False),
        ("fr", "Ce gamin est une bombe sur l'aile gauche, il va faire mal samedi.", False),
        ("fr", "Les chasseurs sortiront leurs fusils samedi pour l'ouverture.", False),
        ("fr", "L'agresseur, armé d'un couteau, a été interpellé hier soir.", False),
    ],
)
def test_a_weapon_in_hand_for_people_is_a_threat(lang: str, text: str, flagged: bool) -> None:
    assert _flagged(lang, text) is flagged


@pytest.mark.parametrize(
    "text",
    [
        # A report, and a French "l'" that is no English "'ll".
        "Selon le parquet, la victime a reçu des coups de couteau. Le suspect sera jugé.",
        "L'agresseur a frappé le chauffeur avec une barre de fer. Tout mon soutien au chauffeur.",
    ],
)
def test_weapons_in_a_report_threaten_no_one(text: str) -> None:
    assert not _flagged("fr", text)


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # What is known of the person: the address, the routine, the window.
        ("fr", "Le maire, on connaît sa maison au bord du lac. Qu'il y réfléchisse.", True),
        ("en", "Councillor Hale, I know what time you lock up the office.", True),
        ("en", "Those bankers better start sleeping with one eye open.", True),
        # Friendly or plain uses of near words.
        ("fr", "Bonne nuit l'artiste, superbe concert hier soir !", False),
        ("en", "I know what time the shop opens, it's on their website.", False),
    ],
)
def test_what_is_known_of_a_person_as_a_threat(lang: str, text: str, flagged: bool) -> None:
    assert _flagged(lang, text) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("T'es vraiment un gros niaiseux, relis l'article.", True),
        ("Le chroniqueur Yao Konan est un gaou fini.", True),
        ("Un film niaiseux mais drôle, parfait pour un dimanche.", False),
    ],
)
def test_regional_insults_at_a_person(text: str, flagged: bool) -> None:
    assert _flagged("fr", text) is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Who you are and where: the address, the children, the way home; a challenge.
        ("fr", "@Julien75 fais le malin, j'ai ton IP et je sais dans quel bled tu crèches.", True),
        ("fr", "Toi qui écris pour Libé, fais gaffe quand tu rentres chez toi le soir.", True),
        ("fr", "Monsieur l'arbitre, on t'attend au parking après le match.", True),
        ("en", "We know which nursery your daughter goes to. Think before you publish.", True),
        ("en", "Keep talking, gobby. I'll find you after the match and break your jaw", True),
        ("en", "Your office is on Kings Road, right? Be a shame if someone popped in", True),
        ("fr", "c'est qui que j'aille lui casser la gueule", True),
        ("en", "I'll smash his face in", True),
        # The same words in ordinary life.
        ("fr", "Je connais ton nom de famille, on était au lycée ensemble !", False),
        ("fr", "Surveillez vos enfants près de la piscine, les noyades sont rapides.", False),
        ("en", "We'll smash it on Saturday, come and watch the match", False),
        ("en", "Be sure to found your argument on facts, not on feelings.", False),
    ],
)
def test_intimidation_of_a_reader_or_a_journalist(lang: str, text: str, flagged: bool) -> None:
    assert _flagged(lang, text) is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Punishments wished on a group, in the passive or with a rare verb.
        ("en", "Muslims should be electrocuted.", True),
        ("en", "Jews need to be put in ovens.", True),
        ("en", "Trans people should be thrown off buildings.", True),
        ("fr", "Les Roms, on devrait leur couper la tête.", True),
        ("fr", "Les juifs, faudrait les passer au lance-flammes.", True),
        # The same words in a report.
        ("en", "He was lynched in 1955 and his killers walked free", False),
        ("en", "The kids got a good slap on the wrist from the judge", False),
    ],
)
def test_punishments_wished_on_a_group(lang: str, text: str, flagged: bool) -> None:
    assert _flagged(lang, text) is flagged


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # A crime reported; what a state does to a state.
        ("fr", "Un homme a été interpellé avec un couteau près du lycée ; une enquête est "
               "ouverte.", False),
        ("fr", "C'est le Kremlin qu'il faudrait frapper, pas ces commerçants qui ont fui.", False),
        ("fr", "Ce régime doit être sanctionné et l'ambassadeur expulsé.", False),
        # The same words at people.
        ("fr", "On devrait pendre l'ambassadeur Karlov sur la place publique.", True),
        ("fr", "On sait où tu habites, viens pas pleurer avec ton couteau.", True),
    ],
)  # fmt: skip
def test_harm_reported_or_aimed_at_a_state(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("fr", "Continue comme ça @Karim et tu finiras comme le prof de l'an dernier 🔪", True),
        ("en", "Keep talking, @Dave, you know where I'll be waiting 🔫", True),
        ("fr", "Tu coupes les oignons finement 🔪 et tu fais revenir dix minutes.", False),
        ("fr", "Ce film est une bombe 💣 vous allez adorer.", False),
    ],
)
def test_a_weapon_emoji_at_someone(lang: str, text: str, held: bool) -> None:
    decision = ENGINES[lang].classify({"id": "t", "text": text, "lang": lang})
    assert (decision["action"] != "publish") is held
    if held:  # the audit record names the rule, though no word carries it
        assert any(e["signal"] == "threat.intimidation" for e in decision["evidence"])


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # A person shown they can be found; a promise of violence in everyday words.
        ("en", "@dave_k keep it up. Your profile pic was taken outside your front door.", True),
        ("fr", "@Marc_69 ton nom et ta ville sont sur ton profil, à bientôt.", True),
        ("en", "Any reporters who get in our way on Saturday are fair game.", True),
        ("fr", "Si elle revient à Marseille elle va se faire refaire le portrait.", True),
        ("en", "The electoral roll is public, you can check your own entry online.", False),
    ],
)
def test_intimidation_in_everyday_words(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("fr", "Cazenave = enc*lé de première, dégage", True),
        ("en", "the ch1nk in the lobby is aimbotting again, report the ch!nk", True),
        ("fr", "Le match ? Une purge, quelle connerie.", False),
    ],
)
def test_named_then_called_and_disguised(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Killing wished on "them", the people the article is about.
        ("fr", "Il faut tous les tuer.", True),
        ("fr", "Faut les pendre.", True),
        ("en", "We should exterminate them.", True),
        # Sport, a thing, animals, kindness, a clause of its own, a boast.
        ("fr", "Le PSG ? Il faut les éliminer dès les huitièmes.", False),
        ("fr", "Les moustiques, il faut tous les tuer.", False),
        ("fr", "Les otages, il faut les sauver avant qu'on les tue.", False),
        ("en", "We should kill them with kindness.", False),
        ("en", "We're going to slaughter them in the second leg, no mercy!", False),
    ],
)
def test_killing_them_wished(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Le connard qui a écrit ce papier devrait être viré sur-le-champ.", "fr", True),
        ("Les abrutis qui ont voté cette loi vont le regretter.", "fr", True),
        ("The idiot who wrote this should be sacked.", "en", True),
        ("I'm the idiot who forgot the keys.", "en", False),
        ("Honestly I was the fool who believed them.", "en", False),
    ],
)
def test_an_insult_that_names_who_a_clause_is_about(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Ce maire a le QI d'une huître avariée.", "fr", True),
        ("This mayor has the IQ of a damp sponge.", "en", True),
        ("Les femmes ont la cervelle d'un poisson rouge, c'est prouvé.", "fr", True),
        ("Ce ministre a dit que les opposants étaient des crétins.", "fr", False),
    ],
)
def test_a_pointed_person_given_a_fool_s_mind(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Ce journaliste, une balle dans la nuque, voilà ce qu'il mérite.", "fr", True),
        ("That judge, a rope round the neck, that's what he deserves.", "en", True),
        ("La prison à vie, voilà ce qu'il mérite, ce violeur.", "fr", False),
        ("Une médaille, voilà ce qu'elle mérite, cette infirmière.", "fr", False),
    ],
)
def test_harm_named_then_called_deserved(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Le député, une ordure, a voté contre.", "fr", True),
        ("The minister, a total moron, lied again.", "en", True),
        ("Ce film, une vraie daube, a coûté des millions.", "fr", False),
        ("Le maire, une personne formidable, a inauguré la crèche.", "fr", False),
        ("Women are less rational than men, that's just biology.", "en", True),
        ("Women are just as rational as men.", "en", False),
    ],
)
def test_an_insult_apposed_to_a_role_and_less_rational(
    text: str, lang: str, flagged: bool
) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Les migrants qui débarquent, une bonne rafale de kalach et on n'en parle plus.", "fr",
         True),
        ("Les Roms du terrain vague, un bidon d'essence et une allumette, problème réglé.", "fr",
         True),
        ("On vote la réforme et on n'en parle plus.", "fr", False),
        ("Fix the potholes and be done with it.", "en", False),
    ],
)
def test_violence_offered_as_the_solution(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Macron est un incapable notoire", "fr", True),
        ("Je trouve que Macron est un incapable", "fr", True),
        ("Ce guignol de Darmanin devrait démissionner", "fr", True),
        ("M. Attal est un guignol", "fr", True),
        ("Boris is an idiot", "en", True),
        ("Macron est vraiment un gros incapable.", "fr", True),
        ("Pour moi Macron est un incapable.", "fr", True),
        ("Macron, c'est un incapable et un menteur.", "fr", True),
        ("Everyone knows Trudeau is a hypocrite.", "en", True),
        ("Marseille est une poubelle", "fr", False),
        ("Paris, c'est une poubelle", "fr", False),
        ("Marie, c'est une amie", "fr", False),
        ("Macron est nul sur l'économie", "fr", False),
        ("Je suis un incapable en cuisine", "fr", False),
        ("Cette série Netflix est débile de bout en bout", "fr", False),
        ("La SNCF est une incapable", "fr", False),
    ],
)
def test_a_weak_insult_said_of_a_capitalised_name(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Delmas, ce pantin sans colonne vertébrale qui fait tout ce qu'on lui dit", "fr", True),
        ("Montreuil, cette poubelle à ciel ouvert", "fr", False),
        ("Elle sait même pas ce qu'est un hors-jeu, retourne faire la vaisselle ma grande", "fr",
         True),
        ("She doesn't even know the offside rule, back to the kitchen love", "en", True),
        ("She trained hard, back to the kitchen of her restaurant", "en", False),
        ("Ma mère est retraitée, elle est retournée faire la vaisselle au restaurant", "fr", False),
    ],
)  # fmt: skip
def test_a_name_apposed_to_an_insult_and_an_order_after_a_comma(
    text: str, lang: str, flagged: bool
) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Griezmann est un lâche ? Non, il a simplement raté son penalty.", "fr"),
        ("Selon Le Pen, Macron est un incapable ; le ministre a répondu.", "fr"),
        ("Marie est une incapable en cuisine, de son propre aveu.", "fr"),
        ("Cette dinde de Noël était délicieuse.", "fr"),
        ("Cette andouille de Vire est la meilleure du marché.", "fr"),
        ("Chaplin, ce clown de génie, reste inégalé.", "fr"),
        ("Babe is a pig who wants to herd sheep.", "en"),
        ("Kermit is a puppet created by Jim Henson.", "en"),
        ("Il faut cesser de traiter les migrants comme du bétail dans ces centres.", "fr"),
        ("Le ministre a dit qu'il faudrait traiter les migrants comme des parasites : c'est "
         "scandaleux.", "fr"),
        ("Faudrait-il traiter les Roms comme des nuisibles ? Évidemment non.", "fr"),
        ("We must stop treating refugees like animals, it's shameful.", "en"),
        ("The minister said migrants should be treated like vermin, and he was sacked.", "en"),
    ],
)  # fmt: skip
def test_names_that_are_characters_or_food_and_treatment_condemned_publish(
    text: str, lang: str
) -> None:
    assert action(text, lang) == "publish"
