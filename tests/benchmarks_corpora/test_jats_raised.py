"""The truth rule ``raised-mark``: markup that raises only a citation's punctuation."""

from __future__ import annotations

from pathlib import Path

from corpora.jats_truth import markers

from benchmarks_corpora.jats_made import article
from benchmarks_corpora.test_jats_truth import refs, spans, x


def test_a_raised_comma_between_plain_citations_raises_the_articles_citations(
    tmp_path: Path,
) -> None:
    # the print raises "5,6" and every other citation of the article; the markup raised only
    # the comma, the converter's links lost their superscript
    body = (
        f"<p>Known in mice.{x(1)} Seen in rats.{x(2)}<sup>,</sup>{x(3)} Then ({x(3)})"
        f" and [{x(1)}].</p>"
    )
    path = article(tmp_path, body, refs(3))
    assert spans(path) == [
        ("^1^", (1,), "superscript"),
        ("^2,3^", (2, 3), "superscript"),
        ("(3)", (3,), "paren"),
        ("[1]", (1,), "bracket"),
    ]
    assert [text for text, *_ in spans(path, "flattened")] == ["1", "2,3", "(3)", "[1]"]
    art = markers(path)
    assert art.style == "superscript"
    assert [rule for rule, _ in art.set_aside] == ["raised-mark"] * 3


def test_a_raised_closing_parenthesis_after_a_plain_citation_raises_it(tmp_path: Path) -> None:
    # Japanese journals print a raised "1)"; the markup raised the parenthesis alone
    body = f"<p>Seen in workers{x(1)}<sup>)</sup>. Also in students{x(2)}, {x(3)}<sup>)</sup>.</p>"
    path = article(tmp_path, body, refs(3))
    assert spans(path) == [("1", (1,), "superscript"), ("2, 3", (2, 3), "superscript")]
    art = markers(path)
    assert art.printed.text == "Seen in workers^1)^. Also in students^2, 3)^."
    assert art.style == "superscript"


def test_plain_citations_without_a_raised_mark_stay_bare(tmp_path: Path) -> None:
    # a raised note mark beside no citation says nothing of how the citations print
    body = f"<p>Seen in mice{x(1)}, and rats<sup>a</sup>, also x<sup>,</sup>y {x(2)}.</p>"
    path = article(tmp_path, body, refs(2))
    assert [kind for *_, kind in spans(path)] == ["bare", "bare"]
    assert markers(path).set_aside == ()


def test_a_named_entity_no_dtd_resolved_prints_its_character(tmp_path: Path) -> None:
    # a publisher's file names its DTD, which is never loaded: "&chi;" stays an entity node,
    # and dropping it would leave the exponent of "&chi;<sup>2</sup>" a bare raised 2
    body = f"<p>The &chi;<sup>2</sup> test was invented.{x(1)} Also here.{x(2)}</p>"
    path = article(tmp_path, body, refs(2))
    doctype = '<!DOCTYPE article PUBLIC "-//NLM//DTD JATS//EN" "JATS-journalpublishing1.dtd">'
    path.write_text(doctype + path.read_text(encoding="utf-8"), encoding="utf-8")
    art = markers(path)
    assert "The χ2 test was invented.1 Also here.2" in art.flattened.text
    assert [m.numbers for m in art.flattened.markers] == [(1,), (2,)]
