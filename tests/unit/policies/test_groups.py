"""Groups named by an adjective and a noun of people ("a Somali family", "ses collègues
féminines"), then taken up by a pronoun in the next sentence."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A group named by an adjective and a noun of people, then taken up by a pronoun.
        ("en", "There were loads of Irish fans at the derby. They're nothing but violent "
               "animals.", True),
        ("en", "A Somali family moved in next door. They're filthy animals.", True),
        ("en", "A Somali family moved in next door. They're lovely people.", False),
        ("en", "The Irish fans sang all night. They were brilliant.", False),
        ("fr", "L'article présente la nouvelle arbitre et ses collègues féminines. Elles sont "
               "toutes nulles, incapables de suivre un vrai match.", True),
        ("fr", "L'article présente la nouvelle arbitre et ses collègues féminines. Elles sont "
               "toutes excellentes.", False),
        ("fr", "Une famille syrienne s'est installée dans l'immeuble. Ils sont adorables.", False),
    ],
)
def test_group_by_adjective_and_noun(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged
