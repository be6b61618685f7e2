"""A short communication printed without headings, in Word with a footnote: the reader puts
the notes under a "Notes" line before the reference list, and that line stands after the
communication's last paragraph, not between its paragraphs. Its results, after the
paragraph that tells what the authors did, ask for no citation, as in the same text saved
as plain text (which leaves the notes out). Made-up text and references."""

from __future__ import annotations

from wordbuild import check_verdicts, docx, footnote_ref, notes, p, t

PARAGRAPHS = (
    "Invented blight affects made-up grains in every invented province [1]. "
    "Invented blight is the most common disease of made-up rice.",
    "To find out when made-up rice is infected, we inoculated forty invented plants.",
    "The largest amount of invented fungus was detected in the made-up endosperm (30%). "
    "Many invented flowers had withered by day 30 and the number of spores decreased [2].",
)
LIST = ("References", "1. Roe J. Invented blight. J Example Med. 2030;4:1-9.",
        "2. Doe P. Made-up spores. J Example Med. 2030;3:10-19.")  # fmt: skip
KEEP = {"uncited-claim"}


def test_a_footnote_does_not_give_a_headingless_communication_a_heading(tmp_path, capsys):
    first, told, results = PARAGRAPHS
    body = (
        p(t(first))
        + p(t(told[:-1]), footnote_ref(1), t("."))
        + p(t(results))
        + "".join(p(t(line)) for line in LIST)
    )
    footnotes = notes("footnote", {1: p(t(" The plants were grown in Springfield."))})
    on_word = check_verdicts(docx(tmp_path / "a.docx", body, footnotes_xml=footnotes), capsys, KEEP)
    plain = tmp_path / "a.txt"
    plain.write_text("\n".join((*PARAGRAPHS, *LIST)) + "\n", encoding="utf-8")
    on_plain = check_verdicts(plain, capsys, KEEP)
    assert on_word == on_plain
    assert [m for _, m in on_word] == ["borrowed 'is the most')"]
