"""A declared truth rule, from the markup alone: ``raised-mark``.

Some journals' markup raises only a citation's punctuation, not its linked numbers: "type
2S.<xref>5</xref><sup>,</sup><xref>6</xref>" (a comma between two citations, JKMS, ACG Case
Reports, J Braz Chem Soc, Autopsy and Case Reports), "hospitals<xref>1</xref><sup>)</sup>."
(Industrial Health's raised "1)"). The print raises the whole citation: the converter that
made the links dropped their superscript and kept the one of the text between them. So an
article whose markup does this once at least prints its plain numbered citations raised,
all of them (a lone "mice.<xref>2</xref>" in it is printed as its groups are). A citation
in brackets or parentheses keeps its kind. The raised xrefs are set aside as
``raised-mark`` and counted per source by ``bench_markers.py``; the flattened rendering's
text does not change, only the kind of its markers, so the article is scored as the
superscript article it is. Without the rule, the printed rendering read ``5^,^6``: a raised
comma no reader sees."""

from __future__ import annotations

import re

from lxml import etree

from .jats_xml import DASHES, local, text_of

_MARK = re.compile(rf"[,;){DASHES}]+")
_PLAIN = re.compile(rf"\d+(?:\s*[,{DASHES}]\s*\d+)*")


def _plain_citation(el: etree._Element | None, citing: frozenset[str]) -> bool:
    """Whether ``el`` is a citing xref printing plain numbers, neither raised nor holding a
    superscript."""
    return (
        el is not None
        and local(el) == "xref"
        and el.get("ref-type") in citing
        and bool(_PLAIN.fullmatch((text_of(el) or "").strip()))
        and not any(local(a) == "sup" for a in (*el.iter(), *el.iterancestors()))
    )


def raises_marks(body: etree._Element, citing: frozenset[str]) -> bool:
    """Whether the body raises a mark (a comma, a dash, a closing parenthesis) glued to a
    plain citation: after it, or before one."""
    for sup in body.iter():
        if local(sup) != "sup" or not _MARK.fullmatch((text_of(sup) or "").strip()):
            continue
        prev, nxt = sup.getprevious(), sup.getnext()
        if (_plain_citation(prev, citing) and not (prev.tail or "").strip()) or (
            _plain_citation(nxt, citing) and not (sup.tail or "").strip()
        ):
            return True
    return False


def raised(
    el: etree._Element, runs: list[tuple[str, bool, int | None]], citing: frozenset[str]
) -> bool:
    """Whether a citing xref after the paragraph's ``runs``, in an article that raises
    marks, is printed raised: plain numbers, not opening a bracket or a parenthesis."""
    before = "".join(text for text, _, _ in runs)
    return _plain_citation(el, citing) and not before.rstrip().endswith(("(", "["))
