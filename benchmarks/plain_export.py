"""A Word file exported to plain text as a user's copy is (LibreOffice's "Save as text",
Pandoc's plain text, or either with what the file raises and lowers kept as superscript and
subscript characters), for the benchmarks that compare ``check`` on the .docx with ``check``
on that copy (eval_docx_fields.py, whose docstring describes each export; eval_docx_reader.py
``--verdicts``)."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

from blinarefs.manuscript.wordml import W as _W

_RAISE = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_LOWER = str.maketrans("0123456789+-()=", "₀₁₂₃₄₅₆₇₈₉₊₋₍₎₌")
# Pandoc's "_(3-hyp)", "_(lin(1,2))": a lowered group with characters that have no subscript
_LOWERED_GROUP = re.compile(r"_\(((?:[^()\n]|\([^()\n]*\))*)\)")
_MARK = str.maketrans("0123456789+-−()=", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁽⁾⁼")
_RAISED_GROUP = re.compile(r"\^\(([\d,;\s\-–]+)\)")


def plain_texts(paths: list[Path], how: str, out: Path) -> dict[Path, Path]:
    """Each file as plain text, as the export writes it (see the module's docstring);
    ``marked``: LibreOffice's export of a copy whose raised digits were first turned into
    superscript characters, as a careful user marks them before saving as text."""
    texts: dict[Path, Path] = {}
    if how in ("libreoffice", "marked", "libreoffice-notes", "formatted"):
        # names repeat across sources ("Manuscript.docx"), and the exports share one folder:
        # each copy is named by its place in the run
        copies = [out / str(i) / f"{i}_{path.name}" for i, path in enumerate(paths)]
        for path, copy in zip(paths, copies, strict=True):
            copy.parent.mkdir()
            shutil.copy(path, copy)
            if how in ("marked", "formatted"):
                mark_superscripts(copy, note_marks=how == "formatted")
        # a profile of its own: a LibreOffice already running (another benchmark's) would
        # otherwise take the job and the files would not be written
        profile = (out / "profile").resolve().as_uri()
        soffice = ["soffice", f"-env:UserInstallation={profile}", "--headless"]
        left = copies
        while left:
            # a run that stops part way (a file it choked on) leaves the rest unwritten: the
            # rest again in one run (one LibreOffice start a file took half an hour on dev),
            # and the first of them alone when a run writes nothing
            subprocess.run(
                [*soffice, "--convert-to", "txt:Text", "--outdir", str(out), *map(str, left)],
                capture_output=True, check=True, timeout=1200,
            )  # fmt: skip
            unwritten = [c for c in left if not (out / (c.stem + ".txt")).is_file()]
            if unwritten and unwritten[0] == left[0]:
                subprocess.run(
                    [*soffice, "--convert-to", "txt:Text", "--outdir", str(out), str(left[0])],
                    capture_output=True, check=True, timeout=300,
                )  # fmt: skip
                if not (out / (left[0].stem + ".txt")).is_file():
                    raise RuntimeError(f"LibreOffice wrote no text for {left[0]}")
                unwritten = unwritten[1:]
            left = unwritten
        for path, copy in zip(paths, copies, strict=True):
            made = out / (copy.stem + ".txt")
            if not made.is_file():
                raise RuntimeError(f"LibreOffice wrote no text for {path}")
            texts[path] = copy.parent / made.name
            made.replace(texts[path])
        if how == "libreoffice-notes":
            (out / "html").mkdir()
            subprocess.run(
                [*soffice, "--convert-to", "html:XHTML Writer File:UTF8",
                 "--outdir", str(out / "html"), *map(str, copies)],
                capture_output=True, check=True, timeout=1200,
            )  # fmt: skip
            for path, copy in zip(paths, copies, strict=True):
                html = out / "html" / (copy.stem + ".html")
                notes = _libreoffice_notes(html) if html.is_file() else []
                if notes:
                    texts[path].write_text(
                        _with_notes(texts[path].read_text(encoding="utf-8-sig"), notes),
                        encoding="utf-8",
                    )
        return texts
    import pypandoc

    for i, path in enumerate(paths):
        texts[path] = out / f"{i}.txt"
        plain = subprocess.run(
            [pypandoc.get_pandoc_path(), "-f", "docx", "-t", "plain", "--wrap=none", str(path)],
            check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
        # Pandoc writes a raised group it has no characters for as "^(3,4)": as "³,⁴"; and
        # a lowered one as "_(3-hyp)": as "₃₋hyp", what can be lowered lowered, as it writes
        # "CO₂" (a subscript is no citation, and the text keeps that as well as it can)
        plain = _RAISED_GROUP.sub(lambda m: m.group(1).translate(_RAISE), plain)
        plain = _LOWERED_GROUP.sub(lambda m: m.group(1).translate(_LOWER), plain)
        texts[path].write_text(plain, encoding="utf-8")
    return texts


def formatted_texts(
    paths: list[Path], how: str, out: Path, texts: dict[Path, Path]
) -> dict[Path, Path]:
    """Each file's export made with what the Word file raises and lowers kept, beside which
    the plain export shows what it lost (see field_causes.py): LibreOffice's export of a
    copy marked as ``--plain marked`` marks it, its notes' marks too; Pandoc's own, which
    keeps raised and lowered digits and writes notes' marks as "[1]"."""
    if how == "pandoc":
        return texts
    out.mkdir()
    return plain_texts(paths, "formatted", out)


def _libreoffice_notes(html: Path) -> list[str]:
    """The footnotes and endnotes of LibreOffice's XHTML export of a Word file, one line
    each, as LibreOffice renders them (field results and all), without their numbers: its
    text export leaves them out. A note's paragraph is the one that links back to its mark
    in the body (``href="#body_..."``)."""
    from lxml import etree

    root = etree.parse(str(html), etree.XMLParser(recover=True, no_network=True)).getroot()
    x = "{http://www.w3.org/1999/xhtml}"
    notes = []
    for para in root.iter(f"{x}p"):
        back = [a for a in para.iter(f"{x}a") if (a.get("href") or "").startswith("#body_")]
        if not back:
            continue
        text = " ".join("".join(para.itertext()).split())
        number = "".join(back[0].itertext()).strip()  # the note's own number, left out
        notes.append(text[len(number) :].strip() if text.startswith(number) else text)
    return [n for n in notes if n]


def _with_notes(text: str, notes: list[str]) -> str:
    """The notes under a "Notes" line before the reference list (or its heading) the
    plain-text reader finds, else at the end: where a manuscript's endnotes stand, and
    where the Word reader puts them."""
    from blinarefs.parse.headings import is_list_heading
    from blinarefs.parse.split import find_reference_section

    section = find_reference_section(text)
    cut = section.start if section is not None else len(text)
    before = text[:cut].rstrip("\n").rpartition("\n")
    if section is not None and is_list_heading(before[2]):
        cut = len(before[0]) + len(before[1])  # before its "References" line
    block = "Notes\n" + "".join(f"{n}\n" for n in notes)
    return text[:cut] + ("" if not cut or text[cut - 1] == "\n" else "\n") + block + text[cut:]


def mark_superscripts(path: Path, note_marks: bool = False, unset: bool = False) -> None:
    """Digits (and the signs that have superscript forms) of every run set superscript (as
    Pandoc sets them) written as superscript characters, and those of every run set
    subscript as subscript characters ("CO₂", as Pandoc writes them), in place: the text
    export then keeps what was raised and lowered. With ``note_marks``, a footnote's mark,
    a number Word raises and the text export flattens into the word before it, is written
    so too: the number the export gives it (the notes counted in order). A user marking
    citations leaves the notes' marks alone (``--plain marked``): written raised, they
    would read as citations. With ``unset``, the runs are set on the line once written so
    (a reader of the copy sees the characters, not raised runs holding them)."""
    from lxml import etree

    with zipfile.ZipFile(path) as zin:
        parts = {info: zin.read(info.filename) for info in zin.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in parts.items():
            if info.filename == "word/document.xml":
                root = etree.fromstring(data)
                marks = list(root.iter(f"{_W}footnoteReference")) if note_marks else []
                for n, mark in enumerate(marks, 1):
                    if mark.get(f"{_W}customMarkFollows") in (None, "0", "false"):
                        written = etree.SubElement(mark.getparent(), f"{_W}t")
                        written.text = str(n).translate(_MARK)
                        mark.getparent().remove(mark)
                for align in root.iter(f"{_W}vertAlign"):
                    run = align.getparent().getparent()
                    how = {"superscript": _MARK, "subscript": _LOWER}.get(align.get(f"{_W}val"))
                    if how is not None and run.tag == f"{_W}r":
                        for t in run.iter(f"{_W}t"):
                            t.text = (t.text or "").translate(how)
                        if unset:
                            align.set(f"{_W}val", "baseline")
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            zout.writestr(info, data)


# a note as Pandoc's plain writer prints it after the text: a paragraph opening "[1] "
_PANDOC_NOTE = re.compile(r"^\[1\] ", re.MULTILINE)


def pandoc_notes(text: str, notes: int) -> int:
    """Where Pandoc's plain copy of a Word file with ``notes`` footnotes and endnotes starts
    to print them: after the text, each a paragraph opening with its number in brackets
    ("[1] The authors declare ..."); ``len(text)`` when it prints none. The Word reader sets
    the notes apart (its verdicts on them are counted apart, the text export leaving them
    out); in this copy they are the same notes, so its verdicts on them go apart too. (Their
    marks are not sought in the text: the notes of an article's front matter have none, and
    a "[1]" there is a citation.)"""
    starts = [m.start() for m in _PANDOC_NOTE.finditer(text)] if notes else []
    return starts[-1] if starts else len(text)


# a note's own number as Pandoc's plain writer prints it, opening the note's paragraph
_NOTE_NUMBER = re.compile(r"^\[\d+\] ", re.MULTILINE)


def without_note_numbers(text: str, begin: int) -> str:
    """``text`` with the number that opens each note Pandoc's copy prints from ``begin``
    (:func:`pandoc_notes`) blanked, the same length: "[2] Conflict of interest ..." is the
    Word file's second note, whose number is its mark there, no text; read as a bracketed
    citation it cited reference 2, which the Word file and the markup leave uncited (the
    benchmark traces the whole copy as body, its list given apart). A citation inside a
    note's text stays."""
    if begin >= len(text):
        return text
    return text[:begin] + _NOTE_NUMBER.sub(lambda m: " " * len(m.group()), text[begin:])
