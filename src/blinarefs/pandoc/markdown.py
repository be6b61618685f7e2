"""Pandoc Markdown on the way out and in: plain text escaped so Pandoc prints it unchanged,
citations written as Pandoc reads them, and the YAML front matter. Pure functions.

Pandoc's Markdown gives meaning to much that a manuscript uses as plain characters:
``P < .001`` could open raw HTML, ``@`` cites, ``1.`` at the start of a line opens a list,
and its smart punctuation turns ``'`` and ``"`` into curly quotes, ``--`` into a dash and
``...`` into an ellipsis. Every such character is backslash-escaped (Pandoc accepts an
escape before any ASCII punctuation and prints the bare character), so the text Pandoc
prints is the text the manuscript had.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".qmd", ".rmd", ".pmd"})


def is_markdown_path(path: object) -> bool:
    """Whether a manuscript (or an output) is Markdown by its name: its markup and metadata
    are then kept as written, not escaped as plain text."""
    from pathlib import PurePath

    return isinstance(path, str | PurePath) and PurePath(path).suffix.lower() in MARKDOWN_SUFFIXES


_INLINE = re.compile(r"([\\`*_{}\[\]<>#^~$@|'\"&])")
_DOTS = re.compile(r"\.{3,}")
# at the start of a line (">", "#", "|" and "*" are escaped anywhere): list bullets, definition
# lists, setext underlines and rules, a title block, and list numbers ("1." "a)" "iv." "(2)")
_LINE_START = re.compile(r"^(?:([-+:=%])|(\(?)([0-9]+|[A-Za-z]|[ivxlcdmIVXLCDM]+)([.)])(?=\s|$))")


def _escape_line_start(line: str) -> str:
    m = _LINE_START.match(line)
    if not m:
        return line
    if m.group(1):
        return "\\" + line
    paren, number, punct = m.group(2), m.group(3), m.group(4)
    head = ("\\(" if paren else "") + number + "\\" + punct
    return head + line[m.end() :]


def escape_inline(text: str) -> str:
    """``text`` with every character Pandoc Markdown would read as markup escaped (line
    starts aside: see :func:`escape_lines`)."""
    text = _INLINE.sub(r"\\\1", text)
    if "--" in text:
        text = text.replace("--", "-\\-")
    if "..." in text:
        text = _DOTS.sub(lambda m: "\\." * len(m.group()), text)
    return text


def escape_lines(markdown: str) -> str:
    """Each line of an already inline-escaped paragraph stripped (leading spaces would make
    a code block, trailing ones a hard break) and its block markup escaped."""
    return "\n".join(_escape_line_start(line.strip()) for line in markdown.split("\n"))


def escape_markdown(text: str) -> str:
    """Plain text as Pandoc Markdown that Pandoc prints as exactly this text (runs of
    whitespace aside)."""
    return escape_lines(escape_inline(text))


_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


def unescape_markdown(text: str) -> str:
    """Backslash escapes removed: ``dell\\'Adulto`` -> ``dell'Adulto``."""
    return _ESCAPED.sub(r"\1", text)


# -- citations --------------------------------------------------------------------------------

_SIMPLE_KEY = re.compile(r"^[A-Za-z0-9_](?:[\w:.#$%&\-+?<>~/]*\w)?$")


def cite_key(key: str) -> str:
    """``@key``, or ``@{key}`` when the key holds characters a bare Pandoc key cannot."""
    return f"@{key}" if _SIMPLE_KEY.match(key) else "@{" + key + "}"


def pandoc_citation(keys: Iterable[str]) -> str:
    """``[@a; @b; @c]``: one citation of several references (Pandoc collapses the numbers)."""
    return "[" + "; ".join(cite_key(k) for k in keys) + "]"


# -- YAML front matter ------------------------------------------------------------------------

_PLAIN_SCALAR = re.compile(r"^[A-Za-z0-9_./][A-Za-z0-9_./ -]*$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*\n", re.DOTALL)


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if _PLAIN_SCALAR.match(text) and text not in ("true", "false", "null", "yes", "no"):
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted one


def yaml_block(fields: Mapping[str, object], raw: str = "") -> str:
    """A YAML metadata block; a list value becomes a literal block (Pandoc's ``nocite``).
    ``raw`` is YAML text put in as it is, first."""
    lines = ["---", *raw.splitlines()]
    for key, value in fields.items():
        if isinstance(value, (list, tuple)):
            lines.append(f"{key}: |")
            lines.append("  " + ", ".join(str(v) for v in value))
        else:
            lines.append(f"{key}: {_scalar(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def front_matter(text: str) -> tuple[int, str]:
    """(where the body starts, the YAML text) of a Markdown file's leading metadata block;
    (0, "") when it has none."""
    m = _FRONT_MATTER.match(text)
    return (m.end(), m.group(1) or "") if m else (0, "")


_KEY_LINE = re.compile(r"\A[A-Za-z][\w-]*\s*:")  # anchored: only match()ed, at a line
_FENCE = re.compile(r"(?:```|~~~)")


def later_metadata(text: str) -> list[tuple[int, int, str]]:
    """(start, end, YAML text) of each metadata block after the leading one. Pandoc reads a
    block anywhere "preceded by a blank line": a line ``---`` not followed by a blank line,
    through ``---`` or ``...``, holding a YAML mapping (here: its first line is a key; a
    ``---`` before prose is a rule). Fenced code is skipped: YAML shown there is code."""
    out: list[tuple[int, int, str]] = []
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    head = front_matter(text)[0]
    i, fenced = next((k for k, at in enumerate(offsets) if at >= head), len(lines)), False
    while i < len(lines):
        line = lines[i].rstrip()
        fenced ^= bool(_FENCE.match(line))
        blank_before = i == 0 or not lines[i - 1].strip()
        opens = line == "---" and blank_before and not fenced and i + 1 < len(lines)
        if opens and _KEY_LINE.match(lines[i + 1]):
            end = next(
                (k for k in range(i + 1, len(lines)) if lines[k].rstrip() in ("---", "...")), None
            )
            if end is None:
                break  # no closing line after this one, so after none further on either
            out.append((offsets[i], offsets[end + 1], "".join(lines[i + 1 : end])))
            i = end + 1
            continue
        i += 1
    return out


def merged_metadata(blocks: Sequence[str]) -> str:
    """The YAML of several metadata blocks as Pandoc combines them: a left-biased union,
    the first block's value of a key taken over any later one's."""
    seen: set[str] = set()
    kept: list[str] = []
    for yaml in blocks:
        for name, lines in _entries(yaml):
            if name and name in seen:
                continue
            seen.add(name)
            kept += lines
    return "".join(line + "\n" for line in kept)


def _entries(yaml: str) -> list[tuple[str, list[str]]]:
    """Top-level keys of a YAML mapping with their lines (continuations included)."""
    out: list[tuple[str, list[str]]] = []
    for line in yaml.splitlines():
        m = re.match(r"^([A-Za-z][\w-]*)\s*:", line)
        if m or not out:
            out.append((m.group(1) if m else "", [line]))
        else:
            out[-1][1].append(line)
    return out


def yaml_value(yaml: str, key: str) -> str:
    """The raw text of a top-level key's value (continuation lines joined), or ""."""
    for name, lines in _entries(yaml):
        if name == key:
            first = lines[0].split(":", 1)[1].strip()
            rest = " ".join(line.strip() for line in lines[1:])
            return " ".join(part for part in (first.lstrip("|>").strip(), rest) if part)
    return ""


def yaml_without(yaml: str, keys: Sequence[str]) -> str:
    """The YAML with the named top-level keys (and their continuation lines) removed."""
    kept = [line for name, lines in _entries(yaml) if name not in keys for line in lines]
    return "".join(line + "\n" for line in kept)


def yaml_names(value: str) -> list[str]:
    """File names in a ``bibliography:`` value: one name, or a ``[a, b]`` or ``- a`` list."""
    value = value.strip().strip("[]")
    parts = re.split(r"\s*,\s*|\s+-\s+|^-\s+", value)
    return [p.strip().strip("'\"") for p in parts if p.strip().strip("'\"")]


_HEADING = re.compile(r"#{1,6}[ \t]+(\S.*?)(?:[ \t]+#+)?(?:[ \t]*\{[^{}]*\})?[ \t]*")
_SETEXT = re.compile(r"(?:=+|-+)[ \t]*")
# a LaTeX manuscript's sectioning command: \section*{References}, \chapter{Bibliography}
_TEX_HEADING = re.compile(
    r"\\(?:part|chapter|section|subsection|subsubsection)\*?(?:\[[^\]\n]*\])?\{([^{}\n]*)\}[ \t]*"
)


def final_heading(body: str) -> str | None:
    """The text of the heading the body ends with (an ATX "# References", a Setext one
    underlined with = or -, a LaTeX ``\\section*{References}``), or None."""
    lines = body.strip().split("\n")
    last = lines[-1].strip()
    if m := _HEADING.fullmatch(last) or _TEX_HEADING.fullmatch(last):
        return m.group(1).strip()
    if len(lines) > 1 and _SETEXT.fullmatch(last) and lines[-2].strip():
        return lines[-2].strip()
    return None


def ends_with_heading(body: str) -> bool:
    """Whether Markdown ends with a heading ("# References", as Pandoc's manual writes a
    manuscript): the bibliography goes under it, with no title of its own."""
    return final_heading(body) is not None


# Pandoc's place for the bibliography, a div with id "refs" and nothing in it: fenced
# (``::: {#refs}`` then ``:::``) or in HTML (``<div id="refs"></div>``)
_REFS_DIV = re.compile(
    r"^[ \t]*(?::{3,}[ \t]*\{[^{}\n]*#refs(?=[\s}])[^{}\n]*\}[ \t]*\n(?:[ \t]*\n)*[ \t]*:{3,}"
    r"|<div\b[^>\n]*\bid=[\"']refs[\"'][^>\n]*>[ \t\n]*</div>)[ \t]*$",
    re.M,
)


def refs_div(body: str) -> re.Match[str] | None:
    """Where a Markdown manuscript asks for its bibliography (Pandoc's ``refs`` div)."""
    return _REFS_DIV.search(body) if "refs" in body else None
