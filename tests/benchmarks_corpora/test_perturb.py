"""Perturbing an article the way manuscripts differ (``benchmarks/perturb.py``): the truth
spans move with the text, and the markers put in another convention are marked so (a
passage written for the test)."""

from __future__ import annotations

from corpora.jats_body import Marker, Rendering
from perturb import OTHER_KIND, perturb, shortened

PARAGRAPHS = ("Cells divide [1]. They move [2].", "Cells stop [3].", "Cells die [1, 4].")


def rendering() -> Rendering:
    text = "\n\n".join(PARAGRAPHS)
    spans = [("[1]", (1,)), ("[2]", (2,)), ("[3]", (3,)), ("[1, 4]", (1, 4))]
    marks, pos = [], 0
    for m, n in spans:
        at = text.index(m, pos)
        marks.append(Marker(at, at + len(m), n, "bracket"))
        pos = at + len(m)
    return Rendering(text, tuple(marks))


def shown(r: Rendering) -> list[tuple[str, tuple[int, ...], str]]:
    return [(r.text[m.start : m.end], m.numbers, m.kind) for m in r.markers]


def test_a_pasted_paragraph_in_another_convention_is_marked_as_such():
    r = perturb(rendering(), "pasted", "bracket", 4)
    assert r.text == "Cells divide [1]. They move [2].\n\nCells stop.3\n\nCells die [1, 4]."
    assert shown(r)[2] == ("3", (3,), OTHER_KIND)
    assert [k for *_, k in shown(r)] == ["bracket", "bracket", OTHER_KIND, "bracket"]


def test_few_keeps_one_marker_in_ten_and_noise_moves_the_truth():
    few = perturb(rendering(), "few", "bracket", 4)
    assert few.text == "Cells divide [1]. They move.\n\nCells stop.\n\nCells die."
    noisy = perturb(rendering(), "noisy", "bracket", 4)
    assert len(noisy.text) > len(rendering().text)
    assert [noisy.text[m.start : m.end] for m in noisy.markers] == ["[1]", "[2]", "[3]", "[1, 4]"]


def test_sub_labels_go_inside_the_brackets():
    r = perturb(rendering(), "sublabel", "bracket", 4)
    assert shown(r)[2] == ("[3a]", (3,), "bracket")


def test_page_furniture_goes_between_paragraphs_and_moves_the_truth():
    paragraphs = "\n\n".join(PARAGRAPHS * 2)
    base = rendering()
    text = paragraphs
    marks, pos = [], 0
    for m in base.markers * 2:
        label = base.text[m.start : m.end]
        at = text.index(label, pos)
        marks.append(Marker(at, at + len(label), m.numbers, m.kind))
        pos = at + len(label)
    r = perturb(Rendering(text, tuple(marks)), "furniture", "bracket", 4)
    lines = r.text.split("\n\n")
    assert lines[3].startswith("Journal of Invented Studies. 2019;")
    assert len(lines) == len(PARAGRAPHS) * 2 + 1  # after the third paragraph only
    assert [r.text[m.start : m.end] for m in r.markers] == ["[1]", "[2]", "[3]", "[1, 4]"] * 2


def test_an_unnumbered_list_leaves_the_text_as_it_stands():
    assert perturb(rendering(), "unnumbered", "bracket", 4) == rendering()


def test_a_run_of_pasted_paragraphs_is_in_another_convention():
    r = perturb(rendering(), "pasted-run", "bracket", 4)
    assert [k for *_, k in shown(r)] == ["bracket", "bracket", OTHER_KIND, OTHER_KIND]
    assert r.text.endswith("Cells stop.3\n\nCells die.1,4")


def test_mixed_conventions_take_turns_paragraph_by_paragraph():
    r = perturb(rendering(), "mixed", "bracket", 4)
    assert r.text == "Cells divide [1]. They move [2].\n\nCells stop (3).\n\nCells die.1,4"
    assert [k for *_, k in shown(r)] == ["bracket", "bracket", OTHER_KIND, OTHER_KIND]
    # a superscript article's own convention is its flattened form: the others bracket it
    flat = perturb(rendering(), "mixed", "superscript", 4)
    assert flat.text.split("\n\n")[1:] == ["Cells stop [3].", "Cells die (1, 4)."]


def test_a_missing_list_leaves_the_text_as_it_stands():
    assert perturb(rendering(), "no-list", "bracket", 4) == rendering()


def test_a_list_renumbered_cites_the_same_references_by_their_new_numbers():
    order = (3, 1, 4, 2)  # reference 1 is now 3, 2 is 1, 3 is 4, 4 is 2
    r = perturb(rendering(), "renumbered", "bracket", 4, order=order)
    assert r.text == "Cells divide [3]. They move [1].\n\nCells stop [4].\n\nCells die [2, 3]."
    assert [n for _, n, _ in shown(r)] == [(3,), (1,), (4,), (2, 3)]


def test_a_renumbered_superscript_keeps_its_carets():
    text = "Cells divide.^1,2^ They die^3^."
    one, two = text.index("^1,2^"), text.index("^3^")
    marks = (Marker(one, one + 5, (1, 2), "superscript"), Marker(two, two + 3, (3,), "superscript"))
    r = perturb(Rendering(text, marks), "renumbered", "superscript", 3, order=(3, 1, 2))
    assert shown(r) == [("^1,3^", (1, 3), "superscript"), ("^2^", (2,), "superscript")]
    assert r.text == "Cells divide.^1,3^ They die^2^."


def test_markers_side_by_side_are_renumbered_as_one_sorted_group():
    text = "Cells divide [1], [2, 3]. They die [4]."
    spans = [("[1]", (1,)), ("[2, 3]", (2, 3)), ("[4]", (4,))]
    marks = tuple(Marker(text.index(m), text.index(m) + len(m), n, "bracket") for m, n in spans)
    r = perturb(Rendering(text, marks), "renumbered", "bracket", 4, order=(4, 1, 3, 2))
    assert r.text == "Cells divide [1], [3, 4]. They die [2]."
    assert [n for _, n, _ in shown(r)] == [(1,), (3, 4), (2,)]


def test_short_keeps_the_first_paragraphs_and_their_markers():
    r = shortened(rendering(), 2)
    assert r.text == "Cells divide [1]. They move [2].\n\nCells stop [3]."
    assert [m.numbers for m in r.markers] == [(1,), (2,), (3,)]
    assert shortened(rendering(), 5) == rendering()  # fewer paragraphs than that: all kept


def test_spaced_counts_spaces_every_marker_and_adds_a_paragraph_of_counts():
    r = perturb(rendering(), "spaced-counts", "bracket", 4)
    paragraphs = r.text.split("\n\n")
    assert len(paragraphs) == len(PARAGRAPHS) + 1
    assert paragraphs[0] == "Cells divide 1. They move 2."
    assert paragraphs[2].startswith("The grafts were single in asthma (")
    assert [t for t, *_ in shown(r)] == ["1", "2", "3", "1,4"]


def test_flat_closed_prints_every_marker_raised_with_its_parenthesis():
    r = perturb(rendering(), "flat-closed", "bracket", 4)
    assert r.text.split("\n\n") == [
        "Cells divide1). They move2).",
        "Cells stop3).",
        "Cells die1, 4).",
    ]
    assert [(t, kind) for t, _, kind in shown(r)][-1] == ("1, 4)", "superscript")
