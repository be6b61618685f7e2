"""PubMed's ISSNs printed after a reference's date: "... 41:163–183, Jul 2030. ISSN
1234-5678 (Electronic); 1234-5679 (Linking). doi: 10.5555/x".

A library fed from PubMed holds each journal's ISSNs with their medium, and BibTeX styles
that print a record's ``issn`` (plainnat, abbrvnat) print them whole. No reader has seen
such a run: the labeller took the numbers for the pages and, thrown by the run, the date
before it for the title's. The note is left out of the text both readers read (the entry
keeps the text as printed), as :mod:`.closing` leaves out a note on a later notice.
"""

from __future__ import annotations

import re

# One ISSN with its medium in parentheses; the run of them, semicolons between (a copy
# one token a line rebuilds them unspaced, "(Electronic);1234-5679"), and the
# run's full stop
_ONE = r"[\dX]{4}-?[\dX]{4} \((?:Electronic|Print|Linking)\)"
_ISSN_NOTE = re.compile(rf" ISSN:? {_ONE}(?:; ?{_ONE})*\.?(?= |$)")


def without_issn_note(source: str) -> str:
    """``source`` without a run of ISSNs printed with their media."""
    return _ISSN_NOTE.sub("", source) if "ISSN" in source else source
