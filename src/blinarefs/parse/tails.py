"""Journal tails of the physical-sciences styles, which print no title and no separators
the labeller has learned: "Constr. Build. Mater. 156 (2017) 443." (Elsevier's numeric
style), "Cerâmica 51, 320 (2005) 354." (volume, issue, year, page), "Environ. Sci.
Technol. 37, 5453 (2003)." (AIP/APS: volume, page, year). The form is regular enough to be
read by rule, and the labeller, trained on the biomedical styles, misreads it (the journal
as a title, the page as a volume).
"""

from __future__ import annotations

import re

_PHYSICS_TAIL = re.compile(
    r", ?(?P<journal>[^\W\d_][^,();:]{0,80}?) (?P<vol>\d{1,5}) ?"
    r"(?:, ?(?P<mid>[A-Za-z]?\d+(?:[-–]\d+)?) ?)?"
    r"\((?P<year>(?:19|20)\d{2})\) ?(?P<page>[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?)?\.?$"
)


def physics_tail(text: str) -> tuple[int, dict[str, object]] | None:
    """(where the journal starts, its fields: journal, volume, issue, pages, year) when
    ``text`` (one line, single spaces) ends in one of the physical-sciences forms, else
    None. Only the last 160 characters are searched."""
    m = _PHYSICS_TAIL.search(text, max(0, len(text) - 160))
    if not m or not (m.group("mid") or m.group("page")):
        return None
    fields: dict[str, object] = {
        "container_title": m.group("journal").strip().rstrip("."),
        "volume": m.group("vol"),
        "issued": (int(m.group("year")),),
    }
    if m.group("page"):
        fields["page"] = m.group("page")
        if m.group("mid"):
            fields["issue"] = m.group("mid")
    else:
        fields["page"] = m.group("mid")
    return m.start("journal"), fields
