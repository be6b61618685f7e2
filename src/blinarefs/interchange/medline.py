"""PubMed's MEDLINE format (the .nbib file of "Cite > Download .nbib", or "Save > PubMed").

Each record opens with ``PMID- ``; a tag is four characters padded with spaces, then
``- ``; a value wraps onto lines indented by six spaces. Read: PMID, TI (BTI for books),
FAU (full names, preferred) or AU, CN (group authors), DP (publication date), DEP (online
date), JT and TA (journal and its NLM abbreviation), VI, IP, PG (expanded: 836-47 becomes
836-847), LID/AID ``[doi]``, PMC, IS (first ISSN), AB. The many bookkeeping tags (OWN, STAT,
DCOM, MH, ...) are not references' data and are skipped.
"""

from __future__ import annotations

import re

from ..findings import Finding
from ..model import Name, Reference, build_reference
from ..names import parse_vancouver_name
from ..parse.years import MONTH_NUMBERS as MONTHS
from . import ImportResult
from .ris import parse_name

_TAG = re.compile(r"^([A-Z][A-Z0-9]{1,3})\s*- ?(.*)$")


def _records(text: str) -> list[list[tuple[str, str, int]]]:
    records: list[list[tuple[str, str, int]]] = []
    for lineno, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        m = _TAG.match(raw)
        if m and (m.group(1) == "PMID" or records):
            if m.group(1) == "PMID":
                records.append([])
            records[-1].append((m.group(1), m.group(2).strip(), lineno))
        elif raw.startswith("      ") and records and records[-1]:
            tag, value, line = records[-1][-1]
            records[-1][-1] = (tag, f"{value} {raw.strip()}", line)
    return records


def _date(text: str) -> tuple[int, ...] | None:
    """ "2024 Jul 25", "2023 May-Jun", "2019 Spring" -> (2024, 7, 25), (2023, 5), (2019,)."""
    m = re.match(r"(\d{4})(?:\s+([A-Za-z]{3})[a-z]*(?:\s+(\d{1,2})\b)?)?", text)
    if not m:
        return None
    parts = [int(m.group(1))]
    if m.group(2) and m.group(2).lower() in MONTHS:
        parts.append(MONTHS[m.group(2).lower()])
        if m.group(3):
            parts.append(int(m.group(3)))
    return tuple(parts)


def _title(value: str) -> str:
    translated = re.fullmatch(r"\[(.*)\]\.?", value.strip())  # "[Title in English]."
    value = translated.group(1) if translated else value.strip()
    return value[:-1] if value.endswith(".") and not value.endswith("...") else value


def read_medline(text: str, source: str = "<input>") -> ImportResult:
    refs = []
    findings: list[Finding] = []
    for record in _records(text):
        ref = _reference(record)
        if not ref.title:
            findings.append(
                Finding(
                    "warning",
                    "medline-record",
                    f"PMID {ref.pmid}: no title (TI) in the record",
                    line=record[0][2],
                    source=source,
                )
            )
        refs.append(ref)
    if not refs:
        findings.append(Finding("error", "medline-record", "no 'PMID- ' record", source=source))
    return ImportResult(tuple(refs), "medline", tuple(findings))


def _reference(record: list[tuple[str, str, int]]) -> Reference:
    kwargs: dict[str, object] = {"type": "article-journal"}
    authors: list[Name] = []
    after_full_name = False
    for tag, value, _ in record:
        if tag == "FAU":
            authors.append(parse_name(value))
        elif tag == "AU" and not after_full_name:
            authors.append(parse_vancouver_name(value) or Name(literal=value))
        elif tag == "CN":
            authors.append(Name(literal=value))
        after_full_name = tag == "FAU"
        simple = _SIMPLE.get(tag)
        if simple:
            kwargs.setdefault(simple, value)
        elif tag in ("TI", "BTI"):
            kwargs.setdefault("title", _title(value))
            if tag == "BTI":
                kwargs["type"] = "book"
        elif tag == "DP":
            kwargs.setdefault("issued", _date(value))
        elif tag == "DEP" and re.fullmatch(r"\d{8}", value):
            kwargs.setdefault("available_date", (int(value[:4]), int(value[4:6]), int(value[6:])))
        elif tag == "PG":
            kwargs.setdefault("page", value)
        elif tag in ("LID", "AID") and value.endswith("[doi]"):
            kwargs.setdefault("doi", value[: -len("[doi]")].strip())
        elif tag == "IS":
            kwargs.setdefault("issn", value.split()[0])
    kwargs["author"] = tuple(authors)
    if kwargs.get("container_title_short") and not kwargs.get("container_title"):
        kwargs["container_title"] = kwargs["container_title_short"]
    return build_reference("", kwargs)


_SIMPLE = {
    "PMID": "pmid", "JT": "container_title", "TA": "container_title_short", "VI": "volume",
    "IP": "issue", "PMC": "pmcid", "AB": "abstract", "PB": "publisher",
}  # fmt: skip
