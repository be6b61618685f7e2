"""Where a work stands when it has no final place yet: CSL's ``status``.

"In press", "forthcoming", PubMed's "[Epub ahead of print]", "accepted for publication",
"submitted", "in preparation" (and SciELO's Portuguese and Spanish "no prelo", "en prensa")
say the work has no year, volume or pages yet, or not its final ones. The readers kept some
of them as a note and lost others; they are no note the styles print, but the state APA
prints in the year's place ("Roe, A. (in press).") and Chicago, AMA and NLM after the
journal. Each is read where it is printed as a part of its own: closing the reference or a
sentence of it, or in parentheses or brackets, never inside a title ("Freedom of the press").
"""

from __future__ import annotations

import re

from ..model import Reference
from .prefilter import searched_where

_STATES = (
    r"in press|in the press|forthcoming|(?:e-?pub(?:lished)?|published|online) ahead of print"
    r"|accepted(?: for publication)?|submitted(?: for publication)?|in preparation"
    r"|no prelo|en prensa"
)
# A state printed as a part of its own: after a mark that ends a part (or at the start, as
# the labeller's note is), or in brackets; then the end, or a mark that ends a part
# (or its year: Citing Medicine's "J Made. Forthcoming 2031.")
_PRINTED = re.compile(
    rf"(?:(?<=[.,;:])\s*|\s[\[(]|^[\[(]?)(?P<state>{_STATES})[\])]?"
    r"(?=[.,;]|\s*$|\s(?:1[5-9]|20)\d\d\.?$)",
    re.I,
)
# _PRINTED searched only where one of the words every state holds is (every entry is asked)
_printed = searched_where(
    _PRINTED,
    ("press", "forthcoming", "ahead of print", "accepted", "submitted", "preparation", "prelo",
     "prensa"),
)  # fmt: skip
# The state closing what a reader took for the journal: "J Made. Forthcoming"
_CLOSING_JOURNAL = re.compile(rf"[.,;]\s+(?:{_STATES})$", re.I)
_ALONE = re.compile(rf"[\[(]?(?P<state>{_STATES})[\])]?\.?", re.I)


def _as_kept(state: str) -> str:
    """The state as the model keeps it: lower case, as styles print it mid-sentence
    ("(in press)") and capitalise it where a sentence starts; PubMed's "Epub" keeps its
    capital."""
    kept = " ".join(state.lower().split())
    return "Epub" + kept[4:] if kept.startswith("epub") else kept


def printed_state(printed: str) -> str:
    """The publication state ``printed`` names as a part of its own, as the model keeps it
    ("" if none)."""
    m = _printed(printed)
    return _as_kept(m["state"]) if m else ""


def before_print(status: str) -> bool:
    """Whether ``status`` comes before any year, volume or pages (a paper in press has
    none yet); a paper ahead of print has its online date."""
    return bool(status) and not status.endswith("ahead of print")


def undated(printed: str) -> bool:
    """Whether ``printed`` names a state that comes before any year (:func:`before_print`)."""
    return before_print(printed_state(printed))


def with_state(ref: Reference) -> Reference:
    """``ref`` with its publication state as its ``status``: moved out of the note where
    the note is the state alone ("in press", "Epub ahead of print"), else read from the
    printed text."""
    if ref.status:
        return ref
    if alone := _ALONE.fullmatch(ref.note.strip()):
        return ref.with_fields(status=_as_kept(alone["state"]), note="")
    state = printed_state(ref.source_text)
    if not state:
        return ref
    if _ALONE.fullmatch(ref.container_title):  # "Roe J. Title. Submitted.": no journal yet
        ref = ref.with_fields(container_title="", container_title_short="")
    elif cut := _CLOSING_JOURNAL.search(ref.title):  # "Title. In preparation." read whole
        ref = ref.with_fields(title=ref.title[: cut.start()])
    elif cut := _CLOSING_JOURNAL.search(ref.container_title):
        journal = ref.container_title[: cut.start()]
        same = ref.container_title_short == ref.container_title
        short = journal if same else ref.container_title_short
        ref = ref.with_fields(container_title=journal, container_title_short=short)
    return ref.with_fields(status=state)
