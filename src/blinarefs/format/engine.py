"""citeproc-py, set up to render one bibliography entry at a time, with its gaps worked around.

Each workaround covers an observed citeproc-py 0.11.1 behaviour (styles/README.md lists
them with examples and the tests that pin them):

1. Superlinear cost. ``CitationItem.number`` is ``keys.index(key)`` and ``register`` scans a
   list, so one bibliography of n entries costs O(n^2) (13.5 s for 10,000). Numeric styles
   need no disambiguation (which citeproc-py does not do anyway), so every entry is
   rendered alone with its number given explicitly (:class:`_NumberedItem`).
2. Repeated work. Rendering one entry runs the same XPath queries (terms, macros, the
   root, name options) and the same formatting steps on elements that have no formatting
   thousands of times. The element classes registered for blinarefs' own parser memoise
   what depends on the style alone (``xpath_search``, ``get_root``, ``get_term``,
   ``get_locale_option``, ``calls_variable``, name options) and skip ``format``/``wrap``
   on elements without formatting attributes or affixes; the style never changes once
   loaded, and citeproc-py used elsewhere in the process is untouched. About 0.9 ms of CPU
   per entry becomes about 0.4 ms.
3. Lower-cased ids. ``CiteProcJSON`` and ``CitationItem`` lower-case item ids, so
   "Smith2020" and "smith2020" silently render the same entry. Entries reach citeproc-py one
   at a time under a fixed id; the caller's keys never do.
4. No HTML escaping of field text (upstream issues #27, #97). Data characters are hidden
   as placeholders before rendering (prepare.py) and escaped per output format after
   (markup.py); only balanced CSL-JSON rich-text tags pass.
5. Page ranges. ``minimal`` and ``minimal-two`` break across a power of ten ("1-10" ->
   "1–0"), and abbreviated input is not normalised. Pages are formatted in the data
   (pages.py) and ``page-range-format`` is removed from citeproc-py's copy of the style.
6. ``available-date`` (CSL 1.0.2) is unknown to citeproc-py: it would warn and read the
   date as a string. It is converted to a date object here; every other key is filtered to
   the variables citeproc-py knows, so it never warns.
7. Doubled punctuation. A title ending in "?" or "!" before a "." suffix gives "true?."
   (Pandoc and citeproc-js drop the period). Removed after rendering, as is a doubled ".".
8. ``collapse="citation-number"`` is parsed but not applied (1,2,3,5). In-text citations
   are rendered by citations.py, not by citeproc-py.
9. Text-case upper-cases rich-text tags (``<I>``): tag names are lower-cased after.
10. Substituted names printed twice. CSL suppresses a variable a ``<substitute>`` printed
   for the rest of the entry; citeproc-py does so for ``<text>`` alone, so a chapter with
   no author printed its editors first and again after "In:". ``<names>`` skips them too.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import TYPE_CHECKING, Any

from .markup import ETAL_FILLER, NUMBER
from .style_xml import CSL_NS, safe_parser
from .styles import Style

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # the mixins below extend citeproc's element classes through super()
    from citeproc.model import CitationStylesElement as _ElementMixin
else:  # at run time they are plain mixins, put before the element class in the bases
    _ElementMixin = object


_FORMATTING = ("font-style", "font-variant", "font-weight", "text-decoration", "vertical-align")


@functools.lru_cache(maxsize=1)
def _element_lookup():
    """citeproc-py's element classes, subclassed with memoised lookups, for our parser."""
    from citeproc.formatter import html
    from citeproc.model import Affixed, CitationStylesElement, Formatted, Locale, VariableError
    from citeproc.model import Name as NameElement
    from citeproc.model import Names as NamesElement
    from lxml import etree

    xpath_memo: dict[tuple[Any, str], Any] = {}
    root_memo: dict[Any, Any] = {}
    term_memo: dict[tuple, Any] = {}
    option_memo: dict[tuple, Any] = {}
    calls_memo: dict[Any, bool] = {}
    name_option_memo: dict[tuple, Any] = {}
    plain_memo: dict[Any, tuple[bool, bool]] = {}

    def plain(element) -> tuple[bool, bool]:
        """(no formatting attribute, no affix): then format() and wrap() change nothing."""
        try:
            return plain_memo[element]
        except KeyError:
            attrib = element.attrib
            found = plain_memo[element] = (
                not any(a in attrib for a in _FORMATTING),
                "prefix" not in attrib and "suffix" not in attrib,
            )
            return found

    class Memo(_ElementMixin):
        def xpath_search(self, expression):
            key = (self, expression)
            try:
                return xpath_memo[key]
            except KeyError:
                found = xpath_memo[key] = super().xpath_search(expression)
                return found

        def get_root(self):
            try:
                return root_memo[self]
            except KeyError:
                root = root_memo[self] = super().get_root()
                return root

        def get_formatter(self):
            return html  # blinarefs always renders with the HTML formatter

        def calls_variable(self):
            try:
                return calls_memo[self]
            except KeyError:
                calls = calls_memo[self] = super().calls_variable()
                return calls

    class MemoTerms(_ElementMixin):
        def get_term(self, name, form=None, fallback_locale=True, zero_padded=False):
            key = (self.get_root(), name, form, fallback_locale, zero_padded)
            try:
                return term_memo[key]
            except KeyError:
                term = super().get_term(name, form, fallback_locale, zero_padded)
                term_memo[key] = term
                return term

        def get_locale_option(self, name):
            key = (self.get_root(), name)
            try:
                return option_memo[key]
            except KeyError:
                value = option_memo[key] = super().get_locale_option(name)
                return value

    class FastFormat(_ElementMixin):
        def format(self, string):
            if plain(self)[0]:
                return str(string) if isinstance(string, int | float) else string
            return super().format(string)

    class FastWrap(_ElementMixin):
        def wrap(self, string):
            if string is not None and plain(self)[1]:
                return string
            return super().wrap(string)

    class MemoNameOptions(_ElementMixin):
        def get_option(self, name, context=None, sort_options=None):
            if sort_options is not None:
                return super().get_option(name, context, sort_options)
            key = (self, name, context)
            try:
                return name_option_memo[key]
            except KeyError:
                value = name_option_memo[key] = super().get_option(name, context)
                return value

    class SubstitutedNames(_ElementMixin):
        def process(self, item, names_context=None, context=None, **kwargs):
            layout = (self if context is None else context).get_layout()
            done = layout.repressed.get(self.tag, ())
            roles = self.get("variable").split()
            left = [role for role in roles if role not in done]
            if left == roles:
                return super().process(item, names_context, context, **kwargs)
            if not left:
                raise VariableError  # as when the variable is empty: a group drops it
            self.set("variable", " ".join(left))
            try:
                return super().process(item, names_context, context, **kwargs)
            finally:
                self.set("variable", " ".join(roles))

    def memo(cls):
        # a Locale's get_term has another signature and is reached through the style's
        bases = (Memo, cls) if issubclass(cls, Locale) else (Memo, MemoTerms, cls)
        if issubclass(cls, NameElement):
            bases = (MemoNameOptions, *bases)
        if issubclass(cls, NamesElement):
            bases = (SubstitutedNames, *bases)
        if issubclass(cls, Formatted):
            bases = (FastFormat, *bases)
        if issubclass(cls, Affixed):
            bases = (FastWrap, *bases)
        return type(cls.__name__, bases, {})

    classes = CitationStylesElement.__subclasses__()  # before memo() adds its own
    lookup = etree.ElementNamespaceClassLookup()
    namespace = lookup.get_namespace(CSL_NS)
    namespace[None] = memo(CitationStylesElement)
    for cls in classes:
        namespace[cls.__name__.replace("_", "-").lower()] = memo(cls)
    return lookup


@functools.lru_cache(maxsize=1)
def _numbered_item_class():
    from citeproc import CitationItem

    class _NumberedItem(CitationItem):
        """A cite whose number is given, not looked up with list.index (workaround 1), and
        whose reference and bibliography are plain attributes: citeproc-py reaches them
        through two property hops and a dict lookup, tens of times per entry."""

        def __init__(self, key: str, number: int | str, bibliography) -> None:
            super().__init__(key)
            dict.__setitem__(self, "blinarefs", (number, bibliography.source[key], bibliography))

        @property
        def number(self):
            return dict.__getitem__(self, "blinarefs")[0]

        @property
        def reference(self):
            return dict.__getitem__(self, "blinarefs")[1]

        @property
        def bibliography(self):
            return dict.__getitem__(self, "blinarefs")[2]

    return _NumberedItem


def _known_keys() -> frozenset[str]:
    from citeproc import VARIABLES

    return frozenset(v.replace("_", "-") for v in VARIABLES) | {"id", "type"}


_DOUBLED = re.compile(r"([?!.])((?:</[a-z]+>)*)\.(?!\.)")
_UPPER_TAGS = re.compile(r"</?(?:I|B|SUP|SUB)>")


def clean(rendered: str) -> str:
    """Workarounds 7 and 9 on one rendered entry."""
    if "<I" in rendered or "<B" in rendered or "<S" in rendered or "</" in rendered:
        rendered = _UPPER_TAGS.sub(lambda m: m.group(0).lower(), rendered)
    if "." in rendered:
        rendered = _DOUBLED.sub(
            lambda m: m.group(0) if _is_ellipsis(rendered, m) else m.group(1) + m.group(2),
            rendered,
        )
    return rendered


def _is_ellipsis(text: str, match: re.Match[str]) -> bool:
    """ "..." is kept: only a single "?", "!" or "." followed by the style's "." is doubled."""
    start = match.start()
    return match.group(1) == "." and start > 0 and text[start - 1] == "."


class Engine:
    """citeproc-py loaded with one style (and its et-al variants) for per-entry rendering."""

    def __init__(self, style: Style) -> None:
        self.style = style
        self._styles: dict[int | None, Any] = {}
        self._known = _known_keys()

    def _citeproc_style(self, variant: int | None):
        """citeproc-py's style object; ``variant`` k shows k authors then "et al"."""
        if variant in self._styles:
            return self._styles[variant]
        from citeproc import CitationStylesStyle
        from lxml import etree

        parser = safe_parser(encoding="UTF-8")
        parser.set_element_class_lookup(_element_lookup())
        root = etree.fromstring(self.style.xml, parser)
        root.attrib.pop("page-range-format", None)  # workaround 5: pages come formatted
        _left_margin_apart(root)
        if variant is not None:
            _set_et_al(root, variant)
        cp_style = CitationStylesStyle.__new__(CitationStylesStyle)
        cp_style.xml = root.getroottree()
        cp_style.root = root
        root.set_locale_list(root.get("default-locale", "en-US"), validate=False)
        self._styles[variant] = cp_style
        return cp_style

    def render(self, item: dict[str, Any], number: int | None, variant: int | None = None) -> str:
        """One entry as the intermediate HTML string; ``number`` None leaves a placeholder."""
        from citeproc import Citation, CitationStylesBibliography, formatter
        from citeproc.source.json import CiteProcJSON

        data = {k: v for k, v in item.items() if k in self._known}
        data["id"] = "item"
        available = item.get("available-date")
        source = CiteProcJSON([data])  # only known keys: it never warns
        if available:
            source["item"]["available_date"] = source.parse_date(available)
        bibliography = CitationStylesBibliography(
            self._citeproc_style(variant), source, formatter.html
        )
        cite = _numbered_item_class()("item", NUMBER if number is None else number, bibliography)
        bibliography.register(Citation([cite]))
        entries = bibliography.bibliography()
        rendered = str(entries[0]) if entries else ""
        if ETAL_FILLER in rendered:
            # the style prints names past its et-al cut (et-al-use-last, say): render the
            # known names only, without "et al", rather than print a stand-in
            log.warning("style %s cannot mark a cut author list with et al", self.style.name)
            known = [n for n in item["author"] if n.get("family") != ETAL_FILLER]
            return self.render({**item, "author": known}, number, None)
        return clean(rendered)


def _left_margin_apart(root) -> None:
    """citeproc-py ignores ``second-field-align`` and ``display``: the first field of a
    bibliography aligned apart (the number of 840 of the CSL repository's styles, the
    Lancet's and the AMA's among them) or an element shown in the left margin ran into the
    entry ("1Roe J. Title", "1.Roe J."). CSL processors print it as a block of its own; in
    one line, followed by a space."""
    ns = {"cs": CSL_NS}
    layout = "cs:bibliography/cs:layout"
    apart = root.xpath(f"{layout}//*[@display='left-margin']", namespaces=ns)
    if root.xpath("cs:bibliography/@second-field-align", namespaces=ns):
        apart += root.xpath(f"{layout}/*[1]", namespaces=ns)
    for el in apart:
        if not el.get("suffix", "").endswith((" ", "\t")):
            el.set("suffix", el.get("suffix", "") + " ")


def _set_et_al(root, shown: int) -> None:
    """Make the bibliography show ``shown`` names then "et al" (a truncated author list)."""
    ns = {"cs": CSL_NS}
    bibliography = root.find("cs:bibliography", ns)
    bibliography.set("et-al-min", str(shown + 1))
    bibliography.set("et-al-use-first", str(shown))
    for name in root.iterfind(".//cs:name", ns):
        for attr in ("et-al-min", "et-al-use-first", "et-al-use-last"):
            name.attrib.pop(attr, None)
    bibliography.attrib.pop("et-al-use-last", None)


@functools.lru_cache(maxsize=8)
def engine_for(style: Style) -> Engine:
    return Engine(style)
