"""LaTeX <-> Unicode text for BibTeX values, and the braces that keep a title's case.

Pure functions shared by the store (:mod:`blinarefs.bibtex`) and the exports. pylatexenc is
imported only when a value holds TeX markup, so most loads never pay for it.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache

NBSP = "\u00a0"
_WORD = re.compile(r"[^\W\d_][\w\-’'.]*[\w]|[^\W\d_]")
TEX_ESCAPES = {
    "\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
    "\u00a0": "~",  # a non-breaking space is TeX's tie, and reads back as one
}  # fmt: skip
_TEX_SPECIAL = re.compile(r"[\\{}~^&%$#_\u00a0]")
_TEX_SPECIAL_IN_NAMES = re.compile(r"[\\~^&%$#_]")
BRACE = re.compile(r"[{}]")
_LIGATURE = re.compile(r"([-`'])(?=\1)|([!?])(?=`)")  # -- `` '' and !` ?` (¡ ¿)


@lru_cache(maxsize=1)
def _latex_decoder():  # pylatexenc is imported only when a value holds TeX markup
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

    # what it cannot read it keeps as written and says so on stderr ("macro '\\ensuremath'
    # failed its substitution" after Zotero's "\\^ \\ensuremath{\\pm}"): never the user's
    logging.getLogger("pylatexenc").setLevel(logging.ERROR)
    context = get_default_latex_context_db()  # a fresh copy
    # How escape_tex writes "^", "{" and "}": pylatexenc reads the first as U+02C6 and drops
    # the others. (BibTeX counts a brace even after a backslash, so "\{" would unbalance.)
    context.add_context_category(
        "blinarefs",
        prepend=True,
        macros=[
            MacroTextSpec(name, simplify_repl=char)
            for name, char in (
                ("textasciicircum", "^"),
                ("textbraceleft", "{"),
                ("textbraceright", "}"),
                # the logos print their names; pylatexenc prints nothing for them
                ("TeX", "TeX"),
                ("LaTeX", "LaTeX"),
                ("LaTeXe", "LaTeX2e"),
                ("BibTeX", "BibTeX"),
                ("url", "%s"),  # the address, not "<address>"
                # biblatex's: a breakable hyphen ("methodology\hyphen independent"), and
                # quotation marks around a title's quoted words
                ("hyphen", "-"),
                ("mkbibquote", "\u201c%s\u201d"),
                ("enquote", "\u201c%s\u201d"),
            )
        ]
        # boxes and font switches pylatexenc reads the argument of but then prints nothing
        # for (\mbox{Ph+} lost its text); \noopsort{key}, the sorting trick of a .bib's
        # @preamble, prints nothing, as its definition says
        + [MacroTextSpec(name, discard=False) for name in _ARGUMENT_TEXT]
        + [MacroTextSpec("noopsort", discard=True)],
    )
    return LatexNodes2Text(latex_context=context, math_mode="verbatim", strict_latex_spaces=True)


_ARGUMENT_TEXT = ("mbox", "hbox", "textmd", "textsf", "texttt", "textup", "textnormal")


@lru_cache(maxsize=1)
def _latex_walker_context():
    """pylatexenc's parser context, told that \noopsort takes an argument (its text is the
    sort key, never printed)."""
    from pylatexenc.latexwalker import get_default_latex_context_db
    from pylatexenc.macrospec import MacroSpec

    context = get_default_latex_context_db()
    context.add_context_category(
        "blinarefs",
        prepend=True,
        macros=[
            MacroSpec("noopsort", "{"),
            MacroSpec("mkbibquote", "{"),
            MacroSpec("enquote", "{"),
        ],
    )
    return context


@lru_cache(maxsize=1)
def _latex_encoder():
    from pylatexenc.latexencode import UnicodeToLatexEncoder

    # a character TeX has no name for ("─", a box-drawing dash typed for an em dash) is kept
    # as it is, silently: the encoder's own warning went to stderr in the middle of a build
    return UnicodeToLatexEncoder(
        non_ascii_only=True,
        replacement_latex_protection="braces-all",
        unknown_char_policy="keep",
        unknown_char_warning=False,
    )


# TeX that decodes the same wherever it stands: a braced group opening with a command
# ({\"o}, {\c{c}}, {\textendash}), a symbol accent on one letter (\"o, \'{e}), an escaped
# character (\&). Around them, what only a TeX parser reads right: other commands, the
# special characters, and the ligatures for dashes, quotes and inverted marks.
_SELF_CONTAINED = re.compile(
    r"\{\\[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|\\[`'^\"~=.](?:\{\w\}|\w)|\\[&%$#_]"
)
_NEEDS_PARSER = re.compile(r"[\\~^&%$#_]|--|``|''|!`|\?`")
# A "%" or "$" not escaped (after an even run of backslashes), "\(", "\[": comments and math
# run past any group, so only the parser reads them.
_MATH_OR_COMMENT = re.compile(r"(?<!\\)(?:\\\\)*[%$]|\\[(\[]")


# A Greek letter alone in math, as BibTeX titles write one ("$\\beta$-cells", "NF-$\\kappa$B"):
# read as the letter, which every output prints (classic BibTeX gets \\ensuremath back);
# kept as math, it came back escaped as text ("\\$\\textbackslash{}beta\\$").
_GREEK_MATH = re.compile(r"(?<!\\)\$\s*\\(?:var)?([A-Za-z]+)\s*\$")


def _greek(m: re.Match[str]) -> str:
    name = m.group(1)
    case = "CAPITAL" if name[0].isupper() else "SMALL"
    try:
        return unicodedata.lookup(f"GREEK {case} LETTER {name.upper()}")
    except KeyError:  # \times, \pm, ...: math to leave as it is
        return m.group(0)


# A raised or lowered run as BibTeX titles write one: math alone ("10$^{9}$", "CO$_2$",
# "37$^\\circ$C") and the text commands ("CD4\\textsuperscript{+}"). Read as the Unicode
# characters a reader sees, where each has one; the math was printed as TeX ("10$^{9}$")
# and the commands flattened ("CD4+", "10 9").
_SCRIPT_MATH = re.compile(r"(?<!\\)\$\s*([\^_])\s*(?:\{([^{}$]*)\}|(\\circ|[^{}$\\\s]))\s*\$")
_SCRIPT_COMMAND = re.compile(r"\\text(super|sub)script\s*\{([^{}\\]*)\}")
_RAISED = str.maketrans("0123456789+-\u2212=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱ")
_LOWERED = str.maketrans("0123456789+-\u2212=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎")


def script_text(inner: str, raised: bool) -> str:
    """Raised or lowered text as the Unicode characters a reader sees (``+`` raised is
    ``⁺``, ``2`` lowered ``₂``); "" where a character has none (``TM``): the BibTeX reader's
    and the JATS reader's (``<sup>``, ``<sub>``) rule alike."""
    shown = inner.translate(_RAISED if raised else _LOWERED)
    return shown if shown and shown.isprintable() and not any(map(str.isascii, shown)) else ""


def _script(kind: str, inner: str, whole: str) -> str:
    raised = kind in ("^", "super")
    inner = inner.strip()
    if raised and inner == "\\circ":
        return "°"
    return script_text(inner, raised) or whole


def _scripts(value: str) -> str:
    if "$" in value:
        value = _SCRIPT_MATH.sub(lambda m: _script(m[1], m[2] or m[3] or "", m[0]), value)
    if "script" in value:
        value = _SCRIPT_COMMAND.sub(lambda m: _script(m[1], m[2], m[0]), value)
    return value


def latex_to_text(value: str) -> str:
    """Decode TeX markup; values without a backslash only lose their protective braces.
    pylatexenc reads a value a character at a time (2 ms for a printed reference), so a
    value whose markup is only self-contained pieces has each piece decoded alone, once
    per distinct piece; a property test checks that this gives what the whole does."""
    if "$" in value or "script" in value:
        value = _scripts(value)
    if "$" in value and "\\" in value:
        value = _GREEK_MATH.sub(_greek, value)
    if "\\" not in value:
        if "~" in value:  # TeX's tie: a space no line break may take
            value = value.replace("~", NBSP)
        return value.replace("{", "").replace("}", "") if "{" in value else value
    if _MATH_OR_COMMENT.search(value) or _NEEDS_PARSER.search(_SELF_CONTAINED.sub("", value)):
        text = _decode_whole(value)
    else:
        parts, pos = [], 0
        for m in _SELF_CONTAINED.finditer(value):
            parts += [BRACE.sub("", value[pos : m.start()]), _decode_piece(m.group(0))]
            pos = m.end()
        text = "".join(parts) + BRACE.sub("", value[pos:])
    return collapse_spaces(text)


_SPACES = re.compile(r"[^\S\u00a0]+")


def collapse_spaces(text: str) -> str:
    """Runs of white space as one space, ends trimmed; a non-breaking space (a tie) kept."""
    return _SPACES.sub(" ", text).strip()


def _decode_whole(value: str) -> str:
    try:
        return _latex_decoder().latex_to_text(value, latex_context=_latex_walker_context())
    except Exception:  # pylatexenc raises assorted errors on broken TeX; keep the raw text
        return value.replace("{", "").replace("}", "")


_decode_piece = lru_cache(maxsize=4096)(_decode_whole)


def escape_tex(value: str, *, braces: bool = True) -> str:
    """Plain text -> TeX text: the characters TeX reads as markup are escaped (braces too,
    unless they group the parts of a BibTeX name), and the ligatures that TeX turns into
    dashes, quotes and inverted marks (-- `` '' !` ?`) are broken: "a--b" is "a-{}-b"."""
    pattern = _TEX_SPECIAL if braces else _TEX_SPECIAL_IN_NAMES
    value = pattern.sub(lambda m: TEX_ESCAPES[m.group(0)], value)
    return _LIGATURE.sub(r"\1\2{}", value)


# A run of non-ASCII characters with the character before it (the base of a combining mark).
_NON_ASCII_RUN = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")


def to_ascii(value: str) -> str:
    """Accented letters as TeX escapes (G{\\"o}kbuget), for classic BibTeX. The encoder looks
    at every character in Python; given only the runs that need it, it gives the same text
    (a property test checks) several times faster on a long printed reference."""
    if value.isascii():
        return value
    encode = _latex_encoder().unicode_to_latex
    return _NON_ASCII_RUN.sub(lambda m: encode(m.group(0)), value)


def text_to_latex(value: str, *, ascii: bool = False, names: bool = False) -> str:
    value = escape_tex(value, braces=not names)
    return to_ascii(value) if ascii else value


def protect_case(title: str) -> str:
    """Brace the words a BibTeX style must not lower-case: acronyms (MRD, ABC1234), words with
    capitals inside (pH, BiTE) and, since titles are stored in sentence case, every
    capitalised word after the first (proper names, "B-cell", "Philadelphia")."""

    def protect(m: re.Match[str], offset: int) -> str:
        word = m.group(0)
        if word.islower():
            return word
        inner_cap = any(map(str.isupper, word[1:]))
        first_word = offset + m.start() == 0
        if inner_cap or (not first_word and word[0].isupper()):
            return "{" + word + "}"
        return word

    return _CASED_RUN.sub(
        lambda run: _WORD.sub(lambda m: protect(m, run.start()), run.group(0)), title
    )


# The stretches of a title where a word may need braces: a word never spans a character
# outside [\w\-’'.], so a title is read a run of such characters at a time, and a run with no
# capital A-Z and nothing past ASCII holds no capital at all. Only the runs that may are
# handed to _WORD; on a long lower-case title (a printed reference of megabytes) this keeps
# Python out of the loop. The look-behind starts a run where one starts (linear: a run
# without a capital is read once).
_CASED_RUN = re.compile(r"(?<![\w\-’'.])[\w\-’'.]*?[A-Z\u0080-\U0010ffff][\w\-’'.]*")


# An accent or special letter inside a name: {\"o}, {\"{o}}, {\c c}, {\o}, \"o, \'{e}, \&.
# The closing brace is taken only when it closes the escape, never a brace around the name.
_NAME_TEX = re.compile(
    r"\{\\[^{}\s]+(?:\s*\{[^{}]*\}|\s+\w)?\}|\\[`'^\"~=.uvHcdbk](?:\{\w\}|\w)"
    r"|\\[&%$#_]|\\text(?:backslash|asciitilde|asciicircum)\{\}"
)


def latex_to_text_name(name: str) -> str:
    """Decode accents inside a name but keep the braces that group its parts."""
    if "\\" not in name:
        return name
    name = name.replace("{\\relax ", "{")  # {\\relax Ch}ristopher: the digraph as one initial
    return _NAME_TEX.sub(lambda m: latex_to_text(m.group(0)), name)
