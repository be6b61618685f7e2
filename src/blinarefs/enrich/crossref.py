"""Crossref's REST API: works by DOI (one, or many in one batched query) and search.

``{base}/works/{doi}`` answers one DOI; ``{base}/works?filter=doi:A,doi:B&rows=N`` answers
many at once (filters on the same field are OR-ed). Search uses ``query.bibliographic``
(Crossref's recommended field for a whole citation string) with ``query.author`` and a
publication-date window. Both answer in the ``{"status", "message-type", "message"}``
envelope. Reading a work into a Reference is pure and kept apart from the requests.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from ..errors import ServiceError
from ..model import Name, Reference
from ..pages import expand_page_range
from .http import HttpClient
from .notices import SEVERE, Record, crossref_notices
from .pool import DaemonPool
from .text import (
    normalise_doi,
    person,
    quote_doi,
    strip_markup,
    with_subtitle,
)

DEFAULT_API = "https://api.crossref.org"
SERVICE = "crossref"
LIST = "crossref:list"  # searches and filter= queries: Crossref's stricter list limits
LIST_AT_ONCE = 3  # the polite pool's list requests at once (the lane caps the public pool's)
T = TypeVar("T")
R = TypeVar("R")
BATCH = 50  # DOIs per filter query: keeps the URL well under 4 KB
SEARCH_ROWS = 5
_SELECT = (
    "DOI,title,subtitle,author,issued,published-print,published-online,container-title,"
    "short-container-title,volume,issue,page,article-number,type,abstract,score,updated-by,"
    "update-to"
)
TYPES = {
    "journal-article": "article-journal", "book-chapter": "chapter", "book": "book",
    "monograph": "book", "edited-book": "book", "reference-book": "book",
    "proceedings-article": "paper-conference", "posted-content": "article",
    "dataset": "dataset", "report": "report", "dissertation": "thesis",
    "reference-entry": "entry", "peer-review": "review", "standard": "standard",
}  # fmt: skip


def api_base() -> str:
    return os.environ.get("BLINAREFS_CROSSREF_API", DEFAULT_API).rstrip("/")


# -- reading -----------------------------------------------------------------------------------


def _first(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return strip_markup(str(value)) if value else ""


def _date(item: dict[str, Any], key: str) -> tuple[int, ...] | None:
    try:
        parts = item[key]["date-parts"][0]
        out = tuple(int(p) for p in parts if p is not None)
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    return out or None


def _author(data: dict[str, Any]) -> Name:
    if data.get("family"):
        return person(str(data["family"]), str(data.get("given", "")), str(data.get("suffix", "")))
    return Name(literal=str(data.get("name") or data.get("given") or ""))


def _named(data: Any) -> bool:
    """Crossref lists some contributors with no name at all (only a sequence and a role):
    kept, they would print as an empty author."""
    return isinstance(data, dict) and any(data.get(k) for k in ("family", "given", "name"))


def work_to_reference(item: dict[str, Any]) -> Record:
    """One Crossref work as a Reference (keyed by its DOI; merge gives it the entry's key),
    with the notices it lists (``updated-by``, ``update-to``).

    ``issued`` is the print date where there is one, since that is the year reference lists
    print; the online date goes to ``available_date``. An ``article-number`` stands for the
    page where there is no ``page`` (online-only journals number articles, not pages)."""
    doi = str(item.get("DOI") or "")
    notices = crossref_notices(item)
    title = _first(item.get("title"))
    if any(n.kind in SEVERE and not n.of_self for n in notices):  # a marker, not the title
        title = re.sub(r"^(?:RETRACTED|WITHDRAWN)\s*:\s*", "", title, flags=re.I)
    title = with_subtitle(title, _first(item.get("subtitle")))
    printed = _date(item, "published-print")
    online = _date(item, "published-online")
    issued = printed or _date(item, "issued") or online
    page = str(item.get("page") or "") or str(item.get("article-number") or "")
    return Record(
        id=doi,
        type=TYPES.get(str(item.get("type", "")), "document"),
        author=tuple(_author(a) for a in item.get("author") or () if _named(a)),
        issued=issued,
        available_date=online if online and online != issued else None,
        title=title,
        container_title=_first(item.get("container-title")),
        container_title_short=_first(item.get("short-container-title")),
        volume=str(item.get("volume") or ""),
        issue=str(item.get("issue") or ""),
        page=expand_page_range(page),
        doi=doi,
        abstract=strip_markup(str(item.get("abstract") or "")),
        notices=notices,
    )


def _message(data: Any, expected: str) -> dict[str, Any]:
    if not isinstance(data, dict) or data.get("status") != "ok":
        raise ServiceError(f"{SERVICE}: unexpected answer (no 'ok' status)")
    message = data.get("message")
    if data.get("message-type") != expected or not isinstance(message, dict):
        raise ServiceError(f"{SERVICE}: expected a {expected}, got {data.get('message-type')!r}")
    return message


# -- asking ------------------------------------------------------------------------------------


def _polite(client: HttpClient, params: dict[str, str]) -> dict[str, str]:
    if client.mailto:
        params["mailto"] = client.mailto
    return params


def _work_url(doi: str) -> str:
    return f"{api_base()}/works/{quote_doi(doi)}"


def _read_work(data: Any, doi: str) -> Reference:
    ref = work_to_reference(_message(data, "work"))
    if normalise_doi(ref.doi) != normalise_doi(doi):
        raise ServiceError(f"{SERVICE}: asked for {doi}, the answer is for {ref.doi or 'no DOI'}")
    return ref


def fetch_work(client: HttpClient, doi: str) -> Reference | None:
    """The work a DOI names, or None when Crossref does not know it (404)."""
    return client.get_json(
        SERVICE, _work_url(doi), _polite(client, {}), read=lambda data: _read_work(data, doi)
    )


def _remember(client: HttpClient, doi: str, item: dict[str, Any] | None) -> None:
    """Cache one work of a list answer as if it had been asked alone."""
    envelope = {"status": "ok", "message-type": "work", "message": item}
    body = json.dumps(envelope) if item is not None else None
    client.remember(_work_url(doi), _polite(client, {}), body)


def fetch_works(client: HttpClient, dois: Iterable[str]) -> dict[str, Reference | None]:
    """Many DOIs in few requests; maps each normalised DOI to its work, None if not found.

    DOIs already in the cache cost nothing; of the rest, several (without commas, which
    would split the filter) go to ``/works?filter=doi:...`` and a lone one to
    ``/works/{doi}``. Answers for DOIs not asked are ignored."""
    wanted = list(dict.fromkeys(normalise_doi(d) for d in dois if d))
    out: dict[str, Reference | None] = {}
    pending = []
    for doi in wanted:
        hit, response = client.cached(_work_url(doi), _polite(client, {}))
        if hit:
            out[doi] = _read_work(response.json(), doi) if response is not None else None
        else:
            pending.append(doi)
    batchable = [d for d in pending if "," not in d]
    singles = [d for d in pending if "," in d]
    if len(batchable) == 1:
        singles += batchable
        batchable = []
    chunks = [batchable[start : start + BATCH] for start in range(0, len(batchable), BATCH)]
    for found in _at_once(lambda chunk: _fetch_batch(client, chunk), chunks):
        out.update(found)
    for doi in singles:
        out[doi] = fetch_work(client, doi)
    return out


def _fetch_batch(client: HttpClient, chunk: list[str]) -> dict[str, Reference | None]:
    """One ``filter=doi:...`` query; each work is cached as if asked alone."""
    params = {"filter": ",".join(f"doi:{d}" for d in chunk), "rows": str(len(chunk))}
    found = client.get_json(
        LIST,
        f"{api_base()}/works",
        _polite(client, params),
        read=functools.partial(_read_batch, asked=chunk),
    )
    out: dict[str, Reference | None] = {}
    for doi in chunk:
        item, ref = (found or {}).get(doi, (None, None))
        out[doi] = ref
        _remember(client, doi, item)
    return out


def _at_once(fn: Callable[[T], R], items: list[T]) -> list[R]:
    """``fn`` over ``items``, as many at once as Crossref's list lane allows (the client's
    lane paces them): reading and caching one answer overlaps the wait for the next."""
    if len(items) < 2:
        return [fn(item) for item in items]
    pool = DaemonPool(min(len(items), LIST_AT_ONCE), "blinarefs-crossref")
    interrupted = False
    try:
        return pool.map(fn, items)
    except KeyboardInterrupt:
        interrupted = True
        raise
    finally:
        # one request failing ends the map, but those under way are waited for: left to
        # themselves they would write to the cache after the run has moved on (only an
        # interrupt leaves them to their daemons)
        pool.shutdown(wait=not interrupted)


def _read_batch(data: Any, asked: list[str]) -> dict[str, tuple[dict[str, Any], Reference]]:
    """A filter query's works by normalised DOI. A work that was not asked for makes the
    whole answer suspect: the DOIs it lacks would otherwise be taken (and cached) as
    unknown to Crossref."""
    items = [i for i in _message(data, "work-list").get("items") or [] if isinstance(i, dict)]
    found = {normalise_doi(str(i.get("DOI", ""))): i for i in items}
    stray = sorted(set(found) - set(asked))
    if stray:
        raise ServiceError(f"{SERVICE}: the answer holds works not asked for ({stray[0]})")
    return {doi: (item, work_to_reference(item)) for doi, item in found.items()}


def search_params(ref: Reference, rows: int = SEARCH_ROWS) -> dict[str, str]:
    """The query for a reference without a DOI: the printed citation (or one assembled from
    the fields), the first author's family name, and a publication-year window of one year
    either side (online-first and print years differ). A name or year the parser doubted
    (``parse-doubtful``) narrows nothing: a misread one would hide the work it names, which
    the printed string alone still finds."""
    citation = ref.source_text or ". ".join(
        p
        for p in (
            ref.title,
            ref.container_title_short or ref.container_title,
            f"{ref.year or ''};{ref.volume}:{ref.page}".strip(";:"),
        )
        if p
    )
    params = {"query.bibliographic": citation[:1000], "rows": str(rows), "select": _SELECT}
    if ref.author and ref.author[0].full_family and "author" not in ref.doubtful:
        params["query.author"] = ref.author[0].full_family
    if ref.year and "issued" not in ref.doubtful:
        params["filter"] = f"from-pub-date:{ref.year - 1},until-pub-date:{ref.year + 1}"
    return params


def _read_search(data: Any) -> list[tuple[dict[str, Any], Reference]]:
    items = [i for i in _message(data, "work-list").get("items") or [] if isinstance(i, dict)]
    return [(i, work_to_reference(i)) for i in items if i.get("DOI")]


def search(client: HttpClient, ref: Reference, rows: int = SEARCH_ROWS) -> list[Reference]:
    params = _polite(client, search_params(ref, rows))
    found = client.get_json(LIST, f"{api_base()}/works", params, read=_read_search) or []
    for item, _ in found:  # a later run that verifies the chosen DOI asks nothing
        _remember(client, normalise_doi(str(item["DOI"])), item)
    return [work for _, work in found]
