"""Where a sentence names its source in its own words rather than by a citation marker.

Style guides let a fact without a reference name its source in the text: a web address, a
personal communication, or authors and a year typed as an author-year citation in a
numbered article. Such a sentence is no uncited claim: the reader can check it. Pure: one
sentence in, the way it names its source out.
"""

from __future__ import annotations

import re

from ..parse.webpages import URL
from .author_year import named_in_text

# "(J. Roe, personal communication)", "(pers. comm.)": the source of an unpublished fact,
# named as style guides ask for one that has no reference
_PERSONAL = re.compile(r"\b(?:personal|pers\.) comm(?:unications?\b|\.)", re.I)


def named_source(sentence: str) -> str:
    """How a sentence names its source in its own text, or "": by a web address ("was
    published by the made-up council (https://example.org/plan.pdf)"), where the reader can
    check the claim as at a reference, as a personal communication, or by authors and year
    ("(Roe, 2014)", "Roe et al. (2009) found": :func:`author_year.named_in_text`)."""
    m = URL.search(sentence) if "http" in sentence or "www." in sentence else None
    if m:
        return f"the web address {m.group().rstrip(').,;')}"
    m = _PERSONAL.search(sentence) if "comm" in sentence else None
    if m:
        return f"'{m.group()}'"
    cited = named_in_text(sentence)  # "(Roe, 2014)" in a numbered article
    return f"authors and year '{cited}'" if cited else ""
