"""Who may reach the case: the security model of `filings web`.

The server listens on 127.0.0.1 only, but any local user and any web page the browser
opens can still send it requests. So every request must carry the session's random
token (in an HttpOnly SameSite=Strict cookie, which the first request gets in exchange
for a one-time token in its address, then dropped from the address bar), name this
server in its Host header (against DNS rebinding), and not come from another origin
(Origin, Sec-Fetch-Site). A browser sends the cookies of 127.0.0.1 to every port, so any
server on another port (another local user's) would receive that cookie and could replay
it: the pages live under a random path (the prefix) and the cookie is sent for that path
only. Every answer tells the browser to keep nothing (no-store), to run only the app's
own script files (Content-Security-Policy) and to send no referrer anywhere.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Callable
from urllib.parse import parse_qsl, urlencode

TOKEN_PARAMETER = "token"


def cookie_name(token: str) -> str:
    """The session cookie's name, its own for each running page: a browser sends the
    cookies of 127.0.0.1 to every port, so two pages open at once must not share one."""
    return "filings_" + hashlib.sha256(token.encode()).hexdigest()[:12]

HEADERS = [
    (b"cache-control", b"no-store"),
    (b"pragma", b"no-cache"),
    (b"content-security-policy",
     b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
     b"connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]

# Sec-Fetch-Site values a request of this app's own pages carries: its own pages, or the
# address typed or opened from the terminal. 'same-site' is another port of 127.0.0.1.
_OWN_SITES = {"same-origin", "none"}
_SAFE_METHODS = {"GET", "HEAD"}


class Doors:
    """The tokens of the addresses that leave this process: the one printed in the
    terminal and the one the browser is started with. Each opens the page once: it then
    sits in the browser's history (where the address bar offers it to whoever types
    '127'), and the browser's in its command line, which every local user can read. When
    the printed one is spent, announce prints a new one, to come back after a quick exit.
    The session's own token is never in an address; it is the cookie's value."""

    def __init__(self, announce: Callable[[str], None] | None = None):
        self.announce = announce
        self._open: dict[str, bool] = {}  # token -> whether its use announces the next one
        self._spent: list[str] = []

    def new(self, renews: bool = False) -> str:
        token = secrets.token_urlsafe(32)
        self._open[token] = renews
        return token

    def opens(self, given: str) -> bool:
        return any(hmac.compare_digest(given.encode(), token.encode()) for token in self._open)

    def spent(self, given: str) -> bool:
        return any(hmac.compare_digest(given.encode(), token.encode()) for token in self._spent)

    def spend(self, given: str) -> None:
        for token, renews in list(self._open.items()):
            if hmac.compare_digest(given.encode(), token.encode()):
                del self._open[token]
                self._spent.append(token)
                if renews and self.announce:
                    self.announce(self.new(renews=True))


class Guard:
    """ASGI middleware: refuses (403, a neutral page) what fails a check, else passes the
    request on and adds the headers above to the answer."""

    def __init__(self, app, token: str, hosts: list[str], open_paths: frozenset[str] = frozenset(),
                 doors: Doors | None = None, prefix: str = ""):
        """open_paths: pages that show nothing of the case (the quick exit's), served
        without the token, so that reloading them after the session is forgotten stays
        neutral. doors: one-time tokens for addresses (Doors); the session token is let
        in from an address too (the tests), but never leaves the process in one. prefix:
        the path ('/' and random characters) under which the app's pages are served and
        the cookie is sent; the app sees the paths without it, and its redirects get it
        added."""
        self.app, self.token, self.hosts, self.open_paths = app, token, set(hosts), open_paths
        self.doors, self.prefix = doors, prefix
        self.cookie = cookie_name(token)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        scope = self._inside(scope)
        headers = _headers(scope)
        refusal = self.refusal(scope, headers)
        if refusal:
            return await _refuse(send, refusal)
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        # first visit: a valid token becomes the session cookie, the URL loses it (a page
        # open without the token, the quick exit's, is let in whatever it is given: only a
        # token that opens the page may be exchanged for the session)
        if TOKEN_PARAMETER in query and self._opens(query[TOKEN_PARAMETER]):
            if self.doors is not None and self.doors.opens(query[TOKEN_PARAMETER]):
                self.doors.spend(query[TOKEN_PARAMETER])
            return await _to_cookie(send, scope, query, self.cookie, self.token, self.prefix)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                given = [(n, self._prefixed(v) if n.lower() == b"location" else v)
                         for n, v in message.get("headers", [])]
                names = {name.lower() for name, _ in given}
                message["headers"] = [*given, *((n, v) for n, v in HEADERS if n not in names)]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def refusal(self, scope, headers: dict[str, str]) -> str:
        """Why this request is refused, or ''."""
        if headers.get("host", "") not in self.hosts:
            return "host"
        if headers.get("sec-fetch-site", "none") not in _OWN_SITES:
            return "cross-site"
        origin = headers.get("origin")
        if scope["method"] not in _SAFE_METHODS:
            if origin is None and "sec-fetch-site" not in headers:
                pass  # not a browser: the token below still decides
            elif origin not in {f"http://{host}" for host in self.hosts}:
                return "origin"
        elif origin is not None and origin not in {f"http://{host}" for host in self.hosts}:
            return "origin"
        if scope["method"] in _SAFE_METHODS and scope.get("path") in self.open_paths:
            return ""
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        given = query.get(TOKEN_PARAMETER) or _cookies(headers).get(self.cookie, "")
        if not (hmac.compare_digest(given.encode(), self.token.encode())
                or (TOKEN_PARAMETER in query and self._opens(given))):
            if TOKEN_PARAMETER in query and self.doors is not None and self.doors.spent(given):
                return "spent"
            return "token"
        return ""

    def _opens(self, given: str) -> bool:
        """Does this token, given in an address, open the page?"""
        return hmac.compare_digest(given.encode(), self.token.encode()) or (
            self.doors is not None and self.doors.opens(given))

    def _inside(self, scope) -> dict:
        """The request as the app sees it: its path without the prefix."""
        path = scope.get("path", "/")
        if self.prefix and (path == self.prefix or path.startswith(self.prefix + "/")):
            inner = path[len(self.prefix):] or "/"
            return {**scope, "path": inner, "raw_path": inner.encode()}
        return scope

    def _prefixed(self, location: bytes) -> bytes:
        if location.startswith(b"/") and not location.startswith(b"//"):
            return self.prefix.encode() + location
        return location


def _headers(scope) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in scope.get("headers", []):
        key = name.decode("latin-1").lower()
        if key in headers and key in ("host", "origin", "sec-fetch-site"):
            headers[key] = "\0"  # a header given twice is never trusted
        else:
            headers[key] = value.decode("latin-1")
    return headers


def _cookies(headers: dict[str, str]) -> dict[str, str]:
    pairs = (part.strip().partition("=") for part in headers.get("cookie", "").split(";"))
    return {name: value for name, _, value in pairs if name}


# An address used twice: the victim's own second try, or her browser coming after someone
# who read its command line; either way she should know, and what to do.
_SPENT = ("Dit adres werd al gebruikt: elk adres opent de pagina één keer. Open het nieuwste adres "
          "uit het venster waarin filings web draait. Hebt u dit adres niet eerder zelf geopend? "
          "Stop filings web dan met Ctrl-C en start het opnieuw.")


async def _refuse(send, reason: str) -> None:
    text = _SPENT if reason == "spent" else "Geen toegang."
    body = (b"<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>403</title></head>"
            b"<body><p>" + text.encode() + b"</p></body></html>")
    await send({"type": "http.response.start", "status": 403,
                "headers": [(b"content-type", b"text/html; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()),
                            (b"x-refused", reason.encode()), *HEADERS]})
    await send({"type": "http.response.body", "body": body})


async def _to_cookie(send, scope, query: dict[str, str], name: str, token: str, prefix: str) -> None:
    rest = urlencode({k: v for k, v in query.items() if k != TOKEN_PARAMETER})
    # '/' + the path without its leading slashes: '//elsewhere.example' is no address to send anyone to
    location = prefix + "/" + scope.get("path", "/").lstrip("/") + (f"?{rest}" if rest else "")
    cookie = f"{name}={token}; HttpOnly; SameSite=Strict; Path={prefix or '/'}"
    await send({"type": "http.response.start", "status": 303,
                "headers": [(b"location", location.encode()), (b"set-cookie", cookie.encode()),
                            (b"content-length", b"0"), *HEADERS]})
    await send({"type": "http.response.body", "body": b""})
