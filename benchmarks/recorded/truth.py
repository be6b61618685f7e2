"""What each recorded answer says, read by the benchmark itself (not by blinarefs's
readers, which are what is measured): title with markup stripped and entities decoded,
authors in order, years, journal, volume, issue, pages, identifiers, and the verdict its
notices call for (Crossref ``updated-by``; PubMed ``RetractionIn``, ``ErratumIn`` and the
publication type "Retracted Publication")."""

from __future__ import annotations

import html
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>")
SEVERE = {"retraction", "partial_retraction", "withdrawal", "removal"}
CORRECTION = {"correction", "erratum", "corrigendum"}


@dataclass
class Truth:
    """What the recorded answer says, read without blinarefs's readers."""

    kind: str  # crossref, csl, pubmed
    source: str
    ident: str  # DOI or PMID
    title: str
    families: list[str]
    givens: list[str]
    collective: str
    year: int | None
    years: set[int]  # the print, online and issued years: a list may print any of them
    container: str
    volume: str
    issue: str
    page: str
    doi: str
    pmid: str
    verdict: str = ""  # expected from the notices: retracted, corrected, ""
    notices: set[str] = field(default_factory=set)  # the notices' DOIs/PMIDs


def plain(text: str) -> str:
    """Markup removed without adding spaces, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(TAG.sub("", text or "")).split())


QUOTES = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")  # the formatter's typography


def norm_title(text: str) -> str:
    """A title as compared: PubMed's brackets round a translated title and its final full
    stop are conventions, not words; curly and straight quotes are the same."""
    text = unicodedata.normalize("NFC", plain(text)).translate(QUOTES).rstrip(" .")
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    return text.casefold()


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if c.isalnum()).casefold()


def _first(value) -> str:
    return str(value[0]) if isinstance(value, list) and value else str(value or "")


def _years(item: dict) -> list[int]:
    found = []
    for key in ("issued", "published-print", "published-online", "published"):
        parts = (item.get(key) or {}).get("date-parts") or [[None]]
        if parts[0] and parts[0][0]:
            found.append(int(parts[0][0]))
    return found


def _title(item: dict) -> str:
    """The title, with its subtitle as a reference list prints it ("Title: subtitle")."""
    title, subtitle = plain(_first(item.get("title"))), plain(_first(item.get("subtitle")))
    return f"{title}: {subtitle}" if subtitle and subtitle.lower() not in title.lower() else title


def truth_of_csl(item: dict, kind: str, source: str) -> Truth:
    """A Crossref work or a CSL-JSON item (the same field names, nearly)."""
    authors = [
        {"family": a.get("family") or a.get("name"), "given": a.get("given", "")}
        for a in item.get("author") or []
        if a.get("family") or a.get("name")
    ]
    verdict, notices = "", set()
    for update in item.get("updated-by") or []:
        kind_of = str(update.get("type", "")).lower()
        if kind_of in SEVERE:
            verdict = "retracted"
        elif kind_of in CORRECTION and verdict != "retracted":
            verdict = "corrected"
        if kind_of in SEVERE | CORRECTION:
            notices.add(str(update.get("DOI", "")).lower())
    return Truth(
        kind=kind,
        source=source,
        ident=item["DOI"].lower(),
        title=_title(item),
        families=[plain(a["family"]) for a in authors],
        givens=[plain(a.get("given", "")) for a in authors],
        collective="",
        year=next(iter(_years(item)), None),
        years=set(_years(item)),
        container=plain(_first(item.get("container-title"))),
        volume=str(item.get("volume", "")),
        issue=str(item.get("issue", "")),
        page=str(item.get("page", "") or item.get("article-number", "")),
        doi=item["DOI"].lower(),
        pmid="",
        verdict=verdict,
        notices=notices,
    )


def _all_text(node: ET.Element | None) -> str:
    return " ".join("".join(node.itertext()).split()) if node is not None else ""


def truth_of_pubmed(text: str, source: str) -> Truth:
    root = ET.fromstring(text)
    pmid = _all_text(root.find(".//PMID"))  # MedlineCitation's, or a book's BookDocument's
    article = root.find(".//Article")
    if article is None:  # a book record
        article = root.find(".//BookDocument")
    title_node = article.find("ArticleTitle") if article is not None else None
    if title_node is None or not _all_text(title_node):
        title_node = root.find(".//BookTitle")
    families, givens, collective = [], [], ""
    listing = root.find(".//AuthorList[@Type='authors']")  # a book's: not its editors
    if listing is None:
        listing = root.find(".//AuthorList")
    for author in listing.findall("Author") if listing is not None else ():
        if author.get("ValidYN", "Y") != "Y":
            continue
        if author.find("LastName") is not None:
            families.append(_all_text(author.find("LastName")))
            givens.append(_all_text(author.find("ForeName")))
        elif author.find("CollectiveName") is not None:
            families.append(_all_text(author.find("CollectiveName")))
            givens.append("")
            collective = collective or families[-1]
    year = None
    for path in (
        ".//JournalIssue/PubDate/Year",
        ".//PubDate/Year",
        ".//JournalIssue/PubDate/MedlineDate",
    ):
        found = re.search(r"\d{4}", _all_text(root.find(path)))
        if found:
            year = int(found.group(0))
            break
    doi = ""
    for node in root.findall(".//PubmedData/ArticleIdList/ArticleId"):
        if node.get("IdType") == "doi":
            doi = _all_text(node).lower()
    verdict, notices = "", set()
    types = {_all_text(p) for p in root.findall(".//PublicationType")}
    for link in root.findall(".//CommentsCorrectionsList/CommentsCorrections"):
        ref_type = link.get("RefType", "")
        if ref_type in ("RetractionIn", "ErratumIn"):
            if ref_type == "RetractionIn":
                verdict = "retracted"
            elif verdict != "retracted":
                verdict = "corrected"
            notices.add(_all_text(link.find("PMID")))
    if "Retracted Publication" in types:
        verdict = "retracted"
    return Truth(
        kind="pubmed",
        source=source,
        ident=pmid,
        title=_all_text(title_node),
        families=families,
        givens=givens,
        collective=collective,
        year=year,
        years={year} if year else set(),
        container=_all_text(root.find(".//Journal/Title")),
        volume=_all_text(root.find(".//JournalIssue/Volume")),
        issue=_all_text(root.find(".//JournalIssue/Issue")),
        page=_all_text(root.find(".//Pagination/MedlinePgn")),
        doi=doi,
        pmid=pmid,
        verdict=verdict,
        notices=notices - {""},
    )


def load(folder: Path, wanted: set[str]) -> tuple[list[Truth], dict, dict, dict, list[dict]]:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    truths: list[Truth] = []
    works: dict[str, dict] = {}
    csl: dict[str, dict] = {}
    pubmed: dict[str, str] = {}
    for row in manifest["records"]:
        if wanted and row["source"] not in wanted:
            continue
        text = (folder / row["file"]).read_text(encoding="utf-8")
        if row["kind"] == "pubmed":
            truth = truth_of_pubmed(text, row["source"])
            pubmed[truth.pmid] = text
        else:
            item = json.loads(text)
            truth = truth_of_csl(item, row["kind"], row["source"])
            (works if row["kind"] == "crossref" else csl)[truth.doi] = item
        truths.append(truth)
    return truths, works, csl, pubmed, manifest["sources"]
