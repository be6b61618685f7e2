"""Parse one printed reference in the NLM family of styles (Vancouver, AMA, Blood).

The reference is read from both ends: identifiers (DOI, PMID, PMCID, URL, online-first
notes) are lifted out first, the source block ("J Clin Med. 2019;8(4):512-520", or
"City: Publisher; 2020" for a book) is anchored at the end, the authors are read from the
start, and what lies between is the title. Nothing is guessed: a part that is not printed
stays empty, and a reference with no title or no year is reported, not returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..arguments import text_argument
from ..model import Name, Reference, build_reference
from ..pages import expand_page_range
from .blanks import PUBMED_LANGUAGES
from .grammar_books import (
    SENTENCE,
    TAIL_WINDOW,
    book_as_publisher,
    book_fields,
    book_tail,
    edition,
    volume_before_place,
)
from .grammar_names import editors_closed, split_authors
from .prefilter import holds_any, may_hold
from .years import date_parts, loose_date

# "doi: 10.x/y", "https://doi.org/10.x/y", and BMJ's bare "...;69:S64-S70. 10.x/y"
_DOI = re.compile(
    r"(?:\bdoi:\s*|\bhttps?://(?:dx\.)?doi\.org/|(?<=[.,;] ))(10\.\d{4,9}/\S+?)(?=[.,;]?(?:\s|$))",
    re.I,
)
_PMID = re.compile(r"\bPMID:?\s*(\d{1,9})\b\.?", re.I)
# A record's accession closing the reference, after a journal's pages ("2030;12:45-9.
# GenBank accession MN999999.", "Archive; 2030. Accession GSE999999."): kept as the note
_ACCESSION_TAIL = re.compile(
    r"(?<=[.;] )(?:[A-Z][\w-]{1,15} )?(?:accession(?: number| no\.?| code)?|dataset identifier):? ?"
    r"[A-Za-z][A-Za-z_-]*\d{3,}[\w-]*(?:\.[\w-]+)*?\.?$",
    re.IGNORECASE,
)
_PMCID = re.compile(r"\bPMCID:?\s*PMC(?:PMC)?(\d+)\b\.?", re.I)  # "PMCID: PMCPmc3685476"
# PubMed's export (EndNote, Zotero): "Epub 2013/04/19. doi: 10.x/y 23596510; PubMed Central
# PMCID: PMC3628218." The PMID is a bare number closing the reference.
_BARE_PMID = re.compile(r"(?<=[.;] )(\d{5,9})(?: ?; ?PubMed Central)?\.?$")


def _may_close_with_pmid(work: str) -> bool:
    """Whether a text of one line may end as _BARE_PMID does (a figure or "Central", then
    perhaps a full stop): asked first, since the pattern opens with a look behind and was
    tried at every position of every reference."""
    last = work[:-1] if work.endswith(".") else work
    return last[-1:].isdecimal() or last.endswith("Central")


_URL = re.compile(
    r"(?:(?:Available (?:from|at)|Dispon[ií]vel em|Disponible en):?\s*)?"
    r"(https?://\S+?)(?=[.,;]?(?:\s|$))\.?",
    re.I,
)
# "[cited 2023 Feb 4]", "[updated 2023 Jan 2; cited 2023 Feb 4]", "[citado 2021 jun 17]";
# unbracketed, a sentence's or a capital "Accessed": to the end, or up to the URL that follows
# ("Last access:", "Last accessed:", "Último acesso em:": the word "last" opens the cue)
_ACCESS = (
    r"(?:(?:last|[úu]ltim[oa]) (?:access(?:ed)?(?: on)?|acesso em)|cited|accessed|citado"
    r"|citada|acesso em|acessado em|consultado|fecha de consulta):?\s+"
)
_CITED = re.compile(
    rf"\[(?:updated [^\];]{{0,30}}; )?{_ACCESS}[^\]]*\]\.?|(?:(?:(?<=[.;,] )|(?<=\()|^){_ACCESS}"
    r"|(?<= )(?-i:Accessed|Cited)\s+)[^\[\]()]{0,40}?(?:1[5-9]|20)\d\d\b(?:\s+[A-Za-z]{3,9}\.?"
    r"(?:\s+\d{1,2}\b)?)?\)?\.?(?:(?=\s+(?:Available (?:from|at):?\s*)?https?://)|[^\[\]]*$)",
    re.I,
)
# Vancouver's medium: "Rev Eletr Enf [Internet]. 2011", "[revista en la Internet]"
_MEDIUM = re.compile(r" ?\[(?:Internet|revista en (?:la )?Internet|serial on the Internet)\]", re.I)
# (PubMed's "Epub 2030 Jan 5", "Epub 2030/01/05", "[Epub ahead of print]"; SAGE's "Epub
# ahead of print 5 January 2030", the day first, or in parentheses; "Epub ahead of print
# January 5, 2030")
_EPUB = re.compile(
    r"(?P<open>[(\[])?\bEpub(?:\s+ahead\s+of\s+print)?(?:\s+(?P<date>(?:19|20)\d{2}(?:\s+[A-Z][a-z]{2})?"
    r"(?:\s+\d{1,2})?(?=[/.,;\s]|$)|\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:19|20)\d{2}"
    r"|[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d{2})(?:/\d{1,2}/\d{1,2})?)?(?(open)[)\]]?)\.?",
    re.I,
)
# PubMed's notes after a citation it prints: the publication type "Review." and the links
# to a related notice, "Erratum in: Journal. 2031;2:3.", "Comment in: ...", "Retraction
# in: ...", "Update of: ...", each to the end (the notice's own journal and tail); only
# after the pages' full stop, so a title's "Comment on: ..." stays
_PUBMED_NOTES = re.compile(
    r"(?<=\d\. )(?:Review\.$|(?:Review\.\s+)?(?:Erratum|Comment|Retraction|Retracted|Update"
    r"|Expression of concern)\s+(?:in|for|of|on):\s.*$)"
)
# and the language of an article not in English, which PubMed prints after the pages
# ("2030;14(3):345-52. Spanish. doi: ..."): read as the journal, it lost the reference (a
# report's "; 2020. Chinese." is left to the labeller)
_PUBMED_LANGUAGE = re.compile(
    r"(?<=:)\s?[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?\. "
    rf"(?P<language>(?:{'|'.join(PUBMED_LANGUAGES)})\.)(?= Review\.$|$)"
)
# also AMA's preprints ("medRxiv. Preprint posted online May 1, 2031.") and PMC's AMA citations,
# which date a paper numbered by article after its tail ("BMJ. 2021;373:n1123. Published 2021
# May 12."); after digits, never a web page's "Site. Published"
_PUBLISHED_ONLINE = re.compile(
    r"\b(?:Published online|Online ahead of print|(?P<preprint>Preprint posted(?: online)?)"
    r"|(?<=\d\. )Published(?=\s+(?:19|20)\d\d\b"
    r"|\s+[A-Z][a-z]+\.?\s+\d{1,2},|\s+\d{1,2}\s+[A-Z]))\s*"
    r"(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},\s*(?:19|20)\d{2}"
    r"|\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:19|20)\d{2}|(?:19|20)\d{2}(?:\s+[A-Z][a-z]{2}\s+\d{1,2})?)?\.?",
    re.I,
)
_JOURNAL_TAIL = re.compile(
    r"(?P<year>(?:19|20)\d{2})[a-z]?"
    r"(?:\s+(?P<mon>[A-Z][a-z]{2})[a-z]*\.?(?:\s*[-–/]\s*[A-Z][a-z]{2}[a-z]*)?(?:\s+(?P<day>\d{1,2}))?)?"
    r"(?:\s*;\s*(?P<vol>(?!pii:)[^():;\s]+(?:\s+Suppl\s*\d*)?)?\s*(?:\((?P<iss>[^)]+)\))?)?"
    r"(?:\s*:\s*(?:(?P<pages>[A-Za-z]{0,3}\d+[A-Za-z]?(?:\s*[-–]\s*[A-Za-z]{0,3}\d+[A-Za-z]?)?)"
    # or, with no volume, the location PubMed prints for a paper online before its issue:
    # the publisher's identifier (an Elsevier PII "2030 Jan 5:S0140-6736(30)12345-6",
    # ":blood.2030012345", ":CIRCULATIONAHA.130.1"; a preprint server's
    # "2030.01.02.530123"), which names the paper as its DOI does and is no page
    r"|(?(vol)(?!)|(?P<eloc>[A-Za-z][\w.()-]*?\d[\w()-]*|(?:19|20)\d\d\.\d\d\.\d\d\.\d+(?:v\d+)?))"
    r"))?\s*\.?\s*$"
)
_VOLUME_COMMA_PAGE = re.compile(r"(?<!\d)(\d+),([A-Za-z]?\d+)")
_YEAR_CLOSING = re.compile(r"(?<=[^\W\d_]) ((?:19|20)\d{2})$")
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,4}")  # "U.S.", "U.K.": no sentence ends with one


@dataclass(frozen=True, slots=True)
class Unparsed:
    """A reference that could not be read, with the reason a person can act on."""

    number: int | None
    text: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        num = f"reference {self.number}" if self.number is not None else "reference"
        return f"{where}{num}: {self.reason}"


def _close_gap(before: str, after: str) -> str:
    """Join the text around a lifted identifier, dropping the separator it leaves orphaned:
    "836-47. [doi: 10.1/x.] PMID: 1." must not become "836-47. . PMID: 1."."""
    before, after = before.rstrip(), after.lstrip()
    if before.endswith((".", ";", ",")) and (not after or after[0] in ".;,"):
        after = after[1:].lstrip()
    return f"{before} {after}".strip()


# an abbreviated word, hyphenated ones too ("Bio-Med."), or a place's initials ("N.Y.")
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,5}(?:-[A-Z][a-z]{0,5})?\.|(?:[A-Z]\.){2,4}")
# (or an initialism's capitals: "IEEE Trans." of "IEEE Trans. Med. Imaging"); a word may be
# hyphenated ("Anti-Cancer Agents Med.") or a name's possessive ("Naunyn-Schmiedeberg's Arch.")
_WORD = r"(?:[A-Z][a-z]{1,5}(?:-[A-Z][a-z]{1,6})?|[A-Z][a-z]+(?:-[A-Z][a-z]+)*['’]s)"
_WORDS_BEFORE_ABBREVIATION = re.compile(
    r"(?!(?:A|An|The|On|In)\b)"
    rf"(?:(?:{_WORD} ){{1,2}}[A-Z][a-z]{{0,3}}|[A-Z]{{2,5}} [A-Z][a-z]{{1,5}})\."
)


def split_title_and_source(middle: str) -> tuple[str, str]:
    """ "Title: subtitle. N Engl J Med" -> (title, journal). The journal is the last sentence."""
    segments = SENTENCE.split(middle.strip())
    if len(segments) < 2:
        return "", middle.strip().rstrip(".")
    journal_parts = [segments.pop()]
    # "J. Clin. Oncol.": fold back short period-terminated pieces of an abbreviated journal,
    # and undotted words before one ("Plant Prod. Sci."; not "A Review.", nor "Part One."
    # before "Made Up J.")
    while len(segments) > 1 and (
        _ABBREVIATION.fullmatch(segments[-1])
        or (
            _WORDS_BEFORE_ABBREVIATION.fullmatch(segments[-1])
            and _ABBREVIATION.fullmatch(journal_parts[0])
        )
    ):
        journal_parts.insert(0, segments.pop())
    title = " ".join(segments).strip()
    if title.endswith(".") and not title.endswith("..."):
        title = title[:-1]
    return title, " ".join(journal_parts).strip().rstrip(".")


# "333. doi: x." left "333. ."; starts only where a run starts (linear: issue 18); not an
# initial's ".," ("Roe J., Doe K.": Nucleic Acids Research's names). The mark is matched
# before what stands behind it is asked (each look behind takes in the mark): a pattern that
# opens with a mark is looked for from the marks alone, one that opens with a look behind
# was tried at every position of the text
_MARKS_RUN = re.compile(
    r"([.;,])(?<![.;,][.;,])(?<![.;,] [.;,])(?<!\b[A-Z][.;,])(?: ?[.;,])+(?= |$)"
)
_TWO_MARKS = re.compile(r"[.;,] ?[.;,]")  # what _MARKS_RUN needs, found in a tenth of its time
# "Title. In: Roe J, editor. Book.", and "Title In: Roe J (ed). Book." with no full stop;
# after a full stop, Vancouver's "In:" in Portuguese and Spanish too ("Em:", "En:": the CSL
# locales' term, which Brazilian and Spanish-language lists print)
_CHAPTER_IN = re.compile(r"(?:^|(?<=[.?!])\s+)(?:In|Em|En):\s+|(?<=\w)\s+In:\s+")
_IN_WORDS = re.compile(r"\bE[mn]:|In:")  # the words _CHAPTER_IN needs, found fast


def parse_reference(
    text: str, number: int | None = None, line: int | None = None
) -> Reference | Unparsed:
    """Read one printed reference. Returns a Reference (id left empty) or an Unparsed."""
    # None, a path, bytes: one line naming the call (a str is a reference, never a file name)
    text = text if isinstance(text, str) else text_argument(text, "parse_reference")
    original = " ".join(text.split())
    if not original:
        return Unparsed(number, text, line, "the reference is empty")
    work = original
    found: dict[str, object] = {}

    def lift(pattern: re.Pattern[str], key: str, needs: tuple[str, ...], group: int = 1) -> None:
        """The pattern's match taken out of the text, searched for only where ``needs``,
        the words every match holds, may be (:mod:`.prefilter`)."""
        nonlocal work
        m = pattern.search(work) if may_hold(work, needs) else None
        if m:
            found[key] = m.group(group)
            work = _close_gap(work[: m.start()], work[m.end() :])

    lift(_DOI, "doi", ("10.",))
    lift(_PMCID, "pmcid", ("pmcid",))
    lift(_PMID, "pmid", ("pmid",))
    lift(_ACCESSION_TAIL, "accession", ("accession", "identifier"), 0)
    lift(_CITED, "cited", ("cited", "citad", "access", "acess", "consulta"), 0)
    if may_hold(work, ("internet",)):
        work = _MEDIUM.sub("", work)
    lift(_URL, "url", ("http",))
    if language := _PUBMED_LANGUAGE.search(work, max(0, len(work) - 40)):
        work = _close_gap(work[: language.start("language")], work[language.end() :])
    if may_hold(work, ("review", " in:", " of:", " for:", " on:")) and (
        notes := _PUBMED_NOTES.search(work)
    ):
        work = work[: notes.start()].strip()
    online = None
    if may_hold(work, ("published", "online ahead", "preprint posted")):
        online = _PUBLISHED_ONLINE.search(work)
    if not online and may_hold(work, ("epub",)):
        online = _EPUB.search(work)
    if online:
        found["online"] = online.group("date") or ""
        found["preprint"] = bool(online.groupdict().get("preprint"))
        work = _close_gap(work[: online.start()], work[online.end() :])
    work = " ".join(work.split())  # each run of white space one space, none at the ends
    if "pmid" not in found and _may_close_with_pmid(work) and (bare := _BARE_PMID.search(work)):
        found["pmid"] = bare.group(1)
        work = work[: bare.start()].strip()
    if _TWO_MARKS.search(work):
        work = _MARKS_RUN.sub(r"\1", work)
    work = work.strip().rstrip(",;").strip()
    if work and not work.endswith((".", "?", "!")):
        work += "."

    fields: dict[str, object] = {"source_text": original, "number": number}
    names = split_authors(work)
    if names and names.editors:
        fields["editor"], rest = names.names, names.rest
    elif names:
        fields.update(author=names.names, author_truncated=names.truncated)
        rest = names.rest
    else:
        rest = work

    in_words = holds_any(rest, ("Em:", "En:", "In:")) and _IN_WORDS.search(rest)
    chapter = _CHAPTER_IN.search(rest) if in_words else None
    jt = _JOURNAL_TAIL.search(rest, max(0, len(rest) - TAIL_WINDOW))
    bt = book_tail(rest)
    if chapter:
        fields["type"] = "chapter"
        before, after = rest[: chapter.start()].strip(), rest[chapter.end() :].strip()
        fields["title"] = before.rstrip(".")
        eds = split_authors(editors_closed(after))
        if eds and eds.rest and (eds.editors or not eds.truncated):
            # names after "In:" are the book's editors, marked or not ("In: Roe J, Doe A.
            # Book."): a book's own title is never a list of Vancouver names
            fields["editor"], after = eds.names, eds.rest
        bt = book_tail(after)
        if not bt:
            return Unparsed(
                number, original, line, "chapter without 'Publisher; Year' after the book title"
            )
        fields["container_title"] = edition(after[: bt.start()], fields)
        book_fields(bt, fields)
        volume_before_place(fields, "container_title")
        book_as_publisher(fields)
    elif jt and (
        jt.start() == 0
        or rest[jt.start() - 2 : jt.start()].strip() in (".", "?", "!")
        or rest[jt.start() - 1] in ".?!"
    ):
        middle = _corporate_author(rest[: jt.start()].strip(), fields, parts_after=2)
        title, journal = split_title_and_source(middle)
        if not title and fields.get("author") is None and journal:
            return Unparsed(number, original, line, "no title before the journal name")
        fields.update(title=title, container_title=journal, container_title_short=journal)
        fields["issued"] = date_parts(jt["year"], jt["mon"], jt["day"])
        if jt["vol"]:
            fields["volume"] = volume = jt["vol"].rstrip(".")  # "Front Genet. 2017;8. doi:..."
            if not jt["pages"] and (paged := _VOLUME_COMMA_PAGE.fullmatch(volume)):
                # "PeerJ. 2030;7,e6800": the article's number after the volume's comma
                fields["volume"], fields["page"] = paged.groups()
        if jt["iss"]:
            fields["issue"] = jt["iss"]
        if jt["pages"]:
            fields["page"] = expand_page_range(jt["pages"])
    elif jt and jt["vol"] and jt["pages"]:
        # "Gastroenterol Res Pract 2015;2015:1-8.": a journal's tail with no full stop before
        # it, which the book tail would read as "Publisher; Year:pages"; left to the labeller
        return Unparsed(number, original, line, "no full stop before the journal's year")
    elif bt:
        fields["type"] = "book"
        title = _corporate_author(edition(rest[: bt.start()], fields), fields, parts_after=1)
        fields["title"] = title.strip().rstrip(".")
        book_fields(bt, fields)
        volume_before_place(fields, "title")
    elif "online" in found or "doi" in found:
        # online first: "Title. Blood. Published online May 1, 2025. doi:..."
        title, journal = split_title_and_source(rest)
        year = _YEAR_CLOSING.search(journal)
        if year and year.group(1) in str(found.get("online", "")):
            # "Title. J Made Up 2030 (Epub ahead of print 9 Mar 2030).": BMJ's journal and
            # year with no full stop between them (the year it went online: not the name's
            # "Periodontol 2000")
            journal, fields["issued"] = journal[: year.start()], date_parts(year.group(1))
        fields.update(title=title, container_title=journal, container_title_short=journal)
    else:
        if not re.search(r"\b(?:19|20)\d{2}\b", rest):
            return Unparsed(number, original, line, "no year found")
        return Unparsed(
            number,
            original,
            line,
            "no 'Journal. Year;Volume(Issue):Pages' or 'Publisher; Year' found",
        )

    if found.get("online") is not None:
        date = loose_date(str(found["online"])) if found["online"] else None
        if date and not found["preprint"]:
            fields["available_date"] = date
            fields.setdefault("issued", (date[0],))
        fields["note"] = "Epub ahead of print" if "volume" not in fields else ""
        if found["preprint"]:  # AMA's "Server. Preprint posted online May 1, 2031."
            fields.update(type="article", issued=date or fields.get("issued"), note="")
    if "accession" in found and not fields.get("note"):
        fields["note"] = str(found["accession"]).rstrip(".")
    for key in ("doi", "pmid", "pmcid", "url"):
        if key in found:
            fields[key] = str(found[key]).rstrip(".")
    if "pmcid" in fields:
        fields["pmcid"] = f"PMC{fields['pmcid']}"
    if not fields.get("title"):
        return Unparsed(number, original, line, "no title found")
    if not fields.get("issued"):
        return Unparsed(number, original, line, "no year found")
    return build_reference("", fields)


def _corporate_author(head: str, fields: dict[str, object], parts_after: int) -> str:
    """With no personal authors, a sentence before the title (and journal) is an organisation."""
    if fields.get("author") or fields.get("editor"):
        return head
    segments = SENTENCE.split(head)
    while len(segments) > 1 and _INITIALISM.fullmatch(segments[0]):
        # "U.S. Food and Drug Administration.": the initialism opens the name
        segments[:2] = [f"{segments[0]} {segments[1]}"]
    if len(segments) > parts_after and segments[0].endswith("."):
        fields["author"] = (Name(literal=segments[0][:-1]),)
        return head[len(segments[0]) :].strip()
    return head
