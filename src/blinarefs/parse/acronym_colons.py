"""A body's acronym closed by a colon before the title, the body printed again further on:
"EXMPL: Title of the report. EXMPL Press: Springfield, 2030.", "ExA: Title. Ministry of
Examples, 2030.".

F1000's house style closes every author list with a colon, a body's as a person's. Where
the list holds enough people so printed, :func:`.closing.name_habits` knows the habit and
any head before the first colon is the author; a short list, or one of bodies mostly, does
not show it, and a colon after an acronym is then no name's end to the readers, which read
"EXMPL: Title" as one title. An acronym's colon also opens titles ("HIV: a review",
"DNA: The Double Helix"), so the acronym alone says too little: it is the author where
the item prints it again or names an organisation after the title (the body as its own
publisher: "EXMPL Pressedienst", "Example Institute"), as a report's imprint does.
"""

from __future__ import annotations

import re

from .one_name import ORGANISATION_WORDS

# Two to eight letters, two capitals at least, no digit ("BgVV", "ExA", "EXMPL"; not
# "COVID-19" nor a capitalised word), a colon, then a capitalised title
_ACRONYM_COLON = re.compile(r"\A(?P<acronym>[A-Z][A-Za-z]{1,7}):(?= [A-Z\u00C0-\u00DE“\"‘])")
_CAPITALS = re.compile(r"[A-Z]")


def close_acronym_colon(source: str) -> str:
    """``source`` with a full stop for the colon after an opening acronym
    (``_ACRONYM_COLON``) that the item prints again, or after which it names an
    organisation; else as it was."""
    m = _ACRONYM_COLON.match(source)
    if m is None or len(_CAPITALS.findall(m["acronym"])) < 2:
        return source
    rest = source[m.end() :]
    again = re.search(rf"\b{m['acronym']}\b", rest)
    if not again and not ORGANISATION_WORDS.search(rest):
        return source
    return f"{m['acronym']}.{rest}"
