"""CSL-JSON as Pandoc, Quarto and Zotero read it, and back.

The writer is :meth:`Reference.to_csl`: blinarefs' model already uses CSL-JSON names. What
CSL has no variable for (the "et al" flag, printed number and text, provenance, locks,
unmodelled BibTeX fields) travels in the item's ``custom`` object, the place CSL-JSON 1.0.2
sets aside for such data; Pandoc and Zotero ignore it, so it stays unless ``clean``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import ImportFormatError
from ..findings import Finding
from ..jsontext import json_pieces
from ..model import Reference
from . import ImportResult, present, usable_key

CANNOT_CARRY: dict[str, str] = {}  # custom holds what CSL has no variable for
PARTLY: dict[str, str] = {}
CLEAN_DROPS: dict[str, str] = {
    "author-truncated": 'custom: the author list was cut with "et al"',
    "number": "custom: the number in the printed list",
    "printed-text": "custom: the reference as printed",
    "provenance": "custom: where each enriched field came from",
    "locked": "custom: fields enrichment must not change",
    "extra-fields": "custom: BibTeX fields blinarefs does not model",
}


def write_csljson(refs: Sequence[Reference], clean: bool = False) -> Iterator[str]:
    return json_pieces(ref.to_csl(custom=not clean) for ref in refs)


def lost_fields(ref: Reference, clean: bool = False) -> list[str]:
    return present(ref, CLEAN_DROPS) if clean else []


# Pandoc cannot see custom.author-truncated, so `blinarefs pandoc` closes a cut author list
# with literal "et al" names (pandoc/items.py); Zotero users type one too.
_ET_AL = re.compile(r"^et\.? ?al\.?$", re.IGNORECASE)


def _items(data: Any, source: str) -> list[Any]:
    """A list of items, one item, or citeproc-js's object keyed by id."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and ("type" in data or "title" in data):
        return [data]
    if isinstance(data, dict) and all(isinstance(v, dict) for v in data.values()):
        return [{"id": k, **v} for k, v in data.items()]
    raise ImportFormatError(f"{source}: not CSL-JSON (expected a list of items)")


def _loose_date(value: Any) -> Any:
    """Zotero and others sometimes give {"raw": "2017-03-02"} or {"literal": "2017"}."""
    if isinstance(value, dict) and "date-parts" not in value:
        text = str(value.get("raw") or value.get("literal") or "")
        parts = [int(p) for p in re.findall(r"\d+", text)[:3]]
        if parts and parts[0] > 999:
            return {"date-parts": [parts]}
    return value


def read_csljson(text: str, source: str = "<input>") -> ImportResult:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            f"{source}:{exc.lineno}: not valid JSON ({exc.msg})", hint="check the file"
        ) from None
    refs: list[Reference] = []
    findings: list[Finding] = []
    for n, item in enumerate(_items(data, source), start=1):
        if not isinstance(item, dict):
            findings.append(_bad(source, n, "not an object"))
            continue
        item = {**item, "id": usable_key(str(item.get("id", ""))) or "?"}
        for key in ("issued", "available-date"):
            if key in item:
                item[key] = _loose_date(item[key])
        try:
            ref = Reference.from_csl(item)
        except (ValueError, TypeError) as exc:
            findings.append(_bad(source, n, str(exc)))
            continue
        names = ref.author
        while names and _ET_AL.match(names[-1].literal):  # "et al" as closing names
            names = names[:-1]
        if len(names) < len(ref.author):
            ref = ref.with_fields(author=names, author_truncated=True)
        refs.append(ref.with_fields(id="") if ref.id == "?" else ref)
    return ImportResult(tuple(refs), "csl-json", tuple(findings))


def _bad(source: str, n: int, why: str) -> Finding:
    return Finding(
        "error",
        "unreadable-item",
        f"item {n} cannot be read: {why}",
        source=source,
        suggestion="fix or remove this item",
    )
