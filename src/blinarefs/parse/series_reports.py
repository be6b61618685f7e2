"""A report in a series, as AMA and the CDC's MMWR print it: "EXA. Made-up incidence,
2030. Made-up surveillance supplemental report, vol. 25, no. 1. Springfield, GA: US
Department of Examples, EXA; 2030. https://...".

The series' name, volume and number read as a journal's, the work was a journal's article;
but an article's journal has no publisher and place of its own, and this work prints its
imprint after the series' number: it is published on its own, a report (CSL's ``report``),
and the "journal" is its series (CSL's ``collection-title``).
"""

from __future__ import annotations

from ..model import Reference


def series_report(ref: Reference) -> Reference:
    """``ref`` as a report in its series when it was read as a journal's article whose
    journal is followed by AMA's "vol." and its volume, with no pages and with a
    publisher and its place read."""
    series = ref.container_title
    if ref.type != "article-journal" or not series or ref.page or not ref.volume:
        return ref
    if not (ref.publisher and ref.publisher_place):
        return ref
    if f"{series}, vol. {ref.volume}" not in ref.source_text:
        return ref
    return ref.with_fields(
        type="report", collection_title=series, container_title="", container_title_short=""
    )
