"""From the rendered entry to text, HTML, Markdown, RTF or LaTeX.

citeproc-py renders each entry once, with its HTML formatter, into an intermediate string:
HTML tags for the style's formatting (``<i>``, ``<b>``, ``<sup>``, ...) and for the
rich-text markup a field may carry, ``&amp;``/``&lt;``/``&gt;`` for those characters in the
style's own affixes, and private-use placeholders for ``&``, ``<`` and ``>`` that came from
the data (citeproc-py does not escape field text, so blinarefs hides those characters from
it). Every output format is a walk over that string's tags, so one rendering, one cache
entry, serves all five formats. Pure functions.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence

FORMATS = ("text", "html", "markdown", "rtf", "latex")

# placeholders: characters of the data that citeproc-py must not see (it does not escape)
AMP, LT, GT = "\ue001", "\ue002", "\ue003"
NUMBER = "\ue004"  # the citation number, filled in after rendering (one cache entry per entry)
ETAL_FILLER = "\ue005"  # family name of the stand-ins for authors elided by "et al"
_PLACEHOLDER_TEXT = {AMP: "&", LT: "<", GT: ">"}
_PLACEHOLDER_HTML = {AMP: "&amp;", LT: "&lt;", GT: "&gt;"}

_TAG = re.compile(r"(<[^<>]*>)")
# the tags citeproc-py's HTML formatter writes, and those CSL-JSON rich text allows in fields
_OPEN = {
    "<i>": "i",
    "<b>": "b",
    "<l>": "l",
    "<u>": "u",
    "<sup>": "sup",
    "<sub>": "sub",
    '<span style="font-variant:small-caps;">': "sc",
}
_CLOSE = {"</i>": "i", "</b>": "b", "</l>": "l", "</u>": "u", "</sup>": "sup", "</sub>": "sub"}
_CLOSE["</span>"] = "sc"


def _text(segment: str) -> str:
    """Plain characters of a text segment of the intermediate string."""
    text = html.unescape(segment) if "&" in segment else segment
    for mark, char in _PLACEHOLDER_TEXT.items():
        text = text.replace(mark, char)
    return text


def _tokens(rendered: str):
    """(kind, value): ("text", characters) or ("open"/"close", tag name)."""
    for piece in _TAG.split(rendered):
        if not piece:
            continue
        if piece in _OPEN:
            yield "open", _OPEN[piece]
        elif piece in _CLOSE:
            yield "close", _CLOSE[piece]
        elif piece.startswith("<") and piece.endswith(">"):
            continue  # an unknown tag cannot occur (all data is escaped); never print one
        else:
            yield "text", _text(piece)


# -- superscripts in plain text, the way Pandoc writes them --------------------------------

_SUPER = str.maketrans("0123456789+-=()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ")
_SUB = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")


def _script(text: str, table: dict, caret: str) -> str:
    if text and all(c in "0123456789+-=()n" for c in text):
        mapped = text.translate(table)
        if all(c not in "0123456789+-=()n" for c in mapped):
            return mapped
    return f"{caret}({text})"


# -- one entry ---------------------------------------------------------------------------


def _walk(rendered: str, escape, wrap) -> str:
    """Rebuild ``rendered`` with ``escape(text)`` for text and ``wrap(tag, inner)`` for tags."""
    stack: list[tuple[str, list[str]]] = [("", [])]
    for kind, value in _tokens(rendered):
        if kind == "text":
            stack[-1][1].append(escape(value))
        elif kind == "open":
            stack.append((value, []))
        elif len(stack) > 1 and stack[-1][0] == value:
            tag, parts = stack.pop()
            stack[-1][1].append(wrap(tag, "".join(parts)))
    while len(stack) > 1:  # unclosed tags: keep their text
        tag, parts = stack.pop()
        stack[-1][1].append(wrap(tag, "".join(parts)))
    return "".join(stack[0][1])


def _wrap_text(tag: str, inner: str) -> str:
    if tag == "sup":
        return _script(inner, _SUPER, "^")
    if tag == "sub":
        return _script(inner, _SUB, "_")
    return inner


_HTML_WRAP = {
    "i": ("<i>", "</i>"),
    "b": ("<b>", "</b>"),
    "l": ('<span style="font-weight:lighter">', "</span>"),
    "u": ("<u>", "</u>"),
    "sup": ("<sup>", "</sup>"),
    "sub": ("<sub>", "</sub>"),
    "sc": ('<span style="font-variant:small-caps">', "</span>"),
}
_MD_WRAP = {
    "i": ("*", "*"),
    "b": ("**", "**"),
    "u": ("<u>", "</u>"),
    "sup": ("<sup>", "</sup>"),
    "sub": ("<sub>", "</sub>"),
}
_RTF_WRAP = {
    "i": "{\\i ",
    "b": "{\\b ",
    "u": "{\\ul ",
    "sup": "{\\super ",
    "sub": "{\\sub ",
    "sc": "{\\scaps ",
}
_TEX_WRAP = {
    "i": "\\textit{",
    "b": "\\textbf{",
    "u": "\\underline{",
    "sup": "\\textsuperscript{",
    "sub": "\\textsubscript{",
    "sc": "\\textsc{",
}


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def _rtf_escape(text: str) -> str:
    out = []
    for char in text:
        code = ord(char)
        if char in "\\{}":
            out.append("\\" + char)
        elif code < 128:
            out.append(char)
        else:
            for unit in _utf16_units(char):
                signed = unit - 65536 if unit > 32767 else unit
                out.append(f"\\u{signed}?")
    return "".join(out)


def _utf16_units(char: str) -> list[int]:
    data = char.encode("utf-16-be")
    return [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2)]


_TEX_SPECIAL = {
    "\\": "\\textbackslash{}",
    "&": "\\&",
    "%": "\\%",
    "$": "\\$",
    "#": "\\#",
    "_": "\\_",
    "{": "\\{",
    "}": "\\}",
    "~": "\\textasciitilde{}",
    "^": "\\textasciicircum{}",
}


# Raised and lowered characters (a title's CD4⁺, 10⁹, CO₂ as the stores read them): as
# LaTeX's own commands, which every engine sets (pdflatex knows no U+207A)
_RAISED_RUN = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ]+")
_LOWERED_RUN = re.compile("[₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎]+")
_FLAT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎", "0123456789+-=()ni0123456789+-=()")


def _tex_escape(text: str) -> str:
    out = "".join(_TEX_SPECIAL.get(c, c) for c in text)
    if _RAISED_RUN.search(out):
        out = _RAISED_RUN.sub(lambda m: f"\\textsuperscript{{{m[0].translate(_FLAT)}}}", out)
    if _LOWERED_RUN.search(out):
        out = _LOWERED_RUN.sub(lambda m: f"\\textsubscript{{{m[0].translate(_FLAT)}}}", out)
    return out


def convert(rendered: str, to: str) -> str:
    """One entry (or citation) from the intermediate string into ``to``."""
    if to == "text":
        if "<su" not in rendered:  # the common case: tags only vanish
            return _text(_TAG.sub("", rendered))
        return _walk(rendered, lambda t: t, _wrap_text)
    if to == "html":
        return _walk(
            rendered,
            lambda t: html.escape(t, quote=False),
            lambda tag, inner: _HTML_WRAP[tag][0] + inner + _HTML_WRAP[tag][1],
        )
    if to == "markdown":
        out = _walk(
            rendered,
            _md_escape,
            lambda tag, inner: (
                _MD_WRAP[tag][0] + inner + _MD_WRAP[tag][1] if tag in _MD_WRAP and inner else inner
            ),
        )
        # "1. Smith" would start an ordered list: keep the style's own number as text
        return re.sub(r"^(\d+)\.", r"\1\\.", out)
    if to == "rtf":
        return _walk(
            rendered,
            _rtf_escape,
            lambda tag, inner: _RTF_WRAP[tag] + inner + "}" if tag in _RTF_WRAP else inner,
        )
    if to == "latex":
        return _walk(
            rendered,
            _tex_escape,
            lambda tag, inner: _TEX_WRAP[tag] + inner + "}" if tag in _TEX_WRAP else inner,
        )
    raise ValueError(f"unknown output format {to!r}; choose one of {', '.join(FORMATS)}")


# -- whole documents ---------------------------------------------------------------------

_HTML_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: Georgia, serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.45; }}
.csl-entry {{ margin: 0 0 0.6em 1.6em; text-indent: -1.6em; }}
</style>
</head>
<body>
<h1>{title}</h1>
<div class="csl-bib-body">
"""


def document(
    entries: Sequence[str], to: str, keys: Sequence[str] = (), title: str = "References"
) -> Iterator[str]:
    """Entries already converted to ``to``, as one file in pieces: a list of lines, an HTML
    page, an RTF document, or a LaTeX ``thebibliography`` environment (which needs the
    ``keys``)."""
    if to not in FORMATS:
        raise ValueError(f"unknown output format {to!r}; choose one of {', '.join(FORMATS)}")
    if to == "latex" and len(keys) != len(entries):
        raise ValueError("a LaTeX bibliography needs one key per entry")
    return _pieces(entries, to, keys, title)


def _pieces(entries: Sequence[str], to: str, keys: Sequence[str], title: str) -> Iterator[str]:
    if to == "text":
        yield from (f"{e}\n" for e in entries)
    elif to == "markdown":
        yield from (f"\n{e}\n" if i else f"{e}\n" for i, e in enumerate(entries))
    elif to == "html":
        yield _HTML_HEAD.format(title=html.escape(title))
        yield from (f'<div class="csl-entry">{e}</div>\n' for e in entries)
        yield "</div>\n</body>\n</html>\n"
    elif to == "rtf":
        yield "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24\n"
        yield from (f"{{\\pard\\fi-360\\li360 {e}\\par}}\n" for e in entries)
        yield "}\n"
    else:  # latex
        widest = "9" * len(str(max(len(entries), 1)))
        yield f"\\begin{{thebibliography}}{{{widest}}}\n"
        yield from (f"\\bibitem{{{k}}} {e}\n" for k, e in zip(keys, entries, strict=True))
        yield "\\end{thebibliography}\n"
