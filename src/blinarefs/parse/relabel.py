"""Where the labeller's title starts too early or too late, by what was printed around it.

Trained mostly on Vancouver lists, the labeller ends the names at the first initial of
"Roe J.A.", leaving "A." to open the title; it takes the names of an old house style,
"Roe, J.; Doe, A.B. - Title", for the title's start when it has not seen the dash; and it
leaves an article before the title, "(2030) The Title", out of it. Each token is given back
to the field its neighbours show.
"""

from __future__ import annotations

import itertools
import re
from itertools import compress, count

from ..names import is_initials
from .chapters import EDITOR_MARKS
from .labeller import Labelled, texts_of
from .one_name import is_organisation
from .token_index import all_of, first_of, labels_in, last_of, run_end, text_from, where

_INITIAL = re.compile(r"[A-Z]")
# What a list of names holds, besides its names: initials' marks, separators, "&", "and".
_NAME_MARKS = frozenset({".", ",", ";", "&", "and", "e", "y", "-", "‐"})
_DASHES = frozenset({"-", "–", "—"})
# Articles that open a title ("The", "A", "O", "La"...), which the labeller leaves outside it
# after a year in parentheses.
_ARTICLES = frozenset({"The", "A", "An", "O", "Os", "As", "La", "Las", "Los", "El", "Le", "Les"})


def _title_start(labelled: list[Labelled]) -> int:
    return first_of(labelled, "title")


def _glued_initials(labelled: list[Labelled], t: int) -> int:
    """ "Roe J.A. Title": "A." after "J." with no space is the name's, not the title's."""
    end = t
    while (
        end + 1 < len(labelled)
        and _INITIAL.fullmatch(labelled[end].token.text)
        and not labelled[end].token.space_before
        and labelled[end + 1].token.text == "."
        and end > 0
        and labelled[end - 1].token.text == "."
    ):
        end += 2
    return end


def _names_before_dash(labelled: list[Labelled], t: int) -> int:
    """ "Roe, J.; Doe, A.B. - Title": names, then a spaced dash, then the title."""
    words = list(texts_of(labelled))
    dashes = compress(count(), map(_DASHES.__contains__, words))  # (in C: most print none)
    end = min(t + 40, len(words) - 1)
    d = next((d for d in dashes if t <= d < end and labelled[d].token.space_before), -1)
    if d < 0:
        return t
    run = words[t:d]
    if all(w in (".", ",", ";") for w in run):  # the dash right after the names
        after_names = t > 0 and (words[t - 1] == "." or labelled[t - 1].label == "author")
        return d + 1 if after_names else t
    namelike = all(w in _NAME_MARKS or w[:1].isupper() for w in run)
    initials = any(_INITIAL.fullmatch(a) and b == "." for a, b in itertools.pairwise(run))
    return d + 1 if namelike and initials and run[-1] == "." else t


def names_before_title(labelled: list[Labelled]) -> list[Labelled]:
    """The labeller's labels, with the names it left at the title's start given back to
    the names, and an article it left before the title given to the title."""
    t = _title_start(labelled)
    if t < 0:
        return labelled
    before = labelled[t - 1] if t > 1 else None
    article = before and before.token.text in _ARTICLES and before.label == "other"
    if before and article and labelled[t - 2].token.text in (")", "."):  # "(2030) The Title"
        return [*labelled[: t - 1], before._replace(label="title"), *labelled[t:]]
    end = _glued_initials(labelled, t)
    dash = _names_before_dash(labelled, end)
    if dash > end:
        start = t - 1 if end > t or _stop_after_initial(labelled, t) else t
        names = [x._replace(label="author") for x in labelled[start : dash - 1]]
        dash_mark = labelled[dash - 1]._replace(label="other")
        return [*labelled[:start], *names, dash_mark, *labelled[dash:]]
    if end > t:  # with the full stop between the initials, one name
        names = [x._replace(label="author") for x in labelled[t - 1 : end]]
        return [*labelled[: t - 1], *names, *labelled[end:]]
    if before and before.token.text == "," and labelled[t - 2].label == "author":
        return _names_after_comma(labelled, t)
    return labelled


def _stop_after_initial(labelled: list[Labelled], t: int) -> bool:
    """ "Roe, J. | A. - Title": the full stop the labeller left between a name's initial and
    the next initial, printed apart, that it took for the title's start."""
    return (
        t > 1
        and labelled[t - 1].token.text == "."
        and labelled[t - 2].label == "author"
        and _INITIAL.fullmatch(labelled[t - 2].token.text) is not None
    )


def _names_after_comma(labelled: list[Labelled], t: int) -> list[Labelled]:
    """ "Roe J, " | "Doe A. UK trends in...": a Vancouver list's last names, each a family
    name and its initials closed by a comma or a full stop, that the labeller took for the
    title's start after a name's comma (a title opening with capitals it read as initials
    ends the names early)."""
    end = t
    while True:
        k = end
        while k < len(labelled) and k - end < 4 and _family_word(labelled[k].token.text):
            k += 1
        if not (
            end < k < len(labelled) - 2
            and all(x.label == "title" for x in labelled[end : k + 1])
            and is_initials(labelled[k].token.text)
            and labelled[k + 1].token.text in (".", ",")
        ):
            break
        end = k + 2
        if labelled[k + 1].token.text == ".":
            break
    rest = [x for x in labelled[end:] if x.label == "title"]
    if end == t or labelled[end - 1].token.text != "." or len(rest) < 2:
        return labelled
    names = [x._replace(label="author") for x in labelled[t - 1 : end - 1]]
    return [*labelled[: t - 1], *names, labelled[end - 1]._replace(label="other"), *labelled[end:]]


def _family_word(word: str) -> bool:
    return word[:1].isupper() and any(c.islower() for c in word)


def _closes(words: list[str], i: int) -> bool:
    """Whether the title ending at ``words[i]`` is cut inside a word or a bracket: "COVID-"
    before "19", "[in Chinese" before "]"."""
    return words[i] in ("-", "‐") or words[: i + 1].count("[") > words[: i + 1].count("]")


def title_ends_whole(labelled: list[Labelled]) -> list[Labelled]:
    """The title carried on to the end of the word or the bracket it was cut inside (at
    most ten tokens, never past a full stop): "... vaccines COVID-" | "19 [Internet" |
    "]"."""
    last = last_of(labelled, "title")
    words = list(texts_of(labelled)[: last + 1])
    if last < 0 or not _closes(words, last):
        return labelled
    end = last + 1
    while end < len(labelled) and end - last <= 10:
        x = labelled[end]
        if x.token.text == "." or (x.token.space_before and words[-1] in ("-", "‐")):
            return labelled
        words.append(x.token.text)
        end += 1
        if not _closes(words, end - 1):
            grown = [x._replace(label="title") for x in labelled[last + 1 : end]]
            return [*labelled[: last + 1], *grown, *labelled[end:]]
    return labelled


def late_names(labelled: list[Labelled]) -> list[Labelled]:
    """Names the labeller found after the title are not the work's authors: a book's
    editors, when an editors' mark follows them ("Title. Book, A. Roe (eds), Press"), else a
    place or a publisher it took for a name ("Press, Springfield, UK")."""
    first = min(
        (i for i in (first_of(labelled, "title"), first_of(labelled, "container")) if i >= 0),
        default=-1,
    )
    if first < 0 or "author" not in labels_in(labelled)[first:]:
        return labelled
    out = labelled[:first]
    for i in range(first, len(labelled)):
        x = labelled[i]
        if x.label == "author":
            k = run_end(labelled, i, "author")
            after = [y.token.text.lower() for y in labelled[k : k + 3]]
            x = x._replace(label="editor" if EDITOR_MARKS.intersection(after) else "other")
        out.append(x)
    return out


def book_after_title(labelled: list[Labelled]) -> list[Labelled]:
    """ "Title. In Book of Things. Roe J, editor. ...", "Title. In: Book...": the labeller,
    which has seen the chapter's "In" mostly after a full stop it labels as the title's,
    runs on into the book. The title ends at that full stop; what follows "In" in the same
    run is the book (the container, when none was read), never the title."""
    start = _title_start(labelled)
    if start < 0:
        return labelled
    end = run_end(labelled, start, "title")
    words = list(texts_of(labelled))
    has_book = "container" in labels_in(labelled)
    for i in range(start + 2, end - 1):
        # "In:" always; "In Book" only with no book read ("... models. In Vivo Tests" may
        # be a title's second sentence)
        if (
            words[i] == "In"
            and words[i - 1] == "."
            and (words[i + 1] == ":" or (words[i + 1][:1].isupper() and not has_book))
        ):
            break
    else:
        return labelled
    book = "other" if has_book else "container"
    tail = [x._replace(label="other" if x.token.text in ("In", ":") and k < 2 else book)
            for k, x in enumerate(labelled[i:end])]  # fmt: skip
    return [*labelled[: i - 1], labelled[i - 1]._replace(label="other"), *tail, *labelled[end:]]


def _printed(labelled: list[Labelled]) -> str:
    return "".join((" " if x.token.space_before else "") + x.token.text for x in labelled).strip()


def title_after_names(labelled: list[Labelled]) -> list[Labelled]:
    """A reference with no title whose names run on past a full stop ("Example Agency.
    Walking guidelines. 2030. https://...", an organisation the labeller has not seen, then
    its web page's title): the sentence after the names' full stop is the title. The full
    stop is one after a word or a bracket, never an initial's ("U.S.", "Roe J."), and the
    names before it an organisation's, not people's. So too where the title was read but
    the names ran on into its first word ("Example Agency. HIV | Tables of ...")."""
    run = all_of(labelled, "author")
    if not run:
        return labelled
    start, end = run[0], run[-1]
    titled = "title" in labels_in(labelled)
    if titled and not (end + 1 < len(labelled) and labelled[end + 1].label == "title"):
        return labelled
    for k in range(start + 1, end):
        before, after = labelled[k - 1].token.text, labelled[k + 1].token.text
        if (
            labelled[k].token.text == "."
            and ((len(before) > 1 and before.isalpha()) or before == ")")
            and after[:1].isupper()
            and all(x.label == "author" for x in labelled[start : end + 1])
            and is_organisation(_printed(labelled[start:k]))
        ):
            title = [x._replace(label="title") for x in labelled[k + 1 : end + 1]]
            return [
                *labelled[:k],
                labelled[k]._replace(label="other"),
                *title,
                *labelled[end + 1 :],
            ]
    return labelled


def title_across_colon(labelled: list[Labelled]) -> list[Labelled]:
    """A title and its subtitle ("Title: Subtitle"), with the colon between them read as
    no field's, are one title, and so are up to three words before the colon that the
    labeller left out between the two ("Tests in Atlantis: Subtitle", as SAGE's author-date
    lists print it); and a title's first words before its colon that the labeller ran into
    the names ("Roe R. A., Microbiology: Title" in Science's style, the word with no
    initials after a list whose every name has them) are the title's."""
    out = list(labelled)
    for i in where(labelled, ":"):  # (the colons, found in C: the rest are passed over)
        if not 0 < i < len(out) - 1:
            continue
        if out[i].token.text == ":" and out[i].label == "other" and out[i + 1].label == "title":
            k = i  # and the title's last words before it, read as no field's ("in Atlantis")
            while k > 1 and i - k < 3 and out[k - 1].label == "other" and _is_word(out[k - 1]):
                k -= 1
            if out[k - 1].label == "title":
                out[k : i + 1] = [x._replace(label="title") for x in out[k : i + 1]]
            elif out[i - 1].label == "author" and (start := _word_after_names(out, i)) > 0:
                out[start : i + 1] = [x._replace(label="title") for x in out[start : i + 1]]
    return out


def _is_word(x: Labelled) -> bool:
    """A word (letters, digits, an apostrophe or a hyphen inside), not a mark."""
    text = x.token.text
    return text[:1].isalnum() and all(c.isalnum() or c in "'’-_" for c in text)


def _word_after_names(labelled: list[Labelled], colon: int) -> int:
    """Where the words before ``colon`` start, when they follow a comma after a name's
    initials' full stop and hold no initial themselves; else 0."""
    k = colon
    while k > 0 and labelled[k - 1].token.text not in (",", ";") and colon - k < 4:
        k -= 1
    words = list(texts_of(labelled)[k:colon])
    if k < 3 or not words or not words[0][:1].isupper() or any(len(w) < 2 for w in words):
        return 0
    closed = labelled[k - 2].token.text == "." and _INITIAL.fullmatch(labelled[k - 3].token.text)
    return k if closed else 0


def names_end_at_year(labelled: list[Labelled]) -> list[Labelled]:
    """APA's names end at the year in parentheses after them ("Roe, A., Doe, B. (2030).
    ABC, DEF, and GHI in moths."): a title opening with acronyms and commas, which the
    labeller read as more names, is the title's up to the words it read as the title."""
    at = next(
        (
            i
            for i in all_of(labelled, "year")  # (found in C: the rest are passed over)
            if 1 <= i < len(labelled) - 1
            and labelled[i - 1].token.text == "("
            and labelled[i + 1].token.text == ")"
        ),
        None,
    )
    if at is None or "author" not in labels_in(labelled)[: at - 1]:
        return labelled
    start = at + 2 + (at + 2 < len(labelled) and labelled[at + 2].token.text == ".")
    end = start
    while end < len(labelled) and labelled[end].label in ("author", "other"):
        end += 1
    if end == start or end >= len(labelled) or labelled[end].label != "title":
        return labelled
    if "author" not in labels_in(labelled)[start:end]:
        return labelled
    closing = [x._replace(label="other") for x in labelled[at + 1 : start]]
    opening = [x._replace(label="title") for x in labelled[start:end]]
    return [*labelled[: at + 1], *closing, *opening, *labelled[end:]]


def initialism_opens_organisation(labelled: list[Labelled]) -> list[Labelled]:
    """An organisation's name opening with a country's initialism ("U.S. Department of
    Moths. Title"), whose first full stops the labeller took for the names' end: the
    words up to the next full stop are the name's, when they hold a word only an
    organisation's name has."""
    run = run_end(labelled, 0, "author")
    letters = [x.token.text for x in labelled[:run] if x.token.text != "."]
    if not letters or len(letters) > 3 or not all(_INITIAL.fullmatch(w) for w in letters):
        return labelled
    if run >= len(labelled) - 1 or labelled[run].token.text != ".":
        return labelled
    end = max(text_from(labelled, ".", run + 1), 0)
    words = " ".join(x.token.text for x in labelled[run + 1 : end])
    if not end or not words[:1].isupper() or not is_organisation(f"U.S. {words}"):
        return labelled
    named = [x._replace(label="author") for x in labelled[run:end]]
    return [*labelled[:run], *named, *labelled[end:]]
