"""An act's summary (the "ementa"), which Vancouver's lists print as part of its title.

Brazil's acts are printed with their heading ("Lei nº 9.999, de 19 de setembro de 2030")
and their summary ("Dispõe sobre ..."), then the gazette or the imprint. Vancouver has no
element for the summary: a list in that style cites the act as a document whose title is
the heading and the summary together ("Brasil. Lei nº 9.999, de 19 de setembro de 2030.
Dispõe sobre exemplos. Diário Oficial da União. 20 set 2030; Seção 1:1.", "Ministério do
Exemplo (BR). Portaria nº 99, de 3 de maio de 2030. Aprova o Guia. Brasília, DF; 2030
[cited ...]."), as SciELO's publishers tag it. ABNT names the summary as an element of its
own after the heading, and prints the jurisdiction in capitals ("BRASIL. Lei nº ...");
the Vancouver form that puts the country in brackets after the heading ("Lei nº ..., de
... (BR). Dispõe sobre ...") closes the title there. In those two the title stays the
heading.

The summary runs, sentence by sentence, to what follows it in every such list: the
gazette, the medium, the imprint ("Brasília, DF; 2030", "Brasília, DF: Casa Civil;
2030", "Brasília, 2030"), the date of access or the address. A summary nothing closes is
not taken: the title stays the heading.
"""

from __future__ import annotations

import re

# What follows the summary, as the next sentence opens
_AFTER = re.compile(
    r"\[(?:Internet|internet|online|Online)\]|Di[áa]rio Oficial|Bolet[íi]n Oficial"
    r"|Available|Dispon[íi]ve[l]|Acess|Accessed|\[cite|\[citado|https?:|www\."
    # the imprint: a place (with its state), maybe a publisher, and the year
    r"|[A-ZÀ-Ý][\wÀ-ÿ'’ -]{0,40}?(?:,\s?[A-Z]{2}\b|\s\([A-Z]{2}\))?(?::\s?[^.;\[]{1,60}?)?"
    r"[;:,]\s?\[?c?\d{4}\b"
)
# where a sentence of the summary ends: a full stop before a capital or a bracket (not
# an abbreviation's before a number: "art. 3º", "Lei n. 8.080"), or a medium in brackets
_STOP = re.compile(r"\.\s+(?=[A-ZÀ-Ý\[])|\s(?=\[(?:Internet|internet|online|Online)\])")
# the jurisdiction in capitals that opens an ABNT reference ("BRASIL.", "SÃO PAULO (Estado).")
_CAPITALS = re.compile(r"\A[A-ZÀ-Ý]{2,}(?: [A-ZÀ-Ý]{2,})*(?: \([^()]+\))?\.\s")


def with_summary(text: str, heading_end: int, end: int) -> int:
    """Where the act's title ends in ``text``: after its summary in a Vancouver list, else
    at ``heading_end`` (where the heading ends; its sentence is closed at ``end``)."""
    if "(" in text[heading_end:end] or _CAPITALS.match(text):
        return heading_end
    at = end
    while not _AFTER.match(text, at):
        stop = _STOP.search(text, at)
        if stop is None:
            return heading_end  # nothing closes it: no summary taken
        at = stop.end()
    if at == end:
        return heading_end  # no summary printed
    return len(text[:at].rstrip().removesuffix(".").rstrip())
