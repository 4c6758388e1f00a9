"""Tropes pinned on a group, dog whistles said with irony, comparisons and their
denials, and the line between reporting a court's ruling and accusing someone."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A crime or a plot with the whole group as its subject.
        ("fr", "Les Roms volent tout ce qui traîne dans les jardins."),
        ("fr", "Les Tchétchènes agressent les passants, c'est connu."),
        ("en", "Somalis scrounge off the state and laugh about it."),
        ("en", "Migrants rape and nobody dares say it."),
        # Comparisons: "moins"/"less" negate the praise after them.
        ("fr", "Les Arabes sont moins honnêtes que les autres."),
        ("en", "Muslims are less human than the rest of us."),
        ("fr", "Les Africains ne sont pas capables de tenir un budget."),
        # A dog whistle in ironic quotes, and the rhetorical question that answers itself.
        ("fr", "Encore une « chance pour la France » qui a fait parler d'elle au marché."),
        ("fr", "Les femmes savent-elles gouverner ? Poser la question, c'est y répondre."),
        ("en", "Funny how they never print the name. We all know why."),
        # Accusations of being bought or of covering up, aimed at a named person.
        ("fr", "Le conseiller Paul Mercier est à la solde des promoteurs."),
        ("en", "Councillor Jane Holt covered up the complaints for years."),
    ],
)
def test_tropes_and_accusations_are_flagged(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Double negations and denied comparisons praise nobody and blame no one.
        ("en", "Women are no less intelligent than men."),
        ("fr", "Les juifs ne sont pas moins humains que les autres."),
        ("fr", "Je refuse de croire que les Arabes soient moins honnêtes que les autres."),
        ("fr", "Je ne vois pas en quoi les Noirs seraient plus violents que les autres."),
        ("fr", "Au moins les musulmans du quartier ont nettoyé le parc."),
        # Court rulings reported, not accusations made.
        ("fr", "Le tribunal a reconnu coupable l'ancien trésorier Marc Vidal d'abus de confiance."),
        ("en", "The court of appeal upheld Mr Grant's conviction for fraud."),
        # Speech about hate, condemned; and homonyms.
        ("en", "The posts comparing refugees to cockroaches are disgusting."),
        ("en", "I've reported the comment that calls Muslims vermin."),
        ("fr", "Il a fallu une tapette à souris pour régler le problème du grenier."),
        ("fr", "La pédale de frein de mon vélo a lâché dans la descente."),
        ("en", "They work with a lot of women."),
        ("en", "Data scientists are just a waste of space."),
        ("fr", "Les Bleus vont tout casser cette saison !"),
    ],
)
def test_denials_rulings_and_homonyms_publish(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A place between the group and its copula still says it of the group.
        ("fr", "Les Roumains de la gare sont des parasites.", True),
        ("en", "Those asylum seekers at the Crown Hotel are vermin.", True),
        ("fr", "Les migrants de Calais sont des victimes de la guerre.", False),
        # The group as the object of the act that opens the sentence.
        ("en", "Housing asylum seekers in hotels is a waste of public money.", False),
        ("fr", "Accueillir les migrants dans des hôtels est un gâchis d'argent public.", False),
        # A capitalised word inside a sentence is a name, unless addressed or described.
        ("fr", "Marc Salaud, le président du club, a présenté le nouvel entraîneur.", False),
        ("en", "Visiting Twatt in Orkney next month, any tips for walks?", False),
        ("en", "She's an old Whore!", True),
        ("en", "Hospital porters are the unsung heroes of the NHS.", False),
        # "your comment is ignorant" judges the comment; a cliché named is refuted.
        ("en", "I pay my taxes like you. Your comment is ignorant, not brave.", False),
        (
            "fr",
            "Les Asiatiques ne sont pas « naturellement » bons en maths, ce cliché fait du mal.",
            False,
        ),
        # A surname that holds a slur; the slur after a determiner is still one.
        ("fr", "Nicolas Lenègre, le nouvel arbitre, dirigera la finale.", False),
        ("fr", "M. Lenègre, nouveau directeur de la médiathèque, a présenté le programme.", False),
        ("en", "Those Niggers should leave.", True),
        ("fr", "Rendez-vous à la Pointe des Nègres samedi pour la fête de quartier.", False),
        ("fr", "Le Negresco à Nice a fêté ses cent ans, quel hôtel magnifique.", False),
        ("fr", "Encore des Nègres dans le quartier.", True),
        # A "pas" closes its clause: what follows the comma and a subject is asserted.
        ("fr", "Les Maghrébins ne bossent pas, ils vivent des allocs.", True),
        # An insult received, reported.
        ("en", "My son was called a 'dirty Paki' on the bus and nobody helped.", False),
        ("fr", "Au marché, un type a traité ma femme de « sale Arabe ». Honteux.", False),
        # A dog whistle refuted in the next sentence.
        ("fr", "Je ne crois pas au « grand remplacement ». C'est un fantasme sans base.", False),
        # Possessive then copula judges a thing; an SMS "ta" is "t'as".
        ("fr", "ta foutu quoi mongol", True),
    ],
)
def test_places_objects_names_and_reports(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Mock praise of a group, with a mark of irony: held.
        (
            "fr",
            "Génial, une femme à la tête de la police, on réglera les enquêtes au feeling 💅",
            True,
        ),
        ("en", "Ah yes, Romanians and their famous punctuality. Check your wallets.", True),
        # Praise with no irony, irony with no group: published.
        ("fr", "Bravo aux bénévoles musulmans qui ont nettoyé le parc ce week-end !", False),
        ("fr", "Génial, le tram est encore en panne ce matin 🙄", False),
        ("en", "Brilliant, another rail strike on a Monday, of course.", False),
    ],
)
def test_mock_praise_of_a_group(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Nationalities, and new images of rot, growths and pests said of a group.
        ("en", "Russians are subhuman orcs, the lot of them.", True),
        ("en", "The Somalis in Minneapolis are a tumour on that city.", True),
        ("en", "Nigerians are scammers, every one of them.", True),
        ("fr", "Les Russes sont un peuple d'alcooliques et d'esclaves.", True),
        ("fr", "Les Américains sont un peuple d'obèses, pas étonnant.", True),
        ("fr", "Les musulmans c'est de la renouée du Japon.", True),
        # The same words about a state, a plant or a disease are news.
        ("en", "Russians voted in large numbers despite the cold.", False),
        ("fr", "Les frelons asiatiques envahissent le Jura, pensez aux pièges.", False),
        ("fr", "La renouée du Japon envahit les berges de la Meuse.", False),
        # A plural spelt with a z hides nothing.
        ("en", "these ch1nkz buying every house on the street", True),
    ],
)
def test_nationalities_and_new_images_said_of_a_group(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A verdict, a complaint or a study reported with its source accuses no one, and
        # the report may come in the next sentence.
        ("en", "The jury convicted Martin Doyle of fraud yesterday, sentencing is in March.",
         False),
        ("fr", "Une plainte pour harcèlement a été déposée contre Paul Roche, selon la RTS. "
               "Il conteste les faits.", False),
        # An institution or a country is nobody a defamation could hurt.
        ("fr", "Le Kremlin ment sur la guerre en Ukraine, sa propagande est partout.", False),
        # Asking for an inquiry still accuses.
        ("fr", "Marc Leroy est un pédophile, qu'on ouvre une enquête enfin.", True),
        # The echo around a name, and the far right's numbers and slogans.
        ("fr", "Comme par hasard, le propriétaire du journal c'est un (((philanthrope))).",
         True),
        ("en", "Remember the 14. Secure the existence of our people.", True),
        ("fr", "Bruxellistan, capitale du califat européen.", True),
    ],
)
def test_reports_institutions_and_far_right_codes(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A word named in quotes, in a sentence about words or what someone said.
        ("fr", "La pièce met le mot « youpin » dans la bouche d'un personnage collabo.", False),
        ("en", "The fan who yelled 'Paki' at Hamza has been banned for life. Good.", False),
        ("en", "Several comments here call Aboriginal people 'lazy'. That's racist.", False),
        # Quotes alone do not make a mention.
        ("en", "Send the 'Pakis' home.", True),
        # Digits or symbols for letters hide a slur, not its homonym.
        ("en", "Ch1nks have bought up every house in Box Hill.", True),
        ("en", "There are chinks in the armour of this government.", False),
        # An adjective and its noun are the group: what is said of the noun is said of it.
        ("en", "Chinese buyers are locusts.", True),
        ("en", "Polish lads are all half cut by noon.", True),
    ],
)
def test_quoted_mentions_and_disguised_slurs(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A slur used outside quotes is used, whatever else the sentence condemns.
        ("fr", "Arbitrage scandaleux, le bamboula sur l'aile a simulé toute la mi-temps.", True),
        ("fr", "Il a traité mon fils de bougnoule, c'est scandaleux.", False),
        # "the word ...", "le mot ...": what follows is named.
        ("en", "It's disgusting that people still use the word faggot.", False),
        ("fr", "Le mot bougnoule est une insulte raciste.", False),
        # Denials without "that".
        ("en", "I don't think asylum seekers are criminals.", False),
        ("fr", "Je refuse qu'on dise que les femmes conduisent moins bien.", False),
        # "ferme la" with an object closes something; acronyms are not people.
        ("fr", "Pourquoi l'hôpital ferme la maternité alors que l'ARS disait l'inverse ?", False),
        ("fr", "Ferme la toi", True),
        ("fr", "Les OQTF des délinquants condamnés doivent être appliquées, c'est la loi.", False),
        # A comment in capitals keeps its words as possible names: shouting still aims.
        ("fr", "NE ME BLOQUE PAS ENCORE UNE SEMAINE, ESPÈCE DE PUTAIN D'ANIMAL.", True),
        # A child described, a place, a cleaning idiom.
        ("fr", "Mon fils trisomique fait de la natation au club handisport, il adore.", False),
        ("en", "The kitchen in our new council flat was spic and span when we moved in.", False),
    ],
)
def test_slurs_used_denials_without_that_and_acronyms(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Insults and slurs named in quotes in a sentence about words or chants.
        ("en", "Someone on the bus called her 'retarded'. Please stop using that word.", False),
        ("fr", "Quand le virage chante « pédé » à chaque dégagement, l'arbitre doit arrêter.",
         False),
        # A bread, a café, a bike part, the heat, a flood bank: homonyms.
        ("fr", "Le pain bâtard de la boulangerie de la rue Mouffetard est le meilleur.", False),
        ("fr", "Mon vélo a une pédale cassée, quelqu'un connaît un réparateur ?", False),
        ("fr", "Oh la vache, 44 degrés ressentis aujourd'hui, on crève de chaud.", False),
        ("en", "Water's over the dyke near Boston, farmers are moving livestock.", False),
        # "Rather than letting them die" wishes the opposite.
        ("fr", "Il faut des visas légaux plutôt que de laisser les jeunes mourir en mer.", False),
        # A religion's name is no person a defamation could hurt.
        ("en", "Any religion that tells women to cover up is patriarchal, Islam included.", False),
        # Letters disguised in a slur, a number in any shape beside a messenger.
        ("en", "k@ffirs burned another farm, send in the army", True),
        ("en", "Dates wholesale cheapest price in UK, WhatsApp +44 7700 900123 now", True),
    ],
)
def test_named_insults_homonyms_and_contacts(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A modal past a comma governs its own clause; a closing "voilà ce qu'il faut"
        # takes the sentence back; "parce qu'ils" joins, it wishes nothing.
        ("fr", "Pékin enferme les Ouïghours dans des camps, le gouvernement doit être "
               "sanctionné.", False),
        ("fr", "Interdire l'adoption aux couples gays et virer tous les profs homos des "
               "écoles, voilà ce qu'il faut", True),
        ("fr", "Derrière ce mot il y a l'idée d'expulser des Français parce qu'ils ne sont "
               "pas blancs.", False),
        # States and regimes are not peoples.
        ("fr", "Le régime iranien pend des manifestants, ce gouvernement est une honte.", False),
        # A slur taken back by those it targeted, named in a reclaiming comment.
        ("fr", "Dans notre asso on se dit pédés entre nous, c'est une réappropriation.", False),
        # A group barred from a place in a short slogan is held; a short report is not.
        ("en", "No Jews on the county council. Ever.", True),
        ("fr", "Pas de Noirs dans mon immeuble, j'ai prévenu le syndic.", True),
        ("en", "No migrants in the hotel have been charged.", False),
        # Letters set apart by dots after an article, and "le roi des cons".
        ("en", "@Marlene what a c.u.n.t you are, honestly", True),
        ("fr", "@Bernard t'es vraiment le roi des cons, tu comprends rien à rien", True),
    ],
)
def test_modal_clauses_regimes_and_slogans(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Letters set apart disguise an ambiguous slur as digits do.
        ("fr", "Les r a t o n s de la cité ont encore volé des vélos à la gare", True),
        ("en", "typical n1gg3r behaviour at that shooting", True),
        # "what a bunch of ...", "bande de ...": aimed at people.
        ("en", "bunch of dumb c u n t s at the council, every last one of em", True),
        # "like everywhere else": no group singled out; denials without "ne".
        ("fr", "Y a des voleurs chez les Roms comme chez les Belges, c'est tout.", False),
        ("fr", "je pense pas que les femmes soient moins bonnes au hockey", False),
        # A source cited with what it explains; a cocktail; a fly swatter; a chink of light.
        ("fr", "Le règlement FIBA sur les couvre-chefs est public, c'est expliqué ici : "
               "https://www.fiba.basketball", False),
        ("fr", "Le Negroni reste mon apéritif préféré, avec une tranche d'orange.", False),
        ("fr", "Ma grand-mère tue les mouches avec la même tapette en osier depuis 60 ans.",
         False),
        ("en", "The chink in the Warriors' armour was the left edge defence again.", False),
        ("en", "Back in 2004 my mum got the 'dirty Polack' treatment at work.", False),
    ],
)
def test_spaced_letters_bunches_and_sources(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Slurs listed after a sentence about words; a slur said of oneself with pride.
        ("fr", "Le rapport liste les mots qui reviennent le plus : bicot, youpin... ça donne "
               "une idée du climat.", False),
        ("fr", "Je suis pédé et fier de l'être, et je soutiens les Bleues ce soir", False),
        ("fr", "Sale pédé, t'es fier de toi ?", True),
        # A quote that starts inside the phrase it reports.
        ("fr", "Quand un commentateur écrit que les femmes n'ont « rien à faire sur un "
               "terrain », il en dit plus sur lui.", False),
        # Harm promised to "my" something is hyperbole about one's own.
        ("en", "I'm going to kill my fantasy league captain pick, she scored twice. Gutted.",
         False),
        # A stab promised to "you", and "je rigole pas" denies nothing.
        ("fr", "tu reparles de ma mère et je te plante comme le mec de la gare, je rigole pas",
         True),
        ("fr", "La consultante du match est une conne finie, elle sait même pas ce qu'est un "
               "corner", True),
        # A casino on a .win domain.
        ("fr", "Meilleur casino en ligne 💰 bonus 500€ sans dépôt : casino-royal-bonus.win",
         True),
    ],
)
def test_listed_slurs_pride_and_promises(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A quoted dog whistle is refuted by a report or a condemnation, not by a word
        # naming a consequence nor by a possessive elsewhere.
        ("fr", "Encore une « chance pour la France » au tribunal.", True),
        ("fr", "Les « enrichisseurs culturels » sont arrivés, cachez vos portefeuilles.", True),
        ("fr", "« On n'est plus chez nous » : je l'ai entendue à chaque vague. Et pourtant on "
               "est toujours là.", False),
        # An insult, "de", and the person it is said of.
        ("fr", "f1ls de p*te de journaliste", True),
        # A group name and its noun are one group.
        ("en", "The Chinese buyers are termites, hollowing out the Gold Coast.", True),
        # "say that to my face" dares, it condemns nothing.
        ("en", "@SeanK say that to my face at the fair Saturday and I'll put you in the ground",
         True),
        # Homonyms: a grape, a black pudding, a district of Biarritz.
        ("fr", "Le négrette de Fronton avec un fromage de brebis, c'est parfait.", False),
        ("fr", "Le boudin noir de la ferme a gagné le concours, bravo à eux !", False),
        ("fr", "Le quartier de La Négresse à Biarritz est en travaux.", False),
    ],
)
def test_quoted_whistles_and_insults_of_a_role(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A place between a dark word and a group: the rats are near the site, not the group.
        ("en", "Council says the rats near the Traveller site are coming from the landfill.",
         False),
        # Slurs heard, or taken back with pride by "we".
        ("en", "Disabled people still hear 'retard' thrown at them weekly.", False),
        ("fr", "On était fiers d'être des pédés sur le char de la Pride, ce mot on l'a repris.",
         False),
        # A slogan reported in single quotes.
        ("en", "The graffiti outside the mosque said 'Muslims out'. Police are looking.", False),
        # A far-right word alone; the same word listed in a warning.
        ("fr", "Remigration. Un seul mot, et tout serait réglé.", True),
        ("fr", "Ségrégation, « remigration »... ces mots reviennent dans la campagne et ça "
               "devrait tous nous inquiéter.", False),
        # "je le plante", "te casser les genoux".
        ("fr", "Le prochain qui dit ça devant moi je le plante", True),
        ("fr", "Je vais venir te casser les genoux sale balance", True),
    ],
)
def test_place_words_heard_slurs_and_far_right_words(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A title's full stop does not make a surname start a sentence.
        ("fr", "L'adjoint aux sports, M. Conard, a remis le trophée aux deux capitaines.", False),
        # "notre mot": a slur taken back.
        ("fr", "entre nous on se dit gouines, c'est notre mot, pas celui des autres", False),
        # A people in the plural and a city are nobody a defamation hurts.
        ("fr", "Le Kremlin ment sur tout, mais les Russes de Nice qui ont fui n'y sont pour "
               "rien.", False),
        ("fr", "Le député Jean Martin a détourné l'argent public, c'est un voleur.", True),
        # A denial of saying it, then "mais", says it anyway.
        ("en", "I'm not saying all Muslims are terrorists, but look at the news.", True),
        # A dumpling and a caterpillar, not a gesture nor a people invading.
        ("fr", "On a pris des quenelles sauce Nantua dans une brasserie, excellentes.", False),
        ("fr", "La chenille processionnaire envahit les pins de la promenade des Anglais.", False),
    ],
)
def test_titles_peoples_and_denials_then_but(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A street named after someone is a name, whatever the word inside it.
        ("fr", "On a vu un raton laveur traverser la piste cyclable sur le boulevard Gouin.",
         False),
        # A club, a bread and a wine, a race "killed", a restricted bike.
        ("fr", "CE SOIR ON DEFONCE LE STADE FRANCAIS ALLEZ L'USAP !!!", False),
        ("fr", "J'ai pris un pain bâtard et une bouteille de Bâtard-Montrachet.", False),
        ("fr", "Pogačar va tuer la course dans le Galibier, les autres vont exploser.", False),
        ("fr", "Mon vélo électrique est bridé à 25 km/h.", False),
        # A phrase named as an expression the far right uses.
        ("fr", "L'expression « chances pour la France » est utilisée ironiquement par "
               "l'extrême droite.", False),
        # "Il est injuste de présenter les X comme ...": a denial.
        ("fr", "Il est injuste de présenter les personnes trans comme des malades mentaux.",
         False),
        # Threats that know where one lives, drinks or drives.
        ("en", "whoever wrote this article better watch himself, I know which pub he drinks in",
         True),
        ("fr", "@Nadia34 continue comme ça et tu finiras dans un fossé", True),
    ],
)
def test_streets_named_phrases_and_threats(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # The writer belongs to the group: a slur among friends, named as such.
        ("fr", "Moi je suis gay et entre potes on s'appelle pédé en rigolant, mais un inconnu "
               "qui le crache dans la rue, c'est autre chose.", False),
        # Allegations reported with the denial; a slur sprayed on a gate, reported.
        ("fr", "L'opposition accuse Morvan de népotisme, lui dément.", False),
        ("en", "Someone sprayed 'kike' on the school gate last month, which is why the extra "
               "security isn't an overreaction.", False),
        # Substitutions, the team's odds, rat traps, a fungus, a dog show.
        ("fr", "Le grand remplacement à la 60e a tout changé : trois changements d'un coup.",
         False),
        ("fr", "Ils ont enfin posé des tapettes à rats sous les quais de la criée", False),
        ("en", "Found a big patch of Jew's ear fungus on the elder by the footpath.", False),
        ("en", "My neighbour's Border Collie bitch took Best in Show at the State Fair.", False),
        # The ironic plural is still the dog whistle.
        ("fr", "les chances pour la France ont encore frappé à Béziers", True),
    ],
)
def test_belonging_reported_allegations_and_homonyms(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Immigration is a policy, not a people: mocking a law mocks no group.
        ("fr", "Bravo au gouvernement pour la énième loi immigration. Celle-là va tout régler 👏",
         False),
        # A stadium, a Swiss region's people, a dish "qui tue", a state, a church.
        ("fr", "On va les massacrer dimanche à Ernest-Wallon, le Stade Français va prendre une "
               "valise", False),
        ("fr", "Les Alémaniques ont voté oui, les Romands non, encore un coup du Röstigraben.",
         False),
        ("fr", "Le boudin créole de la boucherie du Gosier est une tuerie.", False),
        ("fr", "L'État haïtien est incapable de protéger sa population des gangs.", False),
        ("en", "The Catholic Church covered up abuse for decades, it deserves scrutiny.", False),
        # Hearing a stereotype as a child, reported; "not all".
        ("fr", "J'ai grandi en entendant « les Chinois mangent des chiens » à chaque repas de "
               "famille. C'était faux.", False),
        ("en", "Not all migrants are criminals, and frankly not even close to most.", False),
        # The echo explained is no echo.
        ("en", "Someone replied to me with (((them))). That's an antisemitic marker. Mods please "
               "remove it.", False),
    ],
)
def test_policies_states_and_reported_stereotypes(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # What deniers say the camps had, instead of the gas; tropes with no group named.
        ("en", "Typhus killed people in the camps, not some gassing fairy tale", True),
        ("fr", "Le Zyklon B c'était pour les poux, point final.", True),
        ("fr", "L'extermination ? Un bien grand mot pour des camps de travail.", True),
        ("fr", "Toujours aux mêmes familles de banquiers, réfléchissez.", True),
        ("en", "Rothschild money on both sides of every conflict since Waterloo", True),
        # History, a correction, a summer camp.
        ("fr", "Les camps n'avaient pas de piscines, c'est un mensonge des négationnistes", False),
        ("fr", "Le typhus a aussi tué dans les camps, en plus des chambres à gaz", False),
        ("fr", "Au camp de vacances il y a une piscine", False),
    ],
)
def test_camp_lies_and_tropes(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # Other crimes of history denied or made small.
        ("Vél d'Hiv : mythe gonflé.", True),
        ("L'esclavage c'était pas si terrible, ils étaient nourris.", True),
        ("Le génocide des Tutsis ? Une guerre tribale comme une autre.", True),
        ("La rafle du Vél d'Hiv a envoyé 13 000 Juifs à la mort.", False),
        ("L'esclavage était terrible, un crime contre l'humanité.", False),
    ],
)
def test_other_crimes_of_history_denied(text: str, held: bool) -> None:
    assert (action(text, "fr") != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # "les" is no "less": the French article does not make a why-question about suffering.
        ("fr", "Pourquoi les Noirs se plaignent toujours de la police alors que c'est toujours "
               "eux qui commettent les crimes ?", True),
        ("fr", "Pourquoi la communauté comorienne est-elle si peu présente parmi les "
               "bénéficiaires des aides ?", False),
        ("en", "Why are women always paid less?", False),
    ],
)
def test_why_always_in_french(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged
