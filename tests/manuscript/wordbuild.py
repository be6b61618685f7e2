"""Build .docx files for the tests, to the WordprocessingML spec (ECMA-376 part 1): the
package parts a Word file has ([Content_Types].xml, the relationships, document.xml and
the optional styles, numbering, footnotes, endnotes and custom properties), zipped.

Texts and references in the tests are made up for the tests (no real bibliographic
records); only the markup follows what Word, Zotero, Mendeley and EndNote write.
"""

from __future__ import annotations

import base64
import json
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006"

_PARTS = {  # part name -> (relationship type, content type)
    "styles": ("styles", f"{WML}.styles+xml"),
    "numbering": ("numbering", f"{WML}.numbering+xml"),
    "footnotes": ("footnotes", f"{WML}.footnotes+xml"),
    "endnotes": ("endnotes", f"{WML}.endnotes+xml"),
    "settings": ("settings", f"{WML}.settings+xml"),
    "comments": ("comments", f"{WML}.comments+xml"),
}


# -- inline pieces --------------------------------------------------------------------------


def t(
    text: str, *, sup: bool = False, sub: bool = False, style: str = "", italic: bool = False
) -> str:
    """A run of text; ``sup`` (``sub``) sets it superscript (subscript) directly, ``style``
    names a character style."""
    props = ""
    if style:
        props += f'<w:rStyle w:val="{style}"/>'
    if italic:
        props += "<w:i/>"
    if sup or sub:
        props += f'<w:vertAlign w:val="{"superscript" if sup else "subscript"}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def run(inner: str) -> str:
    return f"<w:r>{inner}</w:r>"


def field(code: str, shown: str, *, cut: int = 1, sup: bool = False, data: str = "") -> str:
    """A complex field: begin, its code cut into ``cut`` runs, separate, result, end."""
    size = max(1, -(-len(code) // cut))
    codes = "".join(
        run(f'<w:instrText xml:space="preserve">{escape(code[i : i + size])}</w:instrText>')
        for i in range(0, len(code), size)
    )
    fld_data = f"<w:fldData>{data}</w:fldData>" if data else ""
    return (
        run(f'<w:fldChar w:fldCharType="begin">{fld_data}</w:fldChar>')
        + codes
        + run('<w:fldChar w:fldCharType="separate"/>')
        + t(shown, sup=sup)
        + run('<w:fldChar w:fldCharType="end"/>')
    )


def simple_field(code: str, shown: str, *, sup: bool = False) -> str:
    return f"<w:fldSimple w:instr={quoteattr(code)}>{t(shown, sup=sup)}</w:fldSimple>"


def ins(inner: str) -> str:
    return f'<w:ins w:id="901" w:author="Editor" w:date="2026-01-01T00:00:00Z">{inner}</w:ins>'


def delete(text: str) -> str:
    return (
        '<w:del w:id="902" w:author="Editor" w:date="2026-01-01T00:00:00Z">'
        f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def footnote_ref(n: int) -> str:
    return run(
        f'<w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{n}"/>'
    )


def endnote_ref(n: int) -> str:
    return run(
        f'<w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="{n}"/>'
    )


def endnote_body(text: str) -> str:
    """An endnote's paragraph as Word writes it: the note's own number, then its text."""
    mark = run('<w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/>')
    return f"<w:p>{mark}{t(' ' + text)}</w:p>"


def settings(endnote_format: str) -> str:
    return (
        f'<w:settings xmlns:w="{W_NS}"><w:endnotePr><w:numFmt w:val="{endnote_format}"/>'
        "</w:endnotePr></w:settings>"
    )


def bookmark(name: str, inner: str, n: int) -> str:
    return f'<w:bookmarkStart w:id="{n}" w:name="{name}"/>{inner}<w:bookmarkEnd w:id="{n}"/>'


def sdt(tag: str, inner: str) -> str:
    return (
        f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w:id w:val="1"/></w:sdtPr>'
        f"<w:sdtContent>{inner}</w:sdtContent></w:sdt>"
    )


def text_box(*paragraphs: str, vml: bool = False) -> str:
    """A run holding a floating text box whose content is ``paragraphs``: as Word 2010 and
    later write it, a DrawingML shape (``wps:wsp``) in ``mc:Choice`` and the same box in VML
    (``v:textbox``) in ``mc:Fallback``; ``vml``: the VML picture alone, as older Word wrote
    it."""
    inner = f"<w:txbxContent>{''.join(paragraphs)}</w:txbxContent>"
    pict = (
        '<w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:200pt">'
        f"<v:textbox>{inner}</v:textbox></v:shape></w:pict>"
    )
    if vml:
        return run(pict)
    shape = (
        f'<w:drawing><wp:anchor xmlns:wp="{DRAWING_NS}/wordprocessingDrawing" behindDoc="0">'
        '<wp:extent cx="2540000" cy="914400"/><wp:docPr id="1" name="Text Box 1"/>'
        f'<a:graphic xmlns:a="{DRAWING_NS}/main"><a:graphicData uri="{WPS_NS}">'
        f"<wps:wsp><wps:txbx>{inner}</wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )
    return run(
        f'<mc:AlternateContent xmlns:mc="{MC_NS}"><mc:Choice xmlns:wps="{WPS_NS}" Requires="wps">'
        f"{shape}</mc:Choice><mc:Fallback>{pict}</mc:Fallback></mc:AlternateContent>"
    )


# -- blocks ---------------------------------------------------------------------------------


def p(*inner: str, style: str = "", num: tuple[int, int] | None = None) -> str:
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if num:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{''.join(inner)}</w:p>"


def table(rows: list[list[str]]) -> str:
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc>{p(t(c))}</w:tc>" for c in row) + "</w:tr>" for row in rows
    )
    return f"<w:tbl>{cells}</w:tbl>"


# -- reference-manager codes ------------------------------------------------------------------


def zotero_code(items: list[dict], shown: str) -> str:
    data = {
        "citationID": "abc123",
        "properties": {"formattedCitation": shown, "plainCitation": shown, "noteIndex": 0},
        "citationItems": [
            {
                "id": i + 1,
                "uris": [f"http://zotero.org/users/local/TEST/items/ITEM{it['n']}"],
                "itemData": {k: v for k, v in it.items() if k != "n"},
            }
            for i, it in enumerate(items)
        ],
        "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json",
    }
    return f" ADDIN ZOTERO_ITEM CSL_CITATION {json.dumps(data)} "


def mendeley_legacy_code(items: list[dict], shown: str) -> str:
    data = {
        "citationItems": [
            {
                "id": f"ITEM-{i + 1}",
                "itemData": {**{k: v for k, v in it.items() if k != "n"}, "id": f"ITEM-{i + 1}"},
                "uris": [f"http://www.mendeley.com/documents/?uuid=test-{it['n']}"],
            }
            for i, it in enumerate(items)
        ],
        "mendeley": {"formattedCitation": shown, "plainTextFormattedCitation": shown},
        "properties": {"noteIndex": 0},
        "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json",
    }
    return f"ADDIN CSL_CITATION {json.dumps(data)}"


def mendeley_tag(items: list[dict]) -> str:
    data = {
        "citationID": "MENDELEY_CITATION_test",
        "properties": {"noteIndex": 0},
        "isEdited": False,
        "manualOverride": {
            "isManuallyOverridden": False,
            "citeprocText": "",
            "manualOverrideText": "",
        },
        "citationItems": [
            {
                "id": f"uuid-{it['n']}",
                "itemData": {**{k: v for k, v in it.items() if k != "n"}, "id": f"uuid-{it['n']}"},
            }
            for it in items
        ],
    }
    return "MENDELEY_CITATION_v3_" + base64.b64encode(json.dumps(data).encode()).decode()


def endnote_xml(records: list[dict], shown: str) -> str:
    cites = "".join(
        f"<Cite><Author>{r['author'].split(',')[0]}</Author><Year>{r['year']}</Year>"
        f"<RecNum>{r['n']}</RecNum><DisplayText>{escape(shown)}</DisplayText>"
        f"<record><rec-number>{r['n']}</rec-number>"
        f'<foreign-keys><key app="EN" db-id="testdb">{r["n"]}</key></foreign-keys>'
        f'<ref-type name="Journal Article">17</ref-type>'
        f"<contributors><authors><author>{r['author']}</author></authors></contributors>"
        f"<titles><title>{r['title']}</title><secondary-title>{r['journal']}</secondary-title>"
        f"</titles><dates><year>{r['year']}</year></dates></record></Cite>"
        for r in records
    )
    return f"<EndNote>{cites}</EndNote>"


def endnote_data_field(xml: str, shown: str, *, sup: bool = False) -> str:
    """EndNote's long form: the XML base64 in the w:fldData of a field nested in the code."""
    data = base64.b64encode(xml.encode()).decode()
    begin = run(
        '<w:fldChar w:fldCharType="begin">'
        f'<w:fldData xml:space="preserve">{data}</w:fldData></w:fldChar>'
    )
    return (
        run('<w:fldChar w:fldCharType="begin"/>')
        + run('<w:instrText xml:space="preserve"> ADDIN EN.CITE </w:instrText>')
        + begin
        + run('<w:instrText xml:space="preserve"> ADDIN EN.CITE.DATA </w:instrText>')
        + run('<w:fldChar w:fldCharType="end"/>')
        + run('<w:fldChar w:fldCharType="separate"/>')
        + t(shown, sup=sup)
        + run('<w:fldChar w:fldCharType="end"/>')
    )


# -- parts ----------------------------------------------------------------------------------

SUPERSCRIPT_STYLE = (
    '<w:style w:type="character" w:styleId="CiteSup"><w:name w:val="Cite Sup"/>'
    '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
)
HEADING_STYLES = (
    "".join(
        f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/>'
        f'<w:pPr><w:outlineLvl w:val="{n - 1}"/></w:pPr></w:style>'
        for n in (1, 2)
    )
    + '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
)


def styles(extra: str = "") -> str:
    return f'<w:styles xmlns:w="{W_NS}">{HEADING_STYLES}{SUPERSCRIPT_STYLE}{extra}</w:styles>'


def numbering(lvl_text: str = "%1.", start: int = 1, fmt: str = "decimal") -> str:
    return (
        f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">'
        f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{lvl_text}"/></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        f'<w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>'
        f'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )


def notes(kind: str, bodies: dict[int, str]) -> str:
    sep = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
        f"</w:r></w:p></w:{kind}>"
    )
    items = "".join(f'<w:{kind} w:id="{n}">{body}</w:{kind}>' for n, body in bodies.items())
    return f'<w:{kind}s xmlns:w="{W_NS}">{sep}{items}</w:{kind}s>'


def custom_properties(props: dict[str, str]) -> str:
    items = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" '
        f"name={quoteattr(name)}><vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for i, (name, value) in enumerate(props.items())
    )
    return (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
        ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"{items}</Properties>"
    )


def zotero_bookmark_properties(name: str, code: str, size: int = 255) -> dict[str, str]:
    """Zotero's bookmark mode keeps the code in custom properties NAME_1, NAME_2... of at
    most 255 characters."""
    return {f"{name}_{k + 1}": code[i : i + size] for k, i in enumerate(range(0, len(code), size))}


def docx(
    path: Path,
    body: str,
    *,
    styles_xml: str | None = None,
    numbering_xml: str | None = None,
    footnotes_xml: str | None = None,
    endnotes_xml: str | None = None,
    settings_xml: str | None = None,
    custom: dict[str, str] | None = None,
    comments_xml: str | None = None,
    strict: bool = False,
) -> Path:
    """Write a .docx whose body is ``body`` (block-level WordprocessingML); ``strict``: as
    Word's "Strict Open XML Document" (see :func:`strict_form`)."""
    parts = {
        "styles": styles_xml if styles_xml is not None else styles(),
        "numbering": numbering_xml,
        "footnotes": footnotes_xml,
        "endnotes": endnotes_xml,
        "settings": settings_xml,
        "comments": comments_xml,
    }
    conformance = ' w:conformance="strict"' if strict else ""
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"{conformance}><w:body>{body}'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    )
    overrides = [f'<Override PartName="/word/document.xml" ContentType="{WML}.document.main+xml"/>']
    rels = []
    files = {"word/document.xml": document}
    for i, (name, xml) in enumerate(parts.items()):
        if xml is None:
            continue
        rel_type, content_type = _PARTS[name]
        files[f"word/{name}.xml"] = xml
        overrides.append(f'<Override PartName="/word/{name}.xml" ContentType="{content_type}"/>')
        rels.append(
            f'<Relationship Id="rId{i + 1}" Type="{DOC_REL}/{rel_type}" Target="{name}.xml"/>'
        )
    root_rels = [
        f'<Relationship Id="rId1" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/>'
    ]
    if custom:
        files["docProps/custom.xml"] = custom_properties(custom)
        overrides.append(
            '<Override PartName="/docProps/custom.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
        )
        root_rels.append(
            f'<Relationship Id="rId2" Type="{DOC_REL}/custom-properties" '
            'Target="docProps/custom.xml"/>'
        )
    files["[Content_Types].xml"] = (
        f'<Types xmlns="{CT}"><Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>"
    )
    files["_rels/.rels"] = f'<Relationships xmlns="{PKG_REL}">{"".join(root_rels)}</Relationships>'
    files["word/_rels/document.xml.rels"] = (
        f'<Relationships xmlns="{PKG_REL}">{"".join(rels)}</Relationships>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in ("[Content_Types].xml", "_rels/.rels", *[n for n in files if n[0] not in "[_"]):
            zf.writestr(name, strict_form(files[name]) if strict else files[name])
    return path


# Strict Open XML (ISO/IEC 29500-1 Strict): the same markup bound to other namespaces, the
# relationships typed with other names; package namespaces and content types as they were.
STRICT = {
    W_NS: "http://purl.oclc.org/ooxml/wordprocessingml/main",
    R_NS: "http://purl.oclc.org/ooxml/officeDocument/relationships",
    "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties": (
        "http://purl.oclc.org/ooxml/officeDocument/customProperties"
    ),
    "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes": (
        "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"
    ),
}


def strict_form(xml: str) -> str:
    """A part as Word saves it in Strict Open XML: namespaces and relationship types."""
    for transitional, strict in STRICT.items():
        xml = xml.replace(f'"{transitional}"', f'"{strict}"').replace(
            f'"{transitional}/', f'"{strict}/'
        )
    return xml


def check_verdicts(path: Path, capsys, keep: set[str]) -> list[tuple[str, str]]:
    """What `check --json` finds of the codes in ``keep``, each with its message's last
    parenthesis (the entry's name and what is wrong), sorted: the verdicts a Word file and
    its plain text are compared by."""
    from blinarefs.cli import main

    main(["check", str(path), "--json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    return sorted((f["code"], f["message"].split("(")[-1]) for f in findings if f["code"] in keep)
