"""Europe PMC: abstracts, and open-access full text, for the evidence check.

Its REST API (``{base}/search``) finds a work by DOI, PMID or PMCID (``DOI:"10.1/x"``,
``EXT_ID:123 AND SRC:MED``, ``PMCID:PMC123``); with ``resultType=core`` each result carries
``abstractText`` (structured abstracts mark their sections with ``<h4>Label</h4>``), its
``pmcid`` and ``isOpenAccess``. An open-access article's JATS full text is at
``{base}/{PMCID}/fullTextXML``. The base URL is ``BLINAREFS_EUROPEPMC_API``.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from ..errors import ServiceError
from .http import HttpClient
from .text import strip_markup

DEFAULT_API = "https://www.ebi.ac.uk/europepmc/webservices/rest"
SERVICE = "europepmc"
_SECTION = re.compile(r"<h4>\s*(.*?)\s*</h4>", re.IGNORECASE | re.DOTALL)


def api_base() -> str:
    return os.environ.get("BLINAREFS_EUROPEPMC_API", DEFAULT_API).rstrip("/")


@dataclass(frozen=True)
class EuropePmcRecord:
    abstract: str  # plain text, one "LABEL: ..." paragraph per section of a structured one
    pmcid: str
    open_access: bool


def abstract_text(markup: str) -> str:
    """Europe PMC's ``abstractText`` as plain paragraphs, section labels kept."""
    parts = _SECTION.split(markup or "")
    if len(parts) == 1:
        return strip_markup(markup)
    out = [strip_markup(parts[0])] if strip_markup(parts[0]) else []
    for label, body in zip(parts[1::2], parts[2::2], strict=False):
        text = strip_markup(body)
        if text:
            out.append(f"{strip_markup(label).upper()}: {text}")
    return "\n\n".join(out)


def _read_search(data: Any) -> EuropePmcRecord | None:
    results = data["resultList"]["result"]
    if not isinstance(results, list):
        raise ServiceError(f"{SERVICE}: resultList.result is not a list")
    if not results:
        return None
    first = results[0]
    return EuropePmcRecord(
        abstract_text(str(first.get("abstractText") or "")),
        str(first.get("pmcid") or ""),
        first.get("isOpenAccess") == "Y",
    )


def query_for(doi: str = "", pmid: str = "", pmcid: str = "") -> str:
    """The search that finds exactly one work, by the most specific identifier."""
    if pmcid:
        return f"PMCID:{pmcid}"
    if pmid:
        return f"EXT_ID:{pmid} AND SRC:MED"
    return f'DOI:"{doi}"'


def find(
    client: HttpClient, doi: str = "", pmid: str = "", pmcid: str = ""
) -> EuropePmcRecord | None:
    """The work's Europe PMC record, or None when Europe PMC does not have it."""
    if not (doi or pmid or pmcid):
        return None
    params = {
        "query": query_for(doi, pmid, pmcid),
        "resultType": "core",
        "format": "json",
        "pageSize": "1",
    }
    if client.mailto:
        params["email"] = client.mailto
    return client.get_json(SERVICE, f"{api_base()}/search", params, read=_read_search)


def full_text_from_jats(xml: str) -> str:
    """The article's abstract and body as paragraphs: section titles become headings (and
    "# Main text" starts the body after an abstract), tables, figures and references are
    left out (they are not sentences a claim is written from)."""
    root = ET.fromstring(xml)
    out: list[str] = []
    for abstract in root.iter("abstract"):
        out += _paragraphs(abstract)
    for body in root.iter("body"):
        # where the abstract ends, for a body whose first section has no title (the
        # evidence check ranks the abstract's sentences first)
        out += ["# Main text", *_paragraphs(body)] if out else _paragraphs(body)
    return "\n\n".join(p for p in out if p)


def _paragraphs(node: ET.Element) -> list[str]:
    out: list[str] = []
    for child in node:
        if child.tag == "title":
            out.append("# " + " ".join("".join(child.itertext()).split()))
        elif child.tag == "p":
            out.append(" ".join("".join(_text_without_floats(child)).split()))
        elif child.tag == "sec":
            out += _paragraphs(child)
    return out


def _text_without_floats(node: ET.Element) -> list[str]:
    parts = [node.text or ""]
    for child in node:
        if child.tag not in ("table-wrap", "fig", "disp-formula", "xref"):
            parts += _text_without_floats(child)
        elif child.tag == "xref":
            parts.append("")
        parts.append(child.tail or "")
    return parts


def full_text(client: HttpClient, pmcid: str) -> str:
    """An open-access article's full text ("" when Europe PMC has none for it)."""

    def read(text: str) -> str:
        try:
            return full_text_from_jats(text)
        except ET.ParseError as exc:
            raise ServiceError(f"{SERVICE}: the full text of {pmcid} is not XML ({exc})") from None

    return client.get_text(SERVICE, f"{api_base()}/{pmcid}/fullTextXML", read=read) or ""
