"""A body's name that PubMed or a reference manager inverted as if it were a person's.

A record that holds a group author as a person's name ("World Health Organization (WHO)"
imported into the family and given fields) is printed in Vancouver style with its last
word as the family and the initials of the words before it as the given names: "(WHO) WHO",
"(CDC) CfDCaP" (Centers for Disease Control and Prevention), and, where the group is a
body's committee printed before the body, "Committee on Infectious Diseases AAoP" (of the
American Academy of Pediatrics). The small words keep their initial in lower case ("f" of
"for", "o" of "of", "a" of "and"), which no person's initials do between capitals. Such a
name is one author, kept as printed: the words it stands for are not the reader's to put
back.
"""

from __future__ import annotations

import re

from .labeller import Labelled
from .one_name import ORGANISATION_WORDS
from .years import YEAR, YEAR_IN_TEXT

# The initials of a body's words: capitals, a small word's initial in lower case between
# two of them ("CfDCaP", "AAoP", "WHO"); two letters at least
_GROUP_INITIALS = re.compile(r"[A-Z](?:[A-Z]|[aefiotdy](?=[A-Z]))+")
# "of", "for" or "on" kept as its initial between two capitals, as no person's particle is
_OF_OR_FOR = re.compile(r"(?<=[A-Z])[of](?=[A-Z])")
# The body's acronym printed in brackets after its name, inverted before it: "(WHO)"
_BRACKETED_ACRONYM = re.compile(r"\([A-Z]{2,10}\)")
# The small words between a body's capitalised ones ("Committee on Infectious Diseases")
_JOINING = frozenset({"for", "of", "on", "and", "the", "in", "de", "da", "do", "des", "du"})
# what ends the words after the group's full stop that may be the title
_MARKS = frozenset({".", "[", "("})


def group_initials(word: str) -> bool:
    """Whether ``word`` is printed as a body's words' initials ("CfDCaP", "AAoE", "FGA")."""
    return len(word) <= 10 and bool(_GROUP_INITIALS.fullmatch(word))


def _initials_of(words: list[str]) -> tuple[str, str]:
    """The capitals' initials of ``words`` ("EHO" of "Example Health Organization"), and
    with the small words' in lower case ("CfGC" of "Centers for Goat Control")."""
    big = "".join(w[0] for w in words if w[:1].isupper())
    return big, "".join(w[0] if w[:1].isupper() else w[0].lower() for w in words)


def inverted_group(words: list[str]) -> bool:
    """Whether a name's words are a body's inverted as a person's: a bracketed acronym
    and the initials ("(WHO) WHO"); capitalised words and three initials or more with the
    "o" of "of" or "on" or the "f" of "for" among them ("Health NIoM"), a letter no
    person's particle has; or a body's words (one only bodies have among them)
    with initials after them that a person's name does not have: with a small word's
    among them ("Committee on Infectious Diseases AAoP"; a person's initials with a
    particle's letter, "Roe MaM", have no body's word), the initials of the words before
    ("Example Health Organization EHO"), or three capitals or more after a name that opens
    with the body's word and joins its words with a small one ("Committee on Infectious
    Diseases AAP", where a family name has no "on")."""
    if len(words) < 2 or not group_initials(words[-1]):
        return False
    if len(words) == 2 and _BRACKETED_ACRONYM.fullmatch(words[0]):
        return True
    head, last = words[:-1], words[-1]
    if not (head[0][:1].isupper() and all(w in _JOINING or w[:1].isupper() for w in head)):
        return False
    if _OF_OR_FOR.search(last) and sum(c.isupper() for c in last) >= 3:
        return True  # "Health NIoM" (National Institute of Mental Health)
    if not ORGANISATION_WORDS.search(" ".join(head)):
        return False
    if not last.isupper() or (len(head) > 1 and last in _initials_of(head)):
        return True
    return (
        len(last) >= 3
        and bool(ORGANISATION_WORDS.match(head[0]))
        and any(w in _JOINING for w in head[1:])
    )


def inverted_group_opening(labelled: list[Labelled], source: str) -> list[Labelled]:
    """An item that opens with such a group closed by its full stop (or a comma, "Health
    NIoM, 2030 Title"): the group is the author, whatever the labeller made of it (the
    title, or "WHO) WHO" without its bracket), and the names end there. A year right
    after it that the labeller did not give the title ("Group, 2030 Title", "Group . 2030
    Title": BMJ's and Wiley's author-year order) is the year; the words the labeller ran
    on into the names after it, or left to nothing where it had put the title into the
    group ("(CDC) CfDCaP. FluVaxView 2016."), are the title."""
    stop = next((i for i, x in enumerate(labelled) if x.token.text in (".", ",")), -1)
    if stop < 2 or stop + 1 >= len(labelled):
        return labelled
    if not inverted_group(source[labelled[0].token.start : labelled[stop].token.start].split()):
        return labelled
    head = labelled[:stop]
    out = [*(x._replace(label="author") for x in head), labelled[stop]._replace(label="other")]
    rest = labelled[stop + 1 :]
    if YEAR.fullmatch(rest[0].token.text) and (
        labelled[stop].token.text == ","
        or rest[0].label != "title"
        or not any(YEAR_IN_TEXT.search(x.token.text) for x in rest[1:])
    ):  # (the item's only year, where the labeller took it for the title's first word)
        out.append(rest.pop(0)._replace(label="year"))
    taken = "title" in {x.label for x in head} and "title" not in {x.label for x in rest}
    end = 0
    while end < len(rest) and (
        rest[end].label == "author"
        or (taken and rest[end].label == "other" and rest[end].token.text not in _MARKS)
    ):
        end += 1
    if end and rest[0].token.text[:1].isupper():
        rest = [*(x._replace(label="title") for x in rest[:end]), *rest[end:]]
    return [*out, *rest]
