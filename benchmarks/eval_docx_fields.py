"""Real Word files with reference-manager citations: every field read with what it cites, and
``check`` on the .docx giving the verdicts it gives on the same document as plain text.

The files (``docx_fields_corpus.json``: public repositories at pinned commits, licences,
checksums, dev/held-out split; the files stay out of this repository):

1. **Fields.** The truth comes from each file's own markup, read here without the reader:
   the field codes in ``w:instrText`` and ``w:fldSimple`` (every part: body, footnotes,
   endnotes), Mendeley Cite's content-control tags, Zotero's and Mendeley's (LibreOffice)
   bookmarks (one citation for bookmarks over the same text with one code), and the items in
   each code (CSL-JSON ``citationItems``, EndNote ``<Cite>`` elements, inline or base64 in
   ``w:fldData``). Pandoc's own docx reader (``+citations``) is shown beside it where it
   reads the manager. A citation counts as read when the reader gives it the works it cites.
2. **Verdicts.** The same document exported to plain text as a user's copy is: LibreOffice's
   "Text" export, byte for byte what its and Word's "Save as text" write (one paragraph a
   line, no blank line between, raised digits flattened to plain ones, list numbers kept);
   ``--plain pandoc`` uses ``pandoc -t plain`` instead, which keeps raised and lowered
   digits as superscript and subscript characters (its "^(3,4)" and "_(3-hyp)" for groups
   with characters that have none are written so too) and separates paragraphs with a
   blank line; ``--plain marked`` exports with LibreOffice a copy whose raised digits are
   superscript characters (and lowered ones subscript characters), as a careful user
   marks them before saving as text; ``--plain libreoffice-notes`` is the text export
   with the footnotes and endnotes it leaves out put back, as LibreOffice renders them
   in its XHTML export (field results and all, without their numbers), under a
   "Notes" line before the reference list the plain-text reader finds: the notes' text
   comes from LibreOffice, not from blinarefs' Word reader, whose own body-and-notes text
   would compare the reader with itself. Both files checked. The
   verdicts about the manuscript (dangling citations, uncited references, citation order,
   duplicate references, uncertain markers, uncited factual claims) are compared finding by
   finding (code and the text concerned, raised characters unraised, a minus sign as a
   hyphen, spaces collapsed; a reference by
   the author and year it names, not by its number or key, which in a list printed without
   numbers are the reader's own). Findings only
   one of the two can give are counted apart: claims checked against the abstracts the
   fields carry (plain text has none; a claim they contradict as one they do not hold),
   the printed list checked against the fields, and a
   printed list that is missing or could not be fully read (the .docx takes its references
   from the fields). Each difference is put down to a cause, which says whether plain text
   could give the Word file's verdict or cannot (``field_causes.py``): it cannot where the
   export lost what the Word file marks at that place (raised or lowered digits, read beside
   the same export made with them kept as superscript and subscript characters; a list only
   a field marks; notes; a cross-reference to a figure or table whose result LibreOffice
   replaced with its own "Error: Reference source not found"). The target is the agreement
   on what both sides can know, those differences left out; the agreement over every verdict
   is given beside it, and both per file (``--diff`` prints each difference with its cause).

Usage: python benchmarks/eval_docx_fields.py --prepare        (extract the files, once)
       python benchmarks/eval_docx_fields.py [--split dev|heldout|all] [--diff]
           [--plain libreoffice|marked|pandoc|libreoffice-notes]
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests" / "manuscript"), str(HERE.parent / "src")]

from eval_docx_annotate import DEFAULT_CORPUS, prepare  # noqa: E402
from field_causes import field_causes  # noqa: E402
from timing import print_table  # noqa: E402

MANIFEST = HERE / "docx_fields_corpus.json"
# A further set outside both splits (``--extra``): more real manuscripts to find the causes the
# few dev files cannot show; its files are checked to be none of the manifest's (SHA-256).
EXTRA = HERE / "docx_fields_extra.json"
TARGET = 1.0
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Word writes a text box twice, as a DrawingML shape and as its VML fallback: one citation
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_CODE = re.compile(
    r"ZOTERO_ITEM|ADDIN\s+CSL_CITATION|ADDIN\s+EN\.CITE(?!\.DATA)|ADDIN\s+REFMGR\.CITE"
)
# A verdict's text with what is raised unraised: the digits, the raised comma, and the signs
# and brackets ``--plain marked`` raises with them ("Fe³⁺", "ha⁻¹", "⁽³⁾"), which the Word
# reader leaves as typed; a raised minus stands for a hyphen or a minus sign alike, so both
# are one sign in the key ("ha−1", "ha-1" and "ha⁻1" name the same sentence); and what is
# lowered lowered no more ("CO₂", Pandoc's "CP₃-hyp": the Word reader's "CO2", "CP3-hyp").
_SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹˒⁺⁻−⁽⁾⁼₀₁₂₃₄₅₆₇₈₉₊₋₍₎₌", "0123456789,+--()=0123456789+-()=")
_RAISE = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_LOWER = str.maketrans("0123456789+-()=", "₀₁₂₃₄₅₆₇₈₉₊₋₍₎₌")
# Pandoc's "_(3-hyp)", "_(lin(1,2))": a lowered group with characters that have no subscript
_LOWERED_GROUP = re.compile(r"_\(((?:[^()\n]|\([^()\n]*\))*)\)")
_MARK = str.maketrans("0123456789+-−()=", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁽⁾⁼")
_RAISED_GROUP = re.compile(r"\^\(([\d,;\s\-–]+)\)")
_REFERENCE_NAMED = re.compile(r"\breference \S+ \(")
# What only the .docx can know when its references come from the fields: the abstracts they
# carry (claims checked against them), the printed list against them; and the printed list
# is not parsed then, so what plain text reports of reading it (its form, what was cut off
# after it, or missing it, when the manager printed no list) has no counterpart.
# (a claim the abstracts contradict is one of those checks, as one they do not hold is)
ONE_SIDED = {"claim-not-in-reference", "claim-not-in-source", "claim-contradicted",
             "printed-list-mismatch",
             "doubtful-reference", "unparsed-reference", "no-references",
             "reference-list"}  # fmt: skip
# What the Word reader says about the file itself (tracked changes it accepted, a field it
# could not read or read as typed): about reading Word, not verdicts on the manuscript; a
# text export has none.
READER_ONLY = {"tracked-changes", "field-unreadable", "field-without-data", "field-typed-over"}


# -- 1. the fields, from the markup ---------------------------------------------------------


def markup_citations(path: Path) -> list[tuple[int, int, str]]:
    """Per citation, in each part's order, the works it names, those it holds the data of,
    and its storage form: field codes (with EndNote's base64 data), simple fields, Mendeley
    Cite controls, Zotero and Mendeley bookmarks (code in the custom properties); a text
    box's VML fallback, the same box again, is skipped."""
    from lxml import etree

    out: list[tuple[int, int, str]] = []
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        props = (
            _custom_properties(zf.read("docProps/custom.xml"))
            if "docProps/custom.xml" in names
            else {}
        )
        for part in ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml"):
            if part not in names:
                continue
            root = etree.fromstring(zf.read(part))
            # ("code", text), ("simple", text), ("data", base64), ("read", [named, held,
            # form]) in document order
            tokens: list[tuple[str, str]] = []
            texts, last_mark = 0, (-1, "")  # text runs passed; Mendeley's last bookmark
            for el in root.iter(f"{_W}instrText", f"{_W}fldData", f"{_W}fldSimple", f"{_W}tag",
                                f"{_W}bookmarkStart", f"{_W}t"):  # fmt: skip
                if any(True for _ in el.iterancestors(_FALLBACK)):
                    continue
                tag = el.tag[len(_W) :]
                if tag == "t":
                    texts += 1
                elif tag == "instrText":
                    tokens.append(("code", el.text or ""))
                elif tag == "fldData":
                    tokens.append(("data", el.text or ""))
                elif tag == "fldSimple":
                    tokens.append(("simple", el.get(f"{_W}instr", "")))
                    tokens.append(("code", " "))  # a simple field ends where it ends
                elif tag == "tag" and (el.get(f"{_W}val") or "").startswith(
                    "MENDELEY_CITATION_v3_"
                ):
                    raw = el.get(f"{_W}val", "")[len("MENDELEY_CITATION_v3_") :]
                    found = [*_csl_items(_b64(raw)), "mendeley content control"]
                    tokens.append(("read", json.dumps(found)))
                elif tag == "bookmarkStart" and (el.get(f"{_W}name") or "").startswith(
                    "ZOTERO_BREF_"
                ):
                    code = _split_property(props, el.get(f"{_W}name", ""))
                    if "CSL_CITATION" in code or code.startswith(("ITEM", "ZOTERO_ITEM")):
                        found = [*_csl_items(code), "zotero bookmark"]
                        tokens.append(("read", json.dumps(found)))
                elif tag == "bookmarkStart" and (el.get(f"{_W}name") or "").startswith(
                    "Mendeley_Bookmark_"
                ):
                    # Mendeley's LibreOffice plugin: the code split over custom properties
                    # as Zotero's is; a citation saved as .docx can carry two bookmarks over
                    # the same text with the same code, one citation
                    code = _split_property(props, el.get(f"{_W}name", ""))
                    if "CSL_CITATION" in code and (texts, code) != last_mark:
                        found = [*_csl_items(code), "mendeley bookmark"]
                        tokens.append(("read", json.dumps(found)))
                    last_mark = (texts, code)
            where = " in notes" if "notes" in part else ""
            out += [(n, h, form + where) for n, h, form in _field_items(tokens)]
    return out


def _split_property(props: dict[str, str], name: str) -> str:
    """A bookmark's code, stored in custom properties NAME_1, NAME_2..."""
    code, n = "", 1
    while f"{name}_{n}" in props:
        code, n = code + props[f"{name}_{n}"], n + 1
    return code


def _custom_properties(xml: bytes) -> dict[str, str]:
    from lxml import etree

    root = etree.fromstring(xml)
    return {p.get("name", ""): "".join(p.itertext()) for p in root}


def _field_items(tokens: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Join the code pieces of each field (codes start at a manager's name) and count items."""
    codes: list[list[str]] = []  # [code text, base64 data, read, "simple" or ""]
    pending = ""  # the w:fldData of the field that begins next
    for kind, text in tokens:
        if kind == "data":
            pending = text
            continue
        if kind == "read":  # a control or a bookmark, read where it stands
            codes.append(["", "", text, ""])
            continue
        if "EN.CITE.DATA" in text:  # EndNote's nested field: the data of the one it is in
            if codes and not codes[-1][1]:
                codes[-1][1] = pending
        elif _CODE.search(text):
            codes.append([text, pending, "", "simple" if kind == "simple" else ""])
        elif "ADDIN" in text or not codes:
            codes.append(["", "", "", ""])  # another manager field (a list...): no citation
        else:
            codes[-1][0] += text  # the rest of a code cut over runs (or a plain field's)
        pending = ""
    out: list[tuple[int, int, str]] = []
    for code, data, read, simple in codes:
        if read:
            named, held, form = json.loads(read)
            out.append((named, held, form))
            continue
        m = _CODE.search(code)
        if not m:
            continue
        kind = "simple field" if simple else "field"
        if "EN.CITE" in m.group() or "REFMGR" in m.group():
            inline = "<" in code
            xml = code[m.end() :] if inline else _b64(data)
            cites = re.findall(r"<Cite\b[^>]*>.*?</Cite>", xml, re.DOTALL)
            held = sum(1 for c in cites if "<record>" in c or "<MDL" in c)
            form = f"endnote {kind}" + ("" if inline else " (base64 data)")
            out.append((len(cites) or 1, held, form))
        else:
            manager = "zotero" if "ZOTERO" in m.group() else "mendeley"
            out.append((*_csl_items(code[m.end() :]), f"{manager} {kind}"))
    return out


def _csl_items(code: str) -> tuple[int, int]:
    start, end = code.find("{"), code.rfind("}")
    try:
        items = json.loads(code[start : end + 1]).get("citationItems") or ()
    except ValueError:
        return len(re.findall(r'"uris?"\s*:', code)) or 1, 0  # cut short: what it names
    return len(items) or 1, sum(1 for item in items if isinstance(item.get("itemData"), dict))


def _b64(raw: str) -> str:
    cleaned = re.sub(r"\s+", "", raw)
    try:
        return base64.b64decode(cleaned + "=" * (-len(cleaned) % 4)).decode("utf-8", "replace")
    except ValueError:
        return ""


def pandoc_citations(path: Path) -> list[int] | None:
    """Items per citation as Pandoc's docx reader finds them (None when it warns that it
    could not read a citation)."""
    import pypandoc

    run = subprocess.run(
        [pypandoc.get_pandoc_path(), "-f", "docx+citations", "-t", "json", str(path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    if "Cannot parse" in run.stderr:
        return None
    out: list[int] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("t") == "Cite":
                out.append(len(node["c"][0]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(run.stdout).get("blocks"))
    return out


def read_citations(doc) -> tuple[list[int], int]:
    """Works per field citation as the reader gives them, and how many came without data."""
    fields = [m for m in doc.markers if m.origin.startswith("field:")]
    return [len(m.keys) for m in fields], sum(1 for m in fields if not m.keys)


# -- 2. the verdicts, .docx against plain text --------------------------------------------


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
                _mark_superscripts(copy, note_marks=how == "formatted")
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


def _mark_superscripts(path: Path, note_marks: bool = False, unset: bool = False) -> None:
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


def check_findings(path: Path) -> list[dict]:
    from blinarefs.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["check", str(path), "--json"])
    return json.loads(out.getvalue())["findings"]


def _key(finding: dict) -> tuple[str, str]:
    about = finding.get("text") or re.sub(r"\b(?:claim|line) \d+", "", finding["message"])
    # a reference by the work it names: "reference 1 (Roe 2020)" in a list printed without
    # numbers is the reader's count, "reference roe2020trial (Roe 2020)" the .docx's key
    about = _REFERENCE_NAMED.sub("reference (", about)
    return finding["code"], " ".join(about.translate(_SUP).split())


def compare(word: list[dict], plain: list[dict], fields: bool) -> dict[str, object]:
    """Shared verdicts matched one by one; one-sided ones (with field references) counted
    per side."""
    apart = (ONE_SIDED if fields else {"printed-list-mismatch"}) | READER_ONLY
    a = Counter(_key(f) for f in word if f["code"] not in apart)
    b = Counter(_key(f) for f in plain if f["code"] not in apart)
    return {
        "same": sum((a & b).values()),
        "word_only": sorted((a - b).elements()),
        "plain_only": sorted((b - a).elements()),
        "one_sided": (
            sum(1 for f in word if f["code"] in apart),
            sum(1 for f in plain if f["code"] in apart),
        ),
    }


def _share(n: int, of: int) -> str:
    return f"{n / of if of else 1:.3f}"


# -- the run ---------------------------------------------------------------------------------


def files_of(corpus: Path, split: str, manifest_path: Path = MANIFEST) -> list[tuple[str, Path]]:
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    out = []
    for source in manifest["sources"]:
        if split in ("all", source["split"]):
            for name in source["files"]:
                out.append((source["name"], corpus / source["name"] / name.replace("/", "__")))
    return out


def _outside_manifest(extra: Path) -> None:
    """The further set must hold no file of the manifest (either split): the same bytes would
    count a dev file twice or open a held-out one."""
    known = {
        digest
        for source in json.loads(MANIFEST.read_text(encoding="utf-8"))["sources"]
        for digest in source.get("sha256", {}).values()
    }
    for source in json.loads(extra.read_text(encoding="utf-8"))["sources"]:
        for name, digest in source["sha256"].items():
            if digest in known:
                raise SystemExit(f"{source['repo']}: {name} is a file of {MANIFEST.name}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--prepare", action="store_true", help="extract the files from the mirrors")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS.parent / "docx_fields")
    ap.add_argument("--split", default="dev", choices=("dev", "heldout", "all"))
    ap.add_argument("--extra", action="store_true", help=f"the further set of {EXTRA.name} "
                    "(default corpus: docx_fields_extra in the temporary directory)")  # fmt: skip
    ap.add_argument("--plain", choices=("libreoffice", "marked", "pandoc", "libreoffice-notes"),
                    default="libreoffice" if shutil.which("soffice") else "pandoc")  # fmt: skip
    ap.add_argument("--diff", action="store_true", help="print each verdict only one side gave")
    args = ap.parse_args()
    manifest = EXTRA if args.extra else MANIFEST
    if args.extra:
        args.split = "all"
        if args.corpus == ap.get_default("corpus"):
            args.corpus = Path(tempfile.gettempdir()) / "docx_fields_extra"
    if args.prepare:
        if args.extra:
            _outside_manifest(EXTRA)
        prepare(args.corpus, manifest)
        return 0
    from blinarefs.manuscript import read_manuscript
    from blinarefs.trace.load import trace_file

    files = files_of(args.corpus, args.split, manifest)
    missing = [p for _, p in files if not p.is_file()]
    if missing:
        print(f"{missing[0]}: not there; run with --prepare first", file=sys.stderr)
        return 2
    field_rows, verdict_rows = [], []
    forms: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    totals = Counter()
    causes: Counter = Counter()  # why the verdicts differ (field_causes.py)
    with tempfile.TemporaryDirectory() as tmp:
        plain = plain_texts([p for _, p in files], args.plain, Path(tmp))
        kept = formatted_texts([p for _, p in files], args.plain, Path(tmp) / "kept", plain)
        for source, path in files:
            doc = read_manuscript(path)
            truth = markup_citations(path)
            found, bare = read_citations(doc)
            theirs = pandoc_citations(path)
            held = [h for _, h, _ in truth]
            # every work named, or (a work whose data is nowhere in the file) those with data
            exact = [f in (n, h) for (n, h, _), f in zip(truth, found, strict=False)]
            aligned = len(truth) == len(found)
            right = sum(exact) if aligned else 0
            for i, (_, _, form) in enumerate(truth):
                forms[form][0] += 1
                forms[form][1] += aligned and exact[i]
            named = sum(n for n, _, _ in truth)
            totals.update(fields=len(truth), read=right, items=named, held=sum(held))
            pandoc = "-" if theirs is None else f"{len(theirs)}/{sum(theirs)}"
            field_rows.append([source, path.name.split("__")[-1], len(truth), named, sum(held),
                               len(found), sum(found), bare, right, pandoc])  # fmt: skip
            fields = doc.references_from == "word field"
            on_word, on_plain = check_findings(path), check_findings(plain[path])
            result = compare(on_word, on_plain, fields)
            exported = plain[path].read_text(encoding="utf-8-sig")
            formatted = kept[path].read_text(encoding="utf-8-sig")
            each: list[tuple[str, tuple[str, str], str]] = []
            _, plain_trace = trace_file(plain[path])
            why = field_causes(on_word, on_plain, result, doc, exported, formatted, each,
                               plain_trace)  # fmt: skip
            causes.update(why)
            lost = sum(n for c, n in why.items() if c.startswith("inherent"))
            same, w_only, p_only = result["same"], result["word_only"], result["plain_only"]
            totals.update(same=same, word_only=len(w_only), plain_only=len(p_only))
            union = same + len(w_only) + len(p_only)
            verdict_rows.append([source, path.name.split("__")[-1], same, len(w_only),
                                 len(p_only), f"{same / union if union else 1:.3f}", lost,
                                 _share(same, union - lost),
                                 "{} / {}".format(*result["one_sided"])])  # fmt: skip
            if args.diff:
                for side, (code, about), cause in sorted(each):
                    name = "docx" if side == "word" else args.plain
                    print(f"  {path.name} only in {name}: {code}: {about[:100]}  <- {cause}")
    split = "extra" if args.extra else args.split
    print(f"Reference-manager citations ({split} split): markup (truth) against the reader")
    print_table(
        ["source", "file", "citations", "works named", "with data", "read", "works read",
         "read without data", "read exactly", "pandoc (cites/works)"], field_rows,
    )  # fmt: skip
    print_table(["storage form", "citations", "read exactly"],
                [[form, n, right] for form, (n, right) in sorted(forms.items())])  # fmt: skip
    share = totals["read"] / totals["fields"] if totals["fields"] else 1.0
    verdict = "meets" if share >= TARGET else "MISSES"
    print(f"{verdict} the target: {totals['read']} of {totals['fields']} citations read with "
          f"exactly the works whose data they hold ({share:.3f}; {totals['items']} works named, "
          f"{totals['held']} with their data)")  # fmt: skip
    print(f"\ncheck on the .docx against check on its plain text ({args.plain}):")
    print_table(
        ["source", "file", "same verdicts", "docx only", "plain only", "agreement",
         "lost in export", "agreement (both can know)", "one-sided (docx / plain)"],
        verdict_rows,
    )  # fmt: skip
    union = totals["same"] + totals["word_only"] + totals["plain_only"]
    inherent = sum(n for c, n in causes.items() if c.startswith("inherent"))
    knowable = union - inherent
    agree = totals["same"] / knowable if knowable else 1.0
    verdict = "meets" if agree >= TARGET else "MISSES"
    print(f"{verdict} the target (the same verdicts on what both sides can know): "
          f"{totals['same']} of {knowable} agree ({agree:.3f}); the {inherent} differences "
          "where the export lost what the Word file marks (raised or lowered digits, a list "
          "or notes only its markup holds) left out")  # fmt: skip
    print(f"  every verdict: {totals['same']} of {union} agree ({_share(totals['same'], union)})")
    print("\nThe differences by cause (see field_causes.py; 'inherent': the export lost what "
          f"the Word file marks): {inherent} of {sum(causes.values())} inherent")  # fmt: skip
    print_table(["cause", "count"], [[c, n] for c, n in causes.most_common()])
    return 0


if __name__ == "__main__":
    sys.exit(main())
