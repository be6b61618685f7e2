"""The reference-manager citations of a real Word file, read from its own markup without
blinarefs' Word reader: the truth of eval_docx_fields.py (its docstring says what is read),
and what Pandoc's docx reader and blinarefs' reader find beside it."""

from __future__ import annotations

import base64
import json
import re
import subprocess
import zipfile
from pathlib import Path

from blinarefs.manuscript.wordml import MC
from blinarefs.manuscript.wordml import W as _W

# Word writes a text box twice, as a DrawingML shape and as its VML fallback: one citation
_FALLBACK = MC + "Fallback"
_CODE = re.compile(
    r"ZOTERO_ITEM|ADDIN\s+CSL_CITATION|ADDIN\s+EN\.CITE(?!\.DATA)|ADDIN\s+REFMGR\.CITE"
)


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
