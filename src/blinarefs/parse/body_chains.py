"""ABNT's chain of bodies before a book's title: "BRASIL. Ministério do Exemplo. Secretaria
de Testes. Guia de exemplos. 3. ed. Springfield: Ministério do Exemplo, 2030.".

The labeller, which has seen few such chains, may read the bodies after the country as the
title and the real title after them as a book's or a journal's name, leaving a chapter
whose title is a body (or, for a book, losing the title with the journal a book has not).
A title read that is two bodies' names or more, each closed by its full stop (told by
their words, :func:`.agencies.is_body_name`), with the container printed straight after it
and no journal's numbers, is no title: the title runs on over the container, as printed,
and the bodies that open it are then read as its authors
(:func:`.agencies.organisations_first`). A chapter's title is no body's name, and a
book's is printed after "In:" where there is one. One name alone may be a title ("The
Example Data Bank. Example Acids Res 2030;28:235-42.")
"""

from __future__ import annotations

import re

from .agencies import is_body_name


def title_after_bodies(fields: dict[str, object], source: str) -> None:
    """The container read after a title of bodies' names is (the end of) the title."""
    title, container = fields.get("title"), fields.get("container_title")
    if not (isinstance(title, str) and isinstance(container, str) and title and container):
        return
    if any(fields.get(key) for key in ("volume", "issue", "page")):
        return  # a journal's article: "The Example Data Bank. J Example 2030;1:2"
    bodies = re.split(r"\.\s+", title.rstrip("."))
    if len(bodies) < 2 or not all(is_body_name(part) for part in bodies):
        return
    start = source.find(title)
    at = source.find(container, start + len(title)) if start >= 0 else -1
    if at < 0 or not re.fullmatch(r"\.?\s+", source[start + len(title) : at]):
        return
    fields["title"] = source[start : at + len(container)]
    del fields["container_title"]
