"""Labelled tokens -> a Reference: the deterministic half of the statistical parser.

The labeller says which tokens are the title, the journal, the pages...; here each field is
cut from the printed text and normalised with the rules the rest of blinarefs uses (names
and particles, page ranges, dates, identifiers), the entry type is read from what was
printed, and each field gets the labeller's confidence. Nothing is invented: a field no
token was labelled with stays empty, and a web page or a report never gets a journal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Name
from ..names import PARTICLES, SUFFIXES, initials_to_given, is_initials, split_particle
from .features import MONTHS
from .labeller import Labelled

# A field whose tokens the labeller gave less than this (on average) is doubtful.
DOUBT_BELOW = 0.8
_MONTH_NUMBER = {
    **{m: i for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )},
    "abr": 4, "mai": 5, "ago": 8, "set": 9, "out": 10, "dez": 12, "ene": 1, "dic": 12,
    "fev": 2, "janv": 1, "févr": 2, "avr": 4, "juil": 7, "déc": 12, "mär": 3, "okt": 10,
}  # fmt: skip
# "et al", "and others" with the separator or spaces before them; spaces are taken from the
# start of their run only, so a search is linear on a long run of them.
_ET_AL = re.compile(
    r"(?:[,;]\s*|(?<![,;\s])\s+)?\b(?:et\.?\s*al\b\.?|and (?:others|colleagues)\b)", re.I
)
_EDITOR_WORDS = re.compile(
    r"\(?\b(?:eds?|editors?|editores|hrsg|org|orgs|coord)\b\.?\)?\s*[:.,]?", re.I
)
_TRIM = " \t.,;:([{/"
_TRIM_END = " \t.,;:)]}/"


@dataclass(frozen=True, slots=True)
class Span:
    label: str
    text: str
    confidence: float


def spans(labelled: list[Labelled], source: str) -> list[Span]:
    """Runs of one label, cut from the printed text (its own spacing kept)."""
    out: list[Span] = []
    run: list[Labelled] = []
    for item in [*labelled, None]:
        if run and (item is None or item.label != run[0].label):
            text = source[run[0].token.start : run[-1].token.end]
            out.append(Span(run[0].label, text, sum(x.confidence for x in run) / len(run)))
            run = []
        if item is not None:
            run.append(item)
    return out


def _clean(text: str) -> str:
    text = text.strip().strip('"“”‘’«»').strip()
    return text.lstrip(_TRIM).rstrip(_TRIM_END).strip('"“”«»').strip()


def read_name(text: str) -> Name | None:
    """One printed person: "Della Starza I", "Costa LDCF", "Smith, J. A.", "J. A. Smith"."""
    words = text.replace(",", " , ").split()
    suffix = ""
    if len(words) >= 3 and words[-1].rstrip(".") in {s.rstrip(".") for s in SUFFIXES}:
        suffix = words.pop().rstrip(".")
    if "," in words:  # "Smith, J. A." / "Smith, John"
        k = words.index(",")
        family, given = " ".join(words[:k]), " ".join(w for w in words[k + 1 :] if w != ",")
        if not family or not given:
            return None
        compact = given.replace(".", "").replace(" ", "")
        if is_initials(compact) and "." not in given:
            given = initials_to_given(compact)
        particle, family = split_particle(family)
        return Name(family=family, given=given, non_dropping_particle=particle, suffix=suffix)
    if len(words) < 2:
        return None
    last = words[-1].replace(".", "")
    if is_initials(last) and len(last) <= 4 and not words[-1][0:1].islower():
        family = " ".join(words[:-1])
        particle, family = split_particle(family)
        return Name(family, initials_to_given(last), particle, suffix=suffix)
    # "J. A. Smith", "John A. Smith", "Ludwig van Beethoven"
    k = len(words) - 1
    while k > 1 and words[k - 1].lower() in PARTICLES:
        k -= 1
    given = " ".join(words[:k])
    if not given:
        return None
    particle, family = split_particle(" ".join(words[k:]))
    return Name(family=family, given=given, non_dropping_particle=particle, suffix=suffix)


def read_names(text: str) -> tuple[tuple[Name, ...], bool]:
    """A printed list of names -> (names, cut short with "et al")."""
    truncated = bool(_ET_AL.search(text))
    text = _ET_AL.sub("", text)
    text = _EDITOR_WORDS.sub("", text)
    text = re.sub(r"\s+(?:and|&|e|y|und)\s+", ", ", text.strip().rstrip(".,;: "))
    pieces = [p.strip() for p in re.split(r"\s*;\s*", text) if p.strip()]
    if len(pieces) == 1:
        pieces = _comma_pieces(pieces[0])
    names: list[Name] = []
    for piece in pieces:
        name = read_name(piece) if len(piece.split()) <= 6 else None
        names.append(name if name is not None else Name(literal=piece))
    return tuple(names), truncated


def _comma_pieces(text: str) -> list[str]:
    """Split on commas, but keep "Smith, J. A." (APA: the initials follow a comma) together."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    out: list[str] = []
    for part in parts:
        compact = part.replace(".", "").replace(" ", "").replace("-", "")
        if out and "," not in out[-1] and " " not in out[-1] and is_initials(compact):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


def _pages(text: str) -> str:
    from .reference import expand_page_range

    text = re.sub(r"^(?:pp?|pages?|s|págs?)\.?\s*", "", text.strip(), flags=re.I)
    return expand_page_range(_clean(text))


def _date(spans_: list[Span], year: str) -> tuple[int, ...]:
    parts = [int(year[:4])]
    for s in spans_:
        words = re.findall(r"[^\W\d_]+|\d+", s.text)
        month = next((_MONTH_NUMBER.get(w.lower()[:4]) or _MONTH_NUMBER.get(w.lower()[:3])
                      for w in words if w.lower().rstrip(".") in MONTHS), None)  # fmt: skip
        if month:
            parts.append(month)
            day = next((int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31), None)
            if day:
                parts.append(day)
            break
    return tuple(parts)


_IDENTIFIER = {
    "doi": re.compile(r"10\.\d{4,9}/\S+"),
    "pmid": re.compile(r"\d{1,9}"),
    "pmcid": re.compile(r"(?:PMC)?\d+"),
    "url": re.compile(r"(?:https?://|www\.)\S+"),
}


def _type(fields: dict[str, object], text: str) -> str:
    low = text.lower()
    if re.search(r"\bpatent\b", low):
        return "patent"
    if re.search(r"\b(?:thesis|dissertation|tese|disserta\w+)\b", low):
        return "thesis"
    if re.search(r"\b(?:biorxiv|medrxiv|arxiv|preprint|research square|ssrn)\b", low):
        return "article"
    if (fields.get("container_title") and fields.get("editor")) or re.search(r"\bIn:\s", text):
        return (
            "chapter" if fields.get("publisher") or not fields.get("volume") else "paper-conference"
        )
    if fields.get("container_title"):
        return "article-journal"
    if re.search(r"\b(?:report|technical|guideline|who/|bulletin)\b", low):
        return "report"
    if fields.get("publisher"):
        return "book"
    if fields.get("url"):
        return "webpage"
    return "document"


@dataclass(frozen=True, slots=True)
class Assembled:
    fields: dict[str, object]  # Reference keyword arguments
    confidence: dict[str, float]  # CSL-ish field name -> how sure


def assemble(labelled: list[Labelled], source: str) -> Assembled:
    """The fields of one reference from its labelled tokens."""
    by_label: dict[str, list[Span]] = {}
    for s in spans(labelled, source):
        by_label.setdefault(s.label, []).append(s)
    fields: dict[str, object] = {}
    sure: dict[str, float] = {}

    def first(label: str) -> Span | None:
        found = by_label.get(label)
        return max(found, key=lambda s: len(s.text)) if found else None

    for label, key in (("author", "author"), ("editor", "editor")):
        all_spans = by_label.get(label, [])
        if all_spans:
            names, truncated = read_names(" , ".join(s.text for s in all_spans))
            if names:
                fields[key] = names
                if key == "author":
                    fields["author_truncated"] = truncated
                sure[key] = min(s.confidence for s in all_spans)
    for label, key in (
        ("title", "title"), ("container", "container_title"), ("publisher", "publisher"),
        ("place", "publisher_place"), ("note", "note"),
    ):  # fmt: skip
        span = first(label)
        if span and re.search(r"[^\W_]", _clean(span.text)):  # "????" is not a title
            fields[key] = _clean(span.text)
            sure[key] = span.confidence
    for label in ("volume", "issue", "edition"):
        span = first(label)
        if span:
            value = re.sub(r"^(?:vol|no|n|nr|issue|v)\b\.?\s*", "", _clean(span.text), flags=re.I)
            if label == "edition":
                value = re.sub(r"\s*(?:st|nd|rd|th|a|ª|º)?\s*(?:ed|edn|edition)?\.?$", "", value)
            if value:
                fields[label] = value
                sure[label] = span.confidence
    span = first("pages")
    if span and _pages(span.text):
        fields["page"] = _pages(span.text)
        sure["page"] = span.confidence
    year_span = next(
        (s for s in by_label.get("year", []) if re.search(r"(?:1[5-9]|20)\d{2}", s.text)), None
    )
    if year_span:
        year = re.search(r"(?:1[5-9]|20)\d{2}", year_span.text)
        assert year is not None
        fields["issued"] = _date(by_label.get("date", []), year.group())
        sure["issued"] = year_span.confidence
    for label, pattern in _IDENTIFIER.items():
        span = first(label)
        m = pattern.search(span.text) if span else None
        if span and m:
            value = m.group().rstrip(".,;)]")
            if label == "pmcid" and not value.startswith("PMC"):
                value = "PMC" + value
            fields[label] = value
            sure[label] = span.confidence
    fields["type"] = _type(fields, source)
    if fields["type"] == "article-journal" and fields.get("container_title"):
        fields["container_title_short"] = fields["container_title"]
    if fields["type"] in ("webpage", "report", "book", "thesis", "document"):
        fields.pop("container_title", None)  # never a journal for what is not in one
    return Assembled(fields, sure)


def doubtful(confidence: dict[str, float]) -> list[str]:
    return [key for key, value in confidence.items() if value < DOUBT_BELOW]
