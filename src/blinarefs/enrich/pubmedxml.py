"""PubMed's efetch XML read into References: authors (with PubMed's own "list complete"
flag), journal, dates, pages, the article's DOI and PMCID, the abstract, and the notices
PubMed links to the record (see :mod:`.notices`). Pure."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..errors import ServiceError
from ..model import Name, Reference
from ..pages import expand_page_range
from .notices import PUBMED_KINDS, Notice, Record, refsource_date, refsource_doi
from .text import person

EUTILS = "eutils"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


_MATHML = "{http://www.w3.org/1998/Math/MathML}"


def _math(node: ET.Element) -> str:
    """A MathML formula as printed: its pieces without the layout whitespace between them
    (an abstract's ``<mml:msub><mml:mi>O</mml:mi><mml:mn>2</mml:mn></mml:msub>`` reads
    ``O2``, not ``O 2``); annotations, which repeat the formula, left out."""
    if node.tag.rsplit("}", 1)[-1] in ("annotation", "annotation-xml"):
        return ""
    inner = "".join(_math(child) + (child.tail or "").strip() for child in node)
    return (node.text or "").strip() + inner


def _mixed(node: ET.Element) -> str:
    parts = [node.text or ""]
    for child in node:
        parts.append(_math(child) if child.tag.startswith(_MATHML) else _mixed(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _text(node: ET.Element | None) -> str:
    return " ".join(_mixed(node).split()) if node is not None else ""


def _date(node: ET.Element | None) -> tuple[int, ...] | None:
    if node is None:
        return None
    year = _text(node.find("Year")) or _text(node.find("MedlineDate"))[:4]
    if not year.isdigit():
        return None
    parts = [int(year)]
    month = _text(node.find("Month")).lower()
    if month[:3] in _MONTHS:
        parts.append(_MONTHS.index(month[:3]) + 1)
    elif month.isdigit():
        parts.append(int(month))
    day = _text(node.find("Day"))
    if len(parts) == 2 and day.isdigit():
        parts.append(int(day))
    return tuple(parts)


def _authors(article: ET.Element | None, path: str = "AuthorList") -> tuple[tuple[Name, ...], bool]:
    listing = article.find(path) if article is not None else None
    if listing is None:
        return (), False
    names = []
    for a in listing.findall("Author"):
        if a.get("ValidYN", "Y") != "Y":
            continue
        if a.find("CollectiveName") is not None:
            names.append(Name(literal=_text(a.find("CollectiveName"))))
        elif a.find("LastName") is not None:
            given = _text(a.find("ForeName")) or _text(a.find("Initials"))
            names.append(person(_text(a.find("LastName")), given, _text(a.find("Suffix"))))
    return tuple(names), listing.get("CompleteYN", "Y") == "N"


def _abstract(article: ET.Element) -> str:
    parts = []
    for node in article.findall("Abstract/AbstractText"):
        label = node.get("Label")
        text = _text(node)
        parts.append(f"{label}: {text}" if label and text else text)
    return " ".join(p for p in parts if p)


def _notices(citation: ET.Element, article: ET.Element) -> tuple[Notice, ...]:
    """PubMed's notices for a record: its ``CommentsCorrections`` links, and the publication
    type "Retracted Publication" where no ``RetractionIn`` link names the notice."""
    out = []
    for link in citation.findall("CommentsCorrectionsList/CommentsCorrections"):
        kind = PUBMED_KINDS.get(link.get("RefType", ""))
        if kind is None:
            continue
        source = _text(link.find("RefSource"))
        out.append(Notice(kind[0], doi=refsource_doi(source), pmid=_text(link.find("PMID")),
                          date=refsource_date(source), source="pubmed", label=source,
                          of_self=kind[1]))  # fmt: skip
    types = {_text(t) for t in article.findall("PublicationTypeList/PublicationType")}
    if "Retracted Publication" in types and not any(
        n.kind == "retraction" and not n.of_self for n in out
    ):
        out.append(Notice("retraction", source="pubmed", label="Retracted Publication"))
    return tuple(out)


def pubmed_article_to_reference(node: ET.Element) -> Record:
    """One ``PubmedArticle`` (or ``PubmedBookArticle``) element as a Reference (keyed by its
    PMID), with the notices PubMed links to it."""
    if node.tag == "PubmedBookArticle":
        return _book(node)
    citation = node.find("MedlineCitation")
    article = citation.find("Article") if citation is not None else None
    if citation is None or article is None:
        raise ServiceError(f"{EUTILS}: a PubmedArticle without MedlineCitation/Article")
    pmid = _text(citation.find("PMID"))
    ids = {i.get("IdType"): _text(i) for i in node.findall("PubmedData/ArticleIdList/ArticleId")}
    doi = ids.get("doi") or _text(article.find("ELocationID[@EIdType='doi']"))
    journal = article.find("Journal")
    issue = journal.find("JournalIssue") if journal is not None else None
    authors, incomplete = _authors(article)
    page = _text(article.find("Pagination/MedlinePgn"))
    if not page:
        start, end = (
            _text(article.find("Pagination/StartPage")),
            _text(article.find("Pagination/EndPage")),
        )
        page = f"{start}-{end}" if start and end else start
    title = _text(article.find("ArticleTitle"))
    if title.endswith(".") and not title.endswith(".."):
        title = title[:-1]
    if title.startswith("[") and title.endswith("]"):  # "[A translated title]."
        title = title[1:-1]
    return Record(
        id=pmid,
        author=authors,
        author_truncated=incomplete,
        issued=_date(issue.find("PubDate") if issue is not None else None),
        available_date=_date(article.find("ArticleDate[@DateType='Electronic']")),
        title=title,
        container_title=_text(journal.find("Title")) if journal is not None else "",
        container_title_short=_text(citation.find("MedlineJournalInfo/MedlineTA"))
        or (_text(journal.find("ISOAbbreviation")) if journal is not None else ""),
        volume=_text(issue.find("Volume")) if issue is not None else "",
        issue=_text(issue.find("Issue")) if issue is not None else "",
        page=expand_page_range(page),
        doi=doi,
        pmid=pmid,
        pmcid=ids.get("pmc", ""),
        abstract=_abstract(article),
        notices=_notices(citation, article),
    )


def _book(node: ET.Element) -> Record:
    """A ``PubmedBookArticle``: a book (the National Academies' reports) or a chapter of one
    (GeneReviews, StatPearls: much cited by PMID). A chapter's own authors are the
    ``BookDocument``'s; the book's editors, title, publisher and date are ``Book``'s."""
    doc = node.find("BookDocument")
    book = doc.find("Book") if doc is not None else None
    if doc is None or book is None:
        raise ServiceError(f"{EUTILS}: a PubmedBookArticle without BookDocument/Book")
    pmid = _text(doc.find("PMID"))
    ids = {i.get("IdType"): _text(i) for i in doc.findall("ArticleIdList/ArticleId")}
    chapter, book_title = _text(doc.find("ArticleTitle")), _text(book.find("BookTitle"))
    authors, incomplete = _authors(doc, "AuthorList[@Type='authors']")
    if not authors:
        authors, incomplete = _authors(book, "AuthorList[@Type='authors']")
    editors, _ = _authors(book, "AuthorList[@Type='editors']")
    return Record(
        id=pmid,
        type="chapter" if chapter else "book",
        author=authors,
        author_truncated=incomplete,
        editor=editors,
        issued=_date(book.find("PubDate")),
        title=chapter or book_title,
        container_title=book_title if chapter else "",
        publisher=_text(book.find("Publisher/PublisherName")),
        publisher_place=_text(book.find("Publisher/PublisherLocation")),
        isbn=_text(book.find("Isbn")),
        doi=ids.get("doi") or _text(book.find("ELocationID[@EIdType='doi']")),
        pmid=pmid,
        abstract=_abstract(doc),
    )


ARTICLE_SET = '<?xml version="1.0" ?>\n<PubmedArticleSet>{}</PubmedArticleSet>\n'


def articles(text: str) -> dict[str, ET.Element]:
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as exc:
        raise ServiceError(f"{EUTILS}: the efetch answer is not XML ({exc})") from None
    found = {_text(n.find("MedlineCitation/PMID")): n for n in root.iter("PubmedArticle")}
    found.update({_text(n.find("BookDocument/PMID")): n for n in root.iter("PubmedBookArticle")})
    return found


def parse_pubmed_xml(text: str) -> dict[str, Reference]:
    """An efetch answer (a PubmedArticleSet) as References by PMID."""
    return {p: pubmed_article_to_reference(n) for p, n in articles(text).items() if p}
