"""Re-printing a bracket article's markers in another convention: the text around them stays,
the truth spans move with it (a passage written for the test)."""

from __future__ import annotations

from corpora.jats_body import Marker, Rendering
from rerender import rerender, stress

from blinarefs.trace.candidates import expand_numbers

TEXT = "Cells divide [1]. They move [2]–[4], and stop [5, 7] in (Smith 2001) tissue."


def rendering() -> Rendering:
    spans = [("[1]", (1,)), ("[2]–[4]", (2, 3, 4)), ("[5, 7]", (5, 7))]
    marks = [Marker(TEXT.index(m), TEXT.index(m) + len(m), n, "bracket") for m, n in spans]
    year = TEXT.index("Smith 2001")
    return Rendering(TEXT, (*marks, Marker(year, year + 10, (6,), "author-year")))


def shown(r: Rendering) -> list[tuple[str, tuple[int, ...]]]:
    return [(r.text[m.start : m.end], m.numbers) for m in r.markers]


def test_parenthesised_numbers():
    r = rerender(rendering(), "paren", 7)
    assert r.text == "Cells divide (1). They move (2–4), and stop (5, 7) in (Smith 2001) tissue."
    assert shown(r) == [("(1)", (1,)), ("(2–4)", (2, 3, 4)), ("(5, 7)", (5, 7)),
                        ("Smith 2001", (6,))]  # fmt: skip


def test_flattened_superscripts_after_and_before_the_punctuation():
    after = rerender(rendering(), "after", 7)
    assert after.text == "Cells divide.1 They move,2–4 and stop5,7 in (Smith 2001) tissue."
    assert shown(after)[:3] == [("1", (1,)), ("2–4", (2, 3, 4)), ("5,7", (5, 7))]
    before = rerender(rendering(), "before", 7)
    assert before.text == "Cells divide1. They move2–4, and stop5,7 in (Smith 2001) tissue."
    assert shown(before)[:3] == [("1", (1,)), ("2–4", (2, 3, 4)), ("5,7", (5, 7))]


def test_flattened_superscripts_spaced_after_the_punctuation_and_in_parentheses():
    spaced = rerender(rendering(), "spaced-after", 7)
    assert spaced.text == "Cells divide. 1 They move, 2–4 and stop 5,7 in (Smith 2001) tissue."
    assert shown(spaced)[:3] == [("1", (1,)), ("2–4", (2, 3, 4)), ("5,7", (5, 7))]
    parens = rerender(rendering(), "parens", 7)
    assert parens.text == "Cells divide(1). They move(2–4), and stop(5,7) in (Smith 2001) tissue."
    assert shown(parens)[:3] == [("(1)", (1,)), ("(2–4)", (2, 3, 4)), ("(5,7)", (5, 7))]


def test_flattened_superscripts_closed_by_a_parenthesis():
    # Japanese journals print "4)" raised, before the punctuation
    r = rerender(rendering(), "closed", 7)
    assert r.text == "Cells divide1). They move2–4), and stop5, 7) in (Smith 2001) tissue."
    assert shown(r)[:3] == [("1)", (1,)), ("2–4)", (2, 3, 4)), ("5, 7)", (5, 7))]


def test_a_permuted_list_renumbers_text_and_truth_alike():
    r = rerender(rendering(), "paren", 7, permute=True)
    cited = [m.numbers for m in r.markers[:3]]
    for m in r.markers[:3]:  # the printed numbers are the truth's
        assert expand_numbers(r.text[m.start + 1 : m.end - 1]) == m.numbers
    assert [len(n) for n in cited] == [1, 3, 2]  # each marker cites as many works as before
    everything = {n for numbers in cited for n in numbers}
    assert len(everything) == 6 and everything <= set(range(1, 8))
    assert cited != [(1,), (2, 3, 4), (5, 7)]  # renumbered


def test_a_sparse_article_keeps_one_marker_in_four_and_its_text():
    r = stress(rendering(), "sparse")
    assert r.text == "Cells divide [1]. They move, and stop in (Smith 2001) tissue."
    assert shown(r) == [("[1]", (1,)), ("Smith 2001", (6,))]


def test_the_tail_of_an_article_begins_at_a_paragraph():
    last = "They return [6]."
    text = TEXT + "\n\n" + last
    six = Marker(text.index("[6]"), text.index("[6]") + 3, (6,), "bracket")
    r = stress(Rendering(text, (*rendering().markers, six)), "tail")
    assert r.text == last
    assert shown(r) == [("[6]", (6,))]
