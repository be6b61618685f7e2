"""A translator's or an organiser's statement after a book's title, as ABNT, APA and their
Spanish kin print it.

NBR 6023 prints who translated or organised a work after its title, a sentence of its own:
"ROE, J. Made-up poetics. Tradução de Ana Doe. Springfield: Example, 2030.", "Tradução,
notas e prefácio de Ana Doe", "Trad. de Ana Doe", "Traducción de Ana Doe", "Organização
Ana Doe", "Organização, tradução e notas de Ana Doe", "Transl. A. Doe"; APA prints it in
parentheses, "Title. (A. Doe, Trad.)."; an interview printed in a paper names its
interviewer in brackets, "Title. [Entrevista cedida a Ana Doe]. Paper, 3 set. 2030." The
readers, seeing no mark between, ran the title (or a chapter's book) on to the statement.
It names a contributor, not the title: it is kept as the entry's note. An organiser's
"(Org.)" printed after the names, which the labeller read as the title's first words
("ROE, J. (Org.). Title."), is no title either.
"""

from __future__ import annotations

import re

from ..model import Reference

# the statement closing the title read: its opening word, then the rest of that sentence;
# "Organização" only as a statement opens ("Organização de", "Organização, tradução",
# "Organização Ana Doe"), not a body's name ("Organização Mundial da Saúde")
_STATEMENT = re.compile(
    r"\.\s+(?:(?P<note>(?:(?:Tradu[çc][ãa]o|Traducci[óo]n|Traduzido|Traducido|Translated by)\b"
    r"|(?:Trad|Transl)\.\s"
    r"|Organiza(?:[çc][ãa]o|ci[óo]n)(?:,|:| e | y | de | d[oa]s? | (?!(?:Mundial|Pan|Internacional|"
    r"Nacional|Panamericana|das|de)\b)[A-Z][a-zà-ú]+ [A-Z])).*)"
    r"|\((?P<bracketed>[^()]+,\s(?:Trad|Transl|Tr|Org|Orgs)\.)\)\.?"
    # the interviewer of an interview in a paper, in brackets: "[Entrevista cedida a Ana
    # Doe]", "[Entrevista concedida a ...]", "[Interview by ...]"
    r"|\[(?P<interview>(?:Entrevista (?:cedida|concedida|dada|otorgada)|Interview(?:ed)? by)"
    r"\s[^\[\]]+)\]\.?)$"
)
# the words that can open such a statement: asked of the title first (in C)
_OPENERS = ("Trad", "Transl", "Organiza", "Entrevista", "Interview")
# an organiser's or editor's word after the names that the title opened with
_ROLE_OPENING = re.compile(r"\((?:orgs?|coords?|comps?)\.\)\.?\s+(?=\S)", re.I)


def translator_out_of_title(ref: Reference) -> Reference:
    """``ref`` without the translator's or organiser's statement its title (or its
    chapter's book) ran on to, kept as its note, and without "(Org.)." opening its title."""
    opening = _ROLE_OPENING.match(ref.title)
    if opening:
        ref = ref.with_fields(title=ref.title[opening.end() :])
    for field in ("title", "container_title"):
        text = getattr(ref, field)
        if not any(w in text for w in _OPENERS):
            continue
        m = _STATEMENT.search(text)
        if m is None or not m.start() or (field == "container_title" and ref.type != "chapter"):
            continue
        note = ref.note or (m["note"] or m["bracketed"] or m["interview"]).rstrip(".")
        ref = ref.with_fields(**{field: text[: m.start()], "note": note})
    return ref
