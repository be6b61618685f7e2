"""An act named by its number and its day, as Brazil's and Spain's lists print it: "Lei nº
8.080, de 19 de setembro de 2030 (BR). Dispõe sobre ... Diário Oficial da União, Brasília
(DF), 20 set 2030; Seção 1:18055."

Brazil's Vancouver lists and ABNT ("BRASIL. Ministério da Saúde. Portaria nº 2.436, de 21
de setembro de 2030. Aprova ...") name a law, a decree, a resolution or an ordinance by its
kind, its number and the day it was signed, then print its summary (the "ementa": "Dispõe
sobre ...", "Aprova ...") and the official gazette it appeared in; Spain's print "Ley
14/2030, de 25 de abril, General de ..." alike. The readers, having seen few acts, ran the
summary and the gazette into the title and found no year in "de 19 de setembro de 2030".
The act's name, to its day, is the title (as the publishers' markup tags it, without the
country printed after it in brackets), with its summary in a Vancouver list
(:mod:`.act_summaries`), the gazette the container, the year the act's when none was read.
"""

from __future__ import annotations

import re

from ..model import Reference
from .act_summaries import with_summary
from .years import YEAR

# The kind of act, in Portuguese and Spanish
_KIND = (
    r"(?:Lei(?: Complementar| Federal| Estadual| Municipal)?|Decreto(?:[- ]Lei| Legislativo)?"
    r"|Medida Provis[óo]ria|Resolu[çc][ãa]o|Portaria(?: Interministerial| Conjunta)?"
    r"|Instru[çc][ãa]o Normativa|Emenda Constitucional|Delibera[çc][ãa]o|Ley(?: Org[áa]nica)?"
    r"|Real Decreto(?:[- ][Ll]ey)?|Decreto Supremo|Resoluci[óo]n|Orden)"
)
# the body that issued it, in capitals, between the kind and the number ("Portaria GM/MS
# nº", "Resolução RDC nº", "Resolução CNS nº")
_ISSUER = r"(?: [A-Z]{2,}(?:/[A-Z]{2,})*(?:-[A-Z]{2,})?)?"
# its number: "nº 8.080", "n° 466", "n. 12", "no 5", "Nº 1.284", Spain's bare "14/2030"
_NUMBER = r",? (?:(?:n\.?\s?[º°o]|N[º°]|n\.)\.? ?)?\d[\d.]*(?:/\d{2,4})?"
# the day it was signed: "de 19 de setembro de 2030", "de 1º de maio de 2030", Spain's
# "de 25 de abril" (the year is the number's)
_DAY = rf",? de \d{{1,2}}º? de [a-zç]{{4,9}}(?: de (?P<year>{YEAR.pattern}))?"
# The act, closing its sentence (the country it is of may follow in brackets); Spain's name
# follows the day ("de 25 de abril, General de Sanidad")
_ACT = re.compile(
    rf"(?:^|(?<=[.:] ))(?P<act>{_KIND}{_ISSUER}{_NUMBER}{_DAY}(?:, [A-ZÁÉÍÓÚ][^.]{{0,150}})?)"
    r"(?: \([A-Z]{2}\))?\.(?:\s|$)"
)
# the gazette it was published in, as printed after the summary
_GAZETTE = re.compile(
    r"\b(?:Di[áa]rio Oficial(?: d[aeo](?: [A-ZÀ-Ý][\wÀ-ú]*| d[aeo]){1,4})?"
    r"|Bolet[íi]n Oficial del Estado)(?=\s?[\[,.;:(]|\s\d)"
)


def dated_act(ref: Reference) -> Reference:
    """``ref`` read as the act its printed text names by kind, number and day, or as it
    was: a journal's article about an act (a volume and a journal, no gazette) stays one."""
    text = ref.source_text
    m = _ACT.search(text) if " de " in text else None
    if not m:
        return ref
    gazette = _GAZETTE.search(text, m.end())
    if not gazette and ref.volume and ref.container_title:
        return ref
    title = text[m.start("act") : with_summary(text, m.end("act"), m.end())]
    fields: dict[str, object] = {"type": "legislation", "title": title}
    if m.start() == 0:
        fields["author"] = ()  # the act opens the reference: it has no author
    if gazette:
        fields["container_title"] = gazette.group()
    year = m["year"] or next(iter(re.findall(rf"/({YEAR.pattern})\b", m["act"])), None)
    if not ref.issued and year:
        fields["issued"] = (int(year),)
    return ref.with_fields(**fields)
