"""The sentences AMA prints in a web document that are neither its title nor its site.

AMA's manual (and the journals that follow it) prints a guideline's version, a kind of
document, and the document's own day as sentences of their own between the title and the
access date:

- "NCCN Clinical Practice Guidelines in Oncology: Example Leukemia. Version 2.2030.
  Accessed May 1, 2030. URL" (a guideline's version: "2.2030" is its second version of
  2030, neither a journal nor a year of publication);
- "Example approves examplumab. News release. Example Agency. May 5, 2030. Accessed ..."
  (a news release: a web document with a publisher, no newspaper);
- "Example Agency. Example guidance. May 5, 2030. Accessed June 1, 2030. URL" (the day the
  document was issued, printed with no "Published").

Both readers have seen mostly journal articles: the version became an invented journal
(and, with a "Published" date, an article ahead of print), the kind of document a
journal's name or the title's end, and the day was left in the title. The version and the
kind are kept in the note (CSL's ``genre``, where the styles print them), the day is the
date of issue.
"""

from __future__ import annotations

import re

from ..model import Reference
from .webpages import MONTH, URL, access_date, year_besides
from .years import YEAR, loose_date

# A sentence of its own: after a full stop (or a closing bracket) and a space, up to a
# full stop before a space or the end
_OWN = r"(?<=[.\]] )(?:{})(?=\.(?:\s|$))"
_VERSION = re.compile(_OWN.format(r"Version \d+(?:\.\d+){0,3}[a-z]?"))
_KIND = re.compile(
    _OWN.format(r"(?:News|Press|Media) release|Fact sheet|Policy statement|Position statement")
)
_DAY = re.compile(  # (or after a publisher's semicolon: "Example Pharma; May 5, 2030.")
    _OWN.replace(".\\]", ".;\\]").format(
        rf"{MONTH} \d{{1,2}}, {YEAR.pattern}|\d{{1,2}} {MONTH} {YEAR.pattern}"
        rf"|{YEAR.pattern} {MONTH} \d{{1,2}}"
    )
)
_AHEAD = "Epub ahead of print"
_CONTAINER_FIELDS = ("container_title", "container_title_short", "volume", "issue", "page")


def web_sentences(ref: Reference) -> Reference:
    """``ref`` with a version read as its journal, or a kind of document read as its
    journal or its title's end, kept as the note, and a web document's day printed alone
    as its date. Only in a reference with a URL and no DOI, volume or pages a journal
    article would print: "Version 2" in a journal article's title stays the title's."""
    text = ref.source_text
    url = URL.search(text)
    if not url or ref.doi or (ref.volume and ref.page):
        return ref
    head = text[: url.start()]
    # a version only where a reader took it for the journal: after the title it is the
    # title's ("Guidelines for X. Version 3", as the markup of real lists keeps it)
    said = [m for pattern in (_KIND, _VERSION) if (m := pattern.search(head))]
    journal = [m for m in said if _read_as_journal(ref, m.group())]
    said = [m for m in said if m.re is _KIND or m in journal]
    changes: dict[str, object] = {}
    if journal:
        changes.update(dict.fromkeys(_CONTAINER_FIELDS, ""))
        # a document's "Published March 3, 2030" is its own day, not an article's Epub
        if _AHEAD in (ref.status, ref.note):
            changes.update(status="", available_date=None, issued=ref.available_date)
    kind = next((m.group() for m in said if m.re is _KIND), "")
    if kind and ref.title.endswith(f". {kind}"):
        changes["title"] = ref.title[: -len(kind) - 2]
    if (
        said
        and (site := _after_kind(head, said[0]))
        and not changes.get("container_title", ref.container_title)
    ):
        changes["container_title"] = site  # AMA's publisher of a release, the site
    if said and ref.issued and not year_besides(text, (url, *said, *_read_on(text))):
        changes["issued"] = None  # "Version 2.2030" is no date of publication
    if said:
        kinds = "; ".join(m.group() for m in said if m.group() not in ref.note)
        note = ref.note if "status" not in changes else ref.note.replace(_AHEAD, "")
        changes["note"] = "; ".join(part for part in (kinds, note.strip("; ")) if part)
        changes["type"] = (
            "webpage" if ref.type in ("article-journal", "article-newspaper") else ref.type
        )
    day = _DAY.search(head)
    if day and (when := loose_date(day.group())):
        title = str(changes.get("title", ref.title))
        if title.endswith(f". {day.group()}"):
            changes["title"] = title[: -len(day.group()) - 2]
        if not ref.issued or ref.issued == when[:1]:
            changes["issued"] = when
    return ref.with_fields(**changes) if changes else ref


def _after_kind(head: str, kind: re.Match[str]) -> str:
    """The sentence after a news release's kind, when a day or the URL follows it: its
    publisher ("News release. Example Agency. May 5, 2030.")."""
    if kind.re is not _KIND:
        return ""
    rest = head[kind.end() + 1 :].strip()
    name, *after_parts = re.split(r"(?<=[.;]) ", rest, maxsplit=1)
    name, after = name.rstrip(".;"), "".join(after_parts).strip()
    if not name or len(name.split()) > 10 or re.search(r"\d", name):
        return ""
    return name if not after or _DAY.match(f". {after}", 2) else ""


def _read_on(text: str) -> tuple[re.Match[str], ...]:
    read = access_date(text)
    return (read,) if read else ()


def _read_as_journal(ref: Reference, sentence: str) -> bool:
    return bool(ref.container_title) and ref.container_title.rstrip(".") in (
        sentence,
        sentence.split(".")[0],
    )
