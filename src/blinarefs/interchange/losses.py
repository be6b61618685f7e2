"""What a reference loses or has changed on its way through a format, in the names a loss
report uses: the pieces every format module's ``lost_fields`` is built of (which of its
fields hold a value, the BibTeX entry type a CSL type cannot carry back, a book's one pages
field read as its length), with the reasons they print.

Apart from :mod:`blinarefs.interchange` (which re-exports every name) so that the package's
dispatch on formats and its readers' shared helpers stay short; the reports over many
references (``lost_fields``, ``changed_values``) stay there, as they dispatch on the format.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields

from ..model import CSL_KEY_OF_ATTR, Reference

# Reference attribute -> the name a loss report uses (CSL-JSON's where it has one).
FIELD_NAMES: dict[str, str] = {
    f.name: CSL_KEY_OF_ATTR.get(f.name, f.name.replace("_", "-")) for f in fields(Reference)
}
FIELD_NAMES.update(extra="extra-fields", source_text="printed-text")


def present(ref: Reference, names: Iterable[str]) -> list[str]:
    """Those of ``names`` (loss-report names) that hold a value in ``ref``."""
    from ..bibtex import own_fields

    attrs = {v: k for k, v in FIELD_NAMES.items()}
    value = {n: own_fields(ref) if n == "extra-fields" else getattr(ref, attrs[n]) for n in names}
    return [n for n in names if value[n] not in (None, "", (), False)]


def entry_type_lost(ref: Reference) -> bool:
    """Whether ``ref`` is written as a BibTeX entry type its CSL type stands for among
    others (@manual and @techreport are both a report): the store keeps it, a format that
    has only the CSL type's kind (RIS, EndNote XML, CSL-JSON without ``custom``) gives the
    type's own entry (@techreport) back."""
    from ..bibtex import CSL_TO_BIBTEX_TYPE, bibtex_entry_type

    return bibtex_entry_type(ref) != CSL_TO_BIBTEX_TYPE.get(ref.type, "misc")


# The types whose one pages field RIS and EndNote read as the whole work's length (Zotero's
# numPages of SP, EndNote's "Number of Pages" of a Book or Thesis): where no pages are cited
# it carries ``number_of_pages``, and a lone number read there is one.
COUNTED_TYPES = frozenset({"book", "thesis"})
COUNT_LOST = "a book's or thesis's pages field is its length only where no pages are cited"
PAGE_LOST = "a book's or thesis's one page comes back as its length (as Zotero reads it)"


def count_losses(ref: Reference) -> list[str]:
    """What a format whose book has one pages field for both loses of its pages."""
    lost = []
    if ref.number_of_pages and (ref.type not in COUNTED_TYPES or ref.page):
        lost.append("number-of-pages")
    if ref.type in COUNTED_TYPES and ref.page and "-" not in ref.page:
        lost.append("page")
    return lost


ENTRY_TYPE_LOST = (
    "a BibTeX entry type kept beside the CSL type (@manual, @booklet, @inbook, @mastersthesis, "
    "@proceedings, an arXiv @online) comes back as that type's own (@techreport, @book, ...)"
)
