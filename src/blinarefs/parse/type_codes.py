"""China's national standard for references (GB/T 7714) names the kind of work in a code.

GB/T 7714 is how Chinese journals, theses and many Chinese authors writing in English print
a reference list: "SMITH J, DOE K. Title[J]. Journal, 2019, 40(3): 100-105." The code in
brackets after the title says what the work is (``[J]`` a journal article, ``[M]`` a book,
``[C]`` a conference's proceedings, ``[D]`` a thesis, ``[R]`` a report, ``[EB/OL]`` a web
page, with ``/OL`` for "online"), and ``//`` stands for "In:" before the book or proceedings
a part of it was printed in. Both readers have seen Vancouver far more than this, so the
code ends up in the title and ``//`` glues the proceedings to the title.

The form differs from Vancouver in little else, so an item with a code is read as its
Vancouver twin: the code leaves the text (a thesis, a web page, a data set and a program
keep the Vancouver word for what they are, which :mod:`.kinds` reads), ``//`` becomes
"In:", and the day a page was read, printed in brackets after the year ("2022[2023-05-01]"),
becomes Vancouver's "[cited ...]". The code then decides the type, which it names exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import MONTH_MACROS, Name, Reference, build_reference

# The codes of GB/T 7714-2015 (and 2005's "A" for a part of a book), with the carrier
# ("/OL" online, "/MT" tape, "/DK" disk, "/CD" disc); a space may come before the bracket
_CODE = re.compile(
    r"(?<=\S) ?\[(?P<code>J|M|C|D|R|P|S|N|G|A|Z|EB|DB|CP)(?:/(?:OL|MT|DK|CD))?\]"
    r"(?P<after>//|\.|,|$)"
)
# The day a page was read, after the year: "2022[2023-05-01]", "(2020-01-02)[2023-05-01]"
_READ_ON = re.compile(r"(?<=[\d)]) ?\[(?P<day>(?:1[5-9]|20)\d\d-\d\d-\d\d)\]")
# A book's imprint as GB/T ends it, "Place: Publisher, 2017: 120-135.", and as Vancouver
# does, "Place: Publisher; 2017. p. 120-135."
_IMPRINT_END = re.compile(
    r"(?P<imprint>: [^:;,.\[]{2,80}), (?P<year>(?:1[5-9]|20)\d\d[a-z]?)"
    r"(?:: ?(?P<pages>\d+(?:[-–]\d+)?))?(?=\.| \[cited|$)"
)
_IMPRINTED = frozenset({"M", "C", "D", "R", "S", "G", "A"})
# GB/T's initials, spaced and unmarked after a family name: "ABBAS A K," -> "ABBAS AK,"
_SPACED_INITIALS = re.compile(r"(?<=[A-Za-z]{2}) ((?:[A-Z] )+[A-Z])(?=[,.])")
# A patent's number after its title, "Title: CN123456789A", and its day of publication;
# a newspaper's day of issue and the page (its "版") after its name: "Paper, 2030-03-05(3)"
_PATENT_NUMBER = re.compile(r": ?(?P<number>[A-Z]{2}\s?\d[\w.]*)$")
_ISO_DAY = re.compile(r"(?P<y>(?:1[5-9]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?=\.?$)")
_NEWS_DAY = re.compile(
    r", (?P<y>(?:1[5-9]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\((?P<page>[A-Za-z]?\d{1,3})\)"
)
# A page's own date, "(2023-01-05)", and its URL after the day it was read
_PAGE_DATE = re.compile(r"\((?P<y>(?:1[5-9]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\)")
_BARE_URL = re.compile(r"(?<=\]\. )(?=https?://)")
# What a code becomes in the Vancouver twin: the word Vancouver prints for that kind
_VANCOUVER_WORD = {"D": " [dissertation]", "EB": " [Internet]", "DB": " [database]",
                   "CP": " [software]"}  # fmt: skip
# The CSL type a code names; with "//" the part, not the whole
_TYPES = {"J": "article-journal", "M": "book", "C": "book", "R": "report", "S": "standard",
          "N": "article-newspaper", "G": "book", "A": "chapter", "Z": "document",
          "EB": "webpage"}  # fmt: skip
_PART_TYPES = {"M": "chapter", "C": "paper-conference", "G": "chapter", "A": "chapter"}
# Types :mod:`.kinds` sets from the Vancouver word (its fields moved as that kind needs)
_KINDS_READ = frozenset({"D", "P", "DB", "CP"})


@dataclass(frozen=True, slots=True)
class Coded:
    """An item printed with a GB/T 7714 code: its Vancouver twin, and the code."""

    text: str
    code: str
    part: bool  # printed with "//": a part of the book or proceedings after it


def coded(text: str) -> Coded | None:
    """The Vancouver twin of a GB/T 7714 item, or None for an item with no code."""
    # (a bracket asked first, in C: every item is asked, and the look-behind opening the
    # pattern is tried at every position of one that prints none)
    m = _CODE.search(text) if "[" in text else None
    if m is None:
        return None
    code, part = m["code"], m["after"] == "//"
    after = ". In: " if part else m["after"]
    head, rest = text[: m.start()], text[m.end() :]
    if code == "P" and (number := _PATENT_NUMBER.search(head)):
        # "Title: US12345678B2[P]. 2030-03-05.": "Title. Patent US12345678B2. 2030 Mar 5."
        head = f"{head[: number.start()]}. Patent {number['number']}"
        rest = _ISO_DAY.sub(_vancouver_day, rest)
    if code == "N":  # "Paper, 2030-03-05(3).": the day of issue and its page, "2030 Mar 5:3"
        rest = _NEWS_DAY.sub(lambda d: f". {_vancouver_day(d)}:{d['page']}", rest)
    twin = head + _VANCOUVER_WORD.get(code, "") + after + rest
    twin = _READ_ON.sub(lambda d: f" [cited {d['day']}]", twin)
    twin = _SPACED_INITIALS.sub(lambda i: " " + i[1].replace(" ", ""), twin)
    if code in _IMPRINTED:
        twin = _IMPRINT_END.sub(_vancouver_imprint, twin)
    if code == "EB":  # "(2023-01-05)[2023-03-01]. URL": "2023 Jan 5 [cited ...]. Available
        twin = _BARE_URL.sub("Available from: ", _PAGE_DATE.sub(_vancouver_day, twin))
    return Coded(" ".join(twin.split()), code, part)


def _vancouver_day(m: re.Match[str]) -> str:
    month = int(m["m"])
    if not 1 <= month <= 12:
        return m[0]
    return f"{m['y']} {MONTH_MACROS[month - 1].capitalize()} {int(m['d'])}"


def _vancouver_imprint(m: re.Match[str]) -> str:
    pages = f". p. {m['pages']}" if m["pages"] else ""
    return f"{m['imprint']}; {m['year']}{pages}"


def _named_type(code: Coded) -> str:
    """The CSL type ``code`` names ("document" for one that names none of CSL's)."""
    part = _PART_TYPES.get(code.code, "") if code.part else ""
    return part or _TYPES.get(code.code, "document")


def coded_type(ref: Reference, code: Coded) -> Reference:
    """``ref`` (read from the twin) with the type its code names."""
    if code.code in _KINDS_READ:
        return ref
    kind = _named_type(code)
    if kind == ref.type:
        return ref
    if kind == "article-journal" and not ref.container_title:
        return ref  # no journal was read: none is named by turning it into an article
    return ref.with_fields(type=kind)


# A name in Han characters (Chinese, or Japanese kanji), as GB/T prints it: family and
# given names run together; "等" is "et al"
_HAN_NAME = r"[\u3400-\u9fff]{2,6}"
_HAN_NAMES = re.compile(
    rf"(?P<names>{_HAN_NAME}(?:\s*[,，、]\s*{_HAN_NAME})*)(?P<etal>\s*[,，]\s*等)?\s*[.．]\s*"
)


# A reference in Chinese: its names, its title and code, then a journal's "刊名, 2021,
# 29(4): 301-305." or a book's "3版. 北京: 出版社, 2018: 100-120." (a third edition), with
# full-width marks or not
_HAN_ITEM = re.compile(
    rf"{_HAN_NAMES.pattern}(?P<title>[^\[]+?)\s?\[[A-Z]{{1,2}}(?:/[A-Z]{{2}})?\][.．]\s*"
    r"(?:(?P<container>[^,，:：]+)[,，]\s*(?P<year>\d{4})[,，]\s*(?P<volume>\d+)?\s*"
    r"(?:[(（](?P<issue>[^)）]+)[)）])?"
    r"|(?:(?P<edition>\d+)版[.．]\s*)?(?P<place>[^,，:：]+)[:：]\s*(?P<publisher>[^,，]+)[,，]\s*(?P<year2>\d{4}))"
    r"(?:\s*[:：]\s*(?P<page>\d+(?:[-–]\d+)?))?[.．]?"
)


_HAN_RUN = re.compile(rf"(?P<names>{_HAN_NAME}(?:\s*[,，、]\s*{_HAN_NAME})+)")


def han_reference(text: str, code: Coded, number: int | None) -> Reference | None:
    """A GB/T 7714 reference printed in Chinese, read by its form (the readers have seen
    Latin letters only), or None when it is not in one of the two common forms."""
    m = _HAN_ITEM.fullmatch(" ".join(text.split()))
    if m is None:
        return None
    fields = {
        "type": "thesis" if code.code == "D" else _named_type(code),
        "author": _han_names(m["names"]),
        "author_truncated": bool(m["etal"]),
        "title": m["title"].strip(),
        "container_title": m["container"] or "",
        "volume": m["volume"] or "",
        "issue": m["issue"] or "",
        "edition": m["edition"] or "",
        "publisher_place": m["place"] or "",
        "publisher": m["publisher"] or "",
        "issued": (int(m["year"] or m["year2"]),),
        "page": m["page"] or "",
        "number": number,
        "source_text": " ".join(text.split()),
    }
    return build_reference("", fields)


def _han_names(run: str) -> tuple[Name, ...]:
    return tuple(Name(literal=n) for n in re.split(r"\s*[,，、]\s*", run))


def han_names_out_of_title(ref: Reference) -> Reference:
    """A Chinese or Japanese reference's authors, which the readers (who have seen Latin
    letters mostly) leave at the head of the title, or read as one organisation ("山田太郎,
    鈴木花子"): each name kept whole as printed, since where the family name ends is not
    marked (one character mostly, two for a few families)."""
    if len(ref.author) == 1 and (run := _HAN_RUN.fullmatch(ref.author[0].literal)):
        return ref.with_fields(author=_han_names(run["names"]))
    if ref.author or not ref.title:
        return ref
    m = _HAN_NAMES.match(ref.title)
    if m is None or m.end() == len(ref.title):
        return ref
    return ref.with_fields(
        author=_han_names(m["names"]),
        author_truncated=bool(m["etal"]),
        title=ref.title[m.end() :].strip(),
    )


def capitalised_families(refs: list[Reference]) -> list[Reference]:
    """A list that prints every family name in capitals (GB/T 7714's "SMITH J", French
    small capitals copied as "DUPONT J.") with the names in the case a store keeps:
    "Smith", "McDonald", "Smith-Jones", "O'Brien". One name in mixed case among them
    says the capitals are the names' own (an acronym, "NG"), and nothing is changed."""
    families = [n.family for r in refs for n in (*r.author, *r.editor) if n.family]
    cased = [f for f in families if f.upper() != f.lower()]
    if len(cased) < 3 or any(f != f.upper() or len(f) < 2 for f in cased):
        return refs
    return [
        r.with_fields(
            author=tuple(map(_family_cased, r.author)), editor=tuple(map(_family_cased, r.editor))
        )
        if r.author or r.editor
        else r
        for r in refs
    ]


def _family_cased(name: Name) -> Name:
    """ "SMITH-JONES" -> "Smith-Jones", "MCDONALD" -> "McDonald", "VAN DER" -> "van der"."""
    if not name.family:
        return name
    family = re.sub(r"[^\W\d_]+", lambda w: w[0].capitalize(), name.family)
    family = re.sub(r"\bMc([a-z])", lambda m: "Mc" + m[1].upper(), family)
    return replace(name, family=family, non_dropping_particle=name.non_dropping_particle.lower())
