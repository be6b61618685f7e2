"""Raised runs rewritten as Word users' files hold them, for eval_docx_reader.py ``--runs``.

Pandoc writes every superscript the same way: one run, ``w:vertAlign`` set directly. Word
files that people write hold the same citation in many other forms, and the reader must
find it in each. Every form below keeps the text and the truth of the article; only the
markup of its raised runs changes:

- ``split``: one run a character (Word's editing history cuts runs anywhere);
- ``unraise``: the spaces, commas and dashes between raised numbers left unraised ("¹, ²");
- ``link``: each raised run inside a hyperlink (EndNote's links to the list);
- ``style``: raised through a character style, itself raised through the style it is
  based on (no direct ``w:vertAlign``), as journal templates and EndNote's "Superscript"
  styles do;
- ``position``: raised by position (Font, Advanced, Position: Raised 3 pt) in a smaller
  size, and no ``w:vertAlign``;
- ``raised-style``: raised by a character style that sets a raised position (no
  ``w:vertAlign`` anywhere), as some journal templates' citation styles do;
- ``field``: each raised run the result of a cross-reference field (``REF _Ref… \\r \\h``,
  Insert, Cross-reference to a numbered list item), its field characters raised as well;
- ``smarttag``, ``sdt``: inside a smart tag, or a content control with no tag;
- ``mixed``: each raised run one of the forms above in turn, cut in two where it is long
  enough: a file edited by several hands.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

FORMS = (
    "split", "unraise", "link", "style", "position", "raised-style", "field", "smarttag", "sdt",
    "mixed",
)  # fmt: skip

# A raised run as Pandoc writes it.
_RAISED_RUN = re.compile(
    r'<w:r><w:rPr><w:vertAlign w:val="superscript" /></w:rPr>'
    r'<w:t xml:space="preserve">([^<]*)</w:t></w:r>'
)
_SUP = '<w:vertAlign w:val="superscript" />'
_STYLES = (
    '<w:style w:type="character" w:styleId="CitationBase"><w:name w:val="Citation Base" />'
    f"<w:rPr>{_SUP}</w:rPr></w:style>"
    '<w:style w:type="character" w:styleId="CitationSuper"><w:name w:val="Citation Super" />'
    '<w:basedOn w:val="CitationBase" /><w:rPr><w:color w:val="000000" /></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="CitationRaised"><w:name w:val="Citation Raised" />'
    '<w:rPr><w:position w:val="6" /><w:sz w:val="16" /></w:rPr></w:style>'
)


def _run(text: str, props: str = _SUP) -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _field(text: str, n: int) -> str:
    def char(kind: str) -> str:
        return f'<w:r><w:rPr>{_SUP}</w:rPr><w:fldChar w:fldCharType="{kind}" /></w:r>'

    code = escape(f" REF _Ref{1000 + n} \\r \\h ")
    return (
        char("begin")
        + f'<w:r><w:rPr>{_SUP}</w:rPr><w:instrText xml:space="preserve">{code}</w:instrText></w:r>'
        + char("separate")
        + _run(text)
        + char("end")
    )


def rewrite(text: str, how: str, n: int) -> str:
    """The raised run ``text`` (XML-escaped, as it stands in the part), the ``n``-th of the
    part, in the form ``how``."""
    if how == "mixed":
        form = FORMS[n % (len(FORMS) - 1)]
        if len(text) > 1 and form != "split":
            return rewrite(text[: len(text) // 2], form, n) + rewrite(
                text[len(text) // 2 :], form, n
            )
        return rewrite(text, form, n)
    if how == "split":
        return "".join(_run(ch) for ch in text)
    if how == "unraise":
        parts = re.split(r"(\d+)", text)
        return "".join(_run(part, _SUP if part.strip(" ,;–-") else "") for part in parts if part)
    if how == "link":
        return f'<w:hyperlink w:anchor="_ENREF_1">{_run(text)}</w:hyperlink>'
    if how == "style":
        return _run(text, '<w:rStyle w:val="CitationSuper" />')
    if how == "position":
        return _run(text, '<w:position w:val="6" /><w:sz w:val="16" />')
    if how == "raised-style":
        return _run(text, '<w:rStyle w:val="CitationRaised" />')
    if how == "field":
        return _field(text, n)
    if how == "smarttag":
        return f'<w:smartTag w:uri="urn:test" w:element="place">{_run(text)}</w:smartTag>'
    if how == "sdt":
        control = f'<w:sdtPr><w:id w:val="{n + 1}" /></w:sdtPr>'
        return f"<w:sdt>{control}<w:sdtContent>{_run(text)}</w:sdtContent></w:sdt>"
    raise ValueError(f"unknown form of raised runs: {how}")


def rewrite_runs(docx: Path, how: str) -> None:
    """Each raised run of the Word file rewritten in the form ``how`` (see the module's
    docstring); styles.xml gets the character styles ``style`` uses."""
    with zipfile.ZipFile(docx) as zin:
        parts = {i: zin.read(i.filename) for i in zin.infolist()}
    counter = iter(range(10**9))
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in parts.items():
            if info.filename == "word/document.xml":
                xml = data.decode("utf-8")
                xml = _RAISED_RUN.sub(lambda m: rewrite(m.group(1), how, next(counter)), xml)
                data = xml.encode("utf-8")
            elif info.filename == "word/styles.xml":
                data = data.replace(b"</w:styles>", _STYLES.encode("utf-8") + b"</w:styles>")
            zout.writestr(info, data)
