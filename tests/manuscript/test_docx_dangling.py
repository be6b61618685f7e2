"""A raised citation just past the end of the list, where a paragraph ends ("disorders.¹⁴"
beside twelve references): `check` reports it dangling from the Word file and from its
plain-text copies alike, with the raised digits kept or flattened. Texts made up; the Word
file is built to the WordprocessingML spec (wordbuild.py)."""

from __future__ import annotations

import json

from wordbuild import docx, numbering, p, t

from blinarefs.cli import main

TOPICS = ["sleep", "memory", "appetite", "mood", "attention", "fatigue"]
REFS = [
    f"Roe J{i}, Doe K. An invented study {i} of {TOPICS[i % 6]}. Test J Med. 20{10 + i};{i}:1-9."
    for i in range(1, 13)
]
# each sentence cites the next two works, the last one a work the list does not hold
SENTENCES = [f"The invented cohort {n} showed changes in {TOPICS[n % 6]}" for n in range(1, 7)]
CITED = [f"{2 * n - 1},{2 * n}" for n in range(1, 7)] + ["14"]
LAST = "Such changes may lie in the regions that govern behaviour"


def _dangling(path, capsys) -> list[str]:
    main(["check", str(path), "--json"])
    data = json.loads(capsys.readouterr().out)
    return [f["message"] for f in data["findings"] if f["code"] == "dangling-citation"]


def _plain(tmp_path, flattened: bool):
    raised = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
    cites = [c if flattened else c.translate(raised) for c in CITED]
    body = " ".join(f"{s}{c}." for s, c in zip(SENTENCES, cites, strict=False))
    listed = "\n".join(f"{i}. {r}" for i, r in enumerate(REFS, 1))
    path = tmp_path / f"paper{int(flattened)}.txt"
    text = f"Results\n\n{body}\n\n{LAST}.{cites[-1]}\n\nReferences\n\n{listed}\n"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_raised_citation_past_the_list_is_dangling_in_word_and_plain_text(tmp_path, capsys):
    runs = [
        x for s, c in zip(SENTENCES, CITED, strict=False) for x in (t(s), t(c, sup=True), t(". "))
    ]
    body = p(t("Results"), style="Heading1") + p(*runs) + p(t(f"{LAST}."), t("14", sup=True))
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(r), num=(1, 0)) for r in REFS)
    word = docx(tmp_path / "paper.docx", body, numbering_xml=numbering())
    for path in (word, _plain(tmp_path, False), _plain(tmp_path, True)):
        found = _dangling(path, capsys)
        assert len(found) == 1 and "reference 14" in found[0] and "has 12" in found[0], path
