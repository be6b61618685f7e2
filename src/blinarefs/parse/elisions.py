"""An author list cut in its middle: "Roe, A., Doe, B., ... & Moe, C. (2030)."

APA 7 prints the first nineteen names, an ellipsis and the last name of a list of more than
twenty; Google Scholar's APA cuts any long list so ("Roe, A., Doe, B., ... & Moe, C.").
The readers read the names printed as the whole list, each next to the other. The names
missing are what "et al" says: the list is the model's truncated list (``author_truncated``),
with the names printed, in their order, so the last author stays the last name of
``author``. CSL has no variable for where the names were left out (only that some were);
that place is not kept, and a style prints the names then its "et al".
"""

from __future__ import annotations

import re

from ..model import Reference

# An ellipsis between two names: after a name's comma, then "&" or "and" or nothing
_ELLIPSIS = re.compile(r",\s*(?:\.\s?\.\s?\.|…)\s*(?:&\s*|and\s+)?(?=[^\W\d_])")


def elided_authors(ref: Reference) -> Reference:
    """``ref`` with its author list truncated where its names are printed with an ellipsis
    before the last."""
    if ref.author_truncated or len(ref.author) < 2:
        return ref
    text = ref.source_text
    end = text.find(ref.title) if ref.title else -1
    head = text[:end] if end > 0 else text
    cut = _ELLIPSIS.search(head)
    last = ref.author[-1].full_family
    if cut is None or not last or last not in head[cut.end() :]:
        return ref
    return ref.with_fields(author_truncated=True)
