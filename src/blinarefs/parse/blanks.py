"""What both readers read as spaces, one character for one, so every field is still cut
from the printed text at its printed place.

* Citing Medicine's copyright year, "Springfield: Example Society; c2030 [cited ...]", and
  "©2030": the labeller learnt years printed bare, and with the mark glued on it ran the
  title on to the bracket.
* PubMed's language of an article in another language, a sentence of its own after the
  pages: "Example Med Wochenschr. 2030 Mar;155(5):345-350. German. doi: ...". It was read as
  the journal, and the journal ran into the title. The title in brackets ("[Made-up
  title]") already says the article was translated; the language is no field of the model.
* ABNT's "no place" and "no publisher", "[S.l.]" and "[s.n.]" (NBR 6023: "Title. [S. l.]:
  Example Institute, 2030.", "Springfield: [s. n.], 2030.", a journal's "Journal, [S. l.],
  v. 5"): their full stops cut the title there and ran it on to the imprint. They say no
  more than the place or publisher left out does. "[S.l.: s.n.]" together, with nothing
  left between the title and the year, is kept: the readers need an imprint there.
* The licence the World Health Organization's suggested citations close with, "Geneva:
  Example Organization; 2030. Licence: CC BY-NC-SA 3.0 IGO.", which authors copy whole: it
  was read as the place ("Licence") and the publisher ("CC BY-NC-SA 3.0 IGO"). It says how
  the work may be reused, nothing of where it came from.
* A language note closing the reference after its address ("... 2030
  http://www.example.org/survey.pdf (in Japanese)"): the readers had learnt such notes
  after a title or pages, and ran the title on to the year, making a report or an article
  of the page. It says in what language the page is written, nothing of where it is.
* Vancouver's medium as Portuguese and Spanish lists print it: "Title
  [en línea]. Place: Publisher; 2030", "Rev Ejemplo [periódico na Internet]. 2030 [citado
  ...];5:1-9". The labeller learnt the English "[Internet]" and ran the title on through
  the imprint past these; the URL and the date it was read say the same.
"""

from __future__ import annotations

import re

from .prefilter import holds_any

_COPYRIGHT = re.compile(r"(?<=[;:,] )[c©](?=(?:1[6-9]|20)\d\d\b)")
# What _COPYRIGHT cannot match without (it opens with a look behind, tried at every
# position): a mark, a space and the sign
_COPYRIGHT_OPENS = ("; c", ": c", ", c", "; ©", ": ©", ", ©")
# MEDLINE's languages as PubMed prints them after the pages (the grammar reads them at a
# reference's end too: ``reference._PUBMED_LANGUAGE``)
PUBMED_LANGUAGES = (
    "Afrikaans", "Arabic", "Bulgarian", "Chinese", "Croatian", "Czech", "Danish", "Dutch",
    "Finnish", "French", "German", "Greek", "Hebrew", "Hungarian", "Icelandic", "Italian",
    "Japanese", "Korean", "Lithuanian", "Norwegian", "Persian", "Polish", "Portuguese",
    "Romanian", "Russian", "Serbian", "Slovak", "Slovenian", "Spanish", "Swedish", "Turkish",
    "Ukrainian",
)  # fmt: skip
_ANY_LANGUAGE = "|".join(PUBMED_LANGUAGES)
# after the pages (":345-350. German."), not after a year: "...]; 2030. Chinese." prints the
# language of a document the readers read whole with it
_LANGUAGE = re.compile(
    r"(?P<pages>:\s?[A-Za-z]?\d{1,6}(?:[-–][A-Za-z]?\d{1,6})?\. )"
    rf"(?:{_ANY_LANGUAGE})(?:, (?:{_ANY_LANGUAGE}))*\.(?= |$)"
)


# A language note closing the reference after its address, as Japanese journals print a
# page in Japanese: "... 2030 http://www.example.org/survey.pdf (in Japanese)"
_LANGUAGE_AFTER_ADDRESS = re.compile(
    r"(?<=\S) [(\[][Ii]n [A-Z][a-z]+(?: and [A-Z][a-z]+)?[)\]]\.?$"
)
_ADDRESS_LAST = re.compile(r"(?:https?://|www\.)\S+$")
# What _LANGUAGE_AFTER_ADDRESS cannot match without, found in C first: the pattern, which
# opens with a look behind, is tried at every position of every reference, and few print one
_LANGUAGE_OPENS = ("(In ", "(in ", "[In ", "[in ")

_UNKNOWN_IMPRINT = re.compile(r"\[[Ss]\.\s?[LlNn]\.\](?:[:,](?= ))?")
# a Creative Commons licence closing the reference, "Licence: CC BY-NC-SA 3.0 IGO."
_LICENCE = re.compile(r"(?<=[.;] )Licen[cs]e: ?CC[- ](?:BY|0)[-\w. ]{0,30}?\.?$")
# Vancouver's medium in Portuguese and Spanish: "[en línea]", "[periódico na Internet]",
# "[revista en la Internet]", "[homepage na Internet]", "[monografía en Internet]"
ROMANCE_MEDIUM = (
    r"en l[ií]nea|(?:peri[óo]dico|revista|homepage|monograf[ií]a|documento|base de dados"
    r"|base de datos|sitio|p[aá]gina) (?:na|en|en la) Internet"
)
_MEDIUM = re.compile(rf"(?<=\w) \[(?:{ROMANCE_MEDIUM})\]", re.IGNORECASE)


def blanked(text: str) -> str:
    """``text`` with the copyright marks, PubMed's language sentences, ABNT's "[S.l.]"
    and "[s.n.]", the medium in Portuguese and Spanish, a closing licence and a language
    note after the address as spaces."""
    text = _UNKNOWN_IMPRINT.sub(_all_spaces, text)
    if " [" in text:
        text = _MEDIUM.sub(_all_spaces, text)
    if "Licen" in text:
        text = _LICENCE.sub(_all_spaces, text)
    note = _LANGUAGE_AFTER_ADDRESS.search(text) if holds_any(text, _LANGUAGE_OPENS) else None
    if note and _ADDRESS_LAST.search(text, 0, note.start()):
        text = text[: note.start()] + " " * len(note[0])
    if holds_any(text, _COPYRIGHT_OPENS):
        text = _COPYRIGHT.sub(" ", text)
    return _LANGUAGE.sub(_spaces, text)


def _all_spaces(m: re.Match[str]) -> str:
    return " " * len(m[0])


def _spaces(m: re.Match[str]) -> str:
    return m["pages"] + " " * (m.end() - m.end("pages"))
