"""A paper's proceedings printed as the sentence after its title, with no "In:" before them.

Vancouver and AMA print a conference paper's book after "In:" ("Title. In: Proceedings of
the 2030 Widget Conference. Place: Press; 2030. p. 1-15."), which the readers take for a
chapter's book. Copies and reference managers often drop the "In:" ("What is a widget?
Proceedings of the 2030 Widget Conference. Place: Press; 2030."): the labeller then runs the
proceedings into the title, and the paper comes out as a book whose title holds both. The
proceedings are the container, as they are after "In:".
"""

from __future__ import annotations

import re

from ..model import Reference

# The title's last sentence, when it names a meeting's proceedings: after the full stop,
# question or exclamation mark that closes the paper's title: "Proceedings of the", never
# "Proceedings of a Workshop", which closes a book's own title (a workshop's report printed
# as a book), nor an abbreviated journal ("Proc. Made-up Soc."), printed with its volume.
_PROCEEDINGS = re.compile(r"(?<=[^\W\d_][.?!]) (?=Proceedings of the [^\W_])")
# the types the readers give such a paper: a book (the "In:" form gives a chapter), or an
# article with no volume
_AS_CHAPTER = {"book": "chapter", "article-journal": "paper-conference"}


def proceedings_out_of_title(ref: Reference) -> Reference:
    """A paper whose title was read with its proceedings after it ("What is a widget?
    Proceedings of the 2030 Widget Conference"), where no container, volume or editors were
    read: the title up to its own end, the proceedings its container, the type a book's
    part (a chapter, as after "In:") or a conference paper's."""
    if ref.container_title or ref.volume or ref.editor or ref.type not in _AS_CHAPTER:
        return ref
    found = list(_PROCEEDINGS.finditer(ref.title))
    if not found or not ref.author:
        return ref
    at = found[-1].start()
    title, proceedings = ref.title[:at].rstrip("."), ref.title[at:].strip()
    if len(title.split()) < 2:
        return ref
    return ref.with_fields(title=title, container_title=proceedings, type=_AS_CHAPTER[ref.type])
