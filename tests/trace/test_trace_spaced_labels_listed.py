"""Numbers after a space that label the text's own things, listed in prose, not citations a
copy spaced: a serial list closed by "and" ("patients 1, 12, and 17"), the second of two
labels named by the same word ("(DS 3 and DS 4)"), and an inline enumeration's items
("therapy: 1) It causes ... 2) About ... 3) The"). A plain copy's decoder weighed them as
spaced superscripts and flagged a close call the Word file (which keeps its superscripts
raised) never raises.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.trace.decode import decode_markers
from blinarefs.trace.spaced import a_label_after_a_space, after_an_address


def span(text: str, run: str, after: str = "") -> tuple[int, int]:
    start = text.index(run, text.index(after) + len(after) if after else 0)
    return start, start + len(run)


def test_a_serial_list_closed_by_and_labels_its_numbers():
    for text, run in (
        ("sera from three patients (patients 1, 12, and 17) were unaffected", "1, 12"),
        ("sera from patients 1, 2, 12, 13, and 17 stained the nerve", "1, 2, 12, 13"),
        ("as in samples 3, 8, or 11 of the batch", "3, 8"),
        ("dos pacientes 1, 12, e 17 foram", "1, 12"),
    ):
        assert a_label_after_a_space(text, *span(text, run)), text


def test_the_second_of_two_labels_named_by_one_word_is_a_label():
    for text in ("the two districts (DS 3 and DS 4) that", "os dois distritos (DS 3 e DS 4) que"):
        assert a_label_after_a_space(text, *span(text, "4")), text


def test_an_inline_enumerations_items_are_labels():
    text = (
        "Owls suit the survey for several reasons: 1) They nest in the open. 2) They call "
        "at night, so they are counted by ear. 3) The adults keep their sites. 4) Few "
        "predators take them."
    )
    for n in ("2", "3", "4"):
        at = text.index(n + ")")
        assert a_label_after_a_space(text, at, at + 1), n
    decoded = decode_markers(text, refs(12))
    assert not [d for d in decoded.decisions if d.candidate.numbers in ((2,), (3,), (4,))]


def test_a_spaced_superscript_after_a_full_stop_is_no_item_without_the_items_before():
    # no "1)" and "2)" before it in the paragraph: a copy may space a superscript "3)"
    text = "Owls nest in the open. 3) The adults keep their sites."
    assert not a_label_after_a_space(text, text.index("3"), text.index("3") + 1)
    # a list of citations spaced in mid-clause, with no "and" after: no label
    text = "as reported before 1, 12 in two cohorts"
    assert not a_label_after_a_space(text, *span(text, "1, 12"))


def test_a_label_closing_an_aside_is_no_spaced_superscript_in_a_spaced_manuscript():
    # a copy that spaces its superscripts ("nests 1 . Owls 2 ,") still prints its labels
    text = (
        "Owls nest in barns 1 . They hunt at dusk 2 , and the young fledge late 3 . "
        "The two districts (DS 3 and DS 4) that held most nests were surveyed twice 4 . "
        "Counts rose in both 5 ."
    )
    decoded = decode_markers(text, refs(12))
    at = text.index("DS 4") + 3
    assert not [d for d in decoded.decisions if d.candidate.start == at]


def test_an_affiliation_mark_after_an_e_mail_address_is_no_data_sets_citation():
    # an author block's e-mail, then the author's affiliation marks, as a copy spaces them:
    # an e-mail names a person, no data set a reference stands for
    text = (
        "Owls nest in barns 1 . They hunt at dusk 2 , and the young fledge late 3 .\n"
        "Correspondence: Jane Roe, Example University, Springfield. E-mail: "
        "jroe@example.edu 1\n"
    )
    start = text.index("edu 1") + 4
    assert not after_an_address(text, start, start + 1)
    decoded = decode_markers(text, refs(12))
    assert not [d for d in decoded.decisions if d.candidate.start == start]
    text = "Raw counts, https://example.org/owls/counts 7\n"
    start = text.index(" 7") + 1
    assert after_an_address(text, start, start + 1)
