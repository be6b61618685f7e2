"""The field files' truth (benchmarks/field_truth.py) read from a made-up Word file's
markup: one citation per field, in a text box too, which Word writes twice (a DrawingML
shape and its VML fallback) though the reader sees it once."""

from __future__ import annotations

from field_truth import markup_citations, read_citations
from wordbuild import docx, field, p, t, text_box, zotero_code

from blinarefs.manuscript import read_manuscript

ROE = {"n": 1, "type": "article-journal", "title": "A made-up trial of sleep and tea",
       "author": [{"family": "Roe", "given": "J"}], "issued": {"date-parts": [[2020]]}}  # fmt: skip
POE = {"n": 2, "type": "book", "title": "An invented handbook of naps",
       "author": [{"family": "Poe", "given": "E"}], "issued": {"date-parts": [[2019]]}}  # fmt: skip


def test_a_field_in_a_text_box_is_one_citation(tmp_path):
    boxed = p(t("Box 1. Tea "), field(zotero_code([ROE], "(Roe 2020)"), "(Roe 2020)"))
    body = p(t("Tea helps"), text_box(boxed))
    body += p(t("Naps helped "), field(zotero_code([ROE, POE], "(Roe 2020; Poe 2019)"), "(x)"))
    path = docx(tmp_path / "boxed.docx", body)
    assert [(named, held) for named, held, _ in markup_citations(path)] == [(1, 1), (2, 2)]
    assert read_citations(read_manuscript(path)) == ([1, 2], 0)
