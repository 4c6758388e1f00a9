"""Insinuations and mock praise: contempt that never says it, held for the editors."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A wink at what "everyone knows", in a comment about suspects or origins.
        ("fr", "Trois interpellés après le vol à l'arraché, et on se demande bien pourquoi "
               "le journal ne donne pas leurs prénoms."),
        ("fr", "Encore une agression près de la gare. Faites le calcul, ça commence à se voir."),
        ("en", "Another stabbing downtown and the paper won't say who the suspects are. "
               "Funny how that works."),
        ("en", "Burglaries doubled on our street. I'll leave it there."),
        # An everyday word in scare quotes, pointing at a group.
        ("fr", "Le centre commercial a encore été pillé par des « jeunes »."),
        ("en", "Three more 'youths' arrested for the bus shelter damage."),
        # Mock praise that does not open the comment, with a mark of irony.
        ("fr", "Une mosquée de plus dans le quartier, génial, on va bien dormir 🙃"),
        ("en", "More refugees housed in town, great news for the window repair trade 😏"),
    ],
)  # fmt: skip
def test_insinuations_are_held(lang: str, text: str) -> None:
    assert action(text, lang) == "hold"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The same winks about a budget or a timetable.
        ("fr", "Le budget des fêtes a doublé, on se demande bien pourquoi."),
        ("en", "The bus is late again. Funny how that works every Monday."),
        # Quotes that report words, or a word in a quoted sentence.
        ("fr", "Le maire a parlé de « jeunes désœuvrés » lors du conseil, ce qui a fâché "
               "l'opposition."),
        ("en", "The police statement described them as 'youths', which is the standard "
               "wording for minors."),
        ("fr", "« Les jeunes du quartier ont repeint le préau », raconte la directrice."),
        # Sincere praise with no irony mark.
        ("fr", "Une nouvelle mosquée dans le quartier, génial pour les familles."),
    ],
)  # fmt: skip
def test_the_same_words_elsewhere_publish(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Trois interpellés pour le trafic, tous « Européens » paraît-il. Tout est dit."),
        ("fr", "Question innocente : combien de ces agresseurs sont nés ici ?"),
        ("en", "Another knife crime in the city centre. It's not racist to notice the pattern."),
        ("en", "Interesting how Soros money turns up behind every protest. Do your own research."),
    ],
)
def test_more_winks_are_held(lang: str, text: str) -> None:
    assert action(text, lang) == "hold"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Hope it went well at the 'doctors' today, see you tonight."),
        ("fr", "Question innocente : pourquoi le bus 12 ne passe plus le dimanche ?"),
    ],
)
def test_winks_and_quotes_about_nothing_publish(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Oh non, encore des migrants relogés en face de l'école, quelle surprise 🙄"),
        ("en", "Brilliant idea, more refugees in the village hall. What could go wrong? 🙄"),
    ],
)
def test_mock_praise_openers_are_held(lang: str, text: str) -> None:
    assert action(text, lang) == "hold"


def test_sincere_praise_with_a_question_publishes() -> None:
    text = "Parfait, les réfugiés ont trouvé un logement. Qui peut aider pour les meubles ?"
    assert action(text, "fr") == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Found in review: sincere praise, pronouns and team names, words about a place.
        ("fr", "Il y a trop de musulmans qui souffrent, tellement injuste."),
        ("fr", "Bienvenue aux réfugiés ukrainiens, c'est évidemment notre devoir."),
        ("en", "Such a lovely article about the Jewish community, thank you 👏"),
        ("en", "My kid goes by 'they' now and the school has been great."),
        ("en", "Our 'youth' team won 3-0 on Saturday."),
        ("fr", "Curieusement, le quartier n'a pas eu ses travaux."),
        ("en", "Interesting how the attack looked sharper after the break."),
        ("fr", "Nous pendrons la crémaillère avec nos voisins musulmans."),
        ("en", "Muslims are typical of the diversity of this city."),
    ],
)
def test_review_cases_publish(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Mock praise, a group, and contempt said near it: the praise is the irony.
        ("fr", "Super idée, des réfugiés dans chaque immeuble, tous des voleurs de toute façon."),
        ("en", "Oh brilliant, more Afghan refugees in town, I'm sure the crime rate will drop."),
        # Praise taken back at the end.
        ("fr", "Génial, une femme à la tête de l'armée. Quel progrès."),
    ],
)
def test_mock_praise_with_contempt_or_a_praise_taken_back_is_held(lang: str, text: str) -> None:
    assert action(text, lang) == "hold"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Bravo aux infirmières étrangères qui tiennent l'hôpital de Creil à bout de bras."),
        ("en", "Great news, the Syrian family next door opened a bakery and it is wonderful."),
        # Contempt far from the group: about something else.
        ("fr", "Super, les Ukrainiens ont ouvert une épicerie. Par contre, la rue est toujours "
               "aussi sale, la mairie ne ramasse rien depuis des mois."),
    ],
)
def test_sincere_praise_of_a_group_publishes(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # One person of a group, named by a trade after "a"/"une".
        ("en", "Wow, a female conductor! I'm sure the concert will be all about feelings 🙄"),
        ("fr", "Génial, une chroniqueuse musulmane sur le plateau, quel progrès."),
    ],
)
def test_mock_praise_of_one_person_of_a_group_is_held(lang: str, text: str) -> None:
    assert action(text, lang) == "hold"


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("en", "Another diversity hire at the county council, I'm sure she earned it.", True),
        ("fr", "Femme, noire et syndicaliste : elle coche toutes les cases, bravo.", True),
        ("fr", "Halal à la cantine, et on nous dit que le grand remplacement n'existe pas.", True),
        # The same words about things, or the denial the speaker's own.
        ("en", "This laptop ticks every box for students, and it is cheap.", False),
        ("fr", "Le grand remplacement n'existe pas, c'est une théorie complotiste.", False),
    ],
)
def test_dog_whistles_winks_and_mocked_denials(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Praise anywhere in a short comment, with contempt or a crime near the group.
        ("fr", "Une femme à la tête des douanes, excellente nouvelle pour les voleurs.", True),
        ("en", "Congrats to the Somalis on the new mosque, the burglars say thanks.", True),
        # No praise, but a phrase only irony uses, in a short comment about a group.
        ("en", "The shoplifters were Romanians. What are the odds?", True),
        ("fr", "Encore des Roms sur le parking, comme d'habitude, quelle surprise.", True),
        # Sincere praise and plain progress.
        ("fr", "Les jeunes Roms de la médiation scolaire ont fait des progrès incroyables.", False),
        ("en", "Congratulations to the Somali community on the new youth centre!", False),
    ],
)
def test_praise_anywhere_and_irony_without_praise(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # A question that insinuates, in a comment about a group or a crime.
        ("fr", "Pourquoi les Roms ont toujours des 4x4 neufs ? Je demande hein.", True),
        ("fr", "Citez-moi une seule invention venue d'Afrique noire. J'attends.", True),
        ("en", "Funny how the Jewish members of the board vote the same way. I wonder why", True),
        # The same words about a budget, a law, a plan.
        ("fr", "Simple question : combien coûte le nouveau stade ?", False),
        ("en", "Genuine question: are asylum seekers and refugees the same in law?", False),
        ("en", "I wonder why the council closed the library on Sundays", False),
    ],
)
def test_questions_that_insinuate(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # A wink at an origin the reader is left to guess, with no group named.
        ("fr", "Encore des rodéos sur le parking, je vous laisse deviner de quel pays.", True),
        ("en", "Bikes stolen at the station again. Guess which country, folks.", True),
        ("fr", "Un mariage bloque l'autoroute, tout le monde a deviné de quel pays.", True),
        # The same words about a film or a holiday.
        ("fr", "Tout le monde a deviné la fin du film dès la première scène.", False),
        ("en", "Guess where they went on honeymoon? Lisbon, lovely photos.", False),
    ],
)
def test_a_wink_at_where_people_come_from(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # A group named by an adjective is people enough for a wink.
        ("en", "Why do so many Somali names turn up in every fraud story? Just curious.", True),
        ("fr", "Pourquoi autant de Juifs dans les rédactions ? Juste curieux.", True),
        ("en", "Is it just a coincidence that the street changed once the Kurds arrived?", True),
        # The same winks about a team or a bus timetable.
        ("en", "Why do so many Spurs fans turn up late? Just curious.", False),
        ("fr", "Le bus 12 en retard trois jours de suite, juste curieux de savoir.", False),
    ],
)
def test_winks_at_a_group_named_by_an_adjective(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("en", "Sikh landlord putting the rent up again, what a shock.", True),
        ("en", "Travellers on the field again. Hope the neighbours have decent locks.", True),
        # Irony at a group's misfortune aims at whoever let it happen.
        ("en", "Muslim women harassed on the bus again, what a shock, the police did nothing.",
         False),
    ],
)
def test_irony_at_a_group_and_at_its_misfortune(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("fr", "Encore un « jeune » de Seine-Saint-Denis… on connaît la chanson.", True),
        ("fr", "Un certain M. Lévy nommé à la tête de la banque centrale. Quelle surprise.", True),
        ("fr", "kom par hasard c encore des « jeunes » lol, on se demande bien lesquels", True),
        ("en", "Lovely to see the Chinese 'teenage' gymnasts again, all 14 going on 25", True),
        ("fr", "Un certain nombre de médecins ont signé la tribune, quelle surprise.", False),
        ("fr", "Macron a encore augmenté les impôts, quelle surprise.", False),
        ("en", "Our 'youth' team won the cup again on Sunday.", False),
    ],
)
def test_scare_quotes_again_and_a_certain_name(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Pourquoi la délinquance explose dans les villes qui accueillent des migrants ? Un "
         "mystère total.", "fr", True),
        ("Has anyone ever seen a neighbourhood get better after the travellers arrive? "
         "Didn't think so.", "en", True),
        ("Est-ce que les personnes sourdes de naissance peuvent apprendre à parler ? Vraie "
         "question, ma nièce est concernée.", "fr", False),
    ],
)
def test_a_question_closed_by_a_wink(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Il y a beaucoup d'Algériens maintenant. Ils crachent par terre, c'est leur culture.",
         "fr", True),
        ("My new manager is a woman. They're all the same, can't make a decision.", "en", True),
        ("Muslims and Christians pray to the same God, they're all the same to me.", "en", False),
        ("The prices in these shops are all the same.", "en", False),
        ("La pétanque, c'est leur culture à Marseille.", "fr", False),
    ],
)
def test_all_the_same_and_their_culture(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Un vol de cuivre à 200 m du terrain des gens du voyage ? Quelle coïncidence.", "fr",
         True),
        ("The new curator's surname is Goldberg. Nothing to see here, move along.", "en", True),
        ("Le train a encore du retard, quelle coïncidence, c'est lundi.", "fr", False),
        ("Nothing to see here: the council approved the bus lane budget.", "en", False),
    ],
)
def test_winks_about_a_group_or_an_origin(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged
