"""The renderings: HTML escapes everything and loads nothing; Markdown and TSV stay tables."""

from __future__ import annotations

import re

from blinarefs.model import Reference
from blinarefs.trace.checks import check_trace
from blinarefs.trace.html_report import render_html
from blinarefs.trace.manuscript import trace_manuscript
from blinarefs.trace.report import render_claims_tsv, render_markdown, render_trace_text

# Written for the tests: hostile text in a title, a key and the manuscript itself.
EVIL_TITLE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
EVIL_REFS = [
    Reference(id="evil2020", number=1, title=EVIL_TITLE, issued=(2020,)),
    Reference(id='k"><b>2', number=2, title="Plain | title with * and _", issued=(2021,)),
]
EVIL_TEXT = (
    "The <b>bold</b> claim was shown in 72% of <i>patients</i>.1 "
    "A second | piped claim is *here*.2 An uncited finding showed 50% of cases.\n"
)


def _trace():
    return trace_manuscript(EVIL_TEXT, EVIL_REFS, body_end=len(EVIL_TEXT))


def test_html_escapes_every_text_and_loads_nothing():
    trace = _trace()
    page = "".join(render_html(trace, check_trace(trace), "paper<script>.txt"))
    assert "<script>" not in page and "<img" not in page and "<b>bold" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page
    assert "paper&lt;script&gt;.txt" in page
    assert "k&quot;&gt;&lt;b&gt;2" in page
    # self-contained: no external URL, script, stylesheet link, image or font
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert '<meta name="viewport"' in page


def test_html_marks_each_marker_and_puts_references_beside_claims():
    trace = _trace()
    page = "".join(render_html(trace, check_trace(trace), "paper.txt"))
    assert page.count("<mark") == 2
    assert '<article class="claim explicit" id="c1">' in page
    assert '<article class="claim unsourced" id="c3">' in page
    assert 'href="#r-evil2020"' in page


def test_markdown_escapes_table_cells():
    trace = _trace()
    md = render_markdown(trace, check_trace(trace), "paper.txt")
    for line in md.splitlines():
        if line.startswith("| ") and "piped" in line:
            assert "second \\| piped" in line and "\\*here\\*" in line
    assert "\\<script\\>" in md or "<script>" not in md


def test_tsv_has_one_line_per_claim():
    tsv = render_claims_tsv(_trace()).splitlines()
    assert tsv[0].split("\t")[:3] == ["claim", "link", "numbers"]
    assert len(tsv) == 1 + 3
    assert all(len(row.split("\t")) == 9 for row in tsv)


def test_trace_text_lists_claims_and_references():
    out = render_trace_text(_trace(), "paper.txt")
    assert "explicit" in out and "evil2020" in out and "claims 1" in out


def test_markdown_counts_agree_with_their_nouns_as_the_terminal_says_them():
    # "**1 errors, 2 warnings, 0 notes.**" beside the terminal's "1 error, 2 warnings, 0 infos"
    from blinarefs.findings import Finding

    one = [Finding("error", "x", "y"), Finding("warning", "x", "y"), Finding("warning", "x", "z")]
    md = render_markdown(_trace(), one, "paper.txt")
    assert "**1 error, 2 warnings, 0 infos.**" in md
