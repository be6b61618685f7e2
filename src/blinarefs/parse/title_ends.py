"""Where the title ends before the journal of an NLM tail, "Journal 2030;12:34-56".

BMJ and the other NLM house styles print the title, a full stop, then the journal, its year
and a semicolon ("Roe J, Doe A. Title. Made Up J 2030;12:34-56."). The labeller, which reads
a year as a date wherever it stands, cuts a title that ends with a year of its own ("Made-up
statistics, 2029. Made Up J 2030;12:34-56.") at that year, and takes such a title, or one
whose first words it has seen opening journals ("Example Brain Project: ..."), for a first
journal before the real one. The journal is the last sentence before the year that the
volume follows; what lies between the names and it is the title. Also here: a quotation
mark or an apostrophe inside a title ("Adolescents' views") is the title's, and so is a
first word the labeller left between the names and the title ("γδ T cells"), and so is a
bracket the title opens and the journal read seems to close ("(MUS) Guideline.",
:mod:`.bracket_ends`).
"""

from __future__ import annotations

import re
from itertools import compress, count

from .features import JOURNAL_WORDS
from .labeller import Labelled, texts_of
from .title_after_year import title_opening_after_year, year_opening_title
from .token_index import all_of, first_of, labels_in, last_of, run_end, where

# A word of an undotted NLM journal's name: "Clin", "N", "Engl", "of", "&"
_JOURNAL_WORD = re.compile(r"[A-Z][\w'’\-]*|of|and|the|in|for|&")
_YEAR = re.compile(r"(?:19|20)\d{2}")
# what a title may hold between the names and the journal
_TITLE_SIDE = frozenset({"title", "container", "year", "other"})


def _journal_year(labelled: list[Labelled]) -> int:
    """The last year the labeller read that a semicolon or a colon and a number follow
    ("2030;12:34", "2030:e1234"), or -1."""
    for i in reversed(all_of(labelled, "year")):  # (found in C: the rest are passed over)
        x, after = labelled[i], labelled[i + 1 : i + 2]
        if i > 0 and after and _YEAR.fullmatch(x.token.text) and after[0].token.text in ";:":
            return i
    return -1


def _short_title_as_journal(labelled: list[Labelled], js: int) -> bool:
    """A short title in capitals read as the journal's first part, with no title read ("Roe
    J. Made-Up Index. Made Up J 2030;1:2", BMJ's "Roe J, et al Fictitia. Made Up J ..."):
    the word before the full stop is no abbreviation a journal's name is made of ("Rev",
    "ABC"), so the full stop ends a sentence, the title's."""
    if "title" in labels_in(labelled):
        return False
    last = labelled[js - 2].token.text
    return len(last) >= 4 and not last.isupper() and last.lower() not in JOURNAL_WORDS


def title_before_nlm_journal(labelled: list[Labelled]) -> list[Labelled]:
    """The words between the names and the journal of an NLM tail are the title's, when the
    labeller read a first journal or a first year among them (a title ending ", 2029", a
    title's first words read as a journal): the journal is the run of capitalised words
    (and "of", "&") between the last full stop and the year."""
    y = _journal_year(labelled)
    js = y
    while js > 0 and _JOURNAL_WORD.fullmatch(labelled[js - 1].token.text):
        js -= 1
    if js == y or js < 2 or labelled[js - 1].token.text != ".":
        return labelled
    short = labelled[js - 1].label == "container"
    if short and not _short_title_as_journal(labelled, js):
        return labelled  # a full stop inside the journal's name: "ABC. Made Up Sci 2030;1:2"
    if any(x.label not in ("container", "other") for x in labelled[js:y]):
        return labelled
    names = max((i for i, x in enumerate(labelled[:js]) if x.label == "author"), default=-1)
    start = names + 1
    while (
        start < js - 1 and labelled[start].label == "other" and labelled[start].token.text in ".:"
    ):
        start += 1
    between = labelled[start : js - 1]
    if names < 0 or len(between) < 2 - short or any(x.label not in _TITLE_SIDE for x in between):
        return labelled
    opening = [x.token.text for x in between[:3]]
    if (between[0].label == "year" and opening[1] in ".)") or opening[:1] == ["("]:
        return labelled  # "Roe J. 2029. Title", "Roe J (2029) Title": the author-date year
    # only where the labeller read a journal or a year there, not a title's own sentences
    if not any(x.label in ("container", "year") for x in between):
        return labelled
    if not re.search(r"[a-z]{3,}", " ".join(x.token.text for x in between)):
        return labelled  # "Roe J, Doe A. 2029. Made Up J 2030;1:2": no title there
    title = [x._replace(label="title") for x in between]
    journal = [x._replace(label="container") for x in labelled[js:y]]
    return [*labelled[:start], *title, labelled[js - 1], *journal, *labelled[y:]]


# marks inside a word or a quotation of a title, never a field's end
_INNER_MARKS = frozenset({"'", "’", "‘", '"', "“", "”", ","})
_DEPTH = {"(": 1, ")": -1}  # what a title's parenthesis does to its depth


def may_mend_inside(labelled: list[Labelled]) -> bool:
    """Whether :func:`marks_inside_title` may mend anything: its first mend is a token
    read as no part of the title between two of the title's, or a full stop after the
    title opened a parenthesis; where neither is, it mends nothing."""
    if "title\nother\ntitle" in "\n".join(labels_in(labelled)):
        return True
    return any(labelled[i].label == "title" for i in where(labelled, "("))


def marks_inside_title(labelled: list[Labelled]) -> list[Labelled]:
    """An apostrophe, a quotation mark, a comma or a lower-case word the labeller left out
    of a title it reads on both sides of ("Adolescents' Physical Activity", "infections,
    HIV-1 RNA, and CD4 counts", "Stress Hormones in Mice") is the title's, and so is an
    abbreviation's full stop and comma inside the title's open parenthesis ("aphids (Hom.,
    Aphididae)", also where the title goes on after it, "(Hom., Aphididae) in fields"):
    else the title is cut in two there and only its longer half is kept."""
    out = list(labelled)
    if not may_mend_inside(labelled):  # (asked in C: most titles are read whole)
        return out
    depth = 0  # parentheses the title has opened and not closed
    for i in range(1, len(out) - 1):
        before = out[i - 1]
        if before.label != "title":
            continue  # nothing to mend but after the title's own tokens
        depth += _DEPTH.get(before.token.text, 0)
        x = out[i]
        word = x.token.text
        inner = word in _INNER_MARKS or (word.isalpha() and word.islower())
        if x.label == "other" and inner and out[i + 1].label == "title":
            out[i] = x._replace(label="title")
        elif x.token.text == "." and depth > 0:
            # "Hom" | "." | "," | "Aphididae" | ")": to the parenthesis, with no other stop
            words = [t.token.text for t in out[i + 1 : i + 8]]
            close = words.index(")") if ")" in words else -1
            # not "(pp. 1-180)": no stop nor number before it
            close = close if not any(w == "." or w[:1].isdigit() for w in words[:close]) else -1
            after = out[i + 2 + close] if close > 0 and i + 2 + close < len(out) else None
            if after and after.token.text not in (".", ",") and after.label != "title":
                close = -1  # the title goes on after it unread: the labeller read it whole
            for k in range(i, i + 2 + close if close > 0 else i):
                out[k] = out[k]._replace(label="title")
    return out


_SENTENCE_ENDS = ".?!"  # (a token is one of its marks, or ".?!" holds it: "in" as before)


def title_sentences_joined(labelled: list[Labelled]) -> list[Labelled]:
    """A title of two sentences ("A made-up trial. Results at ten years. Made Up J 2030;1:2",
    as BMJ and the NLM styles print a subtitle) that the labeller read as title on both
    sides of the full stop between them, leaving that stop to no field: one title, not
    its longer half alone. Only before a journal, and when the second sentence reads as
    one (a lower-case word): a chapter's book read as a second title ("Chapter. Book of
    tests. Place: Press") or a journal's name ("Title. Aging (Albany") stays apart."""
    out = list(labelled)
    # (the tokens a sentence's end is printed as, found in C: the rest are passed over)
    for i in compress(count(), map(_SENTENCE_ENDS.__contains__, texts_of(labelled))):
        x = out[i]
        if not 1 <= i < len(out) - 1 or x.label != "other":
            continue
        if out[i - 1].label != "title" or out[i + 1].label != "title":
            continue
        end = run_end(out, i + 1, "title")
        after = next((y.label for y in out[end:] if y.label != "other"), None)
        words = list(texts_of(out)[i + 1 : end])
        if after == "container" and any(len(w) >= 4 and w.islower() for w in words):
            out[i] = x._replace(label="title")
    return out


# What may stand between a title's first word and the names' full stop: marks of its own
# ("(+)-Example"), not a separator
_SEPARATORS = frozenset((".", ",", ";", ":", ")", "]", "[", "-", "–", "—", "&"))


# A journal's numbers, which it prints after its name
_NUMBERS = frozenset({"volume", "issue", "pages"})


def title_head_left_out(labelled: list[Labelled]) -> list[Labelled]:
    """The title's first token or two that the labeller left out between the names' full
    stop and the title, words it has rarely seen opening one (a Greek letter, "γδ T
    cells", a chemical's sign, "(+)-Example"), or a number read as the journal's while the
    journal's own follows ("Roe J. 10 Years of examples. J Made Up 2030;12:3-9."): the
    title's, not lost."""
    first = first_of(labelled, "title")
    later = set(labels_in(labelled)[first:]) if first >= 0 else set()
    k = first
    while (
        k > 0
        and first - k < 2
        and (
            labelled[k - 1].label == "other"
            or (
                labelled[k - 1].label in _NUMBERS
                and labelled[k - 1].token.text.isdigit()
                and labelled[k - 1].label in later
            )
        )
    ):
        if labelled[k - 1].token.text in _SEPARATORS:
            break
        k -= 1
    if k in (first, 0, 1) or labelled[k - 1].token.text != ".":
        return labelled
    if labelled[k - 2].label not in ("author", "year"):
        return labelled
    return [x._replace(label="title") if k <= i < first else x for i, x in enumerate(labelled)]


# Words that join a title's words and never open one: a title read from one of them has
# lost its head ("hVps41 | and VAMP7 function...", "miRNA 34a, 100, | and 137 modulate...")
_JOINING = frozenset({"and", "or", "of", "to", "with", "by", "from", "in", "on", "for"})
_READ_AS_NUMBERS = frozenset({"other", "volume", "container", "issue", "pages"})


def title_opening_left_out(labelled: list[Labelled]) -> list[Labelled]:
    """A title that opens with a word the labeller reads as a journal's or a number, a
    gene's or a molecule's name in lower case ("(2030) hVps41 and VAMP7 function...", "Roe
    J. miRNA 34a, 100, and 137 modulate..."), read from the joining word after it: the
    words from the names' full stop (or the year's parenthesis) to the title, which hold no
    full stop, are the title's."""
    labelled = title_opening_after_year(year_opening_title(labelled))
    first = first_of(labelled, "title")
    word = first + (labelled[first].token.text == "," and first + 1 < len(labelled))
    if first < 2 or labelled[word].token.text not in _JOINING:
        return labelled
    k = first
    while k > 0 and labelled[k - 1].label in _READ_AS_NUMBERS:
        if labelled[k - 1].token.text in (".", ")"):
            break
        k -= 1
    if k == first or k < 2 or labelled[k - 1].token.text not in (".", ")"):
        return labelled
    if labelled[k - 2].label not in ("author", "year", "other"):
        return labelled
    return [x._replace(label="title") if k <= i < first else x for i, x in enumerate(labelled)]


_JOURNALS_OR_LINKS = frozenset({"title", "volume", "issue", "pages", "url", "doi"})


def title_from_lone_journal(labelled: list[Labelled]) -> list[Labelled]:
    """A book's or a report's title read as a journal ("Roe J. Made-up plagues. Place:
    Press, 2030.", "ABC. Made-up atlas, 2030."): with no title read and nothing of a
    journal's after it (no volume, issue or pages) nor a link, the journal read right
    after the names' full stop is the title. So too after the year the author-year styles
    print between the names and the title ("Roe, J. (2030). Made-up plagues. Place:
    Press.", "Roe J 2030 Made-up plagues. Place: Press.")."""
    if not _JOURNALS_OR_LINKS.isdisjoint(labels_in(labelled)):
        return labelled  # a journal's numbers, or a page read online: left to the web rules
    names = last_of(labelled, "author")
    start = names + 1
    if names >= 0:
        start = _after_year(labelled, start)
    if names < 0 or start >= len(labelled) - 1 or labelled[start].token.text != ".":
        return labelled
    end = run_end(labelled, start + 1, "container")
    labelled, end = _imprint_apart(labelled, start + 1, end)
    if end - start < 3:
        return labelled
    title = [x._replace(label="title") for x in labelled[start + 1 : end]]
    return [*labelled[: start + 1], *title, *labelled[end:]]


def _imprint_apart(labelled: list[Labelled], start: int, end: int) -> tuple[list[Labelled], int]:
    """The book's imprint the labeller read into the same run ("Made-up plagues. New York
    and Basel: Press"), a place of at most four words after a full stop, its colon and a
    publisher, labelled so; and where the run ends before it."""
    words = list(texts_of(labelled)[start:end])
    for k, word in enumerate(words):
        if word == "." and ":" in words[k + 2 : k + 6] and "." not in words[k + 1 :]:
            colon = start + k + 1 + words[k + 1 :].index(":")
            return [
                *labelled[: start + k],
                labelled[start + k]._replace(label="other"),
                *(x._replace(label="place") for x in labelled[start + k + 1 : colon]),
                labelled[colon]._replace(label="other"),
                *(x._replace(label="publisher") for x in labelled[colon + 1 : end]),
                *labelled[end:],
            ], start + k
    return labelled, end


def _after_year(labelled: list[Labelled], k: int) -> int:
    """Where the year printed at ``labelled[k]`` after the names ends (" (2030)", ". 2030"):
    the index after it and its closing parenthesis, or ``k`` when no year is there."""
    words = list(texts_of(labelled))
    at = k + (words[k : k + 1] == ["."])
    opened = words[at : at + 1] == ["("]
    if at + opened >= len(labelled) or labelled[at + opened].label != "year":
        return k
    end = at + opened + 1
    if opened and words[end : end + 1] != [")"]:
        return k
    return end + opened


# the lower-case words a journal's name holds ("Journal of the Society for ..."); a word
# in lower case other than these is a sentence's, a title's
_JOURNAL_LOWER = frozenset({"of", "and", "the", "in", "for", "on", "de", "du", "des", "la",
                            "le", "et", "und", "für", "y", "e", "a", "da", "do", "di"})  # fmt: skip


def title_from_first_journal(labelled: list[Labelled]) -> list[Labelled]:
    """A title read as a journal's first part before a one-word journal ("Roe J. 2030.
    Made-up plagues in towns. Science 12, 3-4."): with no title read, two journals read
    one after the other, apart by a full stop, the second followed by its numbers, the
    first is the title when it reads as a sentence (a lower-case word no journal's name
    holds: "plagues"), not as an abbreviated journal the labeller broke ("Acta Agric. Scand.")."""
    if "title" in labels_in(labelled):
        return labelled
    runs: list[tuple[int, int]] = []
    for i, x in enumerate(labelled):
        if x.label != "container":
            continue
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    if len(runs) < 2:
        return labelled
    (s1, e1), (s2, e2) = runs[0], runs[1]
    if s1 == 0 or labelled[s1 - 1].token.text != "." or s2 != e1 + 1:
        return labelled
    if labelled[e1].token.text != "." or e2 >= len(labelled):
        return labelled
    after = next((x.label for x in labelled[e2:] if x.label != "other"), None)
    words = [x.token.text for x in labelled[s1:e1] if x.token.text[:1].isalpha()]
    sentence = any(w.islower() and w not in _JOURNAL_LOWER for w in words)
    if after not in ("volume", "issue", "pages") or len(words) < 3 or not sentence:
        return labelled
    return [x._replace(label="title") if s1 <= i < e1 else x for i, x in enumerate(labelled)]


# words after a title that say where it stands, not what it says: "in press", "Epub ahead
# of print", "published online"
_NOT_TITLE_WORDS = frozenset({"press", "epub", "published", "online", "print", "forthcoming"})
# words a full stop abbreviates before a number: "no. 12", "vol. 3", "pp. 4-5"
_ABBREVIATIONS = frozenset({"no", "nr", "n", "vol", "pp", "p", "ed", "eds", "suppl", "pt"})


def title_to_full_stop(labelled: list[Labelled]) -> list[Labelled]:
    """A title's last words the labeller gave to no field ("... syndrome later" | "in
    life" | ". Journal 2030;1:2"): up to four words between the title and the full stop
    after it are the title's (not "in press", "Epub ahead of print"); and an article it
    ended the title with, right before the journal ("hope. The" | "Made Up Journal"), is
    the journal's first word."""
    last = last_of(labelled, "title")
    if last < 1:
        return labelled
    after = labelled[last + 1].label if last + 1 < len(labelled) else ""
    the = labelled[last].token.text == "The" and labelled[last - 1].token.text == "."
    if the and after == "container":
        moved = labelled[last]._replace(label="container")
        return [*labelled[:last], moved, *labelled[last + 1 :]]
    if labelled[last].token.text in ".?!":
        return labelled  # the title ended with its own full stop
    end = words_after_title(labelled, last)
    end = _note_after(labelled, end)  # "... in Example Province [article in Chinese]."
    if end == last + 1 or end >= len(labelled) or labelled[end].token.text != ".":
        return labelled
    if _NOT_TITLE_WORDS.intersection(x.token.text.lower() for x in labelled[last + 1 : end]):
        return labelled
    if labelled[end - 1].token.text.lower() in _ABBREVIATIONS:
        return labelled  # "Series no. 12": the full stop is an abbreviation's
    grown = [x._replace(label="title") for x in labelled[last + 1 : end]]
    return [*labelled[: last + 1], *grown, *labelled[end:]]


# A note of the language a title is printed in, which PubMed keeps with the title
_LANGUAGE_NOTE = re.compile(r"(?:[A-Za-z]+ )?in [A-Z][a-z]+(?: and [A-Z][a-z]+)?")


def words_after_title(labelled: list[Labelled], last: int) -> int:
    """Past the words, up to four, that the labeller gave to no field right after the
    title's last token at ``last`` ("... syndrome later" | "in life" | ". Journal"): where
    the readers of a title's end look for its own last words left out."""
    end = last + 1
    while end < len(labelled) and end - last <= 4 and labelled[end].label == "other":
        if not labelled[end].token.text.isalpha():
            break
        end += 1
    return end


def _note_after(labelled: list[Labelled], at: int) -> int:
    """Past a bracketed note of the title's language at ``at`` that the labeller gave to no
    field ("[article in Chinese]", "[in Portuguese]"; not "[Internet]"), or ``at``."""
    if at >= len(labelled) or labelled[at].token.text != "[":
        return at
    for k in range(at + 1, min(at + 8, len(labelled))):
        if labelled[k].label != "other":
            return at
        if labelled[k].token.text == "]":
            words = " ".join(x.token.text for x in labelled[at + 1 : k])
            return k + 1 if _LANGUAGE_NOTE.fullmatch(words) else at
    return at
