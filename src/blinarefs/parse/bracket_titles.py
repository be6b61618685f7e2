"""A title closing with a bracketed classification printed with no full stop after it:
"A new made-up fish (Perciformes: Exampleidae) Journal of Example Ichthyology, 6: 1-9."
(zoology lists: Acta Amazonica's, PLOS-style catalogues' "(Diptera: Culicidae) College
Park, Maryland: ..."). With no stop to end the title, the labeller ends it at the colon or
the comma inside the bracket, or runs it on into the journal; the bracket's pair says
where the title ends.
"""

from __future__ import annotations

from .labeller import Labelled, texts_of
from .token_index import labels_in, last_of

_SMALL = frozenset({"of", "de", "da", "do", "des", "and", "&", "the", "for", "e", "y", "la"})


def _title_run(labelled: list[Labelled]) -> tuple[int, int]:
    """The first and the last token of the title's last run, or (-1, -1)."""
    last = last_of(labelled, "title")
    first = last
    while first > 0 and labelled[first - 1].label == "title":
        first -= 1
    return first, last


def _opened(labelled: list[Labelled], first: int, last: int) -> int:
    """The bracket the title opened (after a space) and has not closed, or -1."""
    depth, opened = 0, -1
    for i in range(first, last + 1):
        text = labelled[i].token.text
        if text == "(":
            depth, opened = depth + 1, i
        elif text == ")":
            depth -= 1
    return opened if depth == 1 and labelled[opened].token.space_before else -1


def bracket_closed_after_title(labelled: list[Labelled]) -> list[Labelled]:
    """ "(Perciformes" | ": Exampleidae)": a bracket the title opened and the words after
    the title's end close, with no number, stop or other bracket between, is the title's:
    the labeller cut the title at the colon or the comma inside it. Only there: a title
    cut between two words ("(Limited" | "circulation)") was not cut at a classification."""
    first, last = _title_run(labelled)
    if not 0 <= last < len(labelled) - 1 or labelled[last + 1].token.text not in ",:;":
        return labelled
    if _opened(labelled, first, last) < 0:
        return labelled
    end = last + 1
    while end < len(labelled) and end - last <= 8:
        x = labelled[end]
        text = x.token.text
        if text == ")":
            break
        if text in "([.]" or any(c.isdigit() for c in text) or x.label in ("year", "volume"):
            return labelled
        end += 1
    if end >= len(labelled) or labelled[end].token.text != ")" or end == last + 1:
        return labelled
    return [x._replace(label="title") if last < i <= end else x for i, x in enumerate(labelled)]


def journal_after_title_bracket(labelled: list[Labelled]) -> list[Labelled]:
    """ "... (Gymnotiformes: Exampleidae) Examplezoa, 410: 1-11": a title read on past its
    closing bracket into capitalised words, then a comma and the volume, with no journal
    read: those words are the journal. The bracket is a classification's, opened after a
    space and holding a colon or a comma; a word after it printed close ("(un)making") or
    in lower case ("(review) in children") is the title's own."""
    if "container" in labels_in(labelled):
        return labelled
    first, last = _title_run(labelled)
    close = max((i for i in range(first, last) if labelled[i].token.text == ")"), default=-1)
    if close < 0 or last + 2 >= len(labelled):
        return labelled
    opened = _opened(labelled, first, close - 1)
    inside = {x.token.text for x in labelled[opened + 1 : close]}
    words = list(texts_of(labelled)[close + 1 : last + 1])
    if (
        opened < 0
        or not inside & {":", ","}
        or not labelled[close + 1].token.space_before
        or not 1 <= len(words) <= 6
        or not all(w[:1].isupper() or w in _SMALL for w in words)
        or not words[0][:1].isupper()
        or labelled[last + 1].token.text != ","
        or labelled[last + 2].label != "volume"
    ):
        return labelled
    return [
        x._replace(label="container") if close < i <= last else x for i, x in enumerate(labelled)
    ]
