"""``read_manuscript``: a manuscript file of any kind blinarefs reads, chosen by content.

A Word file is a zip holding ``word/document.xml``; a JATS article is XML whose root is
``<article>`` (or that names the JATS/NLM DTD or holds a ``<ref-list>``); anything else that
decodes as text is read as text. The extension is only used to name what a file is not:
a PDF, an OpenDocument or Excel file gets one line saying what to do, and a file named as a
Word file that is no zip (a download cut short, a renamed file) is damaged, not text: read
as text it would give an empty reference list and findings about nothing.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..errors import ParseError, WrongKind
from ..fsio import binary_kind, read_text, reading
from .document import ManuscriptDocument
from .latex_inputs import is_latex, join_inputs

_JATS_ROOT = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?article[\s>]")
_JATS_HINTS = ("JATS", "NLM//DTD", "jats.nlm.nih.gov", "<ref-list", "<front>")
_ZIP_KINDS = {
    "content.xml": "an OpenDocument file (.odt): save it as .docx or plain text",
    "xl/workbook.xml": "an Excel workbook, not a manuscript",
    "ppt/presentation.xml": "a PowerPoint file, not a manuscript",
}
_WORD_NAMES = (".docx", ".docm", ".dotx", ".dotm")


def read_manuscript(path: str | Path) -> ManuscriptDocument:
    """Read a manuscript: .docx, JATS XML or text, by what the file holds.

    Raises :class:`~blinarefs.errors.ParseError` (one line, naming the file) for a file
    of another kind or a damaged one.
    """
    path = Path(path)
    head = _head(path)
    if head.startswith(b"PK\x03\x04"):
        return _read_zip(path)
    kind = binary_kind(head)
    if kind:
        raise WrongKind(f"{path}: {kind}")
    not_named_word(path)
    text = read_text(path)
    if looks_like_jats(text):
        from .jats import read_jats

        return read_jats(text, path)
    if "\\" in text and is_latex(path, text):  # chapters in files of their own
        text, origins, findings = join_inputs(text, path)
        return ManuscriptDocument(
            text=text, kind="text", path=path, origins=origins, findings=findings
        )
    return ManuscriptDocument(text=text, kind="text", path=path)


def read_list_text(path: str | Path) -> str:
    """The text of a file a reference list is given in (``parse``, ``import``): a Word
    file's text, its automatic list numbers written out, else the file read as text.
    A list kept in Word is read as it is, not refused as a binary file."""
    path = Path(path)
    with reading(path, "a text file"), path.open("rb") as f:
        head = f.read(8)
    if head.startswith(b"PK\x03\x04"):
        return _read_zip(path, _LIST_KINDS).text
    kind = binary_kind(head)  # a PDF saved under a Word name is a PDF, not a damaged file
    if kind:
        raise WrongKind(f"{path}: {kind}")
    not_named_word(path)
    return read_text(path)


def looks_like_jats(text: str) -> bool:
    start = text.lstrip("\ufeff \t\r\n")[:4096]
    if not start.startswith("<"):
        return False
    m = _JATS_ROOT.search(start)
    return bool(m) and any(hint in text[:200_000] for hint in _JATS_HINTS)


def not_named_word(path: Path) -> None:
    """Stop on a file named as a Word file that is no zip archive: what every Word file is."""
    if path.suffix.lower() in _WORD_NAMES:
        raise ParseError(
            f"{path}: named {path.suffix} but not a Word file (no zip archive inside): damaged "
            "or renamed; open it in Word and save it again"
        )


def _head(path: Path) -> bytes:
    with reading(path, "a manuscript", ParseError), path.open("rb") as f:
        return f.read(8)


# What each reader takes, said when it is given a zip that is no Word file
_MANUSCRIPT_KINDS = "blinarefs reads .docx, JATS XML and plain text"
_LIST_KINDS = (
    "give the list as plain text or a .docx, or another tool's file: RIS, CSL-JSON, BibTeX, "
    "PubMed MEDLINE or EndNote XML"
)


def _read_zip(path: Path, kinds: str = _MANUSCRIPT_KINDS) -> ManuscriptDocument:
    from .wordml import is_docx

    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ParseError(f"{path}: a damaged zip file ({exc}); open and save it again") from None
    with zf:
        if is_docx(zf):
            from .docx import read_docx

            try:
                return read_docx(path, zf)
            except (zipfile.BadZipFile, KeyError, OSError, EOFError) as exc:
                raise ParseError(f"{path}: a damaged Word file ({exc})") from None
        names = set(zf.namelist())
    what = next((w for name, w in _ZIP_KINDS.items() if name in names), None)
    raise WrongKind(
        f"{path}: {what or 'a zip archive that is not a Word file (no word/document.xml)'}",
        hint=kinds,
    )
