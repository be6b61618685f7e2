"""Word's own citations (References, Insert Citation: a ``CITATION Tag \\l 1033`` field, its
sources kept in the package, the list a ``BIBLIOGRAPHY`` field in a "Bibliographies"
content control) are read as what they print, as the same document saved as plain text
is: the verdicts are the same on both. Made-up text and references."""

from __future__ import annotations

import pytest
from wordbuild import check_verdicts, docx, field, p, t

PROSE = " This was seen in most of the made-up herds we counted in the valley."
LIST = (
    "Doe, P. (2029). Voles in winter. J Example Med, 3, 10-19.",
    "Poe, A. (2028). Hawks. Springfield: Example Press.",
    "Roe, J. (2030). Owls at dusk. J Example Med, 4, 1-9.",
)
KEEP = {"uncited-reference", "dangling-citation", "citation-order", "uncertain-marker"}


def _bibliography(*paragraphs: str) -> str:
    return (
        '<w:sdt><w:sdtPr><w:id w:val="9"/><w:docPartObj><w:docPartGallery '
        'w:val="Bibliographies"/><w:docPartUnique/></w:docPartObj></w:sdtPr>'
        f"<w:sdtContent>{''.join(paragraphs)}</w:sdtContent></w:sdt>"
    )


@pytest.mark.parametrize("numbered", [False, True])
def test_word_citation_fields_give_the_verdicts_of_the_plain_text(tmp_path, capsys, numbered):
    # a numbered style numbers the list in the order of citation: Roe, Doe, then Poe
    shown = ["[1]", "[2]"] if numbered else ["(Roe, 2030)", "(Doe, 2029)"]
    order = (LIST[2], LIST[0], LIST[1]) if numbered else LIST
    entries = [f"[{i}]\t{e}" if numbered else e for i, e in enumerate(order, 1)]
    body = (
        p(t("Owls hunt at dusk "), field(" CITATION Roe30 \\l 1033 ", shown[0]), t("." + PROSE))
        + p(t("Voles hide "), field(" CITATION Doe29 \\l 1033 ", shown[1]), t("." + PROSE))
        + _bibliography(
            p(t("References")),
            *[p(t(e)) for e in entries[:-1]],
            p(field(" BIBLIOGRAPHY ", entries[-1])),
        )
    )
    on_word = check_verdicts(docx(tmp_path / "a.docx", body), capsys, KEEP)
    plain = tmp_path / "a.txt"
    lines = [
        "Owls hunt at dusk " + shown[0] + "." + PROSE,
        "Voles hide " + shown[1] + "." + PROSE,
        "References",
        *entries,
    ]
    plain.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert on_word == check_verdicts(plain, capsys, KEEP)
    assert [code for code, _ in on_word] == ["uncited-reference"]  # Poe 2028, never cited
