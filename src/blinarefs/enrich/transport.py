"""What happens on the wire, below the request loop: whole answers bounded in time, redirects
kept to their host, secrets kept out of messages and logs, and failures told apart (worth a
retry, or the host cannot be reached at all). Used by :mod:`.http` only."""

from __future__ import annotations

import email.utils
import logging
import re
import time
from collections.abc import Mapping
from io import BytesIO
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3 import HTTPResponse
from urllib3.exceptions import HTTPError as Urllib3Error

from .. import __version__
from ..errors import ServiceError

MAX_REDIRECTS = 5


def user_agent(mailto: str | None) -> str:
    contact = f" (mailto:{mailto})" if mailto else ""
    return f"blinarefs/{__version__}{contact}"


def redact(url: str) -> str:
    """A URL fit for a message or a log: secrets and contact details removed."""
    return re.sub(r"([?&](?:api_key|email|mailto)=)[^&]*", r"\1***", url)


class RedactSecrets(logging.Filter):
    """urllib3 and requests-cache log request URLs, query strings and all, at DEBUG level:
    NCBI's api_key would reach any log a caller keeps at that level."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        return True


REDACT = RedactSecrets()
LIBRARY_LOGGERS = ("urllib3.connectionpool", "urllib3.util.retry", "requests_cache.session",
                   "requests_cache.policy.actions")  # fmt: skip


class ShownUrl:
    """A request's URL as messages show it, secrets redacted. Preparing a request costs a
    third of a cache lookup, and only failures and log lines need the URL: it is made when
    a message formats it."""

    __slots__ = ("params", "url")

    def __init__(self, url: str, params: dict[str, str] | None) -> None:
        self.url, self.params = url, params

    def __str__(self) -> str:
        prepared = requests.Request("GET", self.url, params=self.params).prepare()
        return redact(prepared.url or self.url)


class WholeAnswerAdapter(HTTPAdapter):
    """Bounds the whole answer by the read timeout. urllib3's read timeout bounds each wait
    for bytes, so a server sending one byte a second would hold a request for as long as
    its body lasts; here the body is read piece by piece against a deadline instead."""

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: float | tuple[float, float] | tuple[float, None] | None = None,
        verify: bool | str = True,
        cert: bytes | str | tuple[bytes | str, bytes | str] | None = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        response = super().send(request, True, timeout, verify, cert, proxies)
        limit = timeout[1] if isinstance(timeout, tuple) else timeout
        raw = response.raw
        if stream or limit is None or not isinstance(raw, HTTPResponse):
            return response
        deadline = time.monotonic() + limit
        chunks = []
        try:
            while chunk := raw.read1(65536, decode_content=False):
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    break
        except Urllib3Error as exc:  # a cut-off body, a reset or a timeout mid-body
            response.close()
            if "timed out" in str(exc).lower():
                raise requests.exceptions.ReadTimeout(exc, request=request) from None
            raise requests.exceptions.ChunkedEncodingError(exc, request=request) from None
        except OSError as exc:
            response.close()
            raise requests.exceptions.ConnectionError(exc, request=request) from None
        if time.monotonic() > deadline:
            response.close()
            raise requests.exceptions.ReadTimeout(
                f"the whole answer took more than {limit}s", request=request
            )
        response.raw = HTTPResponse(  # the body, read, in place of the socket
            body=BytesIO(b"".join(chunks)),
            headers=raw.headers,
            status=raw.status,
            reason=raw.reason,
            preload_content=False,
            decode_content=raw.decode_content,
            request_url=raw.geturl(),
        )
        raw.release_conn()
        return response


def redirect_guard(service: str, other_hosts: bool):
    """A response hook that refuses a redirect to another host: an answer from a host the
    user did not configure must not reach the store."""

    def check(response: requests.Response, *args: Any, **kwargs: Any) -> requests.Response:
        if other_hosts or not response.is_redirect:
            return response
        target = urljoin(response.url, response.headers.get("Location", ""))
        host, asked = urlsplit(target).netloc, urlsplit(response.url).netloc
        if host != asked:
            response.close()
            raise ServiceError(
                f"{service}: {redact(response.url)} redirects to another host ({host}); "
                "not followed"
            )
        return response

    return check


def dropped_reason(exc: Exception) -> str:
    text = str(exc)
    if "reset" in text.lower():
        return "connection reset"
    if "without response" in text or "aborted" in text.lower():
        return "connection closed without an answer"
    return "connection failed"


def parse_retry_after(value: str) -> float | None:
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def host(url: str) -> str:
    return re.sub(r"^\w+://([^/]+).*$", r"\1", url)


_UNREACHABLE = (
    "Name or service not known", "Connection refused", "Network is unreachable",
    "Temporary failure in name resolution", "No route to host", "nodename nor servname",
    "Failed to resolve",
)  # fmt: skip


def unreachable_reason(exc: Exception) -> str:
    """Why the host cannot be reached at all, or "" for a failure worth retrying."""
    text = str(exc)
    for marker in _UNREACHABLE:
        if marker in text:
            return marker.lower()
    return ""


def text_of(response: requests.Response) -> str:
    """The answer as text. Where the server names no character set (Europe PMC's XML),
    requests guesses one from the bytes, a pass that costs more than reading the rest of
    the answer; so UTF-8 (what XML without an encoding declaration is, a byte-order mark
    dropped) comes first, and the guess only for bytes that are not UTF-8."""
    if response.encoding is None:
        try:
            return response.content.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    return response.text
