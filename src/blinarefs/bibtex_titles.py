"""Whether a BibTeX title's braces are the store's own or someone else's.

The store braces whole capitalised words to keep their case; Better BibTeX, JabRef and
hand-written entries brace otherwise ({{CRISPR}}, {T}-cell), and a Title Case title with no
braces leaves the case to the style. Such a title is written back exactly as it was read,
so the store never re-cases what its author protected on purpose.
"""

from __future__ import annotations

import re

from .latex import escape_tex, latex_to_text, protect_case, to_ascii

# Signs of braces the store would not write (it braces whole words, every capitalised one
# after the first): a double brace (Better BibTeX's {{...}}), a brace inside a word ({T}-cell,
# {M}{\"u}ller), or a capitalised word left unbraced after the first ({A} Review). A cheap
# look before the exact comparison, which costs as much as reading the entry.
_HAND_BRACES = re.compile(r"\{\{|\}[\w\-]|[\w\-]\{|(?<![{\w\-’'.\\])[A-Z]")


def braced_by_hand(title: str) -> bool:
    """Whether a title's TeX is not what the store writes for its text (in UTF-8 or ASCII):
    Better BibTeX's, the user's own braces, or a Title Case title with none, which a BibTeX
    style may set in sentence case: each is written back as it was."""
    # braces that hold no capital ("E{ffi}cient", "-{}-") keep no case: left out of the look
    tex = _CASELESS.sub(r"\1", title) if "{" in title else title
    first = tex.find(" ")
    if "{{" not in tex and (first < 0 or _HAND_BRACES.search(tex, first) is None):
        return False
    if "{" not in tex and "\\" not in tex:
        return True  # a capitalised word the store would have braced
    own = protect_case(escape_tex(latex_to_text(title).strip()))
    return tex not in {_CASELESS.sub(r"\1", t) for t in (own, to_ascii(own))}


_CASELESS = re.compile(r"\{([^{}A-Z\\]*)\}")
