"""A book's or a report's series in parentheses after the year, read as the title.

Vancouver prints the series of a book or a report last, in parentheses after the imprint's
year (and the date of access): "Title. Place: Publisher; 2030 [cited 2031 Mar 11]. (Série
C. Projetos e Relatórios). Available from: URL", "(Series on Made-up Methods; nº 3).",
"(Example Series in Statistics Text and References Section).". The labeller, which reads a
capitalised sentence as a title wherever it sits, read the series as a second title, and
the later run was taken for the title. Where a title was read before the year, the
series' words are no title (nor a volume or an issue: the number is the book's in the
series, which :func:`.series.book_series` reads from the printed text).
"""

from __future__ import annotations

from .labeller import Labelled
from .token_index import first_of, labels_in

_LONGEST = 40  # tokens between the parenthesis and its close
_NOT_SERIES = frozenset(("title", "author", "container", "volume", "issue", "pages"))


def series_not_title(labelled: list[Labelled], source: str) -> list[Labelled]:
    """``labelled`` with the title read inside a parenthesis opened after the year's
    sentence given back to no field, where a title was read before the year (looked for
    only where ``source`` prints ". (")."""
    if ". (" not in source:
        return labelled
    year = first_of(labelled, "year")
    if year < 1 or "title" not in labels_in(labelled)[:year]:
        return labelled
    out = list(labelled)
    for i in range(year + 1, len(labelled) - 1):
        if labelled[i].token.text != "(" or labelled[i - 1].token.text != ".":
            continue
        end = min(i + _LONGEST, len(labelled))
        close = next((k for k in range(i + 1, end) if labelled[k].token.text == ")"), None)
        if close is None or not any(x.label == "title" for x in labelled[i:close]):
            continue
        for k in range(i, close + 1):
            if out[k].label in _NOT_SERIES:
                out[k] = out[k]._replace(label="other")
    return out
