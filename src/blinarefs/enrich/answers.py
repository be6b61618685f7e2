"""Reading a service's answer: its JSON or its text handed to the caller's reader.

An answer that is not JSON, or that the reader cannot use (it raises ServiceError, or trips
on a value of the wrong type), is a ServiceError, and is dropped from the cache, so a rerun
asks again instead of reading the same bad answer. Sending the request, with its pacing,
retries and timeouts, is :class:`.http.HttpClient`'s job.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import requests

from ..errors import ServiceError
from .httpcache import CacheAccess
from .pacing import service_of
from .transport import redact, text_of

T = TypeVar("T")


class AnswerReading(CacheAccess):
    """The HTTP client's reading of answers, over its ``get`` (which sends the request)."""

    def get(
        self, service: str, url: str, params: dict[str, str] | None = None, *, accept: str = ""
    ) -> requests.Response | None:
        raise NotImplementedError

    def get_json(
        self,
        service: str,
        url: str,
        params: dict[str, str] | None = None,
        *,
        accept: str = "",
        read: Callable[[Any], T] = lambda data: data,
    ) -> T | None:
        """``read`` applied to the decoded JSON answer; None for a 404. An answer that is not
        JSON, or that ``read`` cannot use (it raises ServiceError, or trips on a value of
        the wrong type), is a ServiceError, and is dropped from the cache."""
        response = self.get(service, url, params, accept=accept)
        if response is None:
            return None
        try:
            data = response.json()
        except ValueError:
            self._forget(url, params, accept)
            raise ServiceError(
                f"{service_of(service)}: the answer from {redact(url)} is not JSON"
            ) from None
        return self._read(service, url, params, accept, read, data)

    def get_text(
        self,
        service: str,
        url: str,
        params: dict[str, str] | None = None,
        *,
        read: Callable[[str], T],
    ) -> T | None:
        """Like :meth:`get_json` for a text answer (XML)."""
        response = self.get(service, url, params)
        if response is None:
            return None
        return self._read(service, url, params, "", read, text_of(response))

    def _read(self, service, url, params, accept, read: Callable[[Any], T], data: Any) -> T:
        try:
            return read(data)
        except ServiceError:
            self._forget(url, params, accept)
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError) as exc:
            # the service's data, not ours: a value of the wrong type where a field belongs
            self._forget(url, params, accept)
            raise ServiceError(
                f"{service_of(service)}: cannot read the answer from {redact(url)} "
                f"({type(exc).__name__}: {str(exc)[:80]})"
            ) from None
