"""A JATS list that sub-labels the works of its references ("1", "1a", "1b", "2"), as
chemistry journals print them: the parts keep their labels and share their reference's
number, an empty "1" that only heads its parts is no reference, and the citations "1",
"1b" and "1a, 1b" cite the parts they name. The article is made up for the tests."""

from __future__ import annotations

from pathlib import Path

from blinarefs.manuscript import read_manuscript
from blinarefs.trace.checks import check_trace
from blinarefs.trace.manuscript import trace_manuscript

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<article><front><article-meta/></front>'


def _ref(rid: str, label: str, text: str) -> str:
    return f'<ref id="{rid}"><label>{label}</label><mixed-citation>{text}</mixed-citation></ref>'


def _x(rid: str, shown: str) -> str:
    return f'<xref ref-type="bibr" rid="{rid}"><sup>{shown}</sup></xref>'


LIST = "".join(
    (
        _ref("b1", "1", "&#160;"),  # the heading of parts a and b, with no text
        _ref("b1a", "1a", "Quill A, Marrow B. Invented salts. J Made Chem. 2031;4:10-19."),
        _ref("b1b", "1b", "Fennick C. Imagined ligands. Fict Lett. 2032;7:200-9."),
        _ref("b2", "2", "Thistle D. A made-up review. Rev Unreal. 2033;1:1-5."),
        _ref("b3a", "3a", "Bramble E. Pretend catalysts. J Made Chem. 2034;5:30-9."),
        _ref("b3b", "3b", "Sorrel F. Notional yields. Fict Lett. 2035;8:40-9."),
    )
)


def _article(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "parts.xml"
    text = f"{HEAD}<body><sec><title>Intro</title>{body}</sec></body>"
    path.write_text(f"{text}<back><ref-list>{LIST}</ref-list></back></article>", "utf-8")
    return path


def test_parts_keep_their_labels_and_share_their_number(tmp_path: Path) -> None:
    doc = read_manuscript(_article(tmp_path, "<p>Nothing cited.</p>"))
    got = [(r.id, r.number, r.printed_label) for r in doc.references]
    assert got == [("b1a", 1, "1a"), ("b1b", 1, "1b"), ("b2", 2, "2"),
                   ("b3a", 3, "3a"), ("b3b", 3, "3b")]  # fmt: skip
    assert "\n1a. Quill A" in doc.text and "\n3b. Sorrel F" in doc.text  # as printed


def test_citations_name_the_parts_they_cite(tmp_path: Path) -> None:
    body = (
        f"<p>Salts form.{_x('b1', '1')} Ligands bind.{_x('b1b', '1b')} Both "
        f"hold,{_x('b3a', '3a')},{_x('b3b', '3b')} as reviewed.{_x('b2', '2')}</p>"
    )
    doc = read_manuscript(_article(tmp_path, body))
    got = [(m.numbers, m.keys) for m in doc.markers]
    assert got == [((1,), ("b1a", "b1b")), ((1,), ("b1b",)), ((3,), ("b3a", "b3b")),
                   ((2,), ("b2",))]  # fmt: skip


def test_check_finds_no_part_uncited_that_a_citation_names(tmp_path: Path) -> None:
    body = (
        f"<p>Salts form.{_x('b1', '1')} A review.{_x('b2', '2')} "
        f"Catalysts work.{_x('b3a', '3a')}</p>"
    )
    doc = read_manuscript(_article(tmp_path, body))
    trace = trace_manuscript(
        doc.text,
        doc.references,
        body_end=doc.reference_list_start,
        known_markers=doc.markers,
        markers_complete=True,
    )
    findings = [f for f in check_trace(trace) if f.code in ("uncited-reference", "citation-order")]
    # "1" cites both its parts; "3a" cites one of reference 3's, and the other is uncited
    assert [f.message for f in findings] == ["reference 3b (Sorrel 2035) is never cited"]
