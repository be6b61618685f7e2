"""A numbered manuscript as a Word file: the smallest .docx that Word and LibreOffice open.

The input is the Markdown :func:`~blinarefs.pandoc.to_numbered` writes (citations as the
CSL style prints them, the bibliography at the end), so this module only has to know the
little Markdown that output holds: paragraphs, ``#`` headings, Pandoc fenced divs (dropped,
their text kept), backslash escapes, and inline ``*italic*``, ``**bold**``, ``^sup^``,
``~sub~``, ``<sup>``, ``<sub>``, ``<i>``, ``<b>``. Each paragraph becomes a ``w:p``, each
stretch of one formatting a ``w:r``; superscript citations are real superscript runs. The
bibliography's entries keep their typed numbers and get a hanging indent. Pandoc itself is
not needed. Pure: Markdown in, bytes out.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from xml.sax.saxutils import escape

from ..pandoc.markdown import front_matter, yaml_value

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ENTRY = re.compile(r"^(?:\[?\d+\\?[.)\]]|\d+\s)")  # "1\. Smith", "[1] Smith", "1 Smith"
_INLINE = re.compile(
    r"\\(?P<escaped>[^A-Za-z0-9\s])|(?P<tag></?(?:sup|sub|i|em|b|strong)>)|(?P<mark>\*\*|\*|\^|~)"
)
_TAG_FLAG = {"sup": "sup", "sub": "sub", "i": "i", "em": "i", "b": "b", "strong": "b"}
_MARK_FLAG = {"**": "b", "*": "i", "^": "sup", "~": "sub"}


@dataclass(frozen=True, slots=True)
class Block:
    text: str  # inline Markdown
    heading: int = 0  # 1-6 for a heading
    title: bool = False  # the document's title (the Markdown's ``title:`` metadata)
    entry: bool = False  # a bibliography entry (after the references heading)


def blocks(markdown: str) -> list[Block]:
    """The paragraphs and headings of ``markdown`` (front matter and div fences left out),
    after the document's title where the front matter gives one (as Pandoc writes it)."""
    start, head = front_matter(markdown)
    title = _yaml_text(yaml_value(head, "title"))
    out: list[Block] = [Block(title, title=True)] if title else []
    in_bibliography = False
    for chunk in re.split(r"\n[ \t]*\n", markdown[start:]):
        lines = [line for line in chunk.strip("\n").splitlines() if not line.startswith(":::")]
        if not lines or not "".join(lines).strip():
            continue
        m = _HEADING.match(lines[0])
        if m and len(lines) == 1:
            out.append(Block(m.group(2), heading=len(m.group(1))))
            in_bibliography = m.group(2).strip().lower() in ("references", "bibliography")
            continue
        text = " ".join(line.strip() for line in lines)
        out.append(Block(text, entry=in_bibliography and bool(_ENTRY.match(text))))
    return out


def _yaml_text(value: str) -> str:
    """A YAML scalar's text: a double-quoted one is a JSON string (as ``yaml_block`` writes
    it), a single-quoted one doubles its quotes."""
    if len(value) > 1 and value[0] == value[-1] == '"':
        import json

        try:
            return str(json.loads(value))
        except ValueError:
            return value[1:-1]
    if len(value) > 1 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def runs(inline: str) -> Iterator[tuple[str, frozenset[str]]]:
    """(text, formatting) pieces of one paragraph's inline Markdown."""
    flags: set[str] = set()
    pos = 0
    buffer: list[str] = []

    def flush() -> Iterator[tuple[str, frozenset[str]]]:
        if buffer:
            yield html.unescape("".join(buffer)), frozenset(flags)
            buffer.clear()

    for m in _INLINE.finditer(inline):
        buffer.append(inline[pos : m.start()])
        pos = m.end()
        if m.group("escaped"):
            buffer.append(m.group("escaped"))
            continue
        if m.group("tag"):
            tag = m.group("tag")
            flag, closing = _TAG_FLAG[tag.strip("</>")], tag.startswith("</")
        else:
            flag = _MARK_FLAG[m.group("mark")]
            closing = flag in flags
        yield from flush()
        if closing:
            flags.discard(flag)
        else:
            flags.add(flag)
    buffer.append(inline[pos:])
    yield from flush()


def _run(text: str, flags: frozenset[str]) -> str:
    props = "<w:b/>" * ("b" in flags) + "<w:i/>" * ("i" in flags)
    if "sup" in flags or "sub" in flags:
        props += f'<w:vertAlign w:val="{"superscript" if "sup" in flags else "subscript"}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _paragraph(block: Block) -> str:
    style = f"Heading{block.heading}" if block.heading else "Bibliography" if block.entry else ""
    style = "Title" if block.title else style
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(_run(t, f) for t, f in runs(block.text) if t)}</w:p>"


_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W_NS}">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr>'
    "</w:pPrDefault></w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "</w:style>"
    + "".join(
        f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/>'
        f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
        f'<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>'
        f'<w:outlineLvl w:val="{n - 1}"/></w:pPr><w:rPr><w:b/><w:sz w:val="{34 - 3 * n}"/>'
        "</w:rPr></w:style>"
        for n in range(1, 7)
    )
    + '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr>'
    '<w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="Bibliography"><w:name w:val="Bibliography"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="80"/>'
    '<w:ind w:left="567" w:hanging="567"/></w:pPr></w:style></w:styles>'
)
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{_WML}.document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{_WML}.styles+xml"/></Types>'
)
_PACKAGE_RELS = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_DOC_REL}/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
_DOCUMENT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_DOC_REL}/styles" Target="styles.xml"/></Relationships>'
)
# A4 with 2.5 cm margins; Word opens a section without them, LibreOffice guesses otherwise.
_SECTION = (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" '
    'w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>'
)


def markdown_to_docx(markdown: str) -> bytes:
    """The .docx bytes of a numbered manuscript in Markdown."""
    body = "".join(_paragraph(b) for b in blocks(markdown))
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}{_SECTION}</w:body></w:document>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _PACKAGE_RELS)
        zf.writestr("word/document.xml", document)
        zf.writestr("word/styles.xml", _STYLES)
        zf.writestr("word/_rels/document.xml.rels", _DOCUMENT_RELS)
    return out.getvalue()
