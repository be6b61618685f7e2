"""The day written into a store's provenance notes.

Provenance notes name the day a value came in (``DOI=crossref 2026-11-25``, ``import refs.ris
2026-11-25``). Reproducible-build tools set ``SOURCE_DATE_EPOCH`` (whole seconds since 1970,
UTC) so that rerunning the same inputs writes the same bytes; blinarefs honours it, which also
lets a run that straddles midnight stamp one day throughout. Without it the day is today in UTC,
so two machines in different time zones agree.
"""

from __future__ import annotations

import datetime as _dt
import os

from .errors import UsageError


def provenance_day() -> str:
    """Today (UTC) as ``YYYY-MM-DD``, or ``SOURCE_DATE_EPOCH``'s day when that is set."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return _dt.datetime.now(_dt.UTC).date().isoformat()
    try:
        return _dt.datetime.fromtimestamp(int(raw), _dt.UTC).date().isoformat()
    except (ValueError, OverflowError, OSError):
        raise UsageError(
            f"SOURCE_DATE_EPOCH={raw!r} is not a whole number of seconds since 1970",
            hint="unset it, or set it to e.g. $(date +%s)",
        ) from None
