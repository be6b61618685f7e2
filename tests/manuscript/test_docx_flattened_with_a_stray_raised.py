"""A Word file whose citations are typed on the line, glued as a web page's copy leaves
them ("per annum.8 It"), with one raised digit somewhere (a unit's power, a note, or the
one citation its author did raise): one raised run is no habit of raising citations beside
a dozen flattened ones, so the flattened stay citations, as in its plain-text copy. Before,
the one raised digit made the reader drop every flattened citation: their works were
"never cited" in the Word file and cited in its copy.

References and prose are made up for these tests.
"""

from __future__ import annotations

import json
import re

from wordbuild import docx, p, t

from blinarefs.cli import main
from blinarefs.manuscript.document import Marker
from blinarefs.manuscript.markers import merge_known
from blinarefs.model import Reference
from blinarefs.trace.decode import Citation
from blinarefs.trace.refindex import ReferenceIndex

SENTENCES = [
    "Owls hunt at dusk in open farmland.",
    "Barn owls nest in old buildings.",
    "Their calls carry far on still nights.",
    "Pellets hold the bones of their prey.",
    "Voles make up most of their diet.",
    "Chicks fledge at about nine weeks.",
    "Nest boxes raised the local count.",
    "Cold winters thin the population.",
    "Road traffic kills many young owls.",
    "Rodent poisons reach them through prey.",
    "Ringing shows that few move far.",
    "Farm grants now pay for nest boxes.",
]
ENTRIES = [
    f"Roe J{chr(65 + i)}. Owl study number {i + 1}. J Example Med. 2030;{i + 1}:1-9."
    for i in range(12)
]


def _body(raised_one: bool) -> str:
    body = p(t("Introduction"), style="Heading1")
    for i, sentence in enumerate(SENTENCES, 1):
        if raised_one and i == 4:
            body += p(t(sentence[:-1] + "."), t(str(i), sup=True), t(" The area was 2 km"),
                      t("2", sup=True), t(" wide."))  # fmt: skip
        else:
            body += p(t(f"{sentence}{i} Most of the survey ran in spring."))
    body += p(t("References"), style="Heading1")
    return body + "".join(p(t(f"{i}. {e}")) for i, e in enumerate(ENTRIES, 1))


def _never_cited(path, capsys) -> list[str]:
    main(["check", str(path), "--json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    return [f["message"] for f in findings if f["code"] == "uncited-reference"]


def test_flattened_citations_stay_beside_one_raised_digit(tmp_path, capsys):
    word = docx(tmp_path / "one_raised.docx", _body(raised_one=True))
    assert _never_cited(word, capsys) == []


def test_flattened_citations_are_read_in_a_file_that_raises_none(tmp_path, capsys):
    word = docx(tmp_path / "none_raised.docx", _body(raised_one=False))
    assert _never_cited(word, capsys) == []


def test_numbers_in_parentheses_beside_flattened_citations_are_no_typed_convention():
    # "equation (1)", "(2)", "three (3) subjects" read as citations beside sixteen flattened
    # ones ("confined3).") and one raised digit: the file cites on the line, glued, not in
    # parentheses, so its flattened citations stay (a typed convention would drop them)
    text = "".join(f"Owls hunt at dusk, as seen{n}). " for n in range(1, 17))
    text += "By equation (1), (2) and for three (3) sites the area was 2 km² wide."
    flat = [
        Citation(str(n), m.start(1), m.end(1), (n,), (f"r{n}",), "superscript", ())
        for n, m in zip(range(1, 17), re.finditer(r"seen(\d+)", text), strict=True)
    ]
    typed = [
        Citation(f"({n})", at, at + 3, (n,), (f"r{n}",), "paren", ())
        for n, at in ((n, text.index(f"({n})")) for n in (1, 2, 3))
    ]
    at = text.index("²")
    known = [Marker(at, at + 1, (2,), (), "superscript-run", "²", superscript=True)]
    index = ReferenceIndex.build(Reference(id=f"r{n}", number=n) for n in range(1, 17))
    merged = merge_known([*flat, *typed], known, index, text=text)
    assert [c.numbers for c in merged if c.kind == "superscript" and c.marker != "²"] == [
        (n,) for n in range(1, 17)
    ]
