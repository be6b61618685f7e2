"""Renumbering a manuscript file: read it, plan (:mod:`.renumber`), and make the new bytes.

Plain text keeps its encoding and line endings byte for byte outside the edits; a Word file
is edited run by run (:mod:`.docx_edit`). Nothing is written here: the caller decides where
the bytes go.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BlinarefsError
from .renumber import Renumbering, apply_edits, plan_renumbering

if TYPE_CHECKING:
    from ..trace.load import TraceInputs
    from ..trace.manuscript import Trace

    # what every command that reads a manuscript calls: the file's (inputs, trace)
    TraceOf = Callable[[Path], tuple[TraceInputs, Trace]]


@dataclass(frozen=True)
class RenumberResult:
    """The renumbering planned (``plan``: old -> new numbers, the edits) and the file it
    makes (``data``), not yet written anywhere."""

    plan: Renumbering
    data: bytes  # the renumbered file
    line_of: Callable[[int], int]  # line of a traced offset
    fields: int = 0  # reference-manager citations left to their manager
    skipped: int = 0  # typed markers with no place in the Word file

    @property
    def summary(self) -> str:
        """The line ``blinarefs renumber`` prints first, without the file's name."""
        plan = self.plan
        if not plan.mapping:
            return "no numbered reference list to renumber"
        if not plan.changed and not plan.edits:
            return f"{len(plan.mapping)} references already in order of first citation"
        moves = ", ".join(f"{old} -> {new}" for old, new in plan.changed.items())
        return (
            f"{len(plan.changed)} of {len(plan.mapping)} references renumbered"
            + (f" ({moves})" if moves else "")
            + f"; {len(plan.edits)} of {plan.markers} markers rewritten"
            + ("; reference list reordered" if plan.list_reordered else "")
        )

    def __repr__(self) -> str:
        """The summary, not the file's bytes and every edit."""
        return f"<RenumberResult: {self.summary}; {len(self.data):,} bytes>"


def _decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) as :func:`~blinarefs.fsio.read_text` reads it, so that the file can
    be written back in the encoding it came in."""
    from ..fsio import wide_encoding

    wide = wide_encoding(data)
    for encoding in (wide, "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"):
        if encoding:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                continue
    return data.decode("latin-1"), "latin-1"


def renumber_text(data: bytes, source: str = "") -> RenumberResult:
    """Renumber a plain-text, Markdown or LaTeX manuscript with its own reference list;
    ``source`` names it in errors."""
    from ..parse import parse_reference_list
    from ..trace.manuscript import trace_manuscript

    text, encoding = _decode(data)
    parsed = parse_reference_list(text)
    after = parsed.section.after if parsed.section else None  # legends after the list
    trace = trace_manuscript(text, parsed.references, body_end=parsed.body_end, after_list=after)
    plan = plan_renumbering(trace, parsed.section, source)
    new = apply_edits(text, plan.text_edits(text))
    return RenumberResult(plan, new.encode(encoding), trace.line_of)


def renumber_docx(path: Path, data: bytes, trace_of: TraceOf) -> RenumberResult:
    """Renumber a Word file; ``trace_of(path)`` gives the (inputs, trace) every command
    that reads a manuscript uses."""
    from .renumber_docx import renumber_docx as renumber

    inputs, trace = trace_of(path)
    if inputs.document is None:
        raise BlinarefsError(f"{path}: not read as a Word file")
    done = renumber(data, inputs.document, trace)
    return RenumberResult(done.plan, done.data, trace.line_of, done.fields, len(done.skipped))


def renumber_manuscript(manuscript: str | Path) -> RenumberResult:
    """``blinarefs renumber`` as a function: a plain-text, Markdown or Word manuscript's
    references in order of first citation, its markers rewritten. Nothing is written:
    ``Path(out).write_bytes(result.data)`` saves the copy."""
    from ..trace.load import trace_file

    return renumber_file(Path(manuscript), lambda path: trace_file(path))


def renumber_file(path: Path, trace_of: TraceOf) -> RenumberResult:
    """Renumber the manuscript at ``path``: plain text, Markdown or a Word file."""
    from ..errors import WrongKind
    from ..fsio import binary_kind, reading, wide_encoding
    from .read import looks_like_jats, not_named_word

    with reading(path, "a manuscript"):
        data = path.read_bytes()

    if data.startswith(b"PK\x03\x04"):
        return renumber_docx(path, data, trace_of)
    kind = binary_kind(data[:8])  # a PDF holds no NUL: read as text, it renumbers nothing
    if kind:
        raise WrongKind(f"{path}: {kind}")
    not_named_word(path)  # "paper.docx" that is no zip: damaged, as every command says
    if b"\x00" in data[:65536] and not wide_encoding(data):
        raise WrongKind(
            f"{path}: binary file; renumber reads plain text, Markdown and .docx",
            hint="save the manuscript as .docx or plain text",
        )
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") and looks_like_jats(_decode(data)[0]):
        raise WrongKind(  # its list would be read as no numbered list
            f"{path}: a JATS article; renumber reads plain text, Markdown and .docx",
            hint="renumber the manuscript it was made from",
        )
    from ..trace.bibliographies import cites_by_key, named_files

    text = _decode(data)[0]
    if cites_by_key(text) and any(found for _, found in named_files(text, path)):
        # a Pandoc or LaTeX manuscript citing by key from the bibliography it names has no
        # numbers of its own to renumber: traced as every command traces it (its own text
        # holds no list: "\linebreak[3]" and an R chunk's "x[2]" cite nothing)
        _, trace = trace_of(path)
        return RenumberResult(plan_renumbering(trace, None, str(path)), data, trace.line_of)
    return renumber_text(data, str(path))
