"""The language each page speaks: the one chosen with the page's switch, else the first of
nl, fr and en the browser asks for (Accept-Language), else the CLI's. Every message made
while answering the request, the library's too (a refused date, the bundle's progress),
is in that language (i18n.speaking).

The switch is a link to the same page with ?lang=fr: the choice is kept by the running
server, in memory only (no cookie: nothing of it stays in the browser), and the answer
sends the browser back to the page without the parameter; app.js follows such links with
location.replace, so switching adds no entry to the history."""

from __future__ import annotations

from urllib.parse import parse_qsl

from ..i18n import LANGUAGES, speaking

PARAMETER = "lang"


def from_accept_language(header: str) -> str | None:
    """'fr-BE,fr;q=0.9,en;q=0.8' -> 'fr': the most wanted language the page speaks."""
    wanted = []
    for position, part in enumerate(header.split(",")):
        tag, _, parameters = part.strip().partition(";")
        quality = 1.0
        for parameter in parameters.split(";"):
            name, _, value = parameter.strip().partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        primary = tag.strip().split("-")[0].lower()
        if primary in LANGUAGES and quality > 0:
            wanted.append((-quality, position, primary))
    return min(wanted)[2] if wanted else None


class Speaking:
    """ASGI middleware: answers each request in its language; handles the switch."""

    def __init__(self, app, default: str):
        self.app, self.default = app, default if default in LANGUAGES else "en"
        self.chosen: str | None = None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if scope["method"] == "GET" and query.get(PARAMETER) in LANGUAGES:
            self.chosen = query[PARAMETER]
            return await _back_to_page(send, scope)
        with speaking(self.language(scope)):
            await self.app(scope, receive, send)

    def language(self, scope) -> str:
        if self.chosen:
            return self.chosen
        accept = next((value.decode("latin-1") for name, value in scope.get("headers", [])
                       if name.lower() == b"accept-language"), "")
        return from_accept_language(accept) or self.default


async def _back_to_page(send, scope) -> None:
    # the page's own path ('/' + without its leading slashes: never '//elsewhere.example')
    location = "/" + scope.get("path", "/").lstrip("/")
    await send({"type": "http.response.start", "status": 303,
                "headers": [(b"location", location.encode()), (b"content-length", b"0")]})
    await send({"type": "http.response.body", "body": b""})
