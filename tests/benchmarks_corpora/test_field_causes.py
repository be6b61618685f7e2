"""How the field files' evaluation (benchmarks/eval_docx_fields.py) puts a verdict only one
side gives down to a cause, on a made-up Word file: a raised field the text export flattens
is inherent, a field printed as text the plain reader misses is its defect; what the export
lost is read where the verdict stands, beside an export that kept it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from field_causes import field_causes
from wordbuild import delete, docx, field, p, t, text_box, zotero_code

from blinarefs.manuscript import read_manuscript

ROE = {"n": 1, "type": "article-journal", "title": "A made-up trial of sleep and tea",
       "author": [{"family": "Roe", "given": "J"}], "issued": {"date-parts": [[2020]]}}  # fmt: skip
POE = {"n": 2, "type": "book", "title": "An invented handbook of naps",
       "author": [{"family": "Poe", "given": "E"}], "issued": {"date-parts": [[2019]]}}  # fmt: skip


def _doc(tmp_path: Path):
    body = p(t("Tea drinkers slept longer"), field(zotero_code([ROE], "1"), "1", sup=True), t("."))
    body += p(t("Naps helped the old "), field(zotero_code([POE], "(Poe 2019)"), "(Poe 2019)"),
              t("."))  # fmt: skip
    return read_manuscript(docx(tmp_path / "f.docx", body))


def _finding(code: str, text: str = "", message: str = "", at: int | None = None) -> dict:
    found = {"code": code, "text": text, "message": message or text}
    if at is not None:
        found["span"] = [at, at + len(text)]
    return found


PLAIN_TEXT = "Tea drinkers slept longer1.\nNaps helped the old (Poe 2019).\n"
# the same export with what the Word file raises kept (``--plain marked``)
KEPT = "Tea drinkers slept longer¹.\nNaps helped the old (Poe 2019).\n"


def _causes(doc, word: list[dict], plain: list[dict], text=PLAIN_TEXT, kept=KEPT, each=None):
    from verdict_keys import compare

    return field_causes(word, plain, compare(word, plain, True), doc, text, kept, each)


def _plain_side(text: str) -> list[dict]:
    return [
        _finding("uncited-claim", "Tea drinkers slept longer1.", at=0),
        _finding("uncited-claim", "Naps helped the old (Poe 2019).", at=text.index("Naps")),
        _finding("uncited-reference", message="reference 1 (Roe 2020) is never cited"),
        _finding("uncited-reference", message="reference 2 (Poe 2019) is never cited"),
        _finding("uncertain-marker", "1", at=text.index("1")),
    ]


def test_a_raised_field_flattened_is_inherent_a_printed_one_missed_is_not(tmp_path):
    assert _causes(_doc(tmp_path), [], _plain_side(PLAIN_TEXT)) == {
        "inherent: raised field flattened": 2,
        "inherent: raised digits flattened": 1,
        "plain: printed citation missed": 2,
    }


def test_nothing_is_inherent_where_the_export_kept_the_raised_digits(tmp_path):
    # the same verdicts on an export that printed the digits as the Word file does (no
    # superscript lost there): the plain reader's own misses, not the export's
    causes = _causes(_doc(tmp_path), [], _plain_side(PLAIN_TEXT), kept=PLAIN_TEXT)
    assert causes == {"plain: printed citation missed": 4, "plain: uncertain digits": 1}


def test_lowered_digits_are_inherent_where_they_stand_lowered(tmp_path):
    # "(1,2)" twice in the export: lowered after a model's name, typed after "Trials"; the
    # Word file doubts the typed one as plain text does, so the lowered one is the difference
    doc = read_manuscript(docx(tmp_path / "s.docx", p(t("Model CP"), t("3(1,2)", sub=True),
                                                      t(" fits. Trials (1,2) ran."))))  # fmt: skip
    text = "Model CP3(1,2) fits. Trials (1,2) ran.\n"
    kept = "Model CP₃₍₁,₂₎ fits. Trials (1,2) ran.\n"
    typed = doc.text.rindex("(1,2)")
    word = [_finding("uncertain-marker", "(1,2)", at=typed)]
    plain = [_finding("uncertain-marker", "(1,2)", at=i) for i in (9, text.index("(1,2) ran"))]
    each: list = []
    assert _causes(doc, word, plain, text, kept, each) == {"inherent: subscript flattened": 1}
    assert each == [("plain", ("uncertain-marker", "(1,2)"), "inherent: subscript flattened")]
    # were both typed, the one the Word file lacks is the plain reader's own doubt
    assert _causes(doc, word, plain, text, text) == {"plain: uncertain digits": 1}


def test_what_only_word_gives_and_claims_the_other_side_has_not(tmp_path):
    word = [
        _finding("uncited-reference", message="reference 3 (Doe 2018) is never cited"),
        _finding("uncited-claim", "Tea drinkers slept longer1."),
        _finding("uncited-claim", "The old napped at H_(2)O baths."),  # not in the export
    ]
    assert _causes(_doc(tmp_path), word, []) == {
        "word: uncited entry plain text cites": 1,
        "word: citation not read": 1,
        "claims cut or rendered differently": 1,
    }


def test_a_footnote_mark_flattened_into_the_word_is_inherent(tmp_path):
    # the export writes a note's raised mark as a digit glued to the word ("cohort1."), the
    # marked copy as a superscript character: a plain-side verdict on that digit is the
    # export's loss, wherever the note's own citation went
    import zipfile

    from plain_export import mark_superscripts
    from wordbuild import footnote_ref, notes

    path = docx(tmp_path / "n.docx", p(t("Naps helped a cohort"), footnote_ref(1), t(".")),
                footnotes_xml=notes("footnote", {1: p(t("An aside."))}))  # fmt: skip

    def marked(note_marks: bool) -> str:
        copy = tmp_path / f"marked-{note_marks}.docx"
        copy.write_bytes(path.read_bytes())
        mark_superscripts(copy, note_marks=note_marks)
        with zipfile.ZipFile(copy) as zf:
            return zf.read("word/document.xml").decode()

    assert "footnoteReference" not in marked(True) and ">¹</w:t>" in marked(True)
    assert "footnoteReference" in marked(False)  # a user's marked copy: citations only
    text, kept = "Naps helped a cohort1.\n", "Naps helped a cohort¹.\n"
    plain = [_finding("mixed-conventions", "1", "printed in 2 conventions", at=20)]
    assert _causes(_doc(tmp_path), [], plain, text, kept) == {
        "inherent: raised digits flattened": 1
    }


def test_an_entry_plain_text_cites_only_by_a_flattened_mark_is_inherent(tmp_path):
    # the Word file finds Poe's book uncited (its notes cite other works); the export
    # flattened a note's raised mark into "naps2.", which plain text reads as citing entry 2
    from blinarefs.trace.manuscript import trace_manuscript

    text = (
        "Tea drinkers slept longer than the rest of the made-up panel did.\n"
        "The old slept best after naps2.\nReferences\n"
        "1. Roe J. A made-up trial of sleep and tea. Test J. 2020;1:1-9.\n"
        "2. Poe E. An invented handbook of naps. Test Press; 2019.\n"
    )
    kept = text.replace("naps2.", "naps².")
    trace = trace_manuscript(text)
    assert [c.marker for c in trace.citations] == ["2"]
    word = [_finding("uncited-reference", message="reference 2 (Poe 2019) is never cited")]
    doc = _doc(tmp_path)

    def cause(formatted: str) -> Counter:
        from verdict_keys import compare

        return field_causes(word, [], compare(word, [], True), doc, text, formatted, None, trace)

    assert cause(kept) == {"inherent: raised digits flattened": 1}
    assert cause(text) == {"word: uncited entry plain text cites": 1}  # printed as it was


def test_what_the_word_reader_says_of_the_file_is_no_verdict_to_compare():
    """Tracked changes accepted, a field not read: only the Word side can say them, so
    they are counted apart, not as a disagreement with the text export."""
    from verdict_keys import compare

    word = [_finding("tracked-changes", message="tracked changes read as accepted"),
            _finding("dangling-citation", "[4]")]  # fmt: skip
    result = compare(word, [_finding("dangling-citation", "[4]")], fields=False)
    assert result["same"] == 1 and not result["word_only"]
    assert result["one_sided"] == (1, 0)


def test_a_claim_that_differs_by_a_tracked_deletion_only_is_inherent(tmp_path):
    # LibreOffice's text export writes the deleted "wild " beside the text the Word reader
    # reads with the changes accepted: the same claim, told apart by the deletion only
    body = p(t("Tea drinkers of all ages, "), delete("wild "), t("and tame, slept longer."))
    doc = read_manuscript(docx(tmp_path / "d.docx", body))
    text = "Tea drinkers of all ages, wild and tame, slept longer.\n"
    word = [_finding("uncited-claim", "Tea drinkers of all ages, and tame, slept longer.", at=0)]
    plain = [_finding("uncited-claim", text.strip(), at=0)]
    assert _causes(doc, word, plain, text, text) == {
        "inherent: tracked deletion the export shows": 2
    }


def test_a_claim_in_a_text_box_the_export_drops_is_inherent(tmp_path):
    # LibreOffice's text export leaves a text box out ("Box 1"); the Word reader reads it
    boxed = "Sites are taken to stay closed between two surveys of the otters."
    body = p(t("Tea drinkers slept longer."), text_box(p(t("Box 1")), p(t(boxed))))
    doc = read_manuscript(docx(tmp_path / "b.docx", body))
    text = "Tea drinkers slept longer.\n"
    word = [_finding("uncited-claim", boxed, at=doc.text.index(boxed))]
    assert _causes(doc, word, [], text, text) == {"inherent: text box the export drops": 1}
