"""A manuscript written with keys (Pandoc ``[@key]``, LaTeX ``\\cite{key}``), numbered.

The references are numbered by first citation, as a numeric style numbers them (those the
front matter's ``nocite`` names follow, in its order); each citation is printed as the
style prints it (Blood: superscript, runs collapsed, ``²⁻⁹``; Vancouver: ``(2-9)``), and the
bibliography, in that order, closes the text. Where a superscript goes follows Pandoc: the
space before it is dropped and, when the front matter sets ``notes-after-punctuation``, the
punctuation after it moves before it. So the output of ``blinarefs pandoc`` comes back with
its superscripts where the journal had them.

The rest of the body stays as written: Markdown stays Markdown (plain-text output only
drops its backslash escapes), LaTeX commands other than the citations stay, and the front
matter or preamble is left out (Markdown output keeps the front matter's other keys).
LaTeX output (``to="latex"``) is the whole document, preamble and all, that compiles with
no .bib file: each ``\\cite`` as the style prints it (``\textsuperscript{1,2}``), and the
bibliography as a ``thebibliography`` environment where ``\\printbibliography`` or
``\bibliography{...}`` stood (``\addbibresource`` and ``\bibliographystyle`` dropped),
as a journal that takes no .bib file asks. A
citation prefix or locator (``[see @key, p. 3]``, ``@key [p. 3]``) cannot be numbered and is
reported.
Pure: text and references in, :class:`NumberedManuscript` out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..arguments import references_argument, text_argument
from ..errors import StyleError, UsageError
from ..findings import Finding, quoted
from ..format import bibliography_pieces, format_citation
from ..format.styles import Style, load_style
from ..model import Reference
from ..reprs import brief_repr
from ..trace.decode import Citation, ReferenceIndex, decode_citations, first_cited
from ..trace.manuscript import body_bounds, mask_tex_comments
from .markdown import (
    final_heading,
    front_matter,
    refs_div,
    unescape_markdown,
    yaml_value,
    yaml_without,
)

NUMBERED_FORMATS = ("text", "markdown", "latex")
_CITATION_METADATA = (
    "bibliography",
    "csl",
    "nocite",
    "references",
    "reference-section-title",
    "notes-after-punctuation",
    "link-citations",
    "link-bibliography",
    "suppress-bibliography",
    "citation-abbreviations",
)
_BIB_COMMANDS = re.compile(
    r"(?<![ \t])[ \t]*\\(?:bibliography|bibliographystyle|addbibresource|printbibliography)\b"
    r"(?:\[[^\[\]]*\])?(?:\{[^{}]*\})?[ \t]*\n?"
)
_PRINTED_HERE = re.compile(r"\\(?:printbibliography|bibliography)\b")
_NOCITE_KEY = re.compile(r"@\{?([^\s,;{}'\"]+)")
_PANDOC_KEY = re.compile(r"-?@(?:\{[^{}]*\}|[\w:.#$%&\-+?<>~/]*\w)")


@dataclass(frozen=True)
class NumberedManuscript:
    text: str  # the body with numbered citations, then the bibliography
    order: list[str]  # reference keys, numbered 1..n
    citations: int  # citations numbered
    warnings: tuple[Finding, ...]

    __repr__ = brief_repr  # a notebook shows it without its whole text


# Pandoc's locator or suffix after an in-text citation ("@key [p. 3] says"): the citation's
_IN_TEXT_LOCATOR = re.compile(r"[ \t]*\[([^\[\]@]*)\]")


def _in_text_locator(text: str, c: Citation) -> re.Match[str] | None:
    return _IN_TEXT_LOCATOR.match(text, c.end) if c.marker.startswith("@") else None


def _extras(c: Citation, text: str = "") -> str:
    """What a keyed citation holds besides its keys: a prefix, a locator, a suffix."""
    if (m := _in_text_locator(text, c)) and m.group(1).strip():
        return m.group(1).strip()
    if c.kind == "latex":
        return "; ".join(a for a in re.findall(r"\[([^\]]*)\]", c.marker) if a.strip())
    inner = c.marker[1:-1] if c.marker.startswith("[") else ""
    parts = (_PANDOC_KEY.sub("", part).strip(" ,") for part in inner.split(";"))
    return "; ".join(p for p in parts if p)


# A citation that names its authors in the sentence ("As @key showed", \textcite{key}):
# Pandoc and biblatex print the authors, then the number, where a numeric style cites.
_IN_TEXT = re.compile(r"@|\\(?:[Tt]extcite|citet)\b")


def _in_text_names(c: Citation, by_key: dict[str, Reference]) -> str:
    """The authors an in-text citation of one work prints ("Fable and Myth", "Fable et
    al."); "" for any other citation, or a work with no author or editor."""
    if len(c.keys) != 1 or not _IN_TEXT.match(c.marker) or c.keys[0] not in by_key:
        return ""
    ref = by_key[c.keys[0]]
    names = [n.full_family for n in (ref.author or ref.editor)]
    if len(names) > 2 or (names and ref.author_truncated):
        return f"{names[0]} et al."
    return " and ".join(names)


def _truthy(value: str) -> bool:
    return value.strip().strip("'\"").lower() in ("true", "yes", "on")


def to_numbered(
    text: str,
    references: Iterable[Reference],
    *,
    style: str | Path | Style = "blood",
    to: str = "text",
    markdown: bool | None = None,
    source: str | None = None,
    cache_dir: Path | None = None,
) -> NumberedManuscript:
    """``text``, written with keys, with numbered citations and its bibliography in ``to``
    (text or markdown). ``markdown`` says the input is Markdown (None: it is when it has
    front matter or Pandoc citations); plain-text output then drops its backslash escapes.
    Raises StyleError for a style that does not cite by number."""
    text = text_argument(text, "to_numbered")
    if to not in NUMBERED_FORMATS:
        raise UsageError(
            f"unknown output format {to!r}; choose one of {', '.join(NUMBERED_FORMATS)}"
        )
    style = load_style(style)
    if not style.numeric:
        raise StyleError(
            f"{style.source}: the style does not cite by number",
            hint="choose a numeric style such as blood or vancouver",
        )
    given = references_argument(references, "to_numbered")
    refs = [r.with_fields(number=None, label="") for r in given]  # numbered by first citation
    by_key = {r.id: r for r in refs}
    _, yaml = front_matter(text)
    start, end = body_bounds(text)
    citations = decode_citations(
        mask_tex_comments(text), ReferenceIndex.build(refs), start=start, end=end
    )
    keyed = [c for c in citations if c.kind in ("pandoc", "latex") and c.keys]
    warnings: list[Finding] = []

    def warn(c: Citation, code: str, message: str, suggestion: str) -> None:
        warnings.append(
            Finding(
                "warning",
                code,
                message,
                line=text.count("\n", 0, c.start) + 1,
                text=c.marker,
                suggestion=suggestion,
                source=source,
            )
        )

    for c in citations:
        if c.missing:
            warn(
                c,
                "dangling-citation",
                f"{quoted(c.marker)} names {', '.join(c.missing)}, not in the references",
                "add the reference, or correct the key",
            )
        if c.kind in ("pandoc", "latex") and c.keys and _extras(c, text):
            warn(
                c,
                "citation-extras",
                f"{quoted(c.marker)}: {quoted(_extras(c, text))} cannot be numbered and is left "
                "out",
                "write it into the sentence",
            )
        elif c.kind not in ("pandoc", "latex"):
            warn(
                c,
                "numbered-citation",
                f"{quoted(c.marker)} is not a keyed citation; left as written",
                "cite with [@key] or \\cite{key}",
            )

    nocite = yaml_value(yaml, "nocite")
    extra = [r.id for r in refs] if "@*" in nocite else _NOCITE_KEY.findall(nocite)
    order = list(dict.fromkeys([*first_cited(keyed), *(k for k in extra if k in by_key)]))
    number = {key: n for n, key in enumerate(order, start=1)}

    sup = style.citation.vertical_align == "sup"
    after_punct = _truthy(yaml_value(yaml, "notes-after-punctuation"))
    pieces: list[str] = []
    pos = start
    for c in keyed:
        before = text[pos : c.start]
        cite = format_citation([number[k] for k in c.keys], style, to)
        locator = _in_text_locator(text, c)  # "@key [p. 3]": reported above
        pos = locator.end() if locator else c.end
        if c.kind == "latex" and before.endswith("~") and (sup or to != "latex"):
            before = before[:-1] + " "  # a tie before \cite (LaTeX keeps it before "[1]")
        named = _in_text_names(c, by_key)
        if named:
            before += named if sup else named + " "
        if sup:  # as Pandoc: no space before a superscript, punctuation moved before it
            spaced = before[-1:].isspace()
            before = before.rstrip()
            if spaced and after_punct:
                stop = pos
                while stop < end and unicodedata.category(text[stop]).startswith("P"):
                    stop += 1
                before, pos = before + text[pos:stop], stop
        pieces += [before, cite]
    pieces.append(text[pos:end])
    body = "".join(pieces)
    if to == "latex":
        if yaml or any(c.kind == "pandoc" for c in keyed):
            raise UsageError("LaTeX output is for a LaTeX manuscript (\\cite{key})",
                             hint="give --to markdown or text for a Markdown one")  # fmt: skip
        bibliography = "".join(bibliography_pieces(refs, style, to, order, cache_dir=cache_dir))
        out, left = _latex_document(text[:start], body, text[end:], bibliography)
        warnings += [_biblatex_left(text, at, source) for at in left]
        return NumberedManuscript(out, order, len(keyed), tuple(warnings))
    if "\\" in body:
        body = _BIB_COMMANDS.sub("", body)
    if markdown is None:
        markdown = bool(yaml) or any(c.kind == "pandoc" for c in keyed)
    # Pandoc's refs div is where the bibliography goes; what follows it (an appendix) stays
    div = refs_div(body)
    body, after = (body[: div.start()], body[div.end() :]) if div else (body, "")
    asked = yaml_value(yaml, "reference-section-title").strip("'\"")
    title = _title(final_heading(body), asked, bool(div))
    head = ""
    if to == "markdown":
        kept = yaml_without(yaml, _CITATION_METADATA)
        head = f"---\n{kept}---\n\n" if kept.strip() else ""
        title = f"# {title}" if title else ""
    elif markdown:
        body, after = unescape_markdown(body), unescape_markdown(after)
    bibliography = "".join(bibliography_pieces(refs, style, to, order, cache_dir=cache_dir))
    top = f"{head}{body.strip()}\n\n" + (f"{title}\n\n" if title else "")
    out = top + bibliography + (f"\n{after.strip()}\n" if after.strip() else "")
    return NumberedManuscript(out, order, len(keyed), tuple(warnings))


# biblatex, which a document with its bibliography written out no longer loads (its
# ``thebibliography`` is LaTeX's own), and the preamble commands that need it
_BIBLATEX = re.compile(
    r"^[ \t]*\\(?:usepackage|RequirePackage)\b(?:\[[^\]\n]*\])?\{biblatex\}", re.M
)
_BIBLATEX_ONLY = re.compile(
    r"\\(?:ExecuteBibliographyOptions|Declare(?:FieldFormat|NameFormat|SourceMap|Sourcemap|"
    r"BibliographyDriver|ListFormat|Label\w*|Sort\w*)|DefineBibliographyStrings|"
    r"(?:re)?newbibmacro|AtEveryBib\w*|AtBeginBibliography)\b"
)


def _latex_document(
    preamble: str, body: str, tail: str, bibliography: str
) -> tuple[str, list[int]]:
    """The LaTeX document with its bibliography where it printed one (else at the body's
    end), no command left that asks for a .bib file, and biblatex's ``\\usepackage``
    commented out; with the offsets of the preamble's other biblatex commands, which the
    author must take out (they may span lines)."""
    at = _PRINTED_HERE.search(mask_tex_comments(body))
    before, after = (body[: at.start()], body[at.start() :]) if at else (body.rstrip(), "\n")
    masked = mask_tex_comments(preamble)
    left = [m.start() for m in _BIBLATEX_ONLY.finditer(masked)]
    for m in reversed(list(_BIBLATEX.finditer(masked))):
        note = "% (blinarefs: the bibliography is written out below) "
        preamble = preamble[: m.start()] + note + preamble[m.start() :]
    out = _BIB_COMMANDS.sub("", preamble) + _BIB_COMMANDS.sub("", before) + "\n" + bibliography
    return out + _BIB_COMMANDS.sub("", after) + tail, left


def _biblatex_left(text: str, at: int, source: str | None) -> Finding:
    """A preamble command that needs biblatex, which the numbered document does not load."""
    end = text.find("\n", at)
    return Finding(
        "warning",
        "biblatex-command",
        "a biblatex command in the preamble, which the numbered document no longer loads",
        line=text.count("\n", 0, at) + 1,
        text=text[at : end if end != -1 else len(text)][:80],
        suggestion="remove it before compiling (the bibliography is written out)",
        source=source,
    )


def _title(heading: str | None, asked: str, placed: bool) -> str:
    """The bibliography's heading, printed once: none under the manuscript's own last
    heading ("# References", as Pandoc's manual writes it; a ``reference-section-title``
    is added unless that heading already says it), none at a ``refs`` div unless the front
    matter asks for one (as Pandoc does), else the title asked for or "References"."""
    if heading is not None:
        return asked if asked and asked != heading else ""
    return asked or ("" if placed else "References")
