"""The pages slot after a journal's volume: the page range or the article number printed there,
whatever the labeller made of its tokens.

The tokenizer cuts an article number ("q2231", "CD012345") into its letters and its digits,
and the labeller, which has seen few of some prefixes, may call the letters (or both) "other":
the number is then lost, or read without its letter.
"""

from __future__ import annotations

import re

from ..model import Reference
from ..pages import expand_page_range
from .labeller import Labelled, texts_of
from .token_index import all_of, labels_in, where

# An article number: a short prefix of letters and the digits ("e1234", "m1985", "ckab512",
# "CD012345"); a range of them is left to the labeller
_ARTICLE_NUMBER = re.compile(r"[A-Za-z]{1,4}\d{1,9}")
_AFTER_SLOT = frozenset({"volume", "issue", "year"})
# A journal's code, the article's number and its year, as its DOI ends (eNeuro's
# "ENEURO.0364-17.2017"): one article number, whose year the labeller reads as a year
_CODED = re.compile(r"[A-Z]{2,8}\.\d{4,5}-\d\d\.(?:19|20)\d\d")
# A page range, as the tokenizer keeps it whole ("333–337", "S12–S19"); starting after no
# letter or digit, so a search reads a run of digits once (linear)
_PAGE_RANGE = re.compile(r"(?<![^\W_])[A-Za-z]{0,3}\d+\s*[-–—]\s*[A-Za-z]{0,3}\d+")
_IDENTIFIER_MARK = re.compile(r"[/.@]")  # what a URL or a DOI holds, a page never


def pages_before_identifier(labelled: list[Labelled]) -> list[Labelled]:
    """The pages after a volume and a comma that the labeller read as the URL or DOI printed
    right after them with no mark between (JBC's "J. Bacteriol. 191, 4633-4638
    10.1128/x"): a token with no "/" or "." in it is no identifier; nor is the rest of
    an article number glued to it (Science's "351, aad2001 10.1126/x", cut "aad" | "2001")."""
    out = list(labelled)
    # (the links' tokens, found in C: the rest are passed over)
    for k in sorted(all_of(labelled, "url") + all_of(labelled, "doi")):
        x = labelled[k]
        if (
            k >= 2
            and not _IDENTIFIER_MARK.search(x.token.text)
            and labelled[k - 1].token.text == ","
            and labelled[k - 2].label == "volume"
        ):
            out[k] = x._replace(label="pages")
            for j in range(k + 1, len(labelled)):
                glued = labelled[j]
                if glued.token.space_before or _IDENTIFIER_MARK.search(glued.token.text):
                    break
                out[j] = glued._replace(label="pages")
    return out


def article_number_after_colon(labelled: list[Labelled]) -> list[Labelled]:
    """An article number printed in the pages' place, after the volume (or the year) and a
    colon ("2031;412:q2231", "2031:CD012345", "2031;5:FICT.0123-30.2031"), is the pages: its
    letters and its digits,
    one word with no space inside, are both the pages' even when the labeller called one of
    them "other"; so is a long number it left out there, which it takes for a PubMed id
    ("2030; 2030: 1718041"), and a page range it left out where it ends the reference with
    no full stop ("(2030) Made Up J 536: 333–337", EMBO's)."""
    out = list(labelled)
    for k in where(labelled, ":"):  # (the colons, found in C: the rest are passed over)
        if not 1 <= k < len(labelled) - 1 or labelled[k - 1].label not in _AFTER_SLOT:
            continue
        run = [k + 1]
        while run[-1] + 1 < len(labelled) and not labelled[run[-1] + 1].token.space_before:
            run.append(run[-1] + 1)
        words = [labelled[i] for i in run]
        if words[-1].token.text in ".,;":
            words.pop()
        number = "".join(x.token.text for x in words)
        lone = (
            len(words) == 1
            and (number.isdigit() or bool(_PAGE_RANGE.fullmatch(number)))
            and words[0].label == "other"
        )
        coded = _CODED.fullmatch(number)
        if lone or coded or (len(words) == 2 and _ARTICLE_NUMBER.fullmatch(number)):
            for i in run[: len(words)]:
                out[i] = out[i]._replace(label="pages")
    return out


def pages_after_volume_comma(labelled: list[Labelled]) -> list[Labelled]:
    """The chemistry journals' "J. Made Up Chem. 2030, 211, 1947.": the number after the
    volume and its comma is the first page, when the labeller read it as a second year (it
    reads as one) or left it out (a long one it has not seen, "100, 12123.")."""
    out = list(labelled)
    labels = labels_in(labelled)
    texts = texts_of(labelled)
    # (two tokens after a volume's, found in C: a number there after a comma)
    for k in [v + 2 for v in all_of(labelled, "volume") if v + 2 < len(texts)]:
        x = labelled[k]
        if (
            texts[k - 1] == ","
            and texts[k].isdigit()
            and (
                (x.label == "year" and "year" in labels[:k])  # a year read before it
                or (
                    x.label == "other"
                    and (k + 1 == len(labelled) or labelled[k + 1].token.text in ".;")
                )
            )
        ):
            out[k] = x._replace(label="pages")
    return out


# Capitals glued to the digits read as the pages: an identifier's ("Accession GSE999999",
# a sample's "SAMN0123456"), which no page is; one or two letters are a page's own
# ("e1234", "S12", "RA45")
_GLUED_IDENTIFIER = re.compile(r"\b[A-Z]{3,8}_?$")


# An article's identifier in Oxford's and Science's form ("ftx005", "ciaa424", "bbaa123"):
# lower-case letters, then digits, never a volume's; a Cochrane review's ("CD009234"); and a
# page range, which BMJ's style prints where the volume goes when the record has none
# ("Med Made. 2030;16–9.")
_ARTICLE_ID = re.compile(r"[a-z]{3,5}\d{3,}|CD\d{6}|\d{1,5}[-–]\d{1,5}")


def identifier_not_volume(ref: Reference) -> Reference:
    """``ref`` with an article's identifier read as its volume, where no pages were read,
    given to the pages: "Path Dis. 2030;ftx005." prints the identifier where a volume
    goes, and both readers took it for one (a bibliography printed it as a volume); so do
    a Cochrane review's number and pages after the year ("2030;CD009234.", "2030;16–9.")."""
    if ref.page or not _ARTICLE_ID.fullmatch(ref.volume):
        return ref
    after_year = (f";{ref.volume}", f"; {ref.volume}")
    if ref.volume[:1].isdigit() and not any(v in ref.source_text for v in after_year):
        return ref  # a range elsewhere is two volumes in one ("Sensors 111–112, 410")
    return ref.with_fields(page=expand_page_range(ref.volume.replace("–", "-")), volume="")


def identifier_not_pages(ref: Reference) -> Reference:
    """``ref`` with digits read as its pages given back to the capitals they were printed
    glued to at the title's end: "... Accession GSE" | "999999" is "Accession GSE999999"."""
    if not ref.page.isdecimal() or not (head := _GLUED_IDENTIFIER.search(ref.title)):
        return ref
    if f"{head.group()}{ref.page}" not in ref.source_text:
        return ref
    return ref.with_fields(title=ref.title + ref.page, page="")
