"""Manuscripts for Pandoc and back: numbered citations to ``[@key]`` and keys to numbers.

    from blinarefs.pandoc import to_pandoc, to_numbered
    paper = to_pandoc(text)                 # .markdown, .bibliography_items, .warnings
    numbered = to_numbered(paper.markdown, refs, style="blood")   # .text, .order

:func:`to_pandoc` (convert.py) rewrites a manuscript's numbered citations as Pandoc
citations, under a YAML header naming a CSL-JSON bibliography (items.py) and the style, so
that ``pandoc --citeproc`` prints the text and the bibliography blinarefs prints.
:func:`to_numbered` (numbered.py) goes the other way for a manuscript written with keys.
markdown.py escapes text for Pandoc and reads and writes YAML front matter; files.py does
the file work and the ``build`` stage. Everything but files.py is pure.
"""

from __future__ import annotations

from .convert import PandocManuscript, to_pandoc
from .items import pandoc_items
from .numbered import NumberedManuscript, to_numbered

__all__ = ["NumberedManuscript", "PandocManuscript", "pandoc_items", "to_numbered", "to_pandoc"]
