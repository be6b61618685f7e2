"""Which part of a manuscript each paragraph sits in: Methods, Results, the Discussion or the
Conclusions that look back on them, the background, or an abstract or summary box.

Whose a sentence is depends on where it stands (:mod:`blinarefs.trace.provenance`). A
plain-text copy keeps its headings as short lines, and a structured abstract brings its own
("Background", "Methods", "Results", "Conclusions") before the body repeats them; so an
abstract runs from its heading over the short sub-sections that follow it, and ends at the
first heading that opens a long stretch or comes back a second time. An abstract without its
heading opens with its label ("Abstract:", "Background:") before the first heading: such
labelled paragraphs, and the pieces between two of them, are the abstract. Abstracts and summary
boxes carry no citations by convention: nothing in them is asked for one. A communication
printed with no heading that names a part tells its results after it says what the authors did.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sentences.py asks which lines name a section: no import at run time
    from .sentences import Paragraph

# Each part's headings in English, then as SciELO's Portuguese and Spanish articles print
# them ("Método", "Resultados", "Discussão", "Conclusão", "Considerações finais"; "Material y
# métodos", "Discusión"), and as their English translations do ("Final considerations")
_SECTIONS = (
    ("methods", re.compile(r"(?:materials?|methods?|methodology|experimental|procedures?|"
                           r"computational (?:details|methods?)|"
                           r"patients and|(?:study )?design\b|setting\b|participants|"
                           r"statistical analys"
                           # a software or data paper's (GigaScience, F1000Research, BMC): the
                           # whole heading only, not a topic ("Implementation of the programme")
                           r"|(?:the )?algorithms?$|implementation$|data description$"
                           # a modelling paper's (PLoS Computational Biology): "Model", "The
                           # model", "Model description" as the whole heading, not "Mouse models"
                           r"|(?:the )?models?(?: description| formulation)?$"
                           r"|m[ée]todos?\b|metodolog[ií]a\b|materia(?:is|les?) [ey] m[ée]todos?"
                           r"|casu[ií]stica\b|pacientes [ey] m[ée]todos?)", re.I)),
    ("results", re.compile(r"(?:results?|findings|resultados?)\b", re.I)),
    ("discussion", re.compile(r"(?:(?:general )?discussion|limitations|discuss[ãa]o|"
                              r"discusi[óo]n|limita[çc][õo]es|limitaciones)\b", re.I)),
    ("conclusions", re.compile(r"(?:conclusions?|concluding remarks|summary and conclusions?|"
                               r"final considerations|conclus[ãa]o|conclus[õo]es|"
                               r"conclusi[óo]n(?:es)?|considera[çc][õo]es finais|"
                               r"consideraciones finales)\b", re.I)),
    # not a Methods' step: "Introduction of the superfolder GFP", "Introduction of mutations"
    ("background", re.compile(r"(?:introduction(?! of\b)|background|perspectives?|outlook|"
                              # Nature's journals print the introduction under "Main"
                              r"review|main$|introdu[çc][ãa]o|introducci[óo]n)\b", re.I)),
    # what follows the Conclusions no longer sums up the study ("Appendix A")
    ("appendix", re.compile(r"(?:appendix|appendices|ap[êe]ndices?|anexos?)\b", re.I)),
)  # fmt: skip
# The Discussion and the Conclusions look back on the study's own Methods and Results: only
# after them are they "discussion" and "conclusions" (a review's Discussion is background).
# A review's Conclusions sum up its own argument ("Heatwaves are linked to increased
# admissions" restates what its body cited): "closing"
_LOOKING_BACK = ("discussion", "conclusions")
# "In conclusion, we found that ...": the Discussion's closing paragraph, where no heading
# opens the Conclusions, sums up the study as they do (present tense and all: "Failed
# induction leads to ... and dictates severity")
_CONCLUDES = re.compile(r"(?:In (?:conclusion|summary|sum)|To (?:conclude|summari[sz]e|sum up)),")
# the three parts of the Lancet journals' "Research in context" panel
_PANEL_PARTS = (
    r"evidence before this study|added value of this study"
    r"|implications of all the (?:available )?evidence"
)
_SUMMARY = re.compile(
    r"(?:abstract|summary|resumo|resumen|destaques|author summary|lay summary|"
    r"plain language summary|significance"
    r"(?: statement)?|key (?:messages|points|findings)|article (?:summary|focus)|highlights"
    r"|graphical abstract|research in context|what is already known\b.*|what (?:this|the)"
    r" study adds\b.*|strengths and limitations\b.*"
    # BMJ Global Health's box: "Key questions", "What are the new findings?", "What do the
    # new findings imply?"; BMJ's "How this study might affect research, practice or policy"
    r"|key questions|what are the new findings\b.*|what do the new findings imply\b.*"
    r"|how this study might affect\b.*"
    # the Lancet journals' "Research in context" panel, in three parts (below)
    rf"|{_PANEL_PARTS})",
    re.IGNORECASE,
)
# ... each part one paragraph under its heading: a panel printed inside the Introduction ends
# with its last part's paragraph, and the Introduction goes on with no heading
_PANEL_PART = re.compile(_PANEL_PARTS, re.IGNORECASE)
# the sub-headings a structured abstract uses (ICMJE, CONSORT for abstracts, BMJ, JAMA)
_ABSTRACT_PART = re.compile(
    r"(?:background|context|importance|introduction|purposes?|aims?|objectives?|design|"
    r"setting|participants|patients|interventions?|exposures?|methods?|materials and methods|"
    r"main outcomes?(?: and)?(?: measures?)?|measurements|results?|findings|conclusions?"
    r"(?: and relevance)?|interpretation|relevance|limitations|funding|trial registration"
    r"|registration|keywords?)",
    re.IGNORECASE,
)
# an abstract printed without its heading, its parts labelled where they start ("Abstract:
# Smoking ...", "Background: Smokers in ...", as MDPI and BMC print them): a paragraph of the
# front matter opening so is the abstract
_INLINE_LABEL = re.compile(
    rf"(?:abstract|summary|{_ABSTRACT_PART.pattern})\s*:\s*\S"
    r"|(?-i:(?:Abstract|Summary) (?=[A-Z][a-z]))",  # run in, bold, no colon (Springer)
    re.I,
)


def opens_abstract_part(text: str) -> bool:
    """ "Background: Smokers in ...": a capitalised label and its colon open ``text``."""
    return text[:1].isupper() and _INLINE_LABEL.match(text) is not None


# physics and engineering journals number their sections in Roman numerals ("II. METHODS")
_ROMAN = re.compile(r"^[IVX]{1,4}\.\s+")
_PART_WORDS = 250  # a structured abstract's part is short: longer, and the body has begun
_PART_PARAGRAPHS = 2


def section_of(heading: str) -> str | None:
    """ "Materials and methods" -> "methods"; "Abstract" -> "summary"; None for a heading
    that names no section."""
    words = _words(heading)
    if len(words.split()) > 8 or contents_entry(words):
        return None
    if _SUMMARY.fullmatch(words):
        return "summary"
    for name, pattern in _SECTIONS:
        if pattern.match(words):
            return name
    return None


def _words(heading: str) -> str:
    return _ROMAN.sub("", heading.strip().lstrip("0123456789. ")).strip().rstrip(":")


# The Methods as a whole, the heading a chemistry or Nature-style paper prints after its
# results ("Experimental Section", "Methods"); not a review's "Experimental comparison of
# staining approaches", a topic of its own
_WHOLE_METHODS = re.compile(
    r"(?:(?:materials? and )?methods?(?: and materials?)?|online methods|"
    r"experimental(?: section| part| procedures?| details)?)",
    re.I,
)
# ... or that names its Methods printed elsewhere, online or as a supplement ("Supplementary
# Methods", "Online Methods", "(see Methods)"): a study, with no heading to find them by
_METHODS_ELSEWHERE = re.compile(
    r"\b(?:Supplementary|Supplemental|Online|Extended) (?:Materials? and )?Methods\b"
    r"|\((?:see )?(?:the )?Methods(?: section)?[),;]"
)


def contents_entry(line: str) -> bool:
    """A table of contents' line ("3\tMaterials and methods\t13", "Results ..... 21"): it
    names a section, but the body has not reached it (a Word file reads each line as a
    paragraph, and its first entry of the Methods would open them at the contents). A
    table's row of values ("Autumn\t221\t49") is none: its entry holds no word."""
    page = line.rstrip("0123456789")
    if page == line or len(line) - len(page) > 4:
        return False
    lead = page.rstrip(" ")
    if lead.endswith("\t"):
        entry = lead[:-1].rsplit("\t", 1)[-1]
    elif lead.endswith(("...", "…")):
        entry = lead.rstrip(".… ")
    else:
        return False
    return any(c.isalpha() for c in entry)


def paragraph_sections(
    paragraphs: Sequence[Paragraph], is_heading: Callable[[Paragraph], bool]
) -> dict[int, str]:
    """paragraph index -> the section its last naming heading opened ("methods", ...,
    "summary"). A heading that names nothing keeps the section it sits in (a sub-section). A
    Discussion or Conclusions is "discussion" or "conclusions" only after the Methods or
    Results (a review's Discussion stays "background", its Conclusions are "closing"); a
    Discussion's paragraph that opens "In conclusion," is "conclusions". Where no heading
    names the Results or the Discussion and the Methods come last (a chemistry paper's
    "Experimental Section") or elsewhere (a "Supplementary Methods" the text names), the
    headings of their own after the introduction (or Nature's "Main") open the study's
    results: a review has no Methods. A panel printed inside a section (a Lancet "Research
    in context" in the Introduction) is a summary box, each of its parts one paragraph; the
    paragraph after a part's own goes back to the section it interrupted."""
    flags = [is_heading(p) for p in paragraphs]
    next_heading = [len(paragraphs)] * (len(paragraphs) + 1)
    for i in range(len(paragraphs) - 1, -1, -1):
        next_heading[i] = i if flags[i] else next_heading[i + 1]
    names = [section_of(_title(p)) if flags[i] else None for i, p in enumerate(paragraphs)]
    topical = not {"results", "discussion"} & set(names)
    methods_ahead = [False] * (len(paragraphs) + 1)
    for i in range(len(paragraphs) - 1, -1, -1):
        whole = names[i] == "methods" and _WHOLE_METHODS.fullmatch(_words(_title(paragraphs[i])))
        methods_ahead[i] = bool(whole) or methods_ahead[i + 1]
    elsewhere = topical and any(
        not flags[i] and "Methods" in p.text and _METHODS_ELSEWHERE.search(p.text)
        for i, p in enumerate(paragraphs)
    )
    labels = [opens_abstract_part(p.text.lstrip()) for p in paragraphs]
    next_label = [len(paragraphs)] * (len(paragraphs) + 1)
    for i in range(len(paragraphs) - 1, -1, -1):
        next_label[i] = i if labels[i] and not flags[i] else next_label[i + 1]
    out: dict[int, str] = {}
    current = ""
    labelled = False  # a labelled part of an abstract printed without its heading was read
    studied = False  # the study's own Methods or Results have been read
    seen: set[str] = set()  # the sub-headings of the summary being read
    interrupted = ""  # the section a panel printed inside it interrupted
    part = -1  # paragraphs read under a panel's part since its heading (-1: none is read)
    for i, para in enumerate(paragraphs):
        if flags[i]:
            title = _title(para)
            named = names[i]
            following = paragraphs[i + 1 : next_heading[i + 1]]
            if named == "summary":
                interrupted = interrupted if current == "summary" else current
                current, seen = "summary", set()
                part = 0 if _PANEL_PART.fullmatch(_words(title)) else -1
            elif current == "summary" and _abstract_part(title, following, seen):
                seen.add(title.lower())
            elif current == "summary":
                current = named or ""
            elif (
                named is None
                and current == "background"
                and topical
                and (methods_ahead[i] or elsewhere)
            ):
                current = "results"  # results under headings of their own, Methods at the end
            else:
                current = named or current
            if current in _LOOKING_BACK and not studied:
                current = "closing" if current == "conclusions" else "background"
            studied |= current in ("methods", "results")
            labelled = False
            part = part if current == "summary" else -1
        elif part >= 0:
            part += 1
            if part > 1 and interrupted:  # past the part's paragraph: the section goes on
                current, interrupted, part = interrupted, "", -1
        elif not current and (
            labels[i] or (labelled and next_label[i] < next_heading[i])
        ):  # a labelled part, or a piece of one between two labels (a PDF copy's wrapped line
            # closing a sentence short ends a paragraph inside a part)
            labelled = True
            out[para.index] = "summary"
            continue
        concludes = current == "discussion" and _CONCLUDES.match(para.text.lstrip())
        out[para.index] = "conclusions" if concludes else current
    return out


def headingless_study(
    paragraphs: Sequence[Paragraph], not_claims: dict[int, str], telling: frozenset[int]
) -> dict[int, str]:
    """A short communication printed without headings ("To find out when the made-up grain
    is infected, we inoculated it ..."): the paragraphs after the first of ``telling`` (those
    that tell what the authors did) are the study's results, told and discussed at once;
    before it, the background. Only where no heading stands between its paragraphs (a
    salutation, a "Genome announcement" or a "Conflict of interest" stand outside them): a
    review's topical headings name no part either, and its "Here, we ..." tells no study.
    The notes under a "Notes" line (where a Word file's reader puts its footnotes) and the
    reference list close the text: their headings stand after its paragraphs, not between."""

    def heading(p: Paragraph) -> bool:
        return not_claims.get(p.index, "").startswith("heading")

    prose = [n for n, p in enumerate(paragraphs) if p.index not in not_claims]
    if prose:
        end = next(
            (n for n in range(prose[0], len(paragraphs)) if heading(paragraphs[n])
             and _closes_the_text(paragraphs[n].text.strip())),
            len(paragraphs),
        )  # fmt: skip
        prose = [n for n in prose if n < end]
    if not prose or any(heading(p) for p in paragraphs[prose[0] : prose[-1]]):
        return {}
    told = next((n for n in prose if paragraphs[n].index in telling), None)
    if told is None:
        return {}
    return {
        p.index: "background" if n <= told else "results" if n <= prose[-1] else ""
        for n, p in enumerate(paragraphs)
    }


def _closes_the_text(title: str) -> bool:
    """A notes block's or a reference list's heading ("Notes", "References")."""
    from ..parse.headings import is_list_heading

    return bool(_NOTES.fullmatch(title)) or is_list_heading(title)


_NOTES = re.compile(r"(?:foot|end)?notes", re.IGNORECASE)


# LaTeX names its sections in commands (``\\section*[short]{Results}``) and its abstract
# in an environment; their titles are what the headings of a text copy would be
_LATEX_HEADING = re.compile(
    r"\\(?:part|chapter|section|subsection|subsubsection|paragraph)\*?(?:\[[^\]]*\])?"
    r"\{([^{}]*)\}\s*(?:\\label\{[^{}]*\}\s*)?"
)
_LATEX_ABSTRACT = re.compile(r"\\begin\{abstract\}")


def _title(para: Paragraph) -> str:
    text = para.text.strip()
    if text.startswith("\\"):
        if m := _LATEX_HEADING.fullmatch(text):
            text = m.group(1)
        elif _LATEX_ABSTRACT.match(text):
            text = "Abstract"
    return text.lstrip("#").strip().rstrip(":").strip()


def _abstract_part(title: str, following: Sequence[Paragraph], seen: set[str]) -> bool:
    """Does this heading open one more short part of the abstract being read?"""
    if title.lower() in seen or not _ABSTRACT_PART.fullmatch(title):
        return False
    words = sum(len(p.text.split()) for p in following)
    return len(following) <= _PART_PARAGRAPHS and words <= _PART_WORDS
