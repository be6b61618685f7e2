"""A reference-manager citation whose text the user typed over and told the manager to keep
(Mendeley's manual formatting, Zotero's "don't update"): when the typed text names none of
the field's works it cites what it says, as in the same manuscript saved as plain text. The
works are made up for the tests; the codes are shaped as the managers write them."""

from __future__ import annotations

import json

import pytest
from wordbuild import (
    bookmark,
    check_verdicts,
    docx,
    field,
    footnote_ref,
    mendeley_legacy_code,
    notes,
    p,
    simple_field,
    t,
    zotero_bookmark_properties,
    zotero_code,
)

from blinarefs.manuscript import read_manuscript
from blinarefs.manuscript.fields import read_field

QUILL = {
    "n": 1,
    "type": "article-journal",
    "title": "An invented survey of river otters in two valleys",
    "author": [{"family": "Quill", "given": "Ada"}, {"family": "Brand", "given": "Olaf"}],
    "issued": {"date-parts": [[2016]]},
    "container-title": "Journal of Made-up Zoology",
}
LISTED = [
    "Fenwick T, Ould R (2011) Otter diets in winter streams. J Imag Ecol 7:33–41",
    "Quill A, Brand O (2016) An invented survey of river otters in two valleys. J Made-up "
    "Zool 14:201–209",
]


def _by_hand_mendeley(shown: str) -> str:
    code = mendeley_legacy_code([QUILL], "(Quill & Brand 2016)")
    data = json.loads(code.removeprefix("ADDIN CSL_CITATION "))
    data["mendeley"]["manualFormatting"] = shown
    return "ADDIN CSL_CITATION " + json.dumps(data)


def _by_hand_zotero(shown: str, item: dict = QUILL, **cited: object) -> str:
    """A Zotero field kept as typed; ``cited``: the item's citation options
    ("suppress-author", "locator", "label", "prefix")."""
    code = zotero_code([item], shown)
    data = json.loads(code.strip().removeprefix("ADDIN ZOTERO_ITEM CSL_CITATION "))
    data["properties"]["dontUpdate"] = True
    data["citationItems"][0].update(cited)
    return " ADDIN ZOTERO_ITEM CSL_CITATION " + json.dumps(data) + " "


def _word(tmp_path, code: str, shown: str):
    body = p(t("Results"), style="Heading1")
    body += p(t("Otters eat fish in winter "), field(code, shown), t("."))
    body += p(t("References"), style="Heading1") + "".join(p(t(e)) for e in LISTED)
    return docx(tmp_path / "typed-over.docx", body)


def _plain(tmp_path, shown: str):
    lines = ["Results", f"Otters eat fish in winter {shown}.", "References", *LISTED]
    path = tmp_path / "typed-over.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _verdicts(path, capsys) -> list[tuple[str, str]]:
    return check_verdicts(
        path, capsys, {"dangling-citation", "uncited-reference", "field-typed-over"}
    )


def test_the_managers_mark_a_text_kept_as_typed():
    assert read_field(_by_hand_mendeley("(Fenwick & Ould 2011)")).by_hand
    assert read_field(_by_hand_zotero("(Fenwick & Ould 2011)")).by_hand
    assert not read_field(mendeley_legacy_code([QUILL], "(Quill & Brand 2016)")).by_hand


def test_a_field_typed_over_to_cite_another_work_is_read_as_typed(tmp_path, capsys):
    for code in (_by_hand_mendeley, _by_hand_zotero):
        shown = "(Fenwick & Ould 2011)"
        word = _word(tmp_path, code(shown), shown)
        # still a field's citation, without works: read from its text, as plain text is
        fields = [m for m in read_manuscript(word).markers if m.origin.startswith("field:")]
        assert [(m.origin, m.keys) for m in fields] == [("field:typed-over", ())]
        found = _verdicts(word, capsys)
        assert ("uncited-reference", "Quill 2016) is never cited") in found
        assert any(code == "field-typed-over" for code, _ in found)
        plain = _verdicts(_plain(tmp_path, shown), capsys)
        assert plain == [v for v in found if v[0] != "field-typed-over"]


def test_a_text_reworded_around_the_same_work_still_cites_it(tmp_path, capsys):
    shown = "(see Quill & Brand 2016 for the valleys)"
    word = _word(tmp_path, _by_hand_mendeley(shown), shown)
    fields = [m for m in read_manuscript(word).markers if m.origin == "field:mendeley"]
    assert len(fields) == 1 and fields[0].keys
    assert ("uncited-reference", "Fenwick 2011) is never cited") in _verdicts(word, capsys)


@pytest.mark.parametrize("shown", ["(2016)", "2016", "(2016, p. 4)", "(in press)"])
def test_a_text_that_names_no_one_still_cites_its_works(tmp_path, shown):
    # the author's name typed outside the field ("Quill and Brand (2016)", Zotero's
    # "suppress author") leaves a year alone in it: it names no other work, it cites its own
    word = _word(tmp_path, _by_hand_zotero(shown), shown)
    fields = [m for m in read_manuscript(word).markers if m.origin == "field:zotero"]
    assert len(fields) == 1 and fields[0].keys


# An organisation entered in Zotero's two-field mode (its name as a family name), and a
# person's names entered the wrong way round: the manager prints "(World Otter Trust
# 2016)" and "(Ada & Olaf 2016)", which users shorten or correct by hand
TRUST = {**QUILL, "n": 2, "author": [{"family": "World Otter Trust"}]}
SWAPPED = {**QUILL, "n": 3, "author": [{"family": "Ada", "given": "Quill"}]}


@pytest.mark.parametrize(
    ("shown", "item", "cited"),
    [
        ("(2016, Table 2)", QUILL, {"suppress-author": True, "locator": "Table 2"}),
        ("(2016, Chapter 3)", QUILL, {"suppress-author": True, "locator": "3", "label": "chapter"}),
        ("(See 2016)", QUILL, {"suppress-author": True, "prefix": "See"}),
        ("(WOT 2016)", TRUST, {}),
        ("(Quill 2016)", SWAPPED, {}),
    ],
)
def test_a_text_reworded_around_its_works_year_still_cites_them(tmp_path, shown, item, cited):
    # typed by hand, naming none of its works' first authors, but printing their year: the
    # same works' citation edited (names typed outside beside a capitalised locator or
    # prefix, an organisation shortened, a name corrected), not another work's
    word = _word(tmp_path, _by_hand_zotero(shown, item, **cited), shown)
    fields = [m for m in read_manuscript(word).markers if m.origin.startswith("field:")]
    assert [(m.origin, len(m.keys)) for m in fields] == [("field:zotero", 1)]


def _placed(tmp_path, form: str, code: str, shown: str):
    """One citation in the body, stored as ``form``: a simple field, Zotero's bookmark
    mode, or a complex field in a footnote (note styles)."""
    head = p(t("Results"), style="Heading1")
    path = tmp_path / f"{form}.docx"
    if form == "simple":
        return docx(path, head + p(t("Otters eat fish "), simple_field(code, shown), t(".")))
    if form == "bookmark":
        stored = "ZOTERO_ITEM CSL_CITATION " + code.split("CSL_CITATION ", 1)[1].strip()
        props = zotero_bookmark_properties("ZOTERO_BREF_tY1", stored)
        cited = bookmark("ZOTERO_BREF_tY1", t(shown), 7)
        return docx(path, head + p(t("Otters eat fish "), cited, t(".")), custom=props)
    note = notes("footnote", {1: p(field(code, shown, cut=5))})
    return docx(path, head + p(t("Otters eat fish"), footnote_ref(1), t(".")), footnotes_xml=note)


@pytest.mark.parametrize("form", ["simple", "bookmark", "footnote"])
def test_every_storage_form_reads_a_typed_over_text_alike(tmp_path, form):
    edited = _by_hand_zotero("(2016, Table 2)", **{"suppress-author": True})
    other = _by_hand_zotero("(Fenwick & Ould 2011)")
    for code, shown, origin, works in [
        (edited, "(2016, Table 2)", "field:zotero", 1),
        (other, "(Fenwick & Ould 2011)", "field:typed-over", 0),
    ]:
        doc = read_manuscript(_placed(tmp_path, form, code, shown))
        fields = [m for m in doc.markers if m.origin.startswith("field:")]
        assert [(m.origin, len(m.keys)) for m in fields] == [(origin, works)]
