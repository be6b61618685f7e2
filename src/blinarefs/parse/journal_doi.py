"""OUP's advance article: the journal's name, then its DOI, with no year, volume or pages
("Roe J, Doe P. Title. Clin Example Dis doi: 10.9999/x.").

The labeller has seen "doi:" after a journal's numbers, rarely straight after its name,
and may read the cue as the name's last word ("Clin Example Dis doi"). A "doi" that
closes the journal read and opens the identifier after it, with its colon, is the
identifier's cue, no word of the journal's.
"""

from __future__ import annotations

from .labeller import Labelled
from .token_index import all_of, labels_in


def doi_cue_out_of_journal(labelled: list[Labelled]) -> list[Labelled]:
    """``labelled`` with a "doi:" read as the journal's last word read as no field."""
    if "doi" not in labels_in(labelled):  # (what the mend needs after the cue: no DOI, none)
        return labelled
    out = list(labelled)
    for i in all_of(labelled, "container"):  # (found in C: only a journal's word is mended)
        if not 1 <= i < len(out) - 2:
            continue
        x = out[i]
        if (
            x.label == "container"
            and x.token.text.lower() == "doi"
            and out[i - 1].label == "container"
            and out[i + 1].token.text == ":"
            and out[i + 1].label != "container"
            and any(y.label == "doi" for y in out[i + 2 : i + 4])
        ):
            out[i] = x._replace(label="other")
    return out
