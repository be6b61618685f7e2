"""How ``bench_parse.py`` scores one parsed reference against its JATS truth, field by
field: names as family names, the title and the container as printed (less what the parser
leaves out by design: a medium designator, a type code, a language note), the year, the
volume, issue and pages as printed, and the type by the CSL types a JATS publication type
allows. Apart from the benchmark's reporting so that ``fit_doubt.py`` and the token-layout
benchmarks score exactly as it does.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "src")]

from corpora.jats_imprint_source import IMPRINT_AS_SOURCE, WEB_WITH_IMPRINT  # noqa: E402
from corpora.jats_names import KINSHIP  # noqa: E402
from corpora.jats_title_slips import LANGUAGE_NOTE, without_language_note  # noqa: E402
from corpora.jats_title_years import (  # noqa: E402
    UNTAGGED_YEAR_CLOSES_TITLE,
    YEAR_CLOSES_TITLE,
    without_closing_year,
)
from corpora.jats_truth import RefTruth  # noqa: E402

from blinarefs.model import Reference  # noqa: E402
from blinarefs.pages import is_article_number  # noqa: E402
from blinarefs.parse.blanks import ROMANCE_MEDIUM  # noqa: E402
from blinarefs.parse.reference import expand_page_range  # noqa: E402
from blinarefs.parse.standards import DESIGNATION  # noqa: E402
from blinarefs.parse.unpublished import UNPUBLISHED_KIND  # noqa: E402

FIELDS = ("authors", "etal", "title", "container", "year", "volume", "issue", "fpage",
          "lpage", "type")  # fmt: skip
# JATS publication-type -> the CSL types that are a right answer
TYPES = {
    # JATS tags a newspaper's or a magazine's article as a periodical's: "journal"
    "journal": {"article-journal", "article-newspaper", "article-magazine"},
    "newspaper": {"article-newspaper"}, "magazine": {"article-magazine", "article-newspaper"},
    "book": {"book", "chapter"}, "web": {"webpage"},
    "webpage": {"webpage"}, "report": {"report"}, "thesis": {"thesis"},
    # a talk or a poster "presented at" a meeting (CSL's speech) has no type of its own
    "patent": {"patent"}, "confproc": {"paper-conference", "article-journal", "speech"},
    "preprint": {"article"}, "data": {"dataset"}, "dataset": {"dataset"},
    "software": {"software"},
}  # fmt: skip


# Vancouver's medium designator, which SciELO tags inside the title ("Title [Internet]"; the
# older "[document on the Internet]", "[monograph on the Internet]" and kin; in Portuguese and
# Spanish lists "[periódico na Internet]", "[homepage na Internet]", "[en línea]"; Harvard's
# "[Online]"): not part of the title, and left out of it by the parser.
_MEDIUM = re.compile(
    r"\[(?:Internet|On-?line|(?:serial|document|monograph|homepage|database) on the Internet"
    rf"|{ROMANCE_MEDIUM})\]",
    re.I,
)
# China's GB/T 7714 code for the kind of work, which publishers tag inside the title
# ("Title [J]"): it names the type, and the parser leaves it out of the title
_TYPE_CODE = re.compile(r"\[(?:J|M|C|D|R|P|S|N|G|A|Z|EB|DB|CP)(?:/(?:OL|MT|DK|CD))?\]")


def norm(text: str | None) -> str:
    """Letters and digits only, case and accents folded, a medium or a type code left out:
    the form a field is compared in."""
    if not text:
        return ""
    text = _TYPE_CODE.sub("", _MEDIUM.sub("", text))
    folded = unicodedata.normalize("NFKD", text)
    return re.sub(r"[\W_]+", "", "".join(c for c in folded if not unicodedata.combining(c))).lower()


def _pages(ref: Reference) -> tuple[str, str]:
    """First and last page; Cell Press's supplementary pages ("503-518.e10") are not the
    last page the markup records (518); an article number with its year ("00161-2017") is
    one first page."""
    if is_article_number(ref.page):
        return ref.page, ""
    first, _, last = ref.page.partition("-")
    return first.strip(), re.sub(r"\.e\d+$", "", last.strip())


# The word before an article number, tagged inside the first page by some ("<fpage>Article
# 101432</fpage>")
_ARTICLE_WORD = re.compile(r"^Article\s+(?=[A-Za-z]?\d)")


def _tagged_pages(truth: RefTruth) -> tuple[str | None, str | None]:
    """The first and last pages as tagged; an article number with its year that the markup
    splits at its dash ("<fpage>e00123</fpage><lpage>20</lpage>" for ASM's "e00123-20",
    whose DOI ends in "00123-20"), or expands as a range ("<lpage>e00120</lpage>"), is one
    first page, as the parser reads it. The word an article number is printed after ("2030;
    12: Article 101432", AAAS's Research) is no part of it, tagged in the page or not."""
    first, last = truth.fpage, truth.lpage
    if first:
        first = _ARTICLE_WORD.sub("", first)
    if first and last:
        year = last[-2:] if last[:-2] == first[:-2] else last  # "e00120": the year "20"
        if is_article_number(f"{first}-{year}"):
            return f"{first}-{year}", None
    return first, last


def _last_page(first: str | None, last: str | None) -> str | None:
    if not first or not last:
        return last
    last = expand_page_range(f"{first}-{last}").partition("-")[2] or last
    return re.sub(r"\.e\d+$", "", last)  # "2703-16.e23": the last page is 2716


# A preprint server named as the source ("medRxiv", "arXiv:1409.1556")
_SERVER = re.compile(r"\b(?:bioRxiv|medRxiv|arXiv|ChemRxiv|Research Square|SSRN)\b", re.I)
# A thesis named as one where it was printed ("[dissertation]", "PhD thesis", "Tese
# (Doutorado)")
_THESIS = re.compile(
    r"\b(?:dissertation|(?:ph\.?\s?d|doctoral|master'?s?|msc)\.?\s+thesis|tese|disserta[cç][aã]o)\b",
    re.I,
)


# A program named as one: R's own title, CRAN's "R package", Stata's "Statistical Software"
_PROGRAM = re.compile(
    r"\ba language and environment for statistical computing\b|\bR package\b"
    r"|\bstatistical software\b|\bcomputer (?:program|software)\b",
    re.I,
)


# A talk or a poster: "Poster presented at: Meeting; 2030 May 3; Place"
_PRESENTED = re.compile(r"\bpresented at\b", re.I)


# Read online: a URL and the words that say when or where ("[Internet]", "Accessed",
# "[cited", "Available from", "Disponível em"); printed as a book: an ISBN, an edition, a
# count of pages, a chapter's pages or editors
_ONLINE = re.compile(r"(?:https?://|www\.)\S")
_READ_THERE = re.compile(
    r"\[Internet\]|\b(?:Accessed|Acess(?:o|ado)|Available|Dispon[ií]vel|Consultado|Retrieved"
    r"|Cited|Citado)\b",
    re.I,
)
_PRINTED_BOOK = re.compile(
    r"\bISBN\b|\b\d+(?:st|nd|rd|th|a|ª)?\.?\s?(?:ed|edn|edition)\b|\b\d+\s?(?:p|pp|pages)\b\.?"
    r"|\bpp?\.\s?\d|\bIn:?\s|\b(?:eds?|editors?)\b",
    re.I,
)


def _types(truth: RefTruth) -> set[str] | None:
    """The right types (:func:`_tagged_types`); for a book or a report whose text prints a
    standard's designation ("ISO 15197:2030", "NBR 13818", "CLSI document M27-A3": Liebert,
    SciELO and others tag a standard as either) CSL's "standard" too, and for one printed
    as unpublished ("[Unpublished material]", "Unpublished data", Wiley's and others' books)
    CSL's "manuscript" (a personal communication's type) too."""
    right = _tagged_types(truth)
    kind = (truth.pub_type or "").lower()
    text = truth.text or ""
    if right is None or kind not in ("book", "report"):
        return right
    if DESIGNATION.search(text):
        right = right | {"standard"}
    if unpublished := UNPUBLISHED_KIND.search(text):
        right = right | {"personal_communication" if unpublished["personal"] else "manuscript"}
    return right


def _tagged_types(truth: RefTruth) -> set[str] | None:
    """The right types: SciELO tags a journal article read online as a web page; with a
    volume and a first page in its own markup, it is an article (CSL's article-journal).
    BMJ, PLOS, OUP and T&F tag a preprint as a journal's article whose journal is the
    server ("medRxiv 2020."): CSL's type of a preprint, "article", is right too; OUP, SAGE
    and SciELO tag a thesis printed as one ("[dissertation]", "PhD thesis") as a book:
    "thesis" is right too; PLOS, T&F and Wiley tag a program named as one ("R: A language
    and environment for statistical computing", "R package version 2.1") as a book: CSL's
    "software" is right too, as CSL's "speech" is for a talk or a poster "presented at" a
    meeting, tagged as a book or as proceedings; and a "book" read online with no sign of
    print (no ISBN, edition, count of pages or editors) may be a web page, as one tagged as
    a web page that prints a publisher's imprint may be a book or a report."""
    kind = (truth.pub_type or "").lower()
    right = TYPES.get(kind)
    if right is not None and kind in ("web", "webpage") and truth.volume and truth.fpage:
        return right | {"article-journal"}
    if WEB_WITH_IMPRINT in truth.notes:  # a book or a report read online
        return (right or set()) | TYPES["book"] | TYPES["report"]
    if kind == "journal" and _SERVER.search(truth.container or truth.text or ""):
        return TYPES["journal"] | {"article"}
    if kind == "book" and _THESIS.search(truth.text or ""):
        return TYPES["book"] | {"thesis"}
    text = truth.text or ""
    if kind != "book":
        return right
    book = TYPES["book"] | ({"software"} if _PROGRAM.search(text) else set())
    if IMPRINT_AS_SOURCE in truth.notes:  # an imprint tagged as a journal: a book or a report
        book = book | TYPES["report"]
    if _PRESENTED.search(text):
        book = book | {"speech"}
    if _ONLINE.search(text) and _READ_THERE.search(text) and not _PRINTED_BOOK.search(text):
        # OUP, SciELO and SAGE tag a document read on the web as a book (NLM's "book on
        # the Internet": "Title [Internet]. Place: Publisher; 2030 [cited 2031 May 1].
        # Available from: URL", "Title. URL. Published May 2030. Accessed June 1, 2031."):
        # with nothing printed that only a book has, CSL's web page is right too
        return book | {"webpage"}
    return book


# A whole work's length printed with its unit after it ("2030. 456 p.", "xii + 345 pp."),
# which some publishers' markup tags as the first page
_LENGTH_UNIT = r"\s?(?:p|pp|pgs?|pages|págs?|páginas)\b"


def _length_tagged_as_page(truth: RefTruth) -> bool:
    """Whether the markup's first page is the work's length as printed: no last page, and
    the number printed with a length's unit after it and no page's before it. The parser
    keeps a length apart (``number_of_pages``); it is scored where the markup put it."""
    tagged = re.fullmatch(rf"(\d+)(?:{_LENGTH_UNIT}\.?)?", (truth.fpage or "").strip())
    if not tagged or truth.lpage or not truth.text:
        return False  # (the markup's page may hold the unit too: "<fpage>247 p</fpage>")
    number = tagged.group(1)
    printed = rf"(?<![\w.])(?<!p\. )(?<!pp\. )(?<!p\.){number}{_LENGTH_UNIT}"
    return re.search(printed, truth.text) is not None


def score(truth: RefTruth, ref: Reference | None) -> dict[str, bool]:
    """Field -> right or wrong, for the fields the truth has (a lost reference: all wrong)."""
    # a language note after the title, tagged in or out of it: both sides without it
    language = without_language_note if LANGUAGE_NOTE in truth.notes else lambda t: t

    def unnoted(title: str | None) -> str | None:
        if {YEAR_CLOSES_TITLE, UNTAGGED_YEAR_CLOSES_TITLE} & set(truth.notes):
            # a year after the title, tagged in or out of it
            return without_closing_year(language(title), truth.title, truth.year)
        return language(title)

    tagged_first, tagged_last = _tagged_pages(truth)
    want: dict[str, object] = {
        "authors": [norm(a) for a in truth.authors] or None,
        "etal": truth.etal if truth.authors else None,
        "title": norm(unnoted(truth.title)) or None,
        "container": norm(truth.container) or None,
        "year": truth.year,
        "volume": norm(truth.volume) or None,
        "issue": norm(truth.issue) or None,
        "fpage": norm(tagged_first) or None,
        # the last page as the truth means it: "1350–5" is 1355
        "lpage": norm(_last_page(tagged_first, tagged_last)) or None,
        "type": _types(truth),
    }
    out = {}
    for key, value in want.items():
        if value is None:
            continue
        if ref is None:
            out[key] = False
            continue
        first, last = _pages(ref)
        if not first and ref.number_of_pages and _length_tagged_as_page(truth):
            length = re.sub(r".*?(\d+)\D*$", r"\1", ref.number_of_pages)  # "xii + 345": 345
            # the length read is the one tagged ("<fpage>247 p</fpage>" holds its unit)
            first = truth.fpage if length == re.sub(r"\D.*", "", truth.fpage or "") else length
        got: object = {
            "authors": [norm(n.literal or n.full_family) for n in ref.author],
            "etal": ref.author_truncated,
            "title": norm(unnoted(ref.title)),
            "container": norm(ref.container_title or ref.container_title_short),
            "year": str(ref.year) if ref.year else None,
            "volume": norm(ref.volume),
            "issue": norm(ref.issue),
            "fpage": norm(first),
            "lpage": norm(last or first),
            "type": ref.type,
        }[key]
        if key == "authors":
            out[key] = _same_names(value, ref)  # type: ignore[arg-type]
            continue
        if key == "container":  # "Health Aff (Millwood)": NLM's place qualifier, printed
            bare = re.sub(r"\s*\([^()]*\)\s*$", "", ref.container_title or "")
            # PLOS tags an arXiv preprint's identifier as its source ("arXiv:1409.1556v6
            # [cs.CV]"); the parser gives the server as the container and the identifier
            # as the eprint (what arXiv's BibTeX holds): the same facts
            eprint = dict(ref.extra).get("eprint", "")
            with_id = norm(f"{got}{eprint}{dict(ref.extra).get('eprintclass', '')}")
            out[key] = value in (got, norm(bare)) or (
                bool(eprint) and value in (with_id, norm(f"{got}{eprint}"))
            )
            continue
        out[key] = got in value if key == "type" else got == value  # type: ignore[operator]
    return out


def _same_names(want: list[str], ref: Reference) -> bool:
    """The family names in order. A particle counts either way: publishers tag "de Oliveira"
    as the surname "Oliveira" or "de Oliveira" (CSL's dropping and non-dropping particles),
    so a parser that reads "de" as the particle of "Oliveira" is right under both. A kinship
    word ("Neto", "Filho", "Júnior") is the family name's in the truth (``jats_names``), so
    a parser that reads it as the name's suffix (CSL-JSON's only place for a generational
    word) is right when the family name and it are the truth's."""
    if len(want) != len(ref.author):
        return False
    return all(
        w in (norm(n.literal or n.full_family), norm(n.family) if n.family else None)
        or (n.suffix in KINSHIP and w == norm(f"{n.full_family} {n.suffix}"))
        for w, n in zip(want, ref.author, strict=True)
    )
