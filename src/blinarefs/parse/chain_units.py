"""The last units of a body's chain joined by commas, read as the title: "Ministério do
Exemplo (BR), Secretaria de Testes, Departamento de Doenças Inventadas. Bol Epidemiol
Exemplo. 2030 [cited ...];Nº Espec:1-43.".

Vancouver's lists join a ministry and its units by commas, one sentence for all; the
readers, which close an author at a comma, took the units after the first ones for the
title's opening, or for the whole title, with the real title (or the bulletin the units
publish) read after it as a journal. A title whose first sentence is one unit's name or
several, a comma after the last author read and every author a body's name, is no title:
the units are authors, and the title is what follows them. A title that was only the
units has the "journal" after it as its title, as :func:`.agencies.organisation_as_title`
reads a body's report.
"""

from __future__ import annotations

import re

from ..model import Name, Reference
from .body_names import body_units, is_body_name


def units_out_of_title(ref: Reference) -> Reference:
    """``ref`` with the bodies' units its title opened with as its last authors."""
    if not ref.author or not ref.author[-1].literal:
        return ref
    head, stop, rest = ref.title.partition(". ")
    if not head or f"{ref.author[-1].literal}, {head}" not in ref.source_text:
        return ref
    if not all(n.literal and is_body_name(n.literal) for n in ref.author):
        return ref
    units = body_units(head) or ([head] if is_body_name(head) else [])
    if not units:
        return ref
    fields: dict[str, object] = {"author": (*ref.author, *(Name(literal=u) for u in units))}
    title = rest.strip() if stop else ""
    if not title:
        if not ref.container_title:
            return ref
        title = ref.container_title
        fields.update(container_title="", container_title_short="")
        if ref.type == "article-journal" and not (ref.volume or ref.issue or ref.page):
            fields["type"] = "webpage" if ref.url else "report"
    fields["title"] = re.sub(r"\.$", "", title)
    return ref.with_fields(**fields)
