"""A translator's statement after a book's title, as ABNT prints it (issue 13): the title
ends before it, the statement is kept as the note. Made-up references only."""

from __future__ import annotations

import pytest

from blinarefs.model import build_reference
from blinarefs.parse import parse_reference_list
from blinarefs.parse.translator_notes import translator_out_of_title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("ROE, J. Made-up poetics. Tradução de Ana Doe. São Paulo: Examplia, 2030.",
         "Made-up poetics"),
        ("ROE, J. Teoria do exemplo II. As formas do tempo. Tradução de Ana Doe. São Paulo: "
         "Editora 34, 2030.", "Teoria do exemplo II. As formas do tempo"),
    ],
)  # fmt: skip
def test_the_title_ends_before_the_translator(line: str, title: str) -> None:
    (ref,) = parse_reference_list(f"References\n1. {line}\n").references
    assert ref.title == title
    assert ref.note == "Tradução de Ana Doe"


@pytest.mark.parametrize(
    ("title", "kept", "note"),
    [
        ("Made-up essays. Traducción de Ana Doe", "Made-up essays", "Traducción de Ana Doe"),
        ("Made-up essays. Trad. de A. Doe", "Made-up essays", "Trad. de A. Doe"),
        ("Made-up essays. Translated by A. Doe.", "Made-up essays", "Translated by A. Doe"),
        ("Tradução de exemplos inventados", "Tradução de exemplos inventados", ""),
        ("Made-up essays on Traditions. Part two", "Made-up essays on Traditions. Part two", ""),
    ],
)
def test_only_a_statement_after_a_full_stop_leaves_the_title(
    title: str, kept: str, note: str
) -> None:
    ref = translator_out_of_title(build_reference("x", {"type": "book", "title": title}))
    assert (ref.title, ref.note) == (kept, note)
