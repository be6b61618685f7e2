"""The attribute names a CRFsuite model knows, read straight from the model file.

CRFsuite skips, one by one, every attribute of a token its model does not know (a word the
training data never showed it, "w=springfieldia"): about one in twelve of those the
labeller hands it, each turned into a C++ string and looked up for nothing. Dropped before
``Tagger.set``, the labels and the marginals are the same to the bit (the known ones keep
their order, so every score is summed as before), but only the model can say which are
known. ``Tagger.info()`` says it by dumping the whole model as text and parsing it back
(0.4 s a process); the names stand in the file's attribute dictionary, read here in a few
hundredths of a second.

The file (CRFsuite's ``crf1d_model.c``, little-endian): a 48-byte header, ``lCRF``, whose
tenth field is where the attribute dictionary starts. The dictionary is a CQDB chunk
(``cqdb.c``): ``CQDB`` and five more 32-bit fields, of which the last two are the size and
place of its backward array, the place of each identifier's record; a record is the
identifier, the key's size with its closing NUL, and the key.
"""

from __future__ import annotations

import struct
from pathlib import Path

_HEADER = struct.Struct("<4sI4sIIIIIIIII")  # magic, size, type, version, ... off_attrs (9)
_CHUNK = struct.Struct("<4sIIIII")  # "CQDB", size, flag, byte order, bwd_size, bwd_offset
_RECORD = struct.Struct("<iI")  # identifier, the key's size with its NUL


def attribute_names(path: Path) -> frozenset[bytes]:
    """The attribute names of the CRFsuite model at ``path``, in UTF-8 as the labeller
    makes them. Raises ValueError on a file that is not a CRFsuite model with one."""
    data = path.read_bytes()
    if len(data) < _HEADER.size or data[:4] != b"lCRF":
        raise ValueError(f"{path} is not a CRFsuite model")
    base = _HEADER.unpack_from(data)[9]
    chunk, _, _, _, count, backward = _CHUNK.unpack_from(data, base)
    if chunk != b"CQDB":
        raise ValueError(f"{path} has no attribute dictionary where its header says")
    names = []
    for offset in struct.unpack_from(f"<{count}I", data, base + backward):
        start = base + offset
        size = _RECORD.unpack_from(data, start)[1]
        names.append(data[start + _RECORD.size : start + _RECORD.size + size - 1])
    return frozenset(names)
