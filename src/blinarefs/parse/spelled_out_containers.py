"""A body's report printed with no imprint, read as a journal's article: "Example National
Cancer Registry. Cancer in Exampleland. 2030." and "Example Agency. Made-up strategy.
Towards ending examples [Internet]. 2030." With nothing after the second sentence but the
year, the labeller takes it for a journal with no volume: the body's name the title (no
word of it tells a body, "Registry", "Caucus"), or a body's title's second sentence the
journal.

The list says otherwise. A list that abbreviates its journals ("J Example Med", as BMJ's and
the Vancouver styles print them) prints none spelled out with "in", "of" or "and" kept,
nor with no word journals are abbreviated by; a container so named that no other entry
prints, with no volume, issue, pages nor identifier, is no journal of the list's. Its
reference is then a body's: a name in title case before it is the body (the author), and
a body's title is both sentences. A list that spells its journals out ("Journal of Example
Medicine") gives no such sign, and nothing is changed there.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..model import Name, Reference
from .agencies import SMALL_WORDS
from .body_names import name_like
from .doubt_bounds import abbreviated
from .doubt_case import journal_key
from .read import Reading
from .years import YEAR_CLOSING

# at least this many journals read with numbers tell how the list prints them
_JOURNALS_MIN = 5
# what may follow the container: the medium and the year alone (from no space inside a run
# of them, so that a search is linear)
_YEAR_ALONE = re.compile(rf"(?<!\s)(?:\s\[Internet\])?{YEAR_CLOSING}")
_WORDS = re.compile(r"[^\W\d_]+")


def _spelled_out(journal: str) -> bool:
    """A journal's name that keeps the small words an abbreviation leaves out ("Trends in
    Examples": "Trends Ex"), or that has no word abbreviated."""
    words = _WORDS.findall(journal)
    return any(w in SMALL_WORDS for w in words) or not abbreviated(journal)


def _as_report(ref: Reference) -> Reference | None:
    text, title, container = ref.source_text, ref.title, ref.container_title
    at = text.find(f"{title}. {container}")
    end = at + len(title) + 2 + len(container)
    if at < 0 or not _YEAR_ALONE.fullmatch(text, end):
        return None
    kind = "webpage" if ref.url else "book"
    if not ref.author and name_like(title):  # the body's name, then its title
        return ref.with_fields(author=(Name(literal=title),), title=container,
                               container_title="", container_title_short="", type=kind)  # fmt: skip
    if len(ref.author) == 1 and ref.author[0].literal:  # a body's title of two sentences
        return ref.with_fields(title=text[at:end], container_title="",
                               container_title_short="", type=kind)  # fmt: skip
    return None


def _candidate(ref: Reference) -> bool:
    """An article with no numbers in a spelled-out journal of one sentence of three words
    or more: a web site's name ("Example News", "Exampledb") or an edition ("2nd ed") is
    shorter, and two sentences are a title's rest and a site's."""
    name = ref.container_title
    return (
        ref.type == "article-journal"
        and len(_WORDS.findall(name)) >= 3
        and ". " not in name
        and not (ref.volume or ref.issue or ref.page or ref.doi or ref.pmid)
        and _spelled_out(name)
    )


def spelled_out_containers(readings: list[Reading]) -> list[Reading]:
    """``readings``, with each body's report read as an article in a spelled-out journal no
    other entry prints re-read as the body's, where the list abbreviates its journals."""
    refs = [r.reference for r in readings]
    journals = [
        r.container_title
        for r in refs
        if r.type == "article-journal" and r.container_title and (r.volume or r.page)
    ]
    spelled = sum(map(_spelled_out, journals))
    if len(journals) < _JOURNALS_MIN or spelled * 4 > len(journals):
        return readings
    printed = Counter(journal_key(r.container_title) for r in refs if r.container_title)
    out = list(readings)
    for i, ref in enumerate(refs):
        if _candidate(ref) and printed[journal_key(ref.container_title)] <= 1:
            mended = _as_report(ref)
            if mended is not None:
                out[i] = replace(readings[i], reference=mended)
    return out
