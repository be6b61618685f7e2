"""Reading .docx manuscripts: text, superscripts, numbering, tracked changes, notes, the
offset map. Every file is built here to the WordprocessingML spec (see wordbuild.py); the
texts and references are made up for the tests."""

from __future__ import annotations

import zipfile

import pytest
from wordbuild import (
    delete,
    docx,
    field,
    footnote_ref,
    ins,
    notes,
    numbering,
    p,
    styles,
    t,
    table,
)

from blinarefs.cli import main
from blinarefs.errors import ParseError
from blinarefs.manuscript import read_manuscript
from blinarefs.manuscript.wordml import W_NS, Package, paragraph_runs, part_paragraphs, run_text


def test_paragraphs_headings_tables_and_sections(tmp_path):
    body = (
        p(t("A made-up title"), style="Title")
        + p(t("Introduction"), style="Heading1")
        + p(t("First "), t("paragraph", italic=True), t(" of text."))
        + p(t("Methods"), style="Heading1")
        + p(t("Details"), style="Heading2")
        + table([["Arm", "n"], ["A", "12"]])
    )
    doc = read_manuscript(docx(tmp_path / "a.docx", body))
    assert doc.kind == "docx"
    assert doc.text == (
        "A made-up title\n\nIntroduction\n\nFirst paragraph of text.\n\nMethods\n\n"
        "Details\n\nArm\n\nn\n\nA\n\n12\n"
    )
    titles = [(s.title, s.level) for s in doc.sections]
    assert titles == [("A made-up title", 1), ("Introduction", 1), ("Methods", 1), ("Details", 2)]
    methods = next(s for s in doc.sections if s.title == "Methods")
    assert (
        doc.text[methods.start : methods.end].rstrip()
        == "Methods\n\nDetails\n\nArm\n\nn\n\nA\n\n12"
    )


def test_superscript_citations_by_form_and_what_is_not_one(tmp_path):
    body = (
        p(t("A made-up title"), style="Title")
        + p(t("Jane Roe"), t("1,2", sup=True), t(", John Doe"), t("2", sup=True))
        + p(t("1", sup=True), t("Department of Tests, Nowhere"))
        + p(t("Abstract"), style="Heading1")
        + p(
            t("Drug X helped"),
            t("1,3-5", sup=True),
            t(" in 5×10"),
            t("6", sup=True),
            t(" cells, with χ"),
            t("2", sup=True),
            t(" low and 3 m"),
            t("2", sup=True),
            t(" of Ca"),
            t("2+", sup=True),
            t(". Trademarked X"),
            t("TM", sup=True),
            t(" worked"),
            t("6", style="CiteSup"),
            t(" in 2019"),
            t("7", sup=True),
            t("."),
        )
    )
    doc = read_manuscript(docx(tmp_path / "s.docx", body))
    cited = [(m.text, m.numbers, m.origin) for m in doc.markers]
    assert cited == [
        ("¹,³-⁵", (1, 3, 4, 5), "superscript-run"),
        ("⁶", (6,), "superscript-run"),
        ("⁷", (7,), "superscript-run"),
    ]
    for m in doc.markers:
        assert doc.text[m.start : m.end] == m.text and m.superscript
    assert "Jane Roe1,2, John Doe2" in doc.text  # affiliations stay plain digits
    assert "5×106 cells, with χ2 low and 3 m2 of Ca2+." in doc.text


def test_tracked_changes_read_as_accepted_and_reported(tmp_path):
    body = p(t("Kept"), delete(" dropped words"), ins(t(" inserted words")), t("."))
    doc = read_manuscript(docx(tmp_path / "c.docx", body))
    assert doc.text == "Kept inserted words.\n"
    (told,) = doc.findings
    assert told.code == "tracked-changes" and told.severity == "info"
    assert "read as accepted: 1 insertion kept, 1 deletion dropped" in told.message


def test_what_the_reader_decided_is_reported_by_check_first(tmp_path, capsys):
    """The editor sees that the text checked is the one with the changes accepted, before
    any finding about that text."""
    body = (
        p(t("Aspirin lowers fever in adults [2]"), delete(" and children"), t("."))
        + p(t("References"))
        + p(t("1. Roe J. A study of fever. J Fever. 2001;3:1-5."))
    )
    path = docx(tmp_path / "c.docx", body)
    assert main(["check", str(path)]) == 1  # [2] is dangling
    lines = [ln.strip() for ln in capsys.readouterr().out.splitlines() if "[" in ln]
    assert lines[0].startswith("info [tracked-changes]")
    assert "0 insertions kept, 1 deletion dropped" in lines[0]
    assert any("dangling" in ln for ln in lines[1:])


@pytest.mark.parametrize(
    ("lvl_text", "start", "fmt", "labels"),
    [
        ("%1.", 1, "decimal", ["1.", "2.", "3."]),
        ("[%1]", 1, "decimal", ["[1]", "[2]", "[3]"]),
        ("%1)", 4, "decimal", ["4)", "5)", "6)"]),
        ("%1.", 1, "upperRoman", ["I.", "II.", "III."]),
    ],
)
def test_automatic_numbering_is_written_out(tmp_path, lvl_text, start, fmt, labels):
    items = ["Roe J. A made-up paper. 2020.", "Doe J. Another one. 2019.", "Poe E. Third. 2018."]
    body = p(t("References"), style="Heading1") + "".join(p(t(s), num=(1, 0)) for s in items)
    doc = read_manuscript(
        docx(tmp_path / "n.docx", body, numbering_xml=numbering(lvl_text, start, fmt))
    )
    lines = doc.text.split("\n\n")[1:]
    assert [line.split(" ")[0] for line in lines] == labels


def test_numbered_reference_list_is_found_and_parsed(tmp_path):
    from blinarefs.parse import parse_reference_list

    items = [
        "Roe J, Doe J. A made-up trial of drug X. Test J Med. 2020;12(3):100-109.",
        "Poe E. An invented cohort study. Test J Med. 2019;11(1):1-9.",
    ]
    body = (
        p(t("Drug X works"), t("1", sup=True), t(" and lasts"), t("2", sup=True), t("."))
        + p(t("References"), style="Heading1")
        + "".join(p(t(s), num=(1, 0)) for s in items)
    )
    doc = read_manuscript(docx(tmp_path / "r.docx", body, numbering_xml=numbering()))
    assert doc.reference_list_start == doc.text.index("References")
    parsed = parse_reference_list(doc.text)
    assert [r.number for r in parsed.references] == [1, 2]
    assert parsed.references[1].title == "An invented cohort study"


def test_footnotes_come_before_the_reference_list(tmp_path):
    body = (
        p(t("Body text"), footnote_ref(1), t("."))
        + p(t("References"), style="Heading1")
        + p(t("Roe J. A made-up paper. Test J. 2020."), num=(1, 0))
    )
    fn = notes("footnote", {1: p(t("A note on the body."))})
    doc = read_manuscript(
        docx(tmp_path / "f.docx", body, numbering_xml=numbering(), footnotes_xml=fn)
    )
    assert doc.text == (
        "Body text.\n\nNotes\n\nA note on the body.\n\nReferences\n\n"
        "1. Roe J. A made-up paper. Test J. 2020.\n"
    )
    assert doc.reference_list_start == doc.text.index("References")


def test_offset_map_points_at_the_run_and_character(tmp_path):
    body = p(t("Alpha ")) + p(t("Beta "), delete("gone"), t("gamma"), t("12", sup=True))
    path = docx(tmp_path / "m.docx", body)
    doc = read_manuscript(path)
    with zipfile.ZipFile(path) as zf:
        root = Package(str(path), zf).part("word/document.xml")
    paragraphs = part_paragraphs(root)
    for offset, char in enumerate(doc.text):
        at = doc.locate(offset)
        if at is None:
            assert char in "\n" or offset >= len(doc.text) - 1
            continue
        runs = paragraph_runs(paragraphs[at.paragraph])
        shown = run_text(runs[at.run])[at.offset]
        assert shown == char or shown.translate(str.maketrans("12", "¹²")) == char
    first, last = doc.locate_span(doc.text.index("gamma"), doc.text.index("gamma") + 5)
    assert (first.paragraph, first.run, first.offset) == (1, 2, 0)
    assert (last.paragraph, last.run, last.offset) == (1, 2, 4)  # run 1 is the deleted one


def test_runs_are_counted_alike_by_reader_and_writer(tmp_path):
    body = p(t("a"), field(" PAGE ", "b"), ins(t("c")), delete("x"), t("d"))
    path = docx(tmp_path / "k.docx", body)
    doc = read_manuscript(path)
    assert doc.text == "abcd\n"
    # runs: a, begin, code, separate, b, end, c (inserted), x (deleted), d
    assert [doc.locate(i).run for i in range(4)] == [0, 4, 6, 8]


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"%PDF-1.7\n...", "a PDF: export it to .docx or plain text first"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "an old Word .doc"),
        (b"{\\rtf1\\ansi hello}", "an RTF file"),
    ],
)
def test_other_kinds_of_file_get_one_clear_line(tmp_path, content, said):
    path = tmp_path / "paper.docx"  # the extension does not decide
    path.write_bytes(content)
    with pytest.raises(ParseError, match=said):
        read_manuscript(path)


def test_zips_that_are_not_word_are_named(tmp_path):
    odt = tmp_path / "paper.odt"
    with zipfile.ZipFile(odt, "w") as zf:
        zf.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(ParseError, match="an OpenDocument file"):
        read_manuscript(odt)
    other = tmp_path / "x.zip"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("a.txt", "hello")
    with pytest.raises(ParseError, match="not a Word file") as raised:
        read_manuscript(other)
    assert "JATS XML" in str(raised.value.hint)
    # a reference list (parse, import) is told what import reads, not what check reads
    from blinarefs.manuscript.read import read_list_text

    with pytest.raises(ParseError, match="not a Word file") as raised:
        read_list_text(other)
    assert "RIS, CSL-JSON, BibTeX" in str(raised.value.hint)
    broken = tmp_path / "b.docx"
    broken.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(ParseError, match="damaged zip"):
        read_manuscript(broken)


def test_a_word_file_whose_text_part_is_cut_is_named_on_one_line(tmp_path, capsys):
    # a made-up package whose document part stops mid-paragraph: the message said
    # "line 1" three times (lxml's message, its position, and lxml's own source name)
    cut = tmp_path / "cut.docx"
    with zipfile.ZipFile(cut, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", f'<w:document xmlns:w="{W_NS}"><w:body><w:p>Cut')
    with pytest.raises(ParseError) as caught:
        read_manuscript(cut)
    message = str(caught.value)
    assert message.startswith(f"{cut}: a damaged Word file: word/document.xml is not")
    assert message.count("line") == message.count("column") == 1
    assert "<string>" not in message
    assert message.endswith("open it in Word and save it again")
    assert main(["check", str(cut)]) == 1
    assert capsys.readouterr().err == f"blinarefs check: error: {message}\n"


def test_plain_text_and_extension_free_docx(tmp_path):
    text = tmp_path / "paper.txt"
    text.write_text("Plain text.\n", encoding="utf-8")
    assert read_manuscript(text).kind == "text"
    word = docx(tmp_path / "paper", p(t("No extension.")))
    assert read_manuscript(word).text == "No extension.\n"


def test_a_group_split_by_unraised_spaces_and_commas_is_one_marker(tmp_path):
    body = p(
        t("Long COVID."),
        t("4", sup=True),
        t(" , "),
        t("5", sup=True),
        t(" Then"),
        t("2,11,e", sup=True),
        t(" and"),
        t("16:60", sup=True),
        t(". Walking"),
        t("18", sup=True),
        t("  ,  "),
        t("20", sup=True),
        t("  ,   "),
        t("21", sup=True),
        t("."),
    )
    doc = read_manuscript(docx(tmp_path / "g.docx", body))
    assert [(m.text, m.numbers) for m in doc.markers] == [
        ("⁴ , ⁵", (4, 5)),
        ("²,¹¹,e", (2, 11)),
        ("¹⁶:⁶⁰", (16,)),
        ("¹⁸  ,  ²⁰  ,   ²¹", (18, 20, 21)),
    ]


def _sup_markers(tmp_path, *runs):
    doc = read_manuscript(docx(tmp_path / "x.docx", p(*runs)))
    return [(m.text, m.numbers) for m in doc.markers]


def test_superscripts_that_are_powers_isotopes_and_labels_are_left_alone(tmp_path):
    cited = _sup_markers(
        tmp_path,
        t("Tracer "),
        t("125", sup=True),
        t("I-labelled, strain mc"),
        t("2", sup=True),
        t("155, sp"),
        t("2", sup=True),
        t("-bonded, with σ"),
        t("2", sup=True),
        t(" and ηp"),
        t("2", sup=True),
        t(" small, x"),
        t("4", sup=True),
        t(" large, 150 Å"),
        t("2", sup=True),
        t(", P = P"),
        t("2", sup=True),
        t(", χ21"),
        t("2", sup=True),
        t(" = 4.2. A "),
        t("99", sup=True),
        t("mTc scan. UV-B"),
        t("8", sup=True),
        t(", TNF-α"),
        t("3", sup=True),
        t(" and hepatitis B"),
        t("12", sup=True),
        t(" were studied"),
        t("4 5", sup=True),
        t("."),
    )
    assert cited == [("⁸", (8,)), ("³", (3,)), ("¹²", (12,)), ("⁴ ⁵", (4, 5))]


def test_a_power_or_a_charge_raised_in_its_own_run_before_a_citation(tmp_path):
    cited = _sup_markers(
        tmp_path,
        t("A dose of 120 mg/m"),
        t("2", sup=True),
        t("308,309", sup=True),
        t(" and Cu"),
        t("2+", sup=True),
        t("32", sup=True),
        t(" and Zn"),
        t("2+", sup=True),
        t(" "),
        t("33", sup=True),
        t(" helped; Word split this one"),
        t("2", sup=True),
        t("3", sup=True),
        t(" and this range."),
        t("9", sup=True),
        t("–", sup=True),
        t("11", sup=True),
        t(" End."),
    )
    assert cited == [
        ("³⁰⁸,³⁰⁹", (308, 309)),
        ("³²", (32,)),
        ("³³", (33,)),
        ("²³", (23,)),
        ("⁹–¹¹", (9, 10, 11)),
    ]


def test_a_citation_split_after_a_unit_is_read_whole_when_it_goes_on_from_the_last(tmp_path):
    # one run a character, as Word's editing history may leave them: "mg/dL" "2" "3" "9"
    # is citation 239 after 238, not a square then 39; a square then a citation already
    # cited ("m" "²" "²⁴") stays a square
    each = [t(ch, sup=True) for ch in "239, 240"]
    cited = _sup_markers(
        tmp_path,
        t("Seen before"),
        t("237,238", sup=True),
        t(" and at 100 mg/dL"),
        *each,
        t(". A dose of 120 mg/m"),
        t("2", sup=True),
        t("2", sup=True),
        t("4", sup=True),
        t(" helped."),
    )
    assert cited == [("²³⁷,²³⁸", (237, 238)), ("²³⁹, ²⁴⁰", (239, 240)), ("²⁴", (24,))]


def test_a_citation_whose_space_after_was_forgotten(tmp_path):
    # glued to a word on both sides, a group is a citation; after a space it labels what
    # follows, and an element's symbol after it makes it an isotope
    cited = _sup_markers(
        tmp_path,
        t("Fungi thrive in the mouth."),
        t("1", sup=True),
        t("Oral strains vary with the evidence"),
        t("2,3", sup=True),
        t("and the dose; "),
        t("4", sup=True),
        t("Department of Tests, a "),
        t("60", sup=True),
        t("Co source and C"),
        t("14", sup=True),
        t("."),
    )
    assert cited == [("¹", (1,)), ("²,³", (2, 3)), ("¹⁴", (14,))]


def test_a_power_of_ten_in_e_notation_is_no_citation(tmp_path):
    # "1.42e⁻⁴⁷": the raised run is the exponent whole, not a power then a citation
    cited = _sup_markers(
        tmp_path,
        t("Tests gave P-values of 1.42e"),
        t("−47", sup=True),
        t(" and 2E"),
        t("−5", sup=True),
        t(", and a count of 3.1e"),
        t("12", sup=True),
        t(" cells in the Cdc42e"),
        t("7", sup=True),
        t(" line, as in Fig. 2e"),
        t("8", sup=True),
        t("."),
    )
    assert cited == [("⁷", (7,)), ("⁸", (8,))]


def test_a_numbers_power_said_by_an_equals_sign_factorial_or_its_value(tmp_path):
    # "2¹⁰ = 1024", "a 2³ factorial design", "16,384 (ie, 4⁷)" are powers; after a year
    # or a stage a raised number cites, a value printed beside it or not
    cited = _sup_markers(
        tmp_path,
        t("A 2"), t("3", sup=True), t(" factorial design gave 2"), t("10", sup=True),
        t(" = 1024 sets, or 16,384 (ie, 4"), t("7", sup=True), t(") in all. In 2019"),
        t("4", sup=True), t(" the trial of stage 3"), t("5", sup=True),
        t(" disease saw 1,000 visits."),
    )  # fmt: skip
    assert cited == [("⁴", (4,)), ("⁵", (5,))]


def test_an_electron_configuration_is_no_citation(tmp_path):
    # "5d⁸", "4f⁷": a shell and its electrons; more than the orbital holds cites ("3d¹²")
    cited = _sup_markers(
        tmp_path,
        t("The Pt(II) 5d"), t("8", sup=True), t(" centre, a 4f"), t("7", sup=True),
        t(" shell and [Ar]3d"), t("10", sup=True), t("4s"), t("2", sup=True),
        t(" zinc, as for 3d"), t("12", sup=True), t(" cultures."),
    )  # fmt: skip
    assert cited == [("¹²", (12,))]


def test_a_citation_raised_after_a_space_with_a_charge_or_a_square(tmp_path):
    # one run "2+ 7" after an ion, "2 8" after a unit: the charge or the square, then the
    # citation; a spaced group after a word is one citation
    cited = _sup_markers(
        tmp_path,
        t("The Ca"), t("2+ 7", sup=True), t(" influx at 20 mg/m"), t("2 8", sup=True),
        t(" weekly was seen in mice"), t("4 5", sup=True), t("."),
    )  # fmt: skip
    assert cited == [("⁷", (7,)), ("⁸", (8,)), ("⁴ ⁵", (4, 5))]


def test_a_citation_glued_to_a_number_that_opens_the_next_sentence(tmp_path):
    # ".¹³1 was stable": the space before the next sentence's compound number was
    # forgotten; after a word, a raised number glued to digits is a label ("mc²155")
    cited = _sup_markers(
        tmp_path,
        t("It was lower than the other compounds."),
        t("13", sup=True),
        t("1 was stable. The strain mc"),
        t("2", sup=True),
        t("155 grew."),
    )
    assert cited == [("¹³", (13,))]


def test_a_short_word_glued_after_a_citation_glued_to_punctuation(tmp_path):
    # "In", "We", "A" after ".⁷˒⁸": the space was forgotten; an element's symbol after its
    # mass number ("¹¹¹In") stays an isotope, and so does one typed after a space
    cited = _sup_markers(
        tmp_path,
        t("Drugs work in candidiasis."),
        t("7,8", sup=True),
        t("In some years, doses fell."),
        t("9", sup=True),
        t("A survey of tests was kind,"),
        t("10", sup=True),
        t("We saw. Cells took up "),
        t("111", sup=True),
        t("In and "),
        t("14", sup=True),
        t("C as well,"),
        t("5", sup=True),
        t("Salvia"),
        t("6", sup=True),
        t(" too."),
    )
    assert cited == [("⁷,⁸", (7, 8)), ("⁹", (9,)), ("¹⁰", (10,)), ("⁵", (5,)), ("⁶", (6,))]


def test_a_citation_before_an_isotope_in_a_run_of_its_own(tmp_path):
    # "reported¹ ¹³C": a citation, then carbon-13, raised apart; 113 is no mass of carbon
    cited = _sup_markers(
        tmp_path, t("as reported"), t("1", sup=True), t(" "), t("13", sup=True), t("C shifts.")
    )
    assert cited == [("¹", (1,))]


def test_powers_in_equations_and_after_brackets_are_no_citations(tmp_path):
    # a square after a symbol with a subscript, in an equation, is a power; after the same
    # symbol in prose, or after a formula, a raised number is a citation
    cited = _sup_markers(
        tmp_path,
        t("The model is Y = b"),
        t("0", sub=True),
        t(" + b"),
        t("1", sub=True),
        t("X + b"),
        t("2", sub=True),
        t("X"),
        t("2", sup=True),
        t(" and G = 4b"),
        t("4", sub=True),
        t(" − b"),
        t("7", sub=True),
        t("2", sup=True),
        t("; the index is weight (kg)/[height (m)]"),
        t("2", sup=True),
        t(" as before. Emissions of CO"),
        t("2", sub=True),
        t("2", sup=True),
        t(" rose, and TG fell below 10"),
        t("12)", sup=True),
        t(" in the trial at 6 kcal mol–"),
        t("1", sup=True),
        t(" and 2 M"),
        t("−", sup=True),
        t("1", sup=True),
        t(" for risk (RR = 2.9)"),
        t("2", sup=True),
        t("9", sup=True),
        t("."),
    )
    assert cited == [("²", (2,)), ("¹²)", (12,)), ("²⁹", (29,))]


def test_superscripts_in_hyperlinks_and_other_fields_are_read(tmp_path):
    link = f'<w:hyperlink w:anchor="_ENREF_3">{t("3", sup=True)}</w:hyperlink>'
    cross = field(" REF _Ref1 \\r \\h ", "4", sup=True)
    cited = _sup_markers(tmp_path, t("As shown"), link, t(" and again"), cross, t("."))
    assert cited == [("³", (3,)), ("⁴", (4,))]


def test_a_square_after_a_bracket_is_a_power_only_when_the_bracket_is_an_expression(tmp_path):
    # a statement or words in the bracket are prose, and the raised number after it cites
    cited = _sup_markers(
        tmp_path,
        t("Mice (n = 12)"),
        t("3", sup=True),
        t(", rats (COVID-19 model)"),
        t("2", sup=True),
        t(" and dogs (P < .05)"),
        t("3", sup=True),
        t(" differ by (x + 1)"),
        t("2", sup=True),
        t(" and (mg/kg)"),
        t("3", sup=True),
        t(" on [0, 1]"),
        t("2", sup=True),
        t(" and (1.2, 3.4)"),
        t("5", sup=True),
        t(", with τ = 2(γ/σ)"),
        t("6", sup=True),
        t(" at a dose of (5 mg/kg)"),
        t("7", sup=True),
        t(", where exp(−(nπ)"),
        t("2", sup=True),
        t(" t) decays."),
    )
    assert cited == [("³", (3,)), ("²", (2,)), ("³", (3,)), ("⁵", (5,)), ("⁷", (7,))]


def test_punctuation_raised_with_a_citation_stays_the_sentences(tmp_path):
    cited = _sup_markers(
        tmp_path,
        t("Seen in mice"),
        t(".3", sup=True),
        t(" Seen in rats"),
        t(",4-6", sup=True),
        t(" and dogs"),
        t("7.", sup=True),
        t(" End."),
    )
    assert cited == [("³", (3,)), ("⁴-⁶", (4, 5, 6)), ("⁷.", (7,))]


def test_digits_raised_by_position_are_superscripts(tmp_path):
    # Font > Advanced > Position: Raised (w:position, in half-points); lowered is no citation
    def moved(text: str, by: int) -> str:
        return f'<w:r><w:rPr><w:position w:val="{by}"/></w:rPr><w:t>{text}</w:t></w:r>'

    cited = _sup_markers(
        tmp_path, t("Seen in mice"), moved("3", 6), t(" and in rats"), moved("4", -6), t(".")
    )
    assert cited == [("³", (3,))]


@pytest.mark.parametrize(
    ("up", "down"),
    [("3pt", "-3pt"), ("0.1in", "-2.5mm"), ("1.5pt", "-0.2cm"), ("+1pc", "-.5pi")],
)
def test_a_position_with_units_raises_or_lowers(tmp_path, up, down):
    # Strict files (and some writers) give w:position as a measure with its unit: raised
    # text is a superscript, lowered text a subscript (the square after "b" lowered below is
    # then a power in an equation, no citation), as half-points are read
    def moved(text: str, by: str) -> str:
        return f'<w:r><w:rPr><w:position w:val="{by}"/></w:rPr><w:t>{text}</w:t></w:r>'

    body = p(
        t("Seen in mice"), moved("3", up), t(" and in rats"), moved("4", down),
        t(" as G = 4b"), moved("7", down), moved("2", up), t(" predicts."),
    )  # fmt: skip
    doc = read_manuscript(docx(tmp_path / "units.docx", body))
    assert [(m.text, m.numbers) for m in doc.markers] == [("³", (3,))]


def test_half_points_with_and_without_units():
    from lxml import etree

    from blinarefs.manuscript.wordml import W, half_points

    def measure(value: str) -> float:
        el = etree.Element(W + "position")
        el.set(W + "val", value)
        return half_points(el)

    assert measure("6") == 6 and measure("-6") == -6
    assert measure("3pt") == 6 and measure("-1in") == -144
    assert round(measure("1cm"), 3) == round(144 / 2.54, 3)
    assert measure("1pc") == measure("1pi") == 24
    assert measure("high") == measure("3px") == measure("") == 0


def test_a_position_raised_by_a_style_or_over_a_baseline_is_a_superscript(tmp_path):
    # a character style that raises by position (as a journal template's "Cite" style may),
    # a style based on it, and a raised position over an explicit baseline: Word shows all
    # three raised; a style's lowered position, or a subscript, is no citation
    placed = (
        '<w:style w:type="character" w:styleId="Up"><w:name w:val="Up"/>'
        '<w:rPr><w:position w:val="6"/><w:sz w:val="16"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="UpToo"><w:name w:val="Up too"/>'
        '<w:basedOn w:val="Up"/><w:rPr><w:color w:val="000000"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="Down"><w:name w:val="Down"/>'
        '<w:rPr><w:position w:val="-6"/></w:rPr></w:style>'
    )
    over = '<w:r><w:rPr><w:position w:val="6"/><w:vertAlign w:val="baseline"/></w:rPr>'
    body = p(
        t("Seen in mice"),
        t("3", style="Up"),
        t(" and in rats"),
        t("4", style="UpToo"),
        t(" and dogs"),
        over + "<w:t>5</w:t></w:r>",
        t(" but not in CO"),
        t("2", style="Down"),
        t(" or H"),
        '<w:r><w:rPr><w:rStyle w:val="Up"/><w:vertAlign w:val="subscript"/></w:rPr>'
        "<w:t>2</w:t></w:r>",
        t("O."),
    )
    doc = read_manuscript(docx(tmp_path / "placed.docx", body, styles_xml=styles(placed)))
    assert [(m.text, m.numbers) for m in doc.markers] == [("³", (3,)), ("⁴", (4,)), ("⁵", (5,))]


def test_numbers_bracketed_one_by_one_are_one_group(tmp_path):
    cited = _sup_markers(
        tmp_path, t("Seen"), t("(3), (4)", sup=True), t(" and"), t("(5)–(7)", sup=True), t(".")
    )
    assert cited == [("(³), (⁴)", (3, 4)), ("(⁵)–(⁷)", (5, 6, 7))]


PROSE = " The trial was made up for this test, and so were its arms and outcomes" * 3


def test_a_long_author_or_affiliation_paragraph_is_still_the_author_block(tmp_path):
    authors = []
    for i in range(1, 21):
        authors += [t(f"Author{chr(64 + i)} Madeup"), t(str(i % 3 + 1), sup=True), t(", ")]
    places = []
    for i in range(1, 6):
        places += [t(str(i), sup=True), t(f"Department of Tests {i}, University of Nowhere; ")]
    body = (
        p(t("A made-up title"), style="Title")
        + p(*authors)
        + p(*places)
        + p(t("Drug X helped adults in a made-up trial"), t("1", sup=True), t("." + PROSE))
    )
    doc = read_manuscript(docx(tmp_path / "byline.docx", body))
    assert [m.text for m in doc.markers] == ["¹"]


def test_a_short_note_without_headings_ends_its_author_block_at_its_first_prose(tmp_path):
    # no Abstract or Introduction heading and no paragraph of 30 words: the byline's and
    # the affiliations' raised numbers are still no citations
    body = (
        p(t("A made-up note on drug X"), style="Title")
        + p(t("Jane Roe"), t("1", sup=True), t(", John Doe"), t("2", sup=True))
        + p(t("1", sup=True), t("Department of Tests, University of Nowhere"))
        + p(t("2", sup=True), t("Institute of Trials, Nowhere"))
        + p(t("Drug X is made up for this test."), t("3", sup=True), t(" So is drug Y."))
        + p(t("Both were given to adults in a short trial."), t("4,5", sup=True))
    )
    doc = read_manuscript(docx(tmp_path / "note.docx", body))
    assert [m.numbers for m in doc.markers] == [(3,), (4, 5)]


@pytest.mark.parametrize(
    "heading",
    ["1. Introduction", "I. INTRODUCTION", "1 | INTRODUCTION", "2 Methods", "Case report"],
)
def test_a_numbered_or_first_section_heading_ends_the_author_block(tmp_path, heading):
    # the introduction is short (under 30 words): only its heading says the body has begun
    body = (
        p(t("A made-up title"), style="Title")
        + p(t("Jane Roe"), t("1", sup=True), t(", John Doe"), t("2", sup=True))
        + p(t("1", sup=True), t("Department of Tests, University of Nowhere"))
        + p(t(heading), style="Heading1")
        + p(t("Drug X is made up."), t("1", sup=True), t(" So is drug Y."), t("2,3", sup=True))
    )
    doc = read_manuscript(docx(tmp_path / "numbered.docx", body))
    assert [m.numbers for m in doc.markers] == [(1,), (2, 3)]


def test_a_title_that_starts_with_a_section_name_is_still_the_title(tmp_path):
    body = (
        p(t("Methods for a made-up trial of drug X"), style="Title")
        + p(t("Jane Roe"), t("1", sup=True), t(", John Doe"), t("2", sup=True))
        + p(t("Drug X helped adults in a made-up trial"), t("3", sup=True), t("." + PROSE))
    )
    doc = read_manuscript(docx(tmp_path / "title.docx", body))
    assert [m.numbers for m in doc.markers] == [(3,)]


def test_a_citation_is_read_in_every_form_word_users_raise_it(tmp_path):
    # the forms of benchmarks/docx_runs.py: a style based on a raised style, a raised
    # position in a smaller size, a cross-reference field whose field characters are raised
    # too, a smart tag, a content control with no tag, and one number cut over two of them
    based = (
        '<w:style w:type="character" w:styleId="Base"><w:name w:val="Base"/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="Cite"><w:name w:val="Cite"/>'
        '<w:basedOn w:val="Base"/><w:rPr><w:color w:val="000000"/></w:rPr></w:style>'
    )
    raised = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'

    def moved(text: str) -> str:
        props = '<w:rPr><w:position w:val="6"/><w:sz w:val="16"/></w:rPr>'
        return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'

    def cross(text: str) -> str:
        def char(kind: str) -> str:
            return f'<w:r>{raised}<w:fldChar w:fldCharType="{kind}"/></w:r>'

        instr = '<w:instrText xml:space="preserve"> REF _Ref7 \\r \\h </w:instrText>'
        code = f"<w:r>{raised}{instr}</w:r>"
        return char("begin") + code + char("separate") + t(text, sup=True) + char("end")

    def tagged(text: str) -> str:
        return f'<w:smartTag w:uri="urn:test" w:element="place">{t(text, sup=True)}</w:smartTag>'

    def control(text: str) -> str:
        return (
            '<w:sdt><w:sdtPr><w:id w:val="5"/></w:sdtPr>'
            f"<w:sdtContent>{t(text, sup=True)}</w:sdtContent></w:sdt>"
        )

    body = p(
        t("Mice gained weight"),
        t("1", style="Cite"),
        t(" and rats"),
        moved("2,3"),
        t(" but dogs"),
        cross("4"),
        t(" and cats"),
        tagged("5–"),
        control("7"),
        t(" did not; pigs"),
        moved("1"),
        cross("2"),
        t(" were not tested." + PROSE),
    )
    doc = read_manuscript(docx(tmp_path / "forms.docx", body, styles_xml=styles(based)))
    assert [m.numbers for m in doc.markers] == [(1,), (2, 3), (4,), (5, 6, 7), (12,)]


def test_numbered_headings_are_no_reference_list(tmp_path):
    # a manuscript whose references live elsewhere (a .bib, fields not yet made into a
    # bibliography): its numbered headings are no printed list, and its notes close the text
    sections = [
        p(t(f"{n}. {name}"), style="Heading1") + p(t(f"Drug X was {name.lower()} here.{PROSE}"))
        for n, name in enumerate(("Introduction", "Methods", "Results", "Discussion"), 1)
    ]
    body = p(t("A made-up title"), style="Title") + "".join(sections)
    notes_xml = notes("footnote", {1: p(t("A made-up note."))})
    doc = read_manuscript(docx(tmp_path / "headed.docx", body, footnotes_xml=notes_xml))
    assert doc.reference_list_start is None
    assert doc.text.index("4. Discussion") < doc.text.index("Notes\n\nA made-up note.")
    listed = body + p(t("References"), style="Heading1") + p(t("1. Roe J. A made-up work. 2020."))
    listed += p(t("2. Doe J. Another made-up work. 2021."))
    doc = read_manuscript(docx(tmp_path / "listed.docx", listed))
    assert doc.text[doc.reference_list_start :].startswith("References")


def test_citations_after_names_possessives_and_figure_dashes(tmp_path):
    # Forms a medical journal's Word file prints: a raised 2 or 3 after a name that ends in
    # a capital ("vitamin D", "hepatitis B") or after a possessive's "s" ("Crohn’s") is a
    # citation, not a power; a range may be set with the figure dash, raised or not. A
    # capital standing alone elsewhere (R², I²) and a unit (m²) stay powers.
    cited = _sup_markers(
        tmp_path,
        t("Low vitamin D"),
        t("3", sup=True),
        t(" and hepatitis B"),
        t("2", sup=True),
        t(" were common in Crohn’s"),
        t("3", sup=True),
        t(" disease, with R"),
        t("2", sup=True),
        t(" = 0.4, I"),
        t("2", sup=True),
        t(" = 12% over 4 m"),
        t("2", sup=True),
        t(" of skin"),
        t("4‒6", sup=True),
        t(" and in mice"),
        t("7", sup=True),
        t("‒"),
        t("9", sup=True),
        t("."),
    )
    assert cited == [
        ("³", (3,)),
        ("²", (2,)),
        ("³", (3,)),
        ("⁴‒⁶", (4, 5, 6)),
        ("⁷‒⁹", (7, 8, 9)),
    ]


def test_a_mass_or_a_volume_takes_no_power(tmp_path):
    # a mass or a volume written with its prefix is never squared or cubed: "25 kg²." and
    # "10 mL³" cite, as "1.73 m²", "40 cm³" and "9.8 m/s²" do not
    cited = _sup_markers(
        tmp_path,
        t("Adult pigs weigh 25 kg"),
        t("2", sup=True),
        t(", and doses of 10 mL"),
        t("3", sup=True),
        t(" per 1.73 m"),
        t("2", sup=True),
        t(" in 40 cm"),
        t("3", sup=True),
        t(" at 9.8 m/s"),
        t("2", sup=True),
        t(" were given."),
    )
    assert cited == [("²", (2,)), ("³", (3,))]


def test_marks_raised_with_a_citation_are_left_out_of_it(tmp_path):
    # Word raises "®" and "™" by itself, and writers select the comma and its space or a
    # note's mark with the citation: the numbers after them cite; a mark that opens a line
    # labels what follows it
    body = p(t("Introduction"), style="Heading1")
    body += p(
        t("Patients took Drugex"),
        t("®", sup=True),
        t("4", sup=True),
        t(" daily, as advised"),
        t(", 5", sup=True),
        t(" by some and"),
        t("*6", sup=True),
        t(" by others"),
        t("7,†", sup=True),
        t("."),
    )
    body += p(t("*8", sup=True), t(" Department of Made-up Studies, Nowhere."))
    doc = read_manuscript(docx(tmp_path / "marks.docx", body))
    assert [m.numbers for m in doc.markers] == [(4,), (5,), (6,), (7,)]


def test_a_label_and_a_citation_raised_in_one_run_are_told_apart(tmp_path):
    # a converter or a writer's retyping may join a raised label's run and the citation's:
    # an allele, a charge, a trademark; the citation goes on from those cited before, and
    # an allele's own digits that repeat a number cited already are the allele's ("chaos1")
    body = p(t("Introduction"), style="Heading1")
    body += p(
        t("Earlier work"),
        t("1–6", sup=True),
        t(" used Foxp3"),
        t("fl/fl7", sup=True),
        t(" mice, a Ca"),
        t("2+8", sup=True),
        t(" flux and Drugex"),
        t("TM9", sup=True),
        t(" in Polq"),
        t("chaos1", sup=True),
        t(" mice."),
    )
    doc = read_manuscript(docx(tmp_path / "joined.docx", body))
    assert [m.numbers for m in doc.markers] == [(1, 2, 3, 4, 5, 6), (7,), (8,), (9,)]


def test_a_table_cell_that_holds_only_a_raised_group_cites(tmp_path):
    # A table listing studies with a column of their references, raised: each cell holds
    # only the group, which no line-start label or affiliation does. A raised group that
    # opens a cell's text ("² of the sample") stays a label.
    cells = [("Trial of drug X", "3"), ("Cohort of drug Y", "4,5"), ("Registry", "6")]
    rows = "".join(
        f"<w:tr><w:tc>{p(t(name))}</w:tc><w:tc>{p(t(cited, sup=True))}</w:tc></w:tr>"
        for name, cited in cells
    )
    rows += f"<w:tr><w:tc>{p(t('7', sup=True), t(' of the sample'))}</w:tc></w:tr>"
    body = p(t("Earlier work set the ground"), t("1,2", sup=True), t("."))
    body += f"<w:tbl>{rows}</w:tbl>"
    doc = read_manuscript(docx(tmp_path / "cells.docx", body))
    assert [(m.text, m.numbers) for m in doc.markers] == [
        ("¹,²", (1, 2)),
        ("³", (3,)),
        ("⁴,⁵", (4, 5)),
        ("⁶", (6,)),
    ]


def test_a_raised_number_after_a_value_in_a_table_cell_marks_a_note(tmp_path):
    # "45.2¹", "7.1 (6.2–8.0)³": a table's notes on its values; a cell of words cites
    # ("Smokers⁵"), and so does a year in a table of studies ("2019⁶")
    cells = [
        (p(t("Age")), p(t("45.2"), t("1", sup=True))),
        (p(t("HbA1c")), p(t("7.1 (6.2–8.0)"), t("3", sup=True))),
        (p(t("Smokers"), t("5", sup=True)), p(t("12 (20%)"))),
        (p(t("Roe trial")), p(t("2019"), t("6", sup=True))),
    ]
    rows = "".join(f"<w:tr><w:tc>{a}</w:tc><w:tc>{b}</w:tc></w:tr>" for a, b in cells)
    body = p(t("Earlier work set the ground"), t("1,2", sup=True), t(" at 45.2"), t("4", sup=True))
    body += f"<w:tbl>{rows}</w:tbl>"
    doc = read_manuscript(docx(tmp_path / "values.docx", body))
    assert [m.text for m in doc.markers] == ["¹,²", "⁴", "⁵", "⁶"]
