"""A body listed last among the people, its name closed by a full stop before the title.

Vancouver lists a group or a body after the people who wrote for it, between commas or
after a semicolon ("Roe J, Doe A, Example Network for Made-up Transplantation. Title...",
"Roe J, Doe A; Example Committee on Invented Tests. Title..."). A name that ends with the
word that makes it a group ("Example Study Group") the labeller reads as an author; one
that goes on past that word ("Network for ...", "Committee on ...") it cuts there, or
leaves whole in the title, which then opens with the body's name. Where the people's list
runs on into a sentence that reads as an organisation's name, and the title goes on after
its full stop, that sentence is the last author. A study's group is named in sentence case
("Meta-analysis of widgets in older adults Consortium", after BMJ's and PubMed's people),
its last word capitalised.
"""

from __future__ import annotations

import re
from itertools import compress, count

from .agencies import is_body_name
from .body_names import SMALL_WORDS
from .labeller import Labelled, texts_of
from .open_bodies import NAME_SMALL
from .token_index import run_end, text_from

# What parts the last person from the body: a comma, or PubMed's semicolon (a colon after
# "et al" for some: "Roe J, et al.: Example Study Group (ESG). Title")
_BETWEEN = frozenset({",", ";", ":"})
# The labels the body's words may have been given: the people's, the title's, none
_READ_AS = frozenset({"author", "title", "other"})
# The word a group's name ends with, capitalised
_GROUP_WORD = (
    r"(?:Group|Team|Consortium|Investigators|Collaborators|Committee|Network|Trialists"
    r"|Collaboration)"
)
# The last word of Vancouver's people before the body: initials, "et al", or the end of
# another group listed before it ("Roe J, Example Consortium, Example Study Group.")
_LAST_OF_A_NAME = re.compile(rf"[A-Z]{{1,4}}|[A-Z][-‐][A-Z]|al|{_GROUP_WORD}")
# ... or a group of people's name, whatever words it holds before its last ("Example
# COVID-19 team", "Example-2 Study Group"): capitalised words, numbered ones, a name's small
# words and a bracketed acronym, then the word a group ends with, in capitals or not
_GROUP = re.compile(  # (a word's start only, its letters taken once: linear)
    rf"(?<![\w'’\-‐(])(?:[A-Z0-9][\w'’\-‐]*+|\([A-Z][A-Za-z0-9\-]{{1,11}}\)|{NAME_SMALL})"
    rf"(?: (?:[A-Z0-9][\w'’\-‐]*+|\([A-Z][A-Za-z0-9\-]{{1,11}}\)|{NAME_SMALL})){{0,9}}"
    r" (?:[Gg]roup|[Tt]eam|[Cc]onsortium|[Ii]nvestigators|[Cc]ollaborators|Committee|Network"
    r"|Trialists|Workgroup|Collaboration)"
)

# ... or a study's name in sentence case before the group's word, capitalised ("Study of
# widgets in older adults (SWOA) Investigators", "Meta-analysis of widgets Consortium"):
# a capital first, then any words without a full stop, never a person's family name and
# initials first ("Poe L Widgets for the care Team", a title printed with no stop after
# the names)
_STUDY_GROUP = re.compile(  # (a word's start only, possessive words: linear)
    r"(?<![\w'’\-‐])(?![^ ]++ [A-Z]{1,4}(?: |$))[A-Z][\w'’\-‐]*+"
    rf"(?: (?:[\w'’\-‐]++|\([A-Z][A-Za-z0-9\-]{{1,11}}\))){{1,11}} {_GROUP_WORD}"
)


def _named_after_etal(name: str) -> bool:
    """Whether a sentence PubMed prints after "et al.;" reads as a group's name: after the
    people cut short, the semicolon leaves room for nothing but the group they wrote for
    (Citing Medicine's "Roe J, Doe K, et al.; Example Task Force (ETF) of the Springfield
    Society (SS)."), so any name in title case will do, however long, with its bracketed
    acronyms, slashes and "on behalf of"; not a sentence with a verb's small words."""
    words = name.split()
    return bool(words) and all(
        w[0].isupper() or w[0] == "(" or w.lower() in SMALL_WORDS or w == "behalf" for w in words
    )


def group_after_names(labelled: list[Labelled]) -> list[Labelled]:
    """The people's run carried through a body's name that the labeller cut or left in
    the title, when the body is listed last among them, its name is closed by a full stop
    and the title goes on after it."""
    run = run_end(labelled, 0, "author")
    if run < 2 or run >= len(labelled) or labelled[0].token.start != 0:
        return labelled
    # the body's name opens after the last comma or semicolon of the run (or right after it)
    marks = map(_BETWEEN.__contains__, texts_of(labelled)[: run + 1])  # (in C)
    between = max(compress(count(), marks), default=-1)
    stop = text_from(labelled, ".", run)
    if between < 1 or stop <= between + 1 or stop + 1 >= len(labelled):
        return labelled
    # the name's last word; "et al." keeps its full stop before the semicolon
    etal_stop = between > 1 and [x.token.text for x in labelled[between - 2 : between]] == [
        "al",
        ".",
    ]
    last = labelled[between - 2 if etal_stop else between - 1]
    if not _LAST_OF_A_NAME.fullmatch(last.token.text):
        return labelled  # (a title after names printed initials first is no body)
    if any(x.label not in _READ_AS for x in labelled[between:stop]):
        return labelled
    if labelled[stop + 1].label != "title" or all(
        x.label == "author" for x in labelled[between + 1 : stop]
    ):
        return labelled
    name = "".join(
        f"{' ' if x.token.space_before else ''}{x.token.text}" for x in labelled[between + 1 : stop]
    ).strip()
    after_etal = last.token.text == "al"
    if labelled[between].token.text == ":" and not after_etal:
        return labelled  # F1000's "Roe J, Doe K: Title." parts people from a title
    if not (
        _GROUP.fullmatch(name)
        or _STUDY_GROUP.fullmatch(name)
        or is_body_name(name)
        or (after_etal and labelled[between].token.text == ";" and _named_after_etal(name))
    ):
        return labelled
    named = [x._replace(label="author") for x in labelled[between:stop]]
    return [*labelled[:between], *named, *labelled[stop:]]
