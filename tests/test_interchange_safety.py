"""Files shared with other programs: spreadsheets, EndNote, old-Mac text (issue 18).
The texts are made up for these tests."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from blinarefs.fsio import read_text
from blinarefs.interchange import export_references, lost_fields, read_references
from blinarefs.model import Name, Reference
from blinarefs.trace.manuscript import trace_manuscript
from blinarefs.trace.report import render_claims_tsv

REFLIST = "1. Madeup A, Invented B. A made-up title for a test. J Test. 2020;1(2):3-4.\n"


def test_tsv_cells_that_look_like_formulas_are_neutralised():
    text = (
        'Introduction\n\n=HYPERLINK("http://example.invalid","x") is a made-up claim [1].\n\n'
        "+1 and more is another claim [1].\n\n-2 as well [1].\n\n@handle says so [1].\n\n"
        f"References\n\n{REFLIST}"
    )
    tsv = render_claims_tsv(trace_manuscript(text))
    cells = [cell for row in tsv.splitlines()[1:] for cell in row.split("\t")]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], cells
    assert '\'=HYPERLINK("http://example.invalid","x") is a made-up claim [1].' in cells


def test_endnote_xml_drops_and_reports_control_characters():
    ref = Reference(
        id="madeup2020",
        title="A made-up\x0btitle\x0c with a\x1cseparator",
        author=(Name(family="Madeup", given="A."),),
        issued=(2020,),
    )
    xml = export_references([ref], "endnote-xml")
    ET.fromstring(xml.split("\n", 1)[1])  # well-formed now
    back = read_references(xml, "endnote-xml").references
    assert back[0].title == "A made-uptitle with aseparator"
    assert "control-characters" in lost_fields([ref], "endnote-xml")


def test_cr_only_text_is_read_as_lines(tmp_path):
    lf = "Introduction\n\nOne made-up claim [1].\n\nAnother made-up claim [1].\n\n"
    lf += f"References\n\n{REFLIST}"
    (tmp_path / "mac.txt").write_bytes(lf.replace("\n", "\r").encode())
    (tmp_path / "dos.txt").write_bytes(lf.replace("\n", "\r\n").encode())
    assert read_text(tmp_path / "mac.txt") == lf
    assert read_text(tmp_path / "dos.txt") == lf.replace("\n", "\r\n")  # kept as written
    mac = trace_manuscript(read_text(tmp_path / "mac.txt"))
    assert len(mac.claims) == len(trace_manuscript(lf).claims) == 2
