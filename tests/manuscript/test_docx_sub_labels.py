"""Raised citations of a Word file whose list sub-labels its references' works ("1a", "1b",
"2"), as chemistry journals print them: a raised "1b" or "1a,b" names the parts it cites, as
plain text's "^1b^" does, and ends its sentence like any citation. Every file is built
here to the WordprocessingML spec (see wordbuild.py); texts and references are made up."""

from __future__ import annotations

import json

from wordbuild import docx, p, t

from blinarefs.cli import main
from blinarefs.trace.decode import decode_citations

REFS = [
    "1a. Quill A, Marrow B. Invented salts. J Made Chem. 2031;4:10-19.",
    "1b. Fennick C. Imagined ligands. Fict Lett. 2032;7:200-9.",
    "2. Thistle D. A made-up review. Rev Unreal. 2033;1:1-5.",
    "3a. Bramble E. Pretend catalysts. J Made Chem. 2034;5:30-9.",
    "3b. Sorrel F. Notional yields. Fict Lett. 2035;8:40-9.",
]
# (sentence, its raised citation)
CITED = [("Ligands bind", "1b"), ("Salts form", "1a,b"), ("Reviews agree", "2"),
         ("Catalysts work", "3a")]  # fmt: skip


def _word(tmp_path):
    body = p(t("Results"), style="Heading1")
    body += p(*(r for s, n in CITED for r in (t(s), t(n, sup=True), t(". "))))
    body += p(t("References"), style="Heading1") + "".join(p(t(r)) for r in REFS)
    return docx(tmp_path / "parts.docx", body)


def _plain(tmp_path):
    body = " ".join(f"{s}^{n}^." for s, n in CITED)
    path = tmp_path / "parts.txt"
    path.write_text(f"Results\n\n{body}\n\nReferences\n\n" + "\n".join(REFS) + "\n", "utf-8")
    return path


def _check(path, capsys) -> dict:
    main(["check", str(path), "--json"])
    return json.loads(capsys.readouterr().out)


def test_a_raised_part_label_cites_the_parts_it_names(tmp_path, capsys):
    main(["trace", str(_word(tmp_path)), "--json"])
    data = json.loads(capsys.readouterr().out)
    got = [(c["numbers"], c["keys"]) for c in data["citations"]]
    assert got == [
        ([1], ["fennick2032imagined"]),
        ([1], ["quill2031invented", "fennick2032imagined"]),
        ([2], ["thistle2033madeup"]),
        ([3], ["bramble2034pretend"]),
    ]


def test_check_on_word_gives_the_verdicts_of_plain_text(tmp_path, capsys):
    word, plain = _check(_word(tmp_path), capsys), _check(_plain(tmp_path), capsys)
    # 3b alone is uncited; each cited sentence is a claim of its own ("bind¹b. Salts": the
    # part's letter before the full stop is no initial)
    assert [f["message"] for f in word["findings"]] == ["reference 3b (Sorrel 2035) is never cited"]
    assert [f["message"] for f in plain["findings"]] == [f["message"] for f in word["findings"]]
    assert word["summary"] == plain["summary"]


def test_known_superscript_spans_read_part_labels():
    # a reader that knows which spans were raised (the API's superscripts=) reads "1b" and
    # "1a,b" as reference 1's parts
    text = "Ligands bind1b and salts form1a,b as shown2."
    spans = [(text.index("1b"), text.index("1b") + 2), (29, 33), (42, 43)]
    assert [c.numbers for c in decode_citations(text, superscripts=spans)] == [(1,), (1,), (2,)]
