"""An arXiv identifier printed in a reference, as the eprint fields BibTeX tools read.

A reference to an arXiv preprint prints its identifier where a journal's tail would go:
"arXiv:2101.00001 [cs.LG]. 2021", Google Scholar's "arXiv preprint arXiv:2101.00001",
and the old scheme's "arXiv:hep-th/9901001". Read as a journal, the identifier becomes an
invented journal "arXiv:2101.00001 [cs.LG]"; arXiv's own BibTeX and Better BibTeX give it
as ``eprint`` with its server and primary class, which biblatex links and Zotero imports.
The server stays the container, as CSL holds a preprint in its server.
"""

from __future__ import annotations

import re

from ..model import Reference

# arXiv's two identifier schemes (arxiv.org/help/arxiv_identifier): YYMM.NNNNN since 2015
# (four digits after the point before), and archive/YYMMNNN before April 2007; a version
# "v2" may follow either, and the primary class in brackets after it.
_ID = re.compile(
    r"\barXiv(?:\s+preprint)?\s*(?::\s*|\s+)(?:arXiv\s*:\s*)?"
    r"(?P<id>\d{4}\.\d{4,5}(?:v\d+)?|[a-z][a-z\-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)"
    r"(?:\s*\[(?P<cls>[a-z\-]+(?:\.[A-Za-z\-]+)?)\])?",
    re.IGNORECASE,
)


def arxiv_eprint(ref: Reference) -> Reference:
    """``ref`` with the arXiv identifier its printed text holds as eprint fields, and the
    server alone as its container; ``ref`` itself when none is printed."""
    found = _ID.search(ref.source_text) if "arxiv" in ref.source_text.lower() else None
    if not found or any(k.lower() == "eprint" for k, _ in ref.extra):
        return ref
    extra = [("eprint", found["id"]), ("eprinttype", "arxiv")]
    if found["cls"]:
        extra.append(("eprintclass", found["cls"]))
    container = ref.container_title
    if not container or _ID.search(container) or container.lower().startswith("arxiv"):
        container = "arXiv"
    return ref.with_fields(
        extra=(*ref.extra, *extra), container_title=container, container_title_short=""
    )
