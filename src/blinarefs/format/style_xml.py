"""Parse a CSL style's XML safely and check it, failing with the line and the rule broken.

A style is XML from anywhere, so it is parsed with entity expansion, DTD loading and network
access off; a style that declares a DTD (the carrier of XXE and "billion laughs" attacks) is
refused. A style that is not valid CSL fails with :class:`StyleError` naming its line and the
rule it breaks: first blinarefs' own checks (unknown names, macros that are called but not
defined), then the CSL schema (RELAX NG) that ships inside citeproc-py. Kept apart from
:mod:`.styles`, which finds a style and reads the options blinarefs applies itself.
"""

from __future__ import annotations

import functools
import re

from ..errors import StyleError

CSL_NS = "http://purl.org/net/xbiblio/csl"
NS = {"cs": CSL_NS}


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
    parent = root.find("cs:info/cs:link[@rel='independent-parent']", NS)
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
    if root.find("cs:bibliography", NS) is None:
        raise _fail(source, root.sourceline, "the style has no <bibliography> to format")
    return root


def _check_macros(root, source: str) -> None:
    defined: dict[str, int] = {}
    for macro in root.iterfind("cs:macro", NS):
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
