"""A Portuguese or Spanish family name's kinship word printed after the initials.

Brazilian Vancouver lists print the kinship word of a family name ("Filho", "Neto",
"Júnior": the son, the grandson) after the initials, as NLM prints "Jr": "Roe AB Filho,
Doe C. Title". It belongs to the family name, which is filed and cited with it ("Roe
Filho"; ABNT enters "ROE FILHO, A. B."). The labeller took a last name's kinship word for
the title's first word ("Filho. Title..."), and the name reader took it for the family
name, losing the name before it.
"""

from __future__ import annotations

from ..names import is_initials
from .labeller import Labelled
from .token_index import first_of

# The kinship words of Portuguese and Spanish family names, as their lists print them
KINSHIP = frozenset(
    {"Filho", "Filha", "Neto", "Neta", "Netto", "Júnior", "Junior", "Sobrinho", "Sobrinha"}
)


def kinship_after_initials(words: list[str]) -> str | None:
    """The kinship word closing one printed name after its initials ("Roe AB Filho",
    "Roe A.B. Neto"), or None."""
    if len(words) >= 3 and words[-1] in KINSHIP and is_initials(words[-2].replace(".", "")):
        return words[-1]
    return None


def kinship_to_names(labelled: list[Labelled]) -> list[Labelled]:
    """The kinship word the labeller gave the title after the last name's initials ("Roe
    AB, Doe CD Filho. | Title"), given back to the names with its full stop."""
    t = first_of(labelled, "title")
    if t < 2 or t + 2 >= len(labelled):
        return labelled
    word, before = labelled[t], labelled[t - 1]
    if not (
        word.token.text in KINSHIP
        and labelled[t + 1].token.text == "."
        and before.label == "author"
        and is_initials(before.token.text.replace(".", ""))
        and labelled[t + 2].label == "title"
    ):
        return labelled
    names = [word._replace(label="author"), labelled[t + 1]._replace(label="other")]
    return [*labelled[:t], *names, *labelled[t + 2 :]]
