"""An entry's eprint fields (arXiv, bioRxiv...) under biblatex's names, whichever names the
entry was written with, for the store's reader, the styles and the exports alike."""

from __future__ import annotations

from collections.abc import Iterable

from .model import Reference

_PREPRINT_SERVERS = frozenset({"arxiv", "biorxiv", "medrxiv", "chemrxiv", "ssrn", "psyarxiv"})
# biblatex's aliases: arXiv's own BibTeX writes archivePrefix and primaryClass
EPRINT_ALIASES = {"archiveprefix": "eprinttype", "primaryclass": "eprintclass"}
_EPRINT_FIELDS = frozenset({"eprint", "eprinttype", "eprintclass"})


def eprint_fields(extra: Iterable[tuple[str, str]]) -> dict[str, str]:
    """An entry's eprint fields under biblatex's names, whichever names it was written
    with (``archivePrefix = {arXiv}`` is ``eprinttype = {arXiv}``)."""
    fields: dict[str, str] = {}
    for name, value in extra:
        key = EPRINT_ALIASES.get(name.lower(), name.lower())
        if key in _EPRINT_FIELDS and value.strip():
            fields.setdefault(key, value.strip())
    return fields


def server_of(ref: Reference) -> str:
    """The eprint's server, lower-cased ("" when none)."""
    return eprint_fields(ref.extra).get("eprinttype", "").lower()


def on_preprint_server(entry_type: str, server: str) -> bool:
    """An @online, @misc or @unpublished entry whose eprint is on a preprint server (Better
    BibTeX's arXiv items): a preprint, CSL's "article"."""
    return server in _PREPRINT_SERVERS and entry_type in ("online", "misc", "unpublished")
