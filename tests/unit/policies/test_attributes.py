"""Attributes pinned on a group, and the negations that take them back: a wider vocabulary
of contempt ("feckless", "vénales", "are objects"), and denials the rules once misread
("there is nothing ... about", "not a single X I know", a negated list of attributes)."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Black people are feckless and violent, it's obvious to anyone.", "en"),
        ("Women are shrill and irrational, they crumble under any pressure.", "en"),
        ("Jews are grasping and conniving, always working an angle.", "en"),
        ("Migrants are idle, ungrateful layabouts.", "en"),
        ("Women are objects.", "en"),
        ("Disabled people are burdens on everyone around them.", "en"),
        ("Les femmes sont vénales et manipulatrices, elles ne pensent qu'au portefeuille.", "fr"),
        ("Les migrants sont des pique-assiettes ingrats.", "fr"),
        ("Les lesbiennes sont aigries, agressives et pleines de haine envers les hommes.", "fr"),
        ("Les femmes ne sont que des objets.", "fr"),
        ("Les trans sont des abominations.", "fr"),
        # A ranking, not a denial: the group comes last.
        ("There is nothing in the world I like less than a Muslim.", "en"),
    ],
)
def test_contempt_for_a_group_is_flagged(text: str, lang: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("There is nothing disgusting about gay people.", "en"),
        ("I have never found Jews to be greedy or devious.", "en"),
        ("Muslims are not lazy, dirty or violent.", "en"),
        ("Not a single Muslim I know is aggressive.", "en"),
        ("Don't let anyone tell you Muslims are deranged.", "en"),
        ("Women are not objects.", "en"),
        ("Je n'ai jamais trouvé les juifs cupides ou sournois.", "fr"),
        ("Les Roms ne sont ni sales ni voleurs ni paresseux.", "fr"),
        ("Les femmes ne sont pas des objets.", "fr"),
        # The same words, not said of people.
        ("Les musées demandent la restitution des objets congolais.", "fr"),
        ("Jewish property developers are building social housing in Ashby Heights.", "en"),
    ],
)
def test_denied_or_not_said_of_a_group_is_published(text: str, lang: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I would never hire a Jew.", "en"),
        ("I refuse to ever do business with a Jew.", "en"),
        ("I don't want any Black people in my neighbourhood.", "en"),
        ("Je ne serrerai jamais la main d'un juif, question de principe.", "fr"),
        ("Je ne louerai jamais mon appartement à un Noir.", "fr"),
        ("Je ne veux pas d'immigrés dans mon immeuble.", "fr"),
    ],
)
def test_the_writer_refusing_a_group_is_held(text: str, lang: str) -> None:
    assert action(text, lang) == "hold"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The firm never hired a Black manager in forty years.", "en"),
        ("We don't want Muslims to suffer.", "en"),
        ("I have never voted for a woman before, but Harris changed that.", "en"),
        ("Would you hire a Muslim?", "en"),
        ("Je n'ai jamais voté pour une femme, mais cette fois je vais le faire.", "fr"),
        ("L'entreprise n'a jamais embauché un seul cadre noir.", "fr"),
    ],
)
def test_refusals_that_are_reports_or_taken_back_are_published(text: str, lang: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Muslims should die.", "en", "reject"),
        ("Muslims should disappear.", "en", "reject"),
        ("Roma should not exist.", "en", "hold"),
        ("This country would be better without Muslims.", "en", "hold"),
        ("Women are not real people.", "en", "hold"),
        ("There's no such thing as a trustworthy Muslim, moderate or otherwise.", "en", "hold"),
        ("Il faudrait que les Arabes disparaissent.", "fr", "reject"),
        ("Les homos peuvent tous crever, ça m'est bien égal.", "fr", "reject"),
        ("Les Roms ne devraient pas exister.", "fr", "hold"),
        ("Il n'y a pas un seul musulman honnête sur cette terre.", "fr", "hold"),
        ("Les femmes méritent d'être battues.", "fr", "reject"),
        # Denied, or not wished.
        ("There's no such thing as a violent Muslim.", "en", "publish"),
        ("Muslims should not die in the Mediterranean.", "en", "publish"),
        ("Jobs done by immigrants will disappear within a decade.", "en", "publish"),
        ("It's wrong to say immigrants contribute nothing to our culture.", "en", "publish"),
        ("Il n'y a pas un seul musulman violent dans ma rue.", "fr", "publish"),
        ("Les femmes ne méritent pas d'être battues.", "fr", "publish"),
        ("Le PSG mérite d'être battu samedi.", "fr", "publish"),
    ],
)
def test_wished_away_and_denied_worth(text: str, lang: str, expected: str) -> None:
    assert action(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les Noirs sont-ils vraiment des êtres humains ?", "fr", "hold"),
        ("Qui voudrait d'un Arabe comme voisin ?", "fr", "hold"),
        ("Comment peut-on faire confiance à un musulman ?", "fr", "hold"),
        ("Les femmes ont-elles un cerveau ?", "fr", "hold"),
        ("Who would want a Muslim as a neighbour?", "en", "hold"),
        ("Do women even have brains?", "en", "hold"),
        # Good-faith questions with the same words.
        ("Can Muslims trust the police?", "en", "publish"),
        ("Are Roma people really treated as humans by the state?", "en", "publish"),
        ("Les réfugiés peuvent-ils lire leur dossier en arabe ?", "fr", "publish"),
        ("Qui veut aider les migrants ce week-end ?", "fr", "publish"),
        ("Peut-on faire confiance aux sondages sur les musulmans ?", "fr", "publish"),
        ("Qui ne voudrait pas d'un voisin musulman ?", "fr", "publish"),
    ],
)
def test_contempt_asked_as_a_question(text: str, lang: str, expected: str) -> None:
    assert action(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les migrants arrivent par milliers. Ce sont tous des parasites.", "reject"),
        ("Il y a des Arabes dans mon quartier. Ce sont des animaux.", "reject"),
        # The verdict is on the conditions, or the sentence is long and reports.
        ("Les réfugiés dorment dehors. Ce sont des conditions indignes.", "publish"),
        ("Les Roms ont été expulsés. Tous des voleurs, paraît-il, selon le maire, ce qui est "
         "faux.", "publish"),
        ("Les musulmans fêtent l'Aïd. Tous des gens formidables.", "publish"),
    ],
)
def test_a_verdict_in_the_next_sentence(text: str, expected: str) -> None:
    assert action(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("She's pretty smart for a Black woman, I'll give her that.", "en", "hold"),
        ("Elle est plutôt intelligente pour une Noire, faut le reconnaître.", "fr", "hold"),
        ("Pour une réfugiée, elle parle bien français, c'est presque étonnant.", "fr", "hold"),
        ("It was a great day for a Muslim family in Leeds.", "en", "publish"),
        ("He was really articulate, the best speaker for a refugee charity I've heard.", "en",
         "publish"),
        ("Un prix a été remis pour une Noire engagée dans le quartier.", "fr", "publish"),
        # Qualities are read word by word: "beaucoup" is no "beau", "politique" no "poli".
        ("Pour une réfugiée, elle fait beaucoup de politique dans le quartier.", "fr",
         "publish"),
    ],
)
def test_backhanded_praise(text: str, lang: str, expected: str) -> None:
    assert action(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le gouvernement continue de chouchouter les Noirs. Il serait temps d'admettre "
         "qu'ils sont inférieurs au reste de la population.", "fr", "reject"),
        ("Pas un seul de ces trans ne mérite le moindre respect.", "fr", "hold"),
        ("Je ne considérerai jamais les Noirs comme mes égaux.", "fr", "hold"),
        ("Les juifs ne valent pas mieux que des bêtes.", "fr", "reject"),
        ("why do women even exist tbh?? what's the point of them", "en", "hold"),
        ("Arabs make me wanna puke, genuinely", "en", "reject"),
        ("les arabes ils ont leur place au zoo, pas dans nos rues", "fr", "hold"),
        ("Women belong in a zoo.", "en", "reject"),
        # Praise, and a court's verdict on hate.
        ("Nos voisins, c'est des homos, pis c'est du monde ben fin.", "fr", "publish"),
        ("On a de la chance d'avoir des Asiatiques dans nos équipes, ils font un travail "
         "formidable.", "fr", "publish"),
        ("Le député a été condamné pour avoir déclaré que « les Asiatiques ne valent rien ». "
         "Tant mieux.", "fr", "publish"),
    ],
)
def test_functional_dev_suite_shapes(text: str, lang: str, expected: str) -> None:
    assert action(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("One day I'll push those wheelchair users off the platform.", "en", "reject"),
        ("On va ratonner tous les Arabes du centre-ville samedi soir.", "fr", "reject"),
        ("Je vais écraser ces réfugiés avec ma voiture s'ils traînent encore devant chez moi.",
         "fr", "reject"),
        ("Ce serait un vrai soulagement si les musulmans disparaissaient de France du jour au "
         "lendemain.", "fr", "reject"),
        ("The gym will teach women to punch properly in self-defence classes.", "en",
         "publish"),
        ("Boxing: Joshua will punch harder than ever, says his coach.", "en", "publish"),
    ],
)
def test_threats_against_a_group(text: str, lang: str, expected: str) -> None:
    assert action(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How can anyone stand being around Black people?", "hold"),
        ("Why are women even allowed to vote?", "hold"),
        ("I saw a group of Muslims today. Absolutely revolting people.", "reject"),
        ("Fucking immigrants ruin everything.", "reject"),
        ("Screw all Muslims.", "reject"),
        ("Are women even allowed to vote in that country?", "publish"),
        ("Why are refugees not even allowed to work while they wait?", "publish"),
        ("Refugees drowned in the Channel last night. Disgusting.", "publish"),
        ("Refugees drowned in the Channel last night. Good people, failed by all of us.",
         "publish"),
    ],
)
def test_english_shapes(text: str, expected: str) -> None:
    assert action(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il n'y a rien de bien chez les Roms.", "hold"),
        ("Il n'y a rien de sale chez les Roms.", "publish"),
        ("Il n'y a aucune raison de détester les juifs.", "publish"),
        ("Les Roms ne valent pas grand-chose.", "reject"),
        ("Un handicapé ne pourra jamais être utile.", "hold"),
        ("Les bénévoles musulmans ont été très utiles pendant les inondations.", "publish"),
    ],
)
def test_french_denied_worth(text: str, expected: str) -> None:
    assert action(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Qui a encore envie de voir des Roms dans nos rues ?", "fr", "hold"),
        ("Combien de temps va-t-on supporter les Arabes ?", "fr", "hold"),
        ("Jusqu'à quand va-t-on tolérer les homos ?", "fr", "hold"),
        ("Franchement, qui peut aimer les Noirs ?", "fr", "hold"),
        ("Vous laisseriez votre fille épouser un Arabe ?", "fr", "hold"),
        ("Les musulmans, c'est pas un peu tous des terroristes ?", "fr", "reject"),
        ("How much longer do we have to put up with Muslims?", "en", "hold"),
        ("Why should we respect trans people?", "en", "hold"),
        ("Isn't it time we got rid of immigrants?", "en", "reject"),
        # Questions asked in good faith, or about something else.
        ("Qui aime les musulmans ici ? Venez à la fête de l'Aïd samedi !", "fr", "publish"),
        ("Combien de temps les réfugiés doivent-ils attendre leurs papiers ?", "fr", "publish"),
        ("Jusqu'à quand va-t-on tolérer le racisme contre les Noirs ?", "fr", "publish"),
        ("Why should we respect the rights of refugees? Because the law says so.", "en",
         "publish"),
        ("Il faut dégager tous les obstacles pour les handicapés.", "fr", "publish"),
    ],
)
def test_rhetorical_questions_about_a_group(text: str, lang: str, expected: str) -> None:
    assert action(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Muslims should stay in their own countries.", "en", "hold"),
        ("Refugees come here only for the benefits.", "en", "hold"),
        ("Asians all look the same.", "en", "hold"),
        ("It's a shame Hitler didn't finish the job.", "en", "hold"),
        ("The Holocaust never happened.", "en", "hold"),
        ("La Shoah n'a jamais eu lieu.", "fr", "hold"),
        ("Immigrants don't take our jobs, they create them.", "en", "publish"),
        ("People who say the Holocaust never happened should be ashamed.", "en", "publish"),
        ("I need therapy after that match, honestly.", "en", "publish"),
    ],
)
def test_tropes_and_denial(text: str, lang: str, expected: str) -> None:
    assert action(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Immigrants can piss off back home.", "hold"),
        ("Screw women and their opinions.", "reject"),
        ("Go back to the jungle.", "hold"),
        ("Screw the lid on tight before you shake it.", "publish"),
        ("The explorers went back to the jungle to film the gorillas.", "publish"),
    ],
)
def test_english_profanity_and_dog_whistles(text: str, expected: str) -> None:
    assert action(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les Arabes, je les emmerde.", "reject"),
        ("Je chie sur les immigrés.", "reject"),
        ("Les trans sont des putains de malades.", "reject"),
        ("Ça m'emmerde de voir les migrants dormir dehors.", "publish"),
        ("Les enfants réfugiés sont des malades chroniques pour la plupart, selon Médecins du "
         "monde.", "publish"),
    ],
)
def test_french_profanity_at_a_group(text: str, expected: str) -> None:
    assert action(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Migrants crossing in dinghies should be sent straight back into the water.", "en",
         "reject"),
        ("It'd be a good day for this country if every mosque went up in flames with the "
         "worshippers inside.", "en", "reject"),
        ("Les femmes devraient perdre le droit de vote, et celles qui protestent, on les "
         "enferme.", "fr", "reject"),
        ("The mosque went up in flames last night and police suspect arson.", "en", "publish"),
        ("Refugee boats should never be pushed back into the sea.", "en", "publish"),
    ],
)
def test_wished_violence_against_a_group(text: str, lang: str, expected: str) -> None:
    assert action(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("There isn't a single honest Muslim in Europe.", "en", "hold"),
        ("Refugees are owed nothing, not shelter, not food, not kindness.", "en", "hold"),
        ("Les homosexuels ne seront jamais des parents, juste des imposteurs.", "fr", "hold"),
        ("Un immigré n'aura jamais sa place parmi les gens honnêtes de ce pays.", "fr", "hold"),
        ("C'est injuste que les immigrés touchent des aides, ce sont des parasites.", "fr",
         "reject"),
        ("Refugees are owed protection under international law.", "en", "publish"),
        ("Ces familles d'immigrés n'ont jamais eu leur place dans les décisions du quartier, "
         "et c'est injuste.", "fr", "publish"),
    ],
)
def test_worth_denied_and_exclusion_deplored(text: str, lang: str, expected: str) -> None:
    assert action(text, lang) == expected


def test_nothing_more_x_than_a_group_ranks_it_last() -> None:
    assert action("Il n'y a rien de plus malhonnête que les Roms.", "fr") == "reject"
    assert action("There is nothing more disgusting than gay people.", "en") == "reject"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Pourquoi on tolère des gens du voyage qui vivent comme des bêtes ?", "fr", "reject"),
        ("Les juifs devraient être chassés d'Europe une bonne fois pour toutes.", "fr",
         "reject"),
        ("Ces réfugiés m'inspirent un dégoût profond.", "fr", "reject"),
        ("Les Noirs ne sont en rien inférieurs à qui que ce soit.", "fr", "publish"),
        ("Les propos anti-Roms de ce maire sont indignes d'un élu de la République.", "fr",
         "publish"),
        ('"Women belong in the kitchen"? What year do you think it is?', "en", "publish"),
        ("Mocking disabled people doesn't make you edgy, just cruel.", "en", "publish"),
        ("Je ne tolérerai pas le racisme contre les Roms dans ce club.", "fr", "publish"),
    ],
)
def test_functional_dev_suite_63_shapes(text: str, lang: str, expected: str) -> None:
    assert action(text, lang) == expected


def test_bien_plus_is_much_more_not_no_longer() -> None:
    text = "Les personnes trans sont bien plus exposées aux violences que la moyenne."
    assert action(text, "fr") == "publish"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Des immigrés touchent le RSA dans ma ville. C'est des voleurs, ni plus ni moins.",
         "fr", "reject"),
        ("Les réfugiés dorment dehors. C'est dégueulasse.", "fr", "publish"),
        ("Muslims need to be banned and kicked out of the West entirely.", "en", "reject"),
        ("The refugees were kicked out of the camp by police last night.", "en", "publish"),
        ("Les lesbiennes, un camp de rééducation et ça repartira droit.", "fr", "hold"),
    ],
)
def test_verdicts_and_phrasal_threats(text: str, lang: str, expected: str) -> None:
    assert action(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Si je croise un couple d'homos dans ma rue, je les massacre.", "fr", "reject"),
        ("Murdering a Muslim like you should be decriminalised.", "en", "reject"),
        ("Trans women were at the protest again. Absolute degenerates, every one.", "en",
         "reject"),
        ("Asian families bought the chippy. Their sort are vermin, honestly.", "en", "reject"),
        ("Wouldn't the country be cleaner without all these Gypsies?", "en", "hold"),
        ("Refugees drowning in the Channel should shame every government involved.", "en",
         "publish"),
        ("Des réfugiés meurent en Méditerranée et l'Europe détourne les yeux.", "fr", "publish"),
        ("Si je vois des migrants sur la plage, je les aide à monter au refuge.", "fr",
         "publish"),
        ("Mon voisin m'a sorti « les Roms volent tous ». Je lui ai demandé s'il en "
         "connaissait un seul.", "fr", "publish"),
    ],
)
def test_functional_dev_suite_65_shapes(text: str, lang: str, expected: str) -> None:
    assert action(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Moi je dis que les Asiatiques sont des fourbes, tous.", "fr", "reject"),
        ("Ma sœur a épousé un musulman, dommage que ce soient tous des fanatiques.", "fr",
         "reject"),
        ("I'm going to smash the face in of the next trans woman I see in the ladies'.", "en",
         "reject"),
        ("Quand tu dis que les Roms sont des voleurs, tu te trompes.", "fr", "publish"),
        ("The break-in of the Muslim centre was condemned.", "en", "publish"),
    ],
)
def test_opinions_pronouns_and_phrasal_threats(text: str, lang: str, expected: str) -> None:
    assert action(text, lang) == expected
