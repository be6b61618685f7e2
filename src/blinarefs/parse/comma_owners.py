"""A body's name closed by a comma before its page's title: the page's author.

PNAS (and the lists written to its house style) closes every author list with a comma
before the title, a body's name as a person's, and prints a page's year in parentheses
after the title, then the address and the day it was read: "Example Agency, Made-up
survey of things (2030). https://example.org/survey. Accessed 3 June 2030.". The
publishers' markup tags the name as the author (a group's name). The labeller read such a
name whole where it holds English words bodies have, but read a name in another language
("Agence Régionale d'Exemple", "Institut National de la Statistique et des Exemples") into
the title, or cut it at its particles, and left a name with no such word ("ExaMon") in
the title. The sign is the print alone: a name in title case (its particles and elided
articles aside) before the first comma, no person's initials in it, a page's address and
the day it was read after it. The name's own commas before a particle ("Direction de
l'Exemple, de l'Agriculture et de la Forêt") are the name's.
"""

from __future__ import annotations

import re

from ..model import Name, Reference
from .body_names import name_like

# The day the page was read, after its address ("Accessed 3 June 2030", "[accessed ...]")
_READ_ON = re.compile(r"(?:https?://|www\.|\w\.\w+/)\S*.*\b[Aa]ccessed\b")
# A person's initials closing a name ("Roe J. K.", "Roe JK"): no body's name
_INITIALS = re.compile(r"(?:[A-Z]\.-?){1,4}|[A-Z]{1,3}")
# An elided article or particle before a capital ("l'Exemple", "d’Examen")
_ELIDED = re.compile(r"\b[ldLD][’'](?=[A-ZÀ-Þ])")
_WORD = re.compile(r"[\w’']+")
# PNAS's year in parentheses closing the sentence before the address
_YEAR_CLOSED = re.compile(r" \((?:19|20)\d\d[a-z]?\)\. ")
# The title, up to the page's year in parentheses closing its sentence
_TITLE_YEAR = re.compile(r"\A(?P<title>[^.]+?) \((?:19|20)\d\d[a-z]?\)\.(?:\s|$)")


def _owner(text: str) -> str:
    """The body's name before the first comma of ``text``, with the parts after commas that
    open with a particle ("de l'Exemple"), or "" when that is no body's name."""
    parts = text.split(", ")
    head = parts[0]
    for part in parts[1:-1]:
        if not part[:1].islower():
            break
        head += ", " + part
    words = head.split()
    if len(parts) < 2 or not words or ". " in head or head == text:
        return ""
    if len(words) > 1 and _INITIALS.fullmatch(words[-1]):
        return ""  # a person's name ("Roe J. K.")
    rest = text[len(head) + 2 :].split()
    if not rest or _INITIALS.fullmatch(rest[0]):
        return ""  # a family name and its initials after its comma ("Roe, J.")
    return head if name_like(_ELIDED.sub("", head)) else ""


def comma_owner(ref: Reference) -> Reference:
    """``ref`` with the body's name before its first comma as its author, and the words up
    to the year in parentheses (or the first full stop) as its title where the title read
    was cut short, held the name or was empty, when the reference is a page read online."""
    text = ref.source_text
    # (the day read is looked for first, in C: the pattern backtracks over every reference)
    if "ccessed" not in text or not _READ_ON.search(text):
        return ref
    head = _owner(text)
    after = text[len(head) + 2 :]
    if not head or not after[:1].isalpha() or not _YEAR_CLOSED.search(after):
        return ref  # no year after the comma's title: BMJ's "Body Title, 2030 Available: URL"
    if _people_after(ref, after) or _apart(ref, head) or _longer_body(ref, head):
        return ref
    if ref.editor:  # the name's words after its particles read as editors, the title and
        # the address as their book: no chapter
        if not all(_in_name(n, head) for n in ref.editor) or ref.container_title not in after:
            return ref
        ref = ref.with_fields(editor=(), container_title="", type="webpage")
    m = _TITLE_YEAR.match(after)
    title = (m["title"] if m else after.partition(". ")[0]).strip()
    read = ref.title.rstrip(" (")
    if not read or _wrong_title(read, head, title):
        ref = ref.with_fields(title=title)
    return ref.with_fields(author=(Name(literal=head),))


def _people_after(ref: Reference, after: str) -> bool:
    """Whether the words after the first comma are a second person's name or a family's
    given names, read as such ("John Roe, Kate Doe, Title", "Roe, John, Title")."""
    then = after.split(", ")[0]
    return len(then.split()) <= 4 and any(n.given and n.given in then for n in ref.author)


def _apart(ref: Reference, head: str) -> bool:
    """Whether the readers told a body and its page's title apart inside the words before
    the comma ("Example Health Board Made-Up Policy, 2030 Available: URL")."""
    bodies = [n.literal for n in ref.author]
    return bool(ref.title and ref.title in head and bodies and all(b and b in head for b in bodies))


def _longer_body(ref: Reference, head: str) -> bool:
    """Whether a body's name read already runs on past the comma ("Example Academies of
    Tests, Checks, and Trials (EATCT)"): its own commas, not PNAS's."""
    return any(n.literal.startswith(f"{head}, ") for n in ref.author)


def _in_name(name: Name, head: str) -> bool:
    """Whether every word of ``name`` is printed in the body's name ``head``."""
    printed = _WORD.findall(head)
    return all(w in printed for w in _WORD.findall(f"{name.given} {name.family}"))


def _wrong_title(read: str, head: str, title: str) -> bool:
    """Whether the title read holds the name or its last words ("Statistique et des
    Exemples, Habitants à Exemple"), lies in the name, or was cut short of the title."""
    held = read.split()[0] in head.split() and title in read
    return head in read or read in head or held or (title.startswith(read) and read != title)
