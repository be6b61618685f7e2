"""An arXiv eprint through formats with no field for it (RIS, EndNote XML), as a note line.

BibTeX gives an arXiv preprint's number as ``eprint`` with ``archivePrefix = {arXiv}`` and
``primaryClass`` (arXiv's own BibTeX), or biblatex's ``eprinttype`` and ``eprintclass``, of
which those two are aliases. Neither RIS nor EndNote has a tag for it; Zotero keeps it in
an item's "Extra" as ``arXiv: 2101.00001`` (where Better BibTeX reads it back as the
eprint). The exports write that line in the note (RIS N1, EndNote's notes) as arXiv cites
itself (``arXiv: 2101.00001 [cs.LG]``), and the readers take it out of the note again,
under biblatex's field names.
"""

from __future__ import annotations

import re

from ..bibtex_eprints import EPRINT_ALIASES, eprint_fields
from ..model import Reference

_LINE = re.compile(r"^[ \t]*arXiv[ \t]*:[ \t]*(\S+?)(?:[ \t]+\[([^\]\s]+)\])?[ \t]*$", re.I | re.M)


def _eprint(ref: Reference) -> dict[str, str]:
    """The eprint fields of ``ref``, under biblatex's names."""
    return eprint_fields(ref.extra)


def eprint_line(ref: Reference) -> str:
    """ "arXiv: 2101.00001 [cs.LG]" for an arXiv eprint, else "" (no other server has a
    line Zotero and Better BibTeX read)."""
    fields = _eprint(ref)
    number = fields.get("eprint", "")
    if fields.get("eprinttype", "").lower() != "arxiv" or not re.fullmatch(r"\S+", number):
        return ""
    kind = fields.get("eprintclass", "")
    return f"arXiv: {number}" + (f" [{kind}]" if re.fullmatch(r"[^\]\s]+", kind) else "")


def eprint_carried(ref: Reference) -> frozenset[tuple[str, str]]:
    """The (field, value) pairs of ``ref``'s own fields that :func:`eprint_line` carries,
    as they are named in ``ref``."""
    line = eprint_line(ref)
    if not line:
        return frozenset()
    read = dict(_from_line(line))
    return frozenset(
        (name, value)
        for name, value in ref.extra
        if read.get(EPRINT_ALIASES.get(name.lower(), name.lower()), "").lower()
        == value.strip().lower()
    )


def _from_line(line: str) -> list[tuple[str, str]]:
    m = _LINE.match(line)
    if not m:
        return []
    fields = [("eprint", m.group(1)), ("eprinttype", "arXiv")]
    return fields + ([("eprintclass", m.group(2))] if m.group(2) else [])


def eprint_from_note(ref: Reference) -> Reference:
    """``ref`` with the arXiv eprint its note names on a line of its own (Zotero's "Extra",
    the exports' N1 and notes) as its fields, the line taken out of the note; unchanged
    when it already has an eprint."""
    if "arxiv" not in ref.note.lower() or _eprint(ref).get("eprint"):
        return ref
    m = _LINE.search(ref.note)
    if not m:
        return ref
    note = "\n".join(line for line in _LINE.sub("", ref.note, count=1).splitlines() if line.strip())
    return ref.with_fields(note=note, extra=(*ref.extra, *_from_line(m.group(0))))
