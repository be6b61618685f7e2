"""A conference paper whose proceedings follow its title with no "In:" (issue 13): the
proceedings are its container, not the title's last sentence. Every reference is made up."""

from __future__ import annotations

import pytest

from blinarefs.model import Name, Reference
from blinarefs.parse import parse_reference_list
from blinarefs.parse.proceedings_titles import proceedings_out_of_title

_PROCEEDINGS = "Proceedings of the 2030 conference on widget systems"


def _read(text: str) -> Reference:
    refs = parse_reference_list(f"1. {text}\n").references
    assert len(refs) == 1
    return refs[0]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"Roe J, Doe K. What is a widget? {_PROCEEDINGS}. New York: Example Press; 2030. "
         "p. 1–15.", "What is a widget?"),
        (f"Roe J, Doe K. Widget use in clinics. {_PROCEEDINGS}. New York: Example Press; "
         "2030. p. 1–15.", "Widget use in clinics"),
        (f"Roe J, Doe K. How big should widgets be? {_PROCEEDINGS} (WS '30). New York: "
         "Example Press; 2030. 10.1145/0000000.0000001", "How big should widgets be?"),
    ],
)  # fmt: skip
def test_the_proceedings_after_a_title_are_its_container(text, title):
    ref = _read(text)
    assert ref.title == title
    assert ref.container_title.startswith(_PROCEEDINGS)
    assert ref.type == "chapter"  # as the same paper after "In:" is read
    assert ref.publisher == "Example Press"


def test_the_same_paper_after_in_is_read_as_before():
    ref = _read(f"Roe J, Doe K. Widget use in clinics. In: {_PROCEEDINGS}. New York: "
                "Example Press; 2030. p. 1–15.")  # fmt: skip
    assert (ref.title, ref.container_title, ref.type) == (
        "Widget use in clinics", _PROCEEDINGS, "chapter")  # fmt: skip


@pytest.mark.parametrize(
    "ref",
    [
        # a workshop's report printed as a book: its title's own sentence
        Reference(id="a", type="book", author=(Name(family="Roe", given="J."),),
                  title="Widget safety in clinics. Proceedings of a workshop"),
        # a journal read with its volume, and a paper whose proceedings were read already
        Reference(id="b", author=(Name(family="Roe", given="J."),), volume="117",
                  title="Widgets. Proceedings of the Examplia Academy of Sciences"),
        Reference(id="c", type="chapter", author=(Name(family="Roe", given="J."),),
                  title="Widgets. Proceedings of the 2030 widget meeting",
                  container_title="Widget Meeting"),
        # no author: a body's proceedings printed as a book of its own
        Reference(id="d", type="book",
                  title="Widget rules. Proceedings of the 2030 widget meeting"),
    ],
)  # fmt: skip
def test_what_is_no_paper_in_proceedings_is_left_alone(ref):
    assert proceedings_out_of_title(ref) == ref
