"""A book whose place is ABNT's "[S.l.]" (no place known): "Title. [S. l.]: Example
Institute, 2030."

The readers read the text with the "[S.l.]" blanked (:mod:`.blanks`: its full stops cut the
title there), and then see "Title. Example Institute, 2030.", which they take for a
journal with no volume. The publisher printed after "[S.l.]:" is no journal: the work is a
book published there.
"""

from __future__ import annotations

import re

from ..model import Reference

_NO_PLACE = re.compile(r"\[[Ss]\.\s?[Ll]\.\]:\s+")


def unknown_place_imprint(ref: Reference) -> Reference:
    """``ref`` as the book its "[S.l.]: Publisher" prints, or as it was."""
    journal = ref.container_title
    if ref.type != "article-journal" or not journal or ref.volume or ref.issue or ref.page:
        return ref
    after = [m.end() for m in _NO_PLACE.finditer(ref.source_text)]
    if not any(ref.source_text.startswith(journal, at) for at in after):
        return ref
    return ref.with_fields(
        type="book", container_title="", container_title_short="", publisher=journal
    )
