"""BibTeX for classic ``bibtex`` and BibLaTeX for ``biber``, and any .bib file read back.

Both writers start from the store's own fields (:func:`blinarefs.bibtex.reference_to_fields`)
and layout (:func:`blinarefs.bibtex.render_entry`), so an export and the store never
disagree on names, case protection or escaping:

- classic BibTeX is ASCII with LaTeX escapes (``G{\\"o}kbuget``), ``month = mar`` macros and
  braced capitals, for any ``.bst`` style and journal submission systems;
- BibLaTeX is UTF-8 with biber's field names: ``date``, ``journaltitle``, ``location``, and
  the PMID as ``eprint`` + ``eprinttype = {pubmed}`` (biblatex links it to PubMed).

blinarefs' own ``blinarefs-*`` fields are kept by default: bibtex and biber skip fields they
do not know, and keeping them lets the file come back with nothing lost (a co-author can
edit it and it can be imported again). ``clean`` leaves them out for a file that goes to a
publisher; what that drops is listed in ``CLEAN_DROPS``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from ..bibtex import (
    F_TYPE,
    SITE_FIELD,
    bibtex_entry_type,
    entry_type_carries,
    reference_to_fields,
    render_entry,
)
from ..findings import Finding
from ..model import Name, Reference
from ..names import format_bibtex_name, parse_bibtex_name
from ..normalised import Normalisation, bibtex_changes
from ..pages import is_article_number
from ..store import Store
from . import ImportResult, iso_date, present

PRIVATE_PREFIX = "blinarefs-"
CANNOT_CARRY: dict[str, str] = {}  # the store is BibTeX: every field has a field
PARTLY: dict[str, str] = {
    "author": "BibTeX names have no dropping particle (Ludwig van Beethoven's 'van')",
    "editor": "BibTeX names have no dropping particle (Ludwig van Beethoven's 'van')",
}
CLEAN_DROPS: dict[str, str] = {
    "number": "blinarefs-number (the number in the printed list)",
    "printed-text": "blinarefs-printed (the reference as printed)",
    "provenance": "blinarefs-provenance (where each enriched field came from)",
    "locked": "blinarefs-locked (fields enrichment must not change)",
    "available-date": "blinarefs-epub (BibTeX has no field for the online-first date)",
    "type": "blinarefs-type (a CSL type with no BibTeX entry type of its own)",
}
# CSL types biblatex has an entry type for but classic BibTeX has not.
BIBLATEX_TYPES = {"dataset": "dataset", "software": "software", "patent": "patent",
                  "standard": "standard"}  # fmt: skip


# An entry as render_entry takes it: its type, its key and its (field, value, braced) lines.
Entry = tuple[str, str, list[tuple[str, str, bool]]]


def _entries(refs: Sequence[Reference], build: Callable[[Reference], Entry]) -> Iterator[str]:
    for i, ref in enumerate(refs):
        yield ("\n" if i else "") + render_entry(*build(ref))


def _drop_private(fields: list[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
    return [f for f in fields if not f[0].startswith(PRIVATE_PREFIX)]


def bibtex_entry(ref: Reference, clean: bool = False) -> Entry:
    fields = reference_to_fields(ref, ascii=True)
    entry_type = _classic_type(ref)
    if entry_type != bibtex_entry_type(ref):
        fields = _page_as_misc(fields)
    return entry_type, ref.id, _drop_private(fields) if clean else fields


def _classic_type(ref: Reference) -> str:
    """The store's entry type, but no classic style knows @online: a @misc, as they print it."""
    entry_type = bibtex_entry_type(ref)
    return "misc" if entry_type == "online" and ref.type == "webpage" else entry_type


def _page_as_misc(fields: list[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
    """A web page for classic BibTeX's styles: its site as ``howpublished`` (which @misc
    prints; none has an ``organization``) and its CSL type kept, so it comes back a page."""
    taken = any(name == "howpublished" for name, _, _ in fields)
    out = [
        ("howpublished" if name == SITE_FIELD and not taken else name, value, braced)
        for name, value, braced in fields
    ]
    at = next(
        (i for i, (name, _, _) in enumerate(out) if name.startswith(PRIVATE_PREFIX)), len(out)
    )
    return [*out[:at], (F_TYPE, "webpage", True), *out[at:]]


def biblatex_entry(ref: Reference, clean: bool = False) -> Entry:
    entry_type = BIBLATEX_TYPES.get(ref.type, bibtex_entry_type(ref))
    other_eprint = any(k.lower() == "eprint" for k, _ in ref.extra)  # an arXiv id, say
    own_eid = any(k.lower() == "eid" for k, _ in ref.extra)
    out: list[tuple[str, str, bool]] = []
    for name, value, braced in reference_to_fields(ref, ascii=False):
        if name == "journal":
            out.append(("journaltitle", value, True))
        elif name == "address":
            out.append(("location", value, True))
        elif name == "school":  # biblatex's name for a thesis's university
            out.append(("institution", value, True))
        elif name == "publisher" and entry_type == "standard":  # the body that issued it
            out.append(("organization", value, True))
        elif name == "year":
            out.append(("date", iso_date(ref.issued or ()), True))
        elif name in ("month", "day"):
            continue
        elif name == "pages" and is_article_number(value) and not own_eid:
            # biber splits pages at any dash and prints a range dash ("e00123–20"); an
            # article number goes in biblatex's eid, printed as it is given
            out.append(("eid", value, True))
        elif name == "pmid" and not other_eprint:
            out += [("eprint", value, True), ("eprinttype", "pubmed", True)]
        elif name == F_TYPE and entry_type_carries(entry_type, ref):
            continue
        else:
            out.append((name, value, braced))
    return entry_type, ref.id, _drop_private(out) if clean else out


def write_bibtex(refs: Sequence[Reference], clean: bool = False) -> Iterator[str]:
    return _entries(refs, lambda r: bibtex_entry(r, clean))


def write_biblatex(refs: Sequence[Reference], clean: bool = False) -> Iterator[str]:
    return _entries(refs, lambda r: biblatex_entry(r, clean))


def _losses(ref: Reference, clean: bool, typed: bool) -> list[str]:
    lost = [
        role for role in ("author", "editor") if not all(map(_name_survives, getattr(ref, role)))
    ]
    if clean:
        lost += present(ref, [n for n in CLEAN_DROPS if n != "type"])
        lost += [] if typed else ["type"]
    return lost


@lru_cache(maxsize=16384)
def _name_survives(name: Name) -> bool:
    """Whether a BibTeX reader gets ``name`` back from what blinarefs writes for it."""
    return parse_bibtex_name(format_bibtex_name(name)) == name


def lost_fields_bibtex(ref: Reference, clean: bool = False) -> list[str]:
    return _losses(ref, clean, entry_type_carries(_classic_type(ref), ref))


def lost_fields_biblatex(ref: Reference, clean: bool = False) -> list[str]:
    entry_type = BIBLATEX_TYPES.get(ref.type, bibtex_entry_type(ref))
    return _losses(ref, clean, entry_type_carries(entry_type, ref))


def changes_bibtex(ref: Reference, clean: bool = False) -> list[Normalisation]:
    """ASCII: ligatures spelled out, combining accents composed, TeX's single spaces; the
    fields reported lost are left to that report."""
    changes = bibtex_changes(ref, ascii=True)
    lost = lost_fields_bibtex(ref, clean) if changes else []
    return [c for c in changes if c.field not in lost]


def changes_biblatex(ref: Reference, clean: bool = False) -> list[Normalisation]:
    changes = bibtex_changes(ref, ascii=False)
    lost = lost_fields_biblatex(ref, clean) if changes else []
    return [c for c in changes if c.field not in lost]


def read_bibtex(text: str, source: str = "<input>") -> ImportResult:
    """BibTeX or BibLaTeX: the store's reader (LaTeX decoded, biblatex names understood);
    blocks it cannot read come back as findings with their line."""
    store = Store.loads(text, source)
    findings = [*store.problems, *_file_blocks(text, source)]
    return ImportResult(tuple(store.references), "bibtex", tuple(findings))


_FILE_BLOCK = re.compile(r"^[ \t]*@(string|preamble)[ \t]*[{(]", re.IGNORECASE | re.MULTILINE)


def _file_blocks(text: str, source: str) -> list[Finding]:
    """What belongs to the file, not to an entry: ``@string`` macros (their values are read
    into the entries) and ``@preamble`` (LaTeX definitions such as ``\\noopsort``). An
    import takes entries only, so it says so, once."""
    found = [(m.group(1).lower(), m.start()) for m in _FILE_BLOCK.finditer(text)]
    if not found:
        return []
    macros = sum(kind == "string" for kind, _ in found)
    parts = [f"{macros} @string macro{'s' if macros != 1 else ''}"] if macros else []
    parts += ["its @preamble"] if macros < len(found) else []
    return [
        Finding(
            "info",
            "not-imported",
            f"{' and '.join(parts)} not carried into the store (macros are read into the "
            "entries that use them)",
            source=source,
            line=text.count("\n", 0, found[0][1]) + 1,
            suggestion=f"keep {source} itself as the store to keep them",
        )
    ]
