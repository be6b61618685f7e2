"""Lines a plain text prints twice: a web page's caption shown again beside its furniture
is left out, a manuscript's own repeated lines are kept. Texts made up for the tests."""

from __future__ import annotations

from blinarefs.pandoc import to_pandoc

REFS = "\n\nReferences\n\n1. Roe A. An invented survey of owls. J Imag Zool. 2020;3:1-9.\n"
CAPTION = "Owl counts by county and year in the invented survey"


def test_a_caption_shown_again_beside_the_pages_furniture_is_left_out_once():
    text = f"Owls were counted.1\n\n{CAPTION}\n\n{CAPTION}\n\nClose modal\n\nThey rose.{REFS}"
    paper = to_pandoc(text)
    assert paper.markdown.count(CAPTION) == 1
    assert [f.message.split(":")[0] for f in paper.removed][:2] == [
        "a figure caption repeated verbatim",
        "page furniture",
    ]


def test_a_manuscripts_own_lines_printed_again_apart_are_kept():
    # a flora's entries repeat their field names and short notes: all of it is the text
    entry = "Range.\n\nFound in the northern valleys of the region.\n\nUse.\n\nLeaf: Used as tea."
    text = f"Owls were counted.1\n\n{entry}\n\nSecond species.\n\n{entry}{REFS}"
    paper = to_pandoc(text)
    assert paper.markdown.count("Found in the northern valleys of the region.") == 2
    assert paper.markdown.count("Leaf: Used as tea.") == 2
    assert not [f for f in paper.removed if "repeated" in f.message]
