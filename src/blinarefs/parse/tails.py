"""Journal tails of the physical-sciences styles, which print no title and no separators
the labeller has learned: "Constr. Build. Mater. 156 (2017) 443." (Elsevier's numeric
style), "Cerâmica 51, 320 (2005) 354." (volume, issue, year, page), "Environ. Sci.
Technol. 37, 5453 (2003)." (AIP/APS: volume, page, year), and ACS's after the last
author's semicolon, "Pellissier, H.; Adv. Synth. Catal. 2011, 353, 1613.". The forms are
regular enough to be read by rule, and the labeller, trained on the biomedical styles,
misreads them (the journal as a title, the page as a volume). So are the clinical journals'
"Thyroid 2017 27 156-166.", whose year, volume and pages only spaces separate, and
Frontiers' author-year "(2015). Title. Cell Rep. 12 525–534.", whose volume and page range
(or electronic page, "5 e12345") only a space separates.
"""

from __future__ import annotations

import re

from .acs_titles import acs_titled, title_then_journal
from .name_forms_dotted import names_end
from .stops import shortened as _shortened
from .title_words import holds_title_word

# A journal's place in parentheses after its name: "Lung Cancer (Amsterdam, Netherlands)"
PLACE_AFTER = r"(?: \([A-Z][^()\d]{1,40}\))?"
# A DOI or a link after the reference's end, spaced or glued to its full stop, as a copy of
# a journal's page keeps it ("... 715 (2031).10.1016/j.x.2031.09.075")
_LINK = r"\(?(?:(?:https?://|doi: ?|DOI: ?)\S+|10\.\d{4,9}/\S+)\)?\.?"
# An article's number may hold a letter between digits (PTEP's "013A01") or close with the
# APS's Rapid Communication mark ("101901(R)")
_ARTICLE_NUMBER = r"[A-Za-z]?\d+(?:[A-Z]\d+|\(R\))?"
_PHYSICS_TAIL = re.compile(
    # (a colon after a section's letter, before an abbreviated word: "J. Phys. A: Math. Gen.")
    r"(?:, ?|\b[a-z]{4,}[.?!] )(?P<journal>[^\W\d_](?:[^,();:]|(?<=\b[A-Z]): (?=[A-Z][a-z]*\.))"
    r"{0,80}?" + PLACE_AFTER + r")"
    r" (?P<vol>\d{1,5}) ?"
    rf"(?:, ?(?P<mid>{_ARTICLE_NUMBER}(?:[-–]\d+)?) ?)?"
    r"\((?P<year>(?:19|20)\d{2})\) ?(?P<page>[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?)?\.?"
    rf"(?: ?{_LINK})?$"
)

# Endocrine Connections' and a few clinical journals' "Title. Thyroid 2017 27 156-166." (year,
# volume and pages with spaces alone between them), perhaps with its DOI or URL after it
# The pages may be missing where a copy printed none (PMC's text of some Bioscientifica
# lists: "Endocrinology 2014 155 . (10.1210/...)"): then its DOI or URL closes it, or the
# full stop left standing alone where the pages were.
# The journal may hold a colon before a capital ("Nature Reviews: Endocrinology"); a page
# an article number or an e-page with its dot ("M111.009100", "1337.e3–1345.e3")
_PAGE = r"[A-Za-z]?\d+(?:\.[a-z]?\d+)?"
_SPACED_TAIL = re.compile(
    r"\. (?P<journal>[^\W\d_](?:[^.;:()\[\]]|: (?=[A-Z])){0,80}?) (?P<year>(?:19|20)\d{2})"
    rf" (?P<vol>\d{{1,4}})(?: (?P<page>{_PAGE}(?:[-–]{_PAGE})?)\.?(?: {_LINK})?"
    rf"| ?\. {_LINK}| \.)$"
)

# Frontiers' "(2015). Made-up title. Cell Rep. 12 525–534. 10.1016/..." (the year after the
# names) and Bioscientifica's "Roe J & Doe A 2015 Made-up title. Made Up Journal 5 e12345.":
# the journal after a sentence's end, its volume, a space and a page range or an electronic
# page ("e" and digits; a bare number could be a title's)
_VOLUME_PAGES_TAIL = re.compile(
    # (a comma inside the journal's name before a word, not an initial: "Diabetes, Obesity &
    # Metabolism 13 115–124", never "Roe, J. ...")
    r"(?:\b[a-z]{4,}[.?!] |\. )(?P<journal>[^\W\d_](?:[^,;:()\[\]]|, (?=[A-Z][a-z])){0,80}?)"
    r"(?<!\d) (?P<vol>\d{1,4}) "  # a number before it is the volume ("Fict One 11 2030 e1")
    r"(?P<page>[A-Za-z]?\d+[-–][A-Za-z]?\d+|e\d{3,})\.?"
    r"(?: \(?(?:(?:https?://|doi: ?|DOI: ?)\S+|10\.\d{4,9}/\S+)\)?\.?)?$"
)

# The journal may hold a comma after an abbreviation, before its section or series
# ("Angew. Chem., Int. Ed.", "Mater. Sci. Eng., R", "Appl. Catal., B"): capitalised words,
# the last abbreviated (never "et al.," nor "Jr.,")
_JOURNAL_PART = r"(?:[A-Z][^\W\d_]*\.? ){0,5}(?![JS]r\.)[A-Z][^\W\d_]*[a-z]\., "
# What follows the journal in the ACS's and the RSC's forms: the year, the volume (which the
# old Journal of the Chemical Society, Dalton Transactions and Chemical Communications did
# not print: "Dalton Trans. 2005, 3331-3336"), its issue ("240 (5)", "11, 3"), the page or
# article number, and the DOI the ACS prints after it ("... 1-10. DOI: 10.1021/x."); or no
# year, the paper still in press ("Angew. Chem., Int. Ed., in press.")
_DOI = r"(?:DOI:? ?|doi:? ?)?(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+?"
_ACS_PLACE = (
    r"(?: (?P<year>(?:19|20)\d{2}), (?:(?:(?P<vol>\d{1,5}[a-z]?)(?:, (?P<mid>\d+)"
    r"| ?\((?P<iss>\d+)\))?, ?)?(?P<page>[A-Za-z]?\d+(?: ?[-–] ?[A-Za-z]?\d+)?)"
    rf"(?:(?P<doi>[.,]) {_DOI})?|{_DOI})|(?P<press> in press))[.;]?$"
)
# What numbers a place in a journal, never a journal's first word: IEEE's "..., vol. 13,
# pp. 633-639, 2017, doi: 10.x" is no ACS tail whose journal is "pp. 633-639"
_NUMBERING = r"(?:pp?|vol|no|nr)\.? ?[A-Za-z]?\d"
# nor a date's month: IEEE's "..., pp. 301-310, Apr. 2031, doi: 10.x" ("Apr." was the journal)
_MONTH_YEAR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?:19|20)\d\d,"
_ACS_TAIL = re.compile(
    rf"(?:; ?|(?P<comma>, ))(?!{_NUMBERING}|{_MONTH_YEAR})"
    rf"(?P<journal>(?:{_JOURNAL_PART})?[^\W\d_][^;(),]{{0,80}}?"
    r"|(?<=; )[^\W\d_][^;()]{0,80}?),?" + _ACS_PLACE
)
# A reference of one author in the ACS's form: "Roe, A. J. J. Am. Chem. Soc. 2019, 141, 1."
_ACS_ALONE = re.compile(r"(?P<journal>[^\W\d_][\w'’\-‐]*, [^;()]{0,80}?),?" + _ACS_PLACE)
# Angewandte's and Wiley's chemistry lists print the names initials first, then a comma and
# the journal: "a) A. Roe, B.-C. Doe, Made. Up. Chem. 2030, 56, 9910;"; the RSC's family
# first, each name's initials closed by a comma: "Roe A., Doe B. C., Chem. Sci., 2030, 11, 1"
_INITIALS_FIRST = re.compile(r"(?:[a-z]\) )?(?:[A-Z][a-z]?\.[ \-‐]?)+[^\W\d_]")
# What the names are before the journal, nothing else: the ACS's "Roe, A. B.; dos Santos, C.;
# " (PMC's "Roe A. B.; "), the RSC's "Roe A., Doe B. C., ", Angewandte's "a) A. Roe, B.-C.
# Doe, C. de la Poe and D. Moe, "
_FAMILY = r"(?:[a-z]{1,3} ){0,2}[^\W\d_][\w'’\-‐]*+(?: [^\W\d_][\w'’\-‐]*+)?(?: Jr\.)?"
_GIVEN = r"(?:[A-Z][a-z]?\.[ \-‐]?)+"
_NAMES_ONLY = re.compile(
    rf"(?:[a-z]\) )?(?>(?:{_FAMILY},? {_GIVEN}|{_GIVEN}{_FAMILY})(?:; ?|,? and |, ))+"
)
# The last name of an ACS list, not a journal: "Doe, A." or "Doe, A. B." after the semicolon
# (or "Doe A. B.", as PMC prints the ACS's names).
_ACS_NAME = re.compile(r"(?<![\w'’\-‐])[^\W\d_][\w'’\-‐]*, (?P<initials>(?:[A-Z]\.[ \-‐]?)+)")
_PMC_NAME = re.compile(_ACS_NAME.pattern.replace(", ", " ", 1))
# The last name of a list that prints them initials first, after "and": "and C. D. Poe. "
_LAST_GIVEN_FIRST = re.compile(r"(?:and|&) (?:[A-Z][a-z]?\.[ \-‐]?)+[^\W\d_][\w'’\-‐]*\.? ")
# A list that prints them so, from its first name on: "Roe A. B.; Doe C."
_PMC_NAMES = re.compile(_PMC_NAME.pattern + ";")
# The start of a journal, up to a comma after a whole word: "Allergy, ", "Biochim. Biophys.
# Acta, " (not a name the names' pattern missed: "Ki-B Lee, ", "B., ", "et al., ")
_JOURNAL_HEAD = re.compile(r"(?:[A-Z][a-z]+\. ){0,4}[A-Z][a-z]{2,}, ")
# A year, volume and page closed by a semicolon: one reference of several in an item
_ANOTHER_PLACE = re.compile(r" (?:19|20)\d{2}, \d{1,5}[a-z]?, [A-Za-z]?\d+(?:[-–]\d+)?; ")
# A stop that ends a word: the sentences of what follows the last name
_WORD_STOP = re.compile(r"(?<=[^\W\d_])\.\s+")


# What every match of each tail holds, found fast (each opens with a character the search
# skips to): the tails' own patterns try each of the last 160 positions, a journal's name
# of up to 80 characters from each, and most references end in none of them.
_CLUES = {
    # " 2011, 353", " 2030, DOI 10.x" (_ACS_ALONE's too: :func:`physics_tail` asks it once)
    _ACS_TAIL: re.compile(r" (?:19|20)\d{2}, (?:[A-Za-z]?\d|DOI|doi|http)| in press"),
    _PHYSICS_TAIL: re.compile(r"\((?:19|20)\d{2}\)"),  # "(2017)"
    _SPACED_TAIL: re.compile(r" (?:19|20)\d{2} \d"),  # " 2017 27"
    _VOLUME_PAGES_TAIL: re.compile(r"\d [A-Za-z]?\d"),  # "12 525", "5 e12345"
}


def _tail(pattern: re.Pattern[str], text: str, window: int) -> re.Match[str] | None:
    """``pattern.search(text, window)``, where its clue is found after ``window``."""
    return pattern.search(text, window) if _CLUES[pattern].search(text, window) else None


def physics_tail(text: str) -> tuple[int, dict[str, object]] | None:
    """(where the journal starts, its fields: journal, volume, issue, pages, year) when
    ``text`` (one line, single spaces) ends in one of the physical-sciences forms, else
    None. Only the last 160 characters are searched."""
    window = max(0, len(text) - 160)
    # the ACS forms' clue (one pattern for both), found once for the three tries below
    acs_clue = _CLUES[_ACS_TAIL].search(text, window) is not None
    acs = _ACS_TAIL.search(text, window) if acs_clue else None
    if acs and acs.group("comma"):
        before = text[: acs.start("comma") + 2]
        if not (_INITIALS_FIRST.match(text) or _NAMES_ONLY.fullmatch(before)):
            acs = None
    if acs:
        return _acs(acs) or acs_titled(text)
    if ";" not in text and acs_clue:
        alone = _ACS_ALONE.match(text)
        if alone and _ACS_NAME.match(alone.group("journal")):
            return _acs(alone) or acs_titled(text)
    if acs_clue and (titled := acs_titled(text)):
        return titled  # a title too long for the tails' journal
    m = _tail(_PHYSICS_TAIL, text, window)
    if not m:
        spaced = _tail(_SPACED_TAIL, text, window)
        if spaced:
            return _spaced(spaced)
        m = _tail(_VOLUME_PAGES_TAIL, text, window)
        return _volume_pages(m) if m else None
    if not (m.group("mid") or m.group("page")):
        return None
    # the last comma may be the names' ("Roe J, Doe A. A made-up study. J. Made. 12, 4
    # (2030).") or the title's ("Roe A. B. Made-up fear, hope and the brain. J. Made. 12,
    # 4 (2030).")
    read = _journal_fields(m)
    if read is None:
        return None
    start, fields = read
    names = names_end(text)  # Nature's "Roe, J. et al. Title. Made J. 8, 212 (2030)."
    if names and names + 2 >= start:
        begin = max(names, start)
        cut = title_then_journal(text, begin, m.end("journal"))
        if cut is not None:
            fields["title"] = text[begin:cut].strip(" ,").rstrip(".")
            fields["container_title"] = text[cut : m.end("journal")].strip().rstrip(".")
            start = cut
    fields["issued"] = (int(m.group("year")),)
    if m.group("page"):  # volume, issue (year) page
        fields["page"] = m.group("page")
        if m.group("mid"):
            fields["issue"] = m.group("mid")
    else:  # AIP/APS: volume, page (year)
        fields["page"] = m.group("mid")
    return start, fields


def _acs(m: re.Match[str]) -> tuple[int, dict[str, object]] | None:
    """The fields of an ACS or RSC tail: the journal after the last name, its year, volume,
    issue and page; None where a title was printed before the journal (the labeller reads
    that)."""
    start = _acs_journal_start(m)
    if start is None or _ANOTHER_PLACE.search(m.string, 0, m.start("journal")):
        return None  # (an item of two references: "Roe, A. J. Made 2030, 1, 2; Doe, B. ...")
    named = start > m.start("journal") or (m.re is _ACS_TAIL and m.group("comma"))
    if not (named or m.group("vol")):
        return None  # a book's "...; Place: Publisher, 2030, 1-23" has no volume and no name
    sentence = 0
    if start == m.start("journal"):
        sentence = _after_worded_sentence(m.group("journal"))  # "... A made-up study. J. Made"
        start += sentence
    journal = m.string[start : m.end("journal")].strip().rstrip(".,")
    if not journal:
        return None
    fields: dict[str, object] = {"container_title": journal}
    before = m.string[: m.start("journal")]
    if not sentence and (not before or _NAMES_ONLY.fullmatch(before)):
        fields["title"] = ""  # names, then the journal: no title was printed
    if m.group("press"):
        fields["note"] = "in press"
        return start, fields
    fields["issued"] = (int(m.group("year")),)
    fields["page"] = m.group("page") or ""  # none before the DOI: "2030, DOI 10.x"
    if m.group("vol"):
        fields["volume"] = m.group("vol")
    elif m.group("doi") == "," and m.group("page").isdigit():
        # a paper online before its pages, Angewandte's "J. Made Chem. 2030, 118, DOI 10.x"
        fields["volume"], fields["page"] = m.group("page"), ""
    if m.group("mid") or m.group("iss"):
        fields["issue"] = m.group("mid") or m.group("iss")
    return start, fields


def _acs_journal_start(m: re.Match[str]) -> int | None:
    """Where the journal of an ACS or RSC tail starts: after the last name it may open
    with; None where a title follows that name."""
    text, at = m.string, m.start("journal")
    if not (m.re is _ACS_TAIL and m.group("comma")):
        name = _PMC_NAME if _PMC_NAMES.match(text) else _ACS_NAME
        journal = _after_last_name(m.group("journal"), name)
        return None if journal is None else m.end("journal") - len(journal)
    if not _INITIALS_FIRST.match(text):  # the RSC's "Roe A., Doe B. Made Sci., 2030"
        journal = _after_last_name(m.group("journal"), _PMC_NAME)
        return None if journal is None else m.end("journal") - len(journal)
    if last := _LAST_GIVEN_FIRST.match(m.group("journal")):
        return at + last.end()  # "..., and C. Poe. J. Made 2030, 1, 2."
    names = _NAMES_ONLY.match(text)
    # a journal with a comma after a whole word: "A. Roe, Made, Fict. Res. 2030, 9, 15"
    if names and names.end() < at and _JOURNAL_HEAD.fullmatch(text, names.end(), at):
        return names.end()
    return at  # the journal after a comma opens with no name: "A. Roe, New J. Chem."


def _after_last_name(journal: str, pattern: re.Pattern[str]) -> str | None:
    """What the tail took for the journal, without the last name it opens with ("Doe, A. B.
    Chem. Commun.", the ACS's names closed by a full stop); None when what follows that name
    holds a title ("Doe, A. Made-up binding in mice. J. Made Up"). A last initial "J." is
    the journal's first word where an initial is left to the name and more than one whole
    word follows it ("Li, J. J. Power Sources", "Roe, A. J. J. Am. Chem. Soc.", not "Roe,
    A. J. Nature"): most journals of these lists open with "J.", and few people have a
    last initial J. ``pattern``: the list's names ("Doe, A." or, in PMC's copies, "Doe
    A.")."""
    if journal.startswith("et al. "):  # "Roe, A.; et al. Title. J. Made 2030, 1, 2."
        rest = journal[len("et al. ") :]
        return None if _titled(rest) else rest
    name = pattern.match(journal)
    if not name:
        return journal
    rest = journal[name.end() :]
    if _titled(rest):
        return None
    initials = name.group("initials").split()
    words = rest.split()
    one_whole_word = len(words) == 1 and not (words[0].endswith(".") and _shortened(words[0][:-1]))
    if len(initials) > 1 and initials[-1] == "J." and words and not one_whole_word:
        return journal[journal.rfind("J.", 0, name.end()) :]
    return rest


def _titled(rest: str) -> bool:
    """Whether what follows the names holds a title before the journal: a lower-case word a
    title has, or a sentence with a run of whole words no journal's abbreviation has (three,
    or two ending in a whole word: "Platinum Neurotoxicity Pharmacogenetics. Mol. Cancer
    Ther.", "Nuclear Chemistry. J. Made"; not "Acta Crystallogr., Sect. C: Struct. Chem.")."""
    if holds_title_word(rest):
        return True
    for sentence in _WORD_STOP.split(rest)[:-1]:
        for run in re.split(r"\S+\.,?(?:\s+|$)", sentence):
            words = run.split()
            if len(words) >= 3 or (len(words) == 2 and not _shortened(words[-1])):
                return True
    return False


def _journal(m: re.Match[str]) -> tuple[int, str]:
    """Where the journal the tail matched starts, and its name: after the last sentence
    with a word no journal's name has (a lower-case word of four letters or more)."""
    start, journal = m.start("journal"), m.group("journal")
    sentence = _after_worded_sentence(journal)
    return start + sentence, journal[sentence:]


def _journal_fields(m: re.Match[str]) -> tuple[int, dict[str, object]] | None:
    """Where the journal starts, and its name and volume; None when no name is left."""
    start, journal = _journal(m)
    if not journal.strip():
        return None
    return start, {"container_title": journal.strip().rstrip("."), "volume": m.group("vol")}


def _volume_pages(m: re.Match[str]) -> tuple[int, dict[str, object]] | None:
    read = _journal_fields(m)
    if read is not None:
        read[1]["page"] = m.group("page")
    return read


def _spaced(m: re.Match[str]) -> tuple[int, dict[str, object]]:
    fields: dict[str, object] = {
        "container_title": m.group("journal").strip(),
        "volume": m.group("vol"),
        "issued": (int(m.group("year")),),
        "page": m.group("page") or "",
    }
    return m.start("journal"), fields


def _after_worded_sentence(journal: str) -> int:
    """Where the last sentence of a title inside what the tail took for the journal ends
    (after its full stop and space: "A made-up study. "), or 0: a sentence holding a title
    word. Sentence by sentence, so the text is read once, whatever it holds."""
    after, start = 0, 0
    for stop in _SENTENCE_STOP.finditer(journal):
        sentence = journal[start : stop.end()]
        # (one word alone is an abbreviation, lower-case in German: "Z. anorg. allg. Chem.")
        if (
            journal.startswith(" ", stop.end())
            and " " in sentence.strip()
            and holds_title_word(sentence)
        ):
            after = stop.end() + 1
        start = stop.end()
    return after


_SENTENCE_STOP = re.compile(r"[.?!]")
