"""A Word file cited with Zotero in an author-year style, as Pandoc Markdown: its fields'
citations become Pandoc citations whole, prefixes typed around them included. The works
are made up for the test; the field codes are shaped as Zotero writes them."""

from __future__ import annotations

import json

from wordbuild import docx, field, p, t, zotero_code

from blinarefs.cli import main

ROE = {
    "n": 1,
    "type": "article-journal",
    "title": "An invented count of otters",
    "author": [{"family": "Roe", "given": "Ann"}, {"family": "Quill", "given": "Bo"}],
    "issued": {"date-parts": [[2017]]},
    "container-title": "Journal of Imaginary Zoology",
}
DOE = {
    "n": 2,
    "type": "article-journal",
    "title": "A made-up survey of rivers",
    "author": [{"family": "Doe", "given": "Cy"}],
    "issued": {"date-parts": [[2019]]},
    "container-title": "Journal of Imaginary Zoology",
}


def test_a_word_files_fields_become_pandoc_citations_whole(tmp_path, capsys):
    # Zotero split the parenthesis in two fields around the typed "for reviews see"; a
    # third field follows a prefix typed before it
    one, two = "(Roe et al., 2017;", "Doe, 2019)"
    body = p(
        t("Otters eat fish "),
        field(zotero_code([ROE], one), one),
        t(" for reviews see "),
        field(zotero_code([DOE], two), two),
        t(", as rivers show (see "),
        field(zotero_code([DOE], "Doe, 2019)"), "Doe, 2019)"),
        t("."),
    )
    word = docx(tmp_path / "paper.docx", body)
    out = tmp_path / "paper.md"
    assert main(["pandoc", str(word), "-o", str(out), "--json"]) == 0
    told = json.loads(capsys.readouterr().out)
    assert told["citations"] == 3
    assert [w["code"] for w in told["warnings"]] == ["numeric-style"]
    md = out.read_text(encoding="utf-8").split("---\n")[-1]
    keys = {r["id"] for r in json.loads((tmp_path / "paper.json").read_text(encoding="utf-8"))}
    roe, doe = sorted(keys, key=lambda k: not k.startswith("roe"))
    assert f"fish [@{roe}; for reviews see @{doe}], as rivers show [see @{doe}]." in md
