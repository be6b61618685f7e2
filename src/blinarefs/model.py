"""The one reference model, with CSL-JSON field names wherever a choice was needed.

Every stage reads and writes :class:`Reference`; BibTeX, RIS and the rest are
translations at the edges. ``to_csl``/``from_csl`` are exact inverses: fields that CSL-JSON
has no name for travel in its ``custom`` object (CSL 1.0.2), so nothing is lost.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from .bulk import by_fields, replaced
from .reprs import brief_repr

# The scalar string fields of a Reference, by their CSL-JSON names. Order matters: it is the
# order used when a reference is shown or diffed.
CSL_TEXT_FIELDS: tuple[str, ...] = (
    "title",
    "container-title",
    "container-title-short",
    "collection-title",
    "volume",
    "issue",
    "page",
    "number-of-pages",
    "edition",
    "publisher",
    "publisher-place",
    "DOI",
    "PMID",
    "PMCID",
    "ISBN",
    "ISSN",
    "URL",
    "status",
    "note",
    "abstract",
)
# A talk's meeting, its place and its kind ("Poster") have CSL variables of their own; the
# model keeps them as a container, a publisher's place and a note, so that one reader, one
# store and one style branch serve them (CSL 1.0.1 and citeproc-py name the meeting "event").
SPEECH_CSL = (("container-title", "event-title"), ("publisher-place", "event-place"),
              ("note", "genre"))  # fmt: skip


# A report's own number ("Report No.: 12", BibTeX's ``number`` of a ``@techreport``) is CSL's
# ``number`` (Zotero's "Report Number"); the model keeps it as the issue, as BibTeX reads it,
# and CSL gives a report no issue. So is a statute's public law number ("Pub L No. 121-85").
REPORT_NUMBER = ("issue", "number")
NUMBERED_TYPES = ("report", "legislation", "standard")


# Python attribute <-> CSL-JSON key for the text fields.
_ATTR = {name: name.replace("-", "_").lower() for name in CSL_TEXT_FIELDS}
_ATTR["DOI"], _ATTR["PMID"], _ATTR["PMCID"] = "doi", "pmid", "pmcid"
_ATTR["ISBN"], _ATTR["ISSN"], _ATTR["URL"] = "isbn", "issn", "url"
CSL_KEY_OF_ATTR = {attr: key for key, attr in _ATTR.items()}

# What the parser was unsure of, kept in ``Reference.extra`` (BibTeX fields that bibtex and
# biber ignore): its confidence when below 1, and the fields to check, by attribute name.
CONFIDENCE_FIELD = "parse-confidence"
DOUBTFUL_FIELD = "parse-doubtful"

# A printed list's label: a reference's number, and the letter of one of its parts where the
# list sub-labels a reference's works ("1a", "1b", "2", "3a": chemistry journals' style)
SUB_LABEL = re.compile(r"(\d{1,6})([a-z]?)")

CSL_TYPES = frozenset(
    {
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
        "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
        "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing",
        "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
        "musical_score", "pamphlet", "paper-conference", "patent", "performance",
        "periodical", "personal_communication", "post", "post-weblog", "regulation",
        "report", "review", "review-book", "software", "song", "speech", "standard",
        "thesis", "treaty", "webpage",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Name:
    """A person or an organisation, split as CSL splits names.

    ``given`` holds what the source gave: full given names ("Renato") or initials written
    with periods ("L. E."), so that CSL's ``initialize-with`` can render either.
    An organisation has only ``literal``.
    """

    family: str = ""
    given: str = ""
    non_dropping_particle: str = ""  # "van der", "de", "Della": kept with the family name
    dropping_particle: str = ""  # "van" in "Beethoven, Ludwig van"
    suffix: str = ""  # "Jr", "III"
    literal: str = ""  # "World Health Organization"

    __repr__ = brief_repr  # Name(family='Roe', given='J.'): the empty parts left out
    __reduce__ = by_fields  # pickled fast: the parser's processes send back thousands

    @property
    def full_family(self) -> str:
        """The family name as printed: particle and family together ("van der Sluis")."""
        if self.literal:
            return self.literal
        return f"{self.non_dropping_particle} {self.family}".strip()

    def to_csl(self) -> dict[str, str]:
        """The name as a CSL-JSON name object, without its empty parts."""
        # a precomputed field list: dataclasses.fields() dominated formatting large stores
        return {key: value for attr, key in _NAME_KEYS if (value := getattr(self, attr))}

    @classmethod
    def from_csl(cls, data: dict[str, Any]) -> Name:
        """A name from a CSL-JSON name object (unknown parts ignored)."""
        kwargs = {}
        for f in fields(cls):
            value = data.get(f.name.replace("_", "-"))
            if value:
                kwargs[f.name] = str(value)
        return cls(**kwargs)


_NAME_KEYS = tuple((f.name, f.name.replace("_", "-")) for f in fields(Name))

DateParts = tuple[int, ...]
"""(year,), (year, month) or (year, month, day): only the parts a source gave."""


def _date_to_csl(parts: DateParts) -> dict[str, Any]:
    return {"date-parts": [list(parts)]}


# BibTeX's month macros, the first three letters of each month's English name.
MONTH_MACROS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _date_from_csl(value: Any) -> DateParts | None:
    if not isinstance(value, dict):
        return None
    try:
        return csl_date_parts(value["date-parts"][0])
    except (KeyError, IndexError, TypeError):
        return None


def csl_date_parts(parts: Any) -> DateParts | None:
    """A CSL-JSON date's parts as numbers, read up to the first that is none: some Mendeley
    and Zotero fields hold the month as a word ("Jan", "September"), which is read as its
    number, and a season or an empty month ends the date after the year (a day with no
    month is no date part, and must not take the month's place)."""
    out: list[int] = []
    for part in list(parts)[:3]:
        text = str(part).strip().rstrip(".").lower() if part is not None else ""
        if isinstance(part, int) and not isinstance(part, bool):
            out.append(part)
        elif isinstance(part, float) and part.is_integer():
            out.append(int(part))
        elif text.isdecimal():
            out.append(int(text))
        elif len(out) == 1 and text.isalpha() and text[:3] in MONTH_MACROS:
            out.append(MONTH_MACROS.index(text[:3]) + 1)
        else:
            break
    return tuple(out) or None


@dataclass(frozen=True, slots=True)
class Reference:
    """One bibliographic item.

    Beyond CSL-JSON it records what a manuscript workflow needs: the number (and the label,
    "1a", of a list that sub-labels one reference's works) and text the reference had in the
    printed list, whether its author list was cut short with "et al",
    where each enriched field came from, which fields the user locked, and any BibTeX field
    blinarefs does not model (kept so that nothing the user wrote is lost).
    """

    id: str
    type: str = "article-journal"
    author: tuple[Name, ...] = ()
    author_truncated: bool = False  # the source printed "et al": more authors exist
    editor: tuple[Name, ...] = ()
    issued: DateParts | None = None
    available_date: DateParts | None = None  # online-first (Epub) date
    title: str = ""
    container_title: str = ""
    container_title_short: str = ""  # NLM abbreviation
    collection_title: str = ""
    volume: str = ""
    issue: str = ""
    page: str = ""  # full range with a hyphen: "512-520"
    # a whole book's or report's length as printed ("456 p.", "xii + 345 pp."): not pages
    # cited, so kept apart from ``page`` (CSL's number-of-pages, biblatex's pagetotal)
    number_of_pages: str = ""
    edition: str = ""
    publisher: str = ""
    publisher_place: str = ""
    doi: str = ""
    pmid: str = ""
    pmcid: str = ""
    isbn: str = ""
    issn: str = ""
    url: str = ""
    # where the work stands when it has no final place yet: "in press", "forthcoming", "Epub
    # ahead of print" (CSL's status, biblatex's pubstate), printed by styles in the year's place
    status: str = ""
    note: str = ""
    abstract: str = ""
    number: int | None = None  # its number in the printed reference list
    # its printed label where a list sub-labels the works of one reference ("1a", "1b": the
    # parts a and b of reference 1, both of ``number`` 1); empty when the number is the label
    label: str = ""
    source_text: str = ""  # the reference exactly as it was printed
    provenance: tuple[tuple[str, str], ...] = ()  # (field, "crossref 2026-11-25")
    locked: tuple[str, ...] = ()  # CSL field names enrichment must never change
    extra: tuple[tuple[str, str], ...] = ()  # BibTeX fields not modelled, in file order

    __repr__ = brief_repr  # the fields set, long ones cut: a list of them prints readably
    __reduce__ = by_fields  # pickled fast: the parser's processes send back thousands

    # -- convenience ---------------------------------------------------------------------

    @property
    def year(self) -> int | None:
        """The year of ``issued``, or None."""
        return self.issued[0] if self.issued else None

    @property
    def printed_label(self) -> str:
        """How the printed list labels it: "1a" for a part of reference 1, else its number
        ("" when it has none)."""
        return self.label or ("" if self.number is None else str(self.number))

    @property
    def first_page(self) -> str:
        """The page the range starts on ("512" of "512-520"), as matching and labels use."""
        return self.page.split("-")[0].strip() if self.page else ""

    def get(self, csl_key: str) -> Any:
        """Value of a field by its CSL-JSON name ("container-title", "DOI", "author"...)."""
        attr = _ATTR.get(csl_key, csl_key.replace("-", "_"))
        return getattr(self, attr)

    @property
    def doubtful(self) -> frozenset[str]:
        """The CSL names of the fields the parser was unsure of: enrichment may replace
        them with a verified record's values instead of keeping them as the user's."""
        listed = dict(self.extra).get(DOUBTFUL_FIELD, "")
        return frozenset(self.csl_key(a.strip()) for a in listed.split(",") if a.strip())

    @staticmethod
    def csl_key(attr: str) -> str:
        """The CSL-JSON name of an attribute ("container_title" -> "container-title")."""
        return CSL_KEY_OF_ATTR.get(attr, attr.replace("_", "-"))

    def with_fields(self, **changes: Any) -> Reference:
        """A copy with some attributes changed (attribute names, not CSL keys)."""
        return replaced(self, **changes)

    def with_csl(self, csl_key: str, value: Any) -> Reference:
        """A copy with one field changed, named by its CSL-JSON name ("container-title")."""
        return replace(self, **{_ATTR.get(csl_key, csl_key.replace("-", "_")): value})

    # -- CSL-JSON ------------------------------------------------------------------------

    def to_csl(self, *, custom: bool = True) -> dict[str, Any]:
        """This reference as a CSL-JSON item.

        With ``custom=False`` the blinarefs-only data is left out, which is what a CSL
        processor wants (citeproc-py warns on keys it does not know).
        """
        item: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.author:
            item["author"] = [n.to_csl() for n in self.author]
        if self.editor:
            item["editor"] = [n.to_csl() for n in self.editor]
        if self.issued:
            item["issued"] = _date_to_csl(self.issued)
        if self.available_date:
            item["available-date"] = _date_to_csl(self.available_date)
        for key in CSL_TEXT_FIELDS:
            value = getattr(self, _ATTR[key])
            if value:
                item[key] = value
        if self.type == "speech":
            for ours, theirs in SPEECH_CSL:
                if ours in item:
                    item[theirs] = item.pop(ours)
        if self.type in NUMBERED_TYPES and REPORT_NUMBER[0] in item:
            item[REPORT_NUMBER[1]] = item.pop(REPORT_NUMBER[0])
        if custom:
            extra: dict[str, Any] = {}
            if self.author_truncated:
                extra["author-truncated"] = True
            if self.number is not None:
                extra["number"] = self.number
            if self.label:
                extra["label"] = self.label
            if self.source_text:
                extra["source-text"] = self.source_text
            if self.provenance:
                extra["provenance"] = dict(self.provenance)
            if self.locked:
                extra["locked"] = list(self.locked)
            if self.extra:
                extra["bibtex"] = [list(pair) for pair in self.extra]
            if extra:
                item["custom"] = extra
        return item

    @classmethod
    def from_csl(cls, item: dict[str, Any]) -> Reference:
        """Read a CSL-JSON item; unknown keys are ignored, bad values raise ``ValueError``."""
        try:
            return cls._from_csl(item)
        except (TypeError, AttributeError) as exc:  # a value of the wrong JSON type
            item_id = item.get("id") if isinstance(item, dict) else None
            raise ValueError(
                f"CSL-JSON item {item_id!r} has a value of the wrong type: {exc}"
            ) from None

    @classmethod
    def _from_csl(cls, item: dict[str, Any]) -> Reference:
        if not isinstance(item, dict):
            raise ValueError("a CSL-JSON item must be an object")
        item_id = item.get("id")
        if item_id in (None, ""):
            raise ValueError("a CSL-JSON item needs an 'id'")
        kwargs: dict[str, Any] = {"id": str(item_id)}
        ctype = item.get("type") or "article-journal"
        kwargs["type"] = str(ctype)
        for role in ("author", "editor"):
            names = item.get(role) or []
            if not isinstance(names, list):
                raise ValueError(f"'{role}' of item {item_id!r} must be a list of names")
            kwargs[role] = tuple(Name.from_csl(n) for n in names if isinstance(n, dict))
        for key, attr in (("issued", "issued"), ("available-date", "available_date")):
            if key in item:
                kwargs[attr] = _date_from_csl(item[key])
        for key in CSL_TEXT_FIELDS:
            value = item.get(key)
            if value not in (None, ""):
                if isinstance(value, dict):
                    raise ValueError(f"'{key}' of item {item_id!r} must be text, not an object")
                if isinstance(value, list):  # ISSN and ISBN may come as lists
                    value = ", ".join(str(v) for v in value)
                kwargs[_ATTR[key]] = str(value)
        number = item.get(REPORT_NUMBER[1])
        if ctype in NUMBERED_TYPES and number not in (None, "") and not kwargs.get("issue"):
            kwargs["issue"] = str(number)
        if ctype == "speech":
            for ours, theirs in SPEECH_CSL:
                value = item.get(theirs) or (item.get("event") if theirs == "event-title" else "")
                if value and not item.get(ours):
                    kwargs[_ATTR[ours]] = str(value)
        custom = item.get("custom") or {}
        if isinstance(custom, dict):
            kwargs["author_truncated"] = bool(custom.get("author-truncated", False))
            if custom.get("number") is not None:
                kwargs["number"] = int(custom["number"])
            kwargs["label"] = str(custom.get("label") or "")
            kwargs["source_text"] = str(custom.get("source-text", ""))
            kwargs["provenance"] = tuple(
                (str(k), str(v)) for k, v in (custom.get("provenance") or {}).items()
            )
            kwargs["locked"] = tuple(str(x) for x in custom.get("locked") or ())
            kwargs["extra"] = tuple((str(k), str(v)) for k, v in custom.get("bibtex") or ())
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``--json`` output."""
        return asdict(self)


def build_reference(ref_id: str, values: Mapping[str, object]) -> Reference:
    """A Reference from the attributes a reader gathered, empty values dropped.

    Readers collect attributes of mixed types in one dict; this is the one place they become
    a typed Reference, so the untyped hand-over is checked once (an unknown attribute name
    raises ``TypeError``, a bug in the reader, instead of being ignored)."""
    kept: dict[str, Any] = {k: v for k, v in values.items() if v not in (None, "", ())}
    return Reference(id=ref_id, **kept)
