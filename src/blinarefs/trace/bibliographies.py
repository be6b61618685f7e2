"""The bibliographies a keyed manuscript names, read whatever their format.

A Pandoc manuscript names its references in its metadata (``bibliography: refs.json``, or a
list of files), a LaTeX one with ``\\addbibresource{refs.bib}`` (as often as it likes) or
``\\bibliography{a,b}``. Pandoc reads CSL-JSON, BibTeX, BibLaTeX and RIS there, so every
command that follows a manuscript to its references reads them all, as ``blinarefs import``
does: ``trace``, ``check``, ``build`` and ``pandoc --numbered`` find the same references.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from ..findings import Finding
from ..model import Reference

# A name may hold one level of braces ("{\\pathBIB/refs}") or a macro the preamble defines.
_ARG = r"\{((?:[^{}]|\{[^{}]*\})+)\}"
_ADDBIBRESOURCE = re.compile(r"\\addbibresource(?:\[[^\]]*\])?" + _ARG)
_BIBLIOGRAPHY = re.compile(r"\\bibliography" + _ARG)
# A macro without arguments that stands for text, as a folder is named once in a preamble
# ("\\newcommand{\\pathBIB}{./bib}", "\\def\\bibdir{refs}") and used in every file name.
_TEXT_MACRO = re.compile(
    r"\\(?:re)?newcommand\*?\s*\{?\\([A-Za-z@]+)\}?\s*\{([^{}\\]*)\}"
    r"|\\def\s*\\([A-Za-z@]+)\s*\{([^{}\\]*)\}"
)
# A comment runs from an unescaped "%" to the end of the line: a commented-out
# "%\\bibliography{old}" names nothing, and a "%" closing a line of a list is no part of it.
_COMMENT = re.compile(r"(?<!\\)%[^\n]*")


def _latex_names(text: str) -> list[str]:
    text = _COMMENT.sub("", text)
    macros = {m[1] or m[3]: (m[2] if m[1] else m[4]).strip() for m in _TEXT_MACRO.finditer(text)}

    def expand(name: str) -> str:
        name = re.sub(r"\\([A-Za-z@]+)", lambda m: macros.get(m[1], m[0]), name)
        return name.replace("{", "").replace("}", "").strip()

    names = [expand(m.group(1)) for m in _ADDBIBRESOURCE.finditer(text)]
    for m in _BIBLIOGRAPHY.finditer(text):  # bibtex's: names without .bib, comma-separated
        listed = (expand(n) for n in m.group(1).split(","))
        names += [n if n.endswith(".bib") else n + ".bib" for n in listed if n]
    return [n for n in names if n]


# A Pandoc citation in brackets ("[@roe2031]", "[see -@roe2031, p. 4]") or a LaTeX \\cite
# command of any flavour (\\citep, \\autocite, \\textcite): what a text that cites by key
# holds. The command's name is looked at apart: a pattern finding "cite" inside a run of
# letters is quadratic on "\\citecitecite...".
_PANDOC_CITATION = re.compile(r"\[[^\[\]@]{0,200}-?@[\w{]")
_COMMAND = re.compile(r"\\([A-Za-z]+)")


def cites_by_key(text: str) -> bool:
    if _PANDOC_CITATION.search(text):
        return True
    return "cite" in text and any("cite" in m.group(1) for m in _COMMAND.finditer(text))


def _yaml_names(text: str) -> list[str]:
    from ..pandoc.markdown import front_matter, later_metadata, yaml_names, yaml_value

    blocks = [front_matter(text)[1], *(yaml for _, _, yaml in later_metadata(text))]
    for yaml in blocks:  # Pandoc takes the first value a key is given
        value = yaml_value(yaml, "bibliography") if yaml else ""
        if value:
            return yaml_names(value)
    return []


def named_files(text: str, manuscript: Path) -> list[tuple[str, Path | None]]:
    """Each bibliography the manuscript names, with where it is: beside the manuscript, else
    in the current folder (where Pandoc looks); None when it is in neither."""
    out: list[tuple[str, Path | None]] = []
    for name in dict.fromkeys(_yaml_names(text) or _latex_names(text)):
        found = next((c for c in (manuscript.parent / name, Path(name)) if c.is_file()), None)
        out.append((name, found))
    return out


def read_bibliography(path: str | Path) -> tuple[list[Reference], list[Finding]]:
    """References from a BibTeX store, or from any file of references ``blinarefs import``
    reads (CSL-JSON as Pandoc and Zotero write it, RIS, ...), each with a key: a file's own
    ids are kept, the others are given one as ``import`` gives it. Plain text gives none."""
    path = Path(path)
    if path.suffix.lower() == ".bib":
        from ..store import Store

        store = Store.load(path)
        return list(store.references), list(store.problems)
    from ..errors import ImportFormatError
    from ..interchange.files import read_file
    from ..keys import assign_keys

    try:
        result = read_file(path)
    except ImportFormatError as exc:  # its hint names import's --from, which is not here
        raise ImportFormatError(exc.message, hint="check that this is the file you meant") from None
    if result.format == "text":  # prose is no bibliography: a reference list is --refs
        return [], []
    return assign_keys(result.references), list(result.findings)


def read_named(
    files: Sequence[tuple[str, Path | None]],
) -> tuple[list[Reference], list[Finding]]:
    """The references of every named file found, in the files' order, and what reading
    them found; a key two files both hold is taken from the first, as Pandoc takes it."""
    refs: dict[str, Reference] = {}
    problems: list[Finding] = []
    for _, path in files:
        if path is not None:
            found, trouble = read_bibliography(path)
            for ref in found:
                refs.setdefault(ref.id, ref)
            problems += trouble
    return list(refs.values()), problems
