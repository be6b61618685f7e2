"""One exception hierarchy, so callers can catch ``BlinarefsError`` and show its message.

Every message names the thing at fault (a file, a line, an entry key) and, where there is
one, the next step; the CLI prints ``str(error)`` on one line and exits with ``exit_code``.
"""

from __future__ import annotations


class BlinarefsError(Exception):
    """Base of every error blinarefs raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class UsageError(BlinarefsError):
    """The command line or the arguments of a library call do not make sense."""

    exit_code = 2


class ParseError(BlinarefsError):
    """A reference list or manuscript could not be read."""


class StoreError(BlinarefsError):
    """A BibTeX store could not be read or written."""


class EnrichError(BlinarefsError):
    """Metadata lookup failed as a whole (single entries fail as data, not as exceptions)."""


class NotFound(EnrichError):
    """No work matches the reference in any service."""


class Ambiguous(EnrichError):
    """Several works match the reference and none clearly wins."""


class ServiceError(EnrichError):
    """A metadata service answered with an error, garbage, or not at all."""


class StyleError(BlinarefsError):
    """A CSL style is missing or invalid."""


class ExportError(BlinarefsError):
    """A format could not be written."""


class ImportFormatError(BlinarefsError):
    """A file given to ``import`` is not in the format it claims to be."""


class TraceError(BlinarefsError):
    """A manuscript's citations could not be decoded."""


# Exit codes follow one table (``blinarefs --help``): 0 ok, 1 findings or failures, 2 usage.
# A file named on the command line that does not exist, and a style that does not exist,
# are usage errors; they keep their family so that callers catching it still do.


class MissingFile(UsageError):
    """A file named on the command line does not exist."""


class StoreMissing(StoreError, MissingFile):
    """The store named does not exist."""


class NotAFile(UsageError):
    """A folder named where a file belongs: like a missing file, a mistake of the command
    line, not a finding about the file's contents."""


class WrongKind(ParseError, UsageError):
    """A file of a kind blinarefs does not read (a PDF, an old .doc, RTF, other binary data)
    where a manuscript or reference list belongs: like a folder, the wrong file was named."""


class UnknownStyle(StyleError, UsageError):
    """No style by that name, or no such .csl file."""
