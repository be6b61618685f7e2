"""A journal whose abbreviated name goes on after a dash to its section, its initialism in
brackets perhaps ("Biochim. Biophys. Acta (BBA) - Gene Struct. Expression", as Elsevier's
sectioned journals are printed): the grammar ran the title on to the section's last full
stop; the labeller's title and journal are kept (made-up references)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


def _read(printed: str):
    return parse_reference_list(f"References\n1. {printed}").references[0]


@pytest.mark.parametrize(
    ("printed", "journal"),
    [
        ("Roe J., Doe K. Widgets in mice. Examp. Widg. Acta - Gadget Struct. Expr. 2030; "
         "12:34–45.", "Examp. Widg. Acta - Gadget Struct. Expr"),
        ("Roe J., Doe K. Widgets in mice. Examp. Widg. Acta (EWA) - Gadget Struct. Expr. 2030; "
         "12:34–45.", "Examp. Widg. Acta (EWA) - Gadget Struct. Expr"),
    ],
)  # fmt: skip
def test_a_journal_s_section_after_a_dash(printed: str, journal: str) -> None:
    ref = _read(printed)
    assert ref.title == "Widgets in mice"
    assert ref.container_title.rstrip(".") == journal


@pytest.mark.parametrize(
    ("printed", "title", "journal"),
    [
        # guards: a dotted journal with no section; a title's own dash before the journal
        ("Roe J., Doe K. Widgets in mice. Examp. Widg. Acta. 2030; 12:34–45.",
         "Widgets in mice", "Examp. Widg. Acta"),
        ("Roe J, Doe K. Widgets in mice - a review. J Widget Res. 2030;12:34–45.",
         "Widgets in mice - a review", "J Widget Res"),
    ],
)  # fmt: skip
def test_guards(printed: str, title: str, journal: str) -> None:
    ref = _read(printed)
    assert (ref.title, ref.container_title.rstrip(".")) == (title, journal)
