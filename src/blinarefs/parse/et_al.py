""" "et al." as other languages print it, read as "et al.".

A list's last name is often followed by the language's own "and others": Chinese "等",
Japanese "他" or "ほか", Russian "и др." or "и соавт.", Spanish "y col." or "y otros",
Portuguese "e col." or "e outros", French "et coll.", German "u. a.", Turkish "ve ark.",
Polish "i wsp.", Czech "a kol.", Swedish "m.fl.", Finnish "ym.". Both readers know the Latin
phrase only, so these became a name ("ark, ve"), the title's first words ("и др. Title",
"a. Erfundene") or were lost. The item is read with the Latin phrase in their place; the
printed text is kept as printed. So is the Latin phrase printed after the names' full stop
("Roe J, Doe IV. et al. Title", a slip of the copy), which the readers took for the title's
first words: read after a comma, as the list prints it elsewhere.
"""

from __future__ import annotations

import re

from .prefilter import holds_any

# After a name's last letter (an initial, a full stop) and its comma or space; the Chinese
# and Japanese ones after a comma or a space only ("其他" is "other" inside a title)
_PHRASES = (
    r"и\sдр|и\sсоавт|y\scols?|y\sotros|e\scols?|e\soutros|et\scoll?|u\.\s?a|ve\sark|i\swsp|a\skol"
    r"|m\.\s?fl|ym"
)
_OTHERS = re.compile(
    rf"(?<=[A-ZÀ-ÝА-ЯЁ.]),?\s+(?:{_PHRASES})\.?(?=[\s,;:]|$)"
    r"|(?:[,，]\s*|(?<!\s)\s+)(?:等|他|ほか)[.．]?(?=[\s,，]|$)"
)


# What each form of _OTHERS prints, as written (the pattern heeds case): every item is
# asked, few print another language's phrase, and the pattern's look-behind is tried at
# every position of a text that prints none of these
_OTHERS_HOLD = ("и", "col", "otros", "outros", "u.", "ark", "wsp", "kol", "m.", "ym", "等", "他",
                "ほか")  # fmt: skip
# ... and what every match holds, a phrase after white space (a pattern with no look-behind
# to try first: "ym" and "m." are in many words, "symptoms", "Am.")
_OTHERS_CUE = re.compile(rf"\s(?:{_PHRASES})|等|他|ほか")


# The names' full stop before "et al." after a Vancouver name's undotted initials: "Doe IV.
# et al. Title" (not a dotted initial's own stop, "Roe, S. et al.", "Roe S. J. et al.")
_STOP_BEFORE = re.compile(r"(\b[^\W\d_]{2,} [A-Z]{1,4})\.\s+(?=et\.?\s?al\b)")


def latin_et_al(text: str) -> str:
    """``text`` with another language's "et al." written as the Latin one, and the Latin
    one after a comma where a full stop was printed before it."""
    if holds_any(text, _OTHERS_HOLD) and _OTHERS_CUE.search(text):
        text = _OTHERS.sub(", et al.", text)
    if ". et" in text:
        text = _STOP_BEFORE.sub(r"\1, ", text)
    return text
