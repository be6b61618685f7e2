"""doi.org content negotiation: CSL-JSON for any registered DOI (DataCite, mEDRA, ...).

``GET {resolver}/{doi}`` with ``Accept: application/vnd.citationstyles.csl+json`` is
redirected to the registration agency, which answers with one CSL-JSON item. It is the
fallback for DOIs Crossref does not hold; a 404 means the DOI is not registered at all.
"""

from __future__ import annotations

import os
from typing import Any

from ..errors import ServiceError
from ..model import Reference
from ..pages import expand_page_range
from .http import HttpClient
from .text import (
    normalise_doi,
    person,
    quote_doi,
    strip_markup,
    with_subtitle,
)

DEFAULT_RESOLVER = "https://doi.org"
SERVICE = "doiorg"
CSL_JSON = "application/vnd.citationstyles.csl+json"


def resolver_base() -> str:
    return os.environ.get("BLINAREFS_DOI_RESOLVER", DEFAULT_RESOLVER).rstrip("/")


def csl_to_reference(item: dict[str, Any]) -> Reference:
    """A registration agency's CSL-JSON as a Reference; lists where strings belong (agencies
    differ) are reduced to their first value, markup is stripped, particles split off."""
    clean = dict(item)
    for key in ("title", "subtitle", "container-title", "container-title-short", "volume",
                "issue", "page"):  # fmt: skip
        value = clean.get(key)
        if isinstance(value, list):
            clean[key] = value[0] if value else ""
    clean.pop("custom", None)
    clean["id"] = str(item.get("DOI") or item.get("id") or "unknown")
    ref = Reference.from_csl(clean)
    return ref.with_fields(
        title=with_subtitle(
            strip_markup(ref.title), strip_markup(str(clean.get("subtitle") or ""))
        ),
        container_title=strip_markup(ref.container_title),
        page=expand_page_range(ref.page),
        author=tuple(person(n.family, n.given, n.suffix) if n.family else n for n in ref.author),
        abstract=strip_markup(ref.abstract),
    )


def fetch_csl(client: HttpClient, doi: str) -> Reference | None:
    """The CSL-JSON record of a DOI, or None when the DOI is not registered (404)."""
    url = f"{resolver_base()}/{quote_doi(doi)}"
    return client.get_json(SERVICE, url, None, accept=CSL_JSON, read=lambda d: _read(d, doi))


def _read(data: Any, doi: str) -> Reference:
    if not isinstance(data, dict):
        raise ServiceError(f"{SERVICE}: the answer for {doi} is not a CSL-JSON item")
    ref = csl_to_reference(data)
    if normalise_doi(ref.doi) != normalise_doi(doi):
        raise ServiceError(f"{SERVICE}: asked for {doi}, the answer is for {ref.doi or 'no DOI'}")
    return ref
