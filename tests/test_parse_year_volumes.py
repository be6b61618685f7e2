"""A journal's year and volume printed with no mark between them ("J Widget Dis, 2030
209(5): p. 739-48.", EndNote's numbered style whose year lost its full stop): the volume
was read as "2030 209" and no year (issue 13). Every name here is made up."""

from __future__ import annotations

from blinarefs.parse import parse_reference_list


def _read(printed: str):  # type: ignore[no-untyped-def]
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    return ref


def test_a_year_before_the_volume_is_the_year() -> None:
    ref = _read(
        "Roe J.M., Doe K., and Poe L.D., Widget uptake in the gut mucosa of untreated gadget"
        " patients. J Widget Dis, 2030 209(5): p. 739–48."
    )
    assert (ref.volume, ref.issue, ref.issued) == ("209", "5", (2030,))


def test_the_year_closed_by_its_stop_reads_as_before() -> None:  # guard
    ref = _read(
        "Roe J.M., Doe K., and Poe L.D., Widget uptake in the gut mucosa of untreated gadget"
        " patients. J Widget Dis, 2030. 209(5): p. 739–48."
    )
    assert (ref.volume, ref.issue, ref.issued) == ("209", "5", (2030,))


def test_a_volume_with_a_supplement_is_unchanged() -> None:  # guard
    ref = _read("Roe J, Doe K. Widgets in the ward. J Widget Dis. 2030;12 Suppl 2:S45-50.")
    assert ref.issued == (2030,)
    assert ref.volume.startswith("12")


def test_figures_left_unread_after_the_journal_are_the_year_and_the_volume() -> None:
    ref = _read("Doe K, Roe J. Widget rashes. J Widget Dis, 2030 209(5): p. 739-48.")
    assert (ref.container_title, ref.volume, ref.issue, ref.issued) == (
        "J Widget Dis",
        "209",
        "5",
        (2030,),
    )


def test_a_year_read_keeps_the_figures_after_the_journal() -> None:  # guard
    ref = _read("Doe K, Roe J. Widget rashes. J Widget Dis. 2030;209(5):739-48.")
    assert (ref.volume, ref.issued) == ("209", (2030,))


def test_the_volume_taken_for_the_issue_is_the_volume_and_the_parenthesis_the_issue() -> None:
    ref = _read("Roe J. and Doe K., Widget counts. Nat Rev Widgets, 2030 10(9): p. 655-66.")
    assert (ref.volume, ref.issue, ref.issued) == ("10", "9", (2030,))


def test_a_month_after_the_year_is_no_volume() -> None:  # guard
    ref = _read("Roe J, Doe K. Widget counts. Widget Res Pract. 2030 12;98(3):369-85.")
    assert ref.volume == "98"


def test_a_volume_with_no_issue_leaves_no_issue() -> None:
    ref = _read("Roe J. and Doe K., Widget counts. Widgetology, 2030 7: p. 78.")
    assert (ref.volume, ref.issue, ref.issued) == ("7", "", (2030,))
