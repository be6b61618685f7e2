"""A journal article's academic editor, printed between its title and its journal.

PLOS's journals name each article's academic editor in its record, and a reference manager
that imports the record prints the name in a Vancouver list as a book's editor is printed:
"Roe J, Doe K. Title. Moe JF, editor. PLoS One. 2030;8: e60840". The readers, seeing a
full stop and a name with its initials, ran the title on over that sentence. An article
read with its journal has no editor's sentence in its title: the names are its editors.
"""

from __future__ import annotations

import re

from ..model import Reference
from .printed_names import read_names

# a Vancouver name: a family (two words at most), its initials, a particle after them as
# PubMed prints one ("Khoury J El")
_NAME = r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)? [A-Z]{1,3}(?: [A-Z][a-z]{1,2})?"
_EDITORS = re.compile(rf"\. (?P<names>{_NAME}(?:, {_NAME}){{0,5}}), editors?$")


def editor_out_of_title(ref: Reference) -> Reference:
    """``ref`` without the editors' sentence its title ran on to, the names its editors,
    when the reference is a journal's article read with its journal."""
    if not ref.title.endswith(("editor", "editors")) or ref.type != "article-journal":
        return ref
    m = _EDITORS.search(ref.title)
    if m is None or not ref.container_title or ref.editor:
        return ref
    editors, _ = read_names(m["names"])
    return ref.with_fields(title=ref.title[: m.start()], editor=editors)
