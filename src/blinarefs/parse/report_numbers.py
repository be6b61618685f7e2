"""A report's number, as Citing Medicine prints it: "Owl survey 2029. Report No.: EI-14.
Example City: Example Institute; 2030." (also "Technical Report No. 14", "Report no. 14").

Neither reader has a field for it, so the number stayed in the title ("Owl survey 2029.
Report No.: EI-14") and the work was a book. The work is a report; the number is its note.
"""

from __future__ import annotations

import re

from ..model import Reference

# "Report No.: EI-2029-14", "Technical Report No. 14", "Report no 14", "Tech Rep 14"
_NUMBER = re.compile(
    r"(?:(?<=\. )|^)((?:Technical |Tech\.? )?(?:Report|Rep\.?) (?:No\.?|Number):? ?[\w./-]+)\.?$",
    re.IGNORECASE,
)


def report_number(ref: Reference) -> Reference:
    """``ref`` as a report with its number as the note when its title ends with one."""
    found = _NUMBER.search(ref.title)
    if found is None or ref.volume or ref.container_title:
        return ref
    title = ref.title[: found.start()].strip(" .")
    if not title:
        return ref
    note = "; ".join(n for n in (found.group(1), ref.note) if n)
    return ref.with_fields(type="report", title=title, note=note)
