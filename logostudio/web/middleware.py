"""What runs around every route, Streamlit's too, outermost first: who the client is, behind a
trusted proxy as well (:class:`ClientAddress`); the security headers (:class:`SecurityHeaders`);
oversize bodies refused while they stream in (:class:`BodyLimit`); and every browser's anonymous
identity, a signed HttpOnly cookie set before the page that opens Streamlit's websocket is served,
so the app reads it from ``st.context.cookies`` on the very first visit (:class:`AnonymousIdentity`).
"""

from __future__ import annotations

import functools
import ipaddress
import json
from dataclasses import dataclass

from starlette.middleware import Middleware
from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from logostudio.config import get_settings
from logostudio.studio import identity

# Programs' paths: no anonymous identity for them (the API has keys, the others need none).
MACHINE_PATHS = ("/api", "/health", "/files/")


def _header(scope: Scope, name: bytes) -> bytes | None:
    """The first value of a request header (names in ASGI scopes are lower case)."""
    for key, value in scope.get("headers") or []:
        if key == name:
            return bytes(value)
    return None


IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def unmapped(host: str) -> str:
    """An IPv4-mapped IPv6 address (``::ffff:203.0.113.9``, how a dual-stack socket reports an IPv4
    peer) as the IPv4 address it is; any other host as it is."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return str(address.ipv4_mapped)
    return host


@dataclass(frozen=True)
class TrustedProxies:
    """FORWARDED_ALLOW_IPS: addresses and networks whose X-Forwarded-* headers are believed."""

    everyone: bool
    networks: tuple[IPNetwork, ...]
    names: frozenset[str]  # entries that are not addresses (a unix socket's name), matched as written

    @staticmethod
    @functools.lru_cache(maxsize=8)
    def parse(value: str) -> TrustedProxies:
        entries = [e.strip() for e in value.split(",") if e.strip()]
        networks: list[IPNetwork] = []
        names: set[str] = set()
        for entry in entries:
            try:
                networks.append(ipaddress.ip_network(unmapped(entry), strict=False))
            except ValueError:
                names.add(entry)
        return TrustedProxies("*" in entries, tuple(networks), frozenset(names))

    def __contains__(self, host: str) -> bool:
        if self.everyone:
            return True
        try:
            address = ipaddress.ip_address(unmapped(host))
        except ValueError:
            return host in self.names
        return any(address in network for network in self.networks)


def _host_port(entry: str) -> tuple[str, int]:
    """One X-Forwarded-For entry: ``203.0.113.9``, ``203.0.113.9:4711``, ``2001:db8::7`` or
    ``[2001:db8::7]:4711``; a port that is not a number is dropped."""
    host, port = entry, ""
    if entry.startswith("["):
        host, _, rest = entry[1:].partition("]")
        port = rest.removeprefix(":")
    elif entry.count(":") == 1:
        host, port = entry.split(":")
    return unmapped(host.strip()), int(port) if port.isascii() and port.isdigit() and len(port) <= 5 else 0


def _forwarded_client(entries: list[str], trusted: TrustedProxies) -> tuple[str, int] | None:
    """The client a chain of proxies reports: the right-most address none of the trusted ones added
    (what is left of it, the client could have written itself), or the first when all are trusted."""
    hops = [_host_port(e) for e in entries if e.strip()]
    for host, port in reversed(hops):
        if host not in trusted:
            return host, port
    return hops[0] if hops else None


def _header_values(scope: Scope, name: bytes) -> list[str]:
    """Every comma-separated value of a request header, over all its lines, in order."""
    return [
        part.strip()
        for key, value in scope.get("headers") or []
        if key == name
        for part in bytes(value).decode("latin-1").split(",")
    ]


_SCHEMES = {("http", False): "http", ("http", True): "https", ("websocket", False): "ws", ("websocket", True): "wss"}


class _Middleware:
    """Around the app: :meth:`handle` sees the connections :meth:`wanted` picks; the rest pass straight on."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def wanted(self, scope: Scope) -> bool:
        return bool(scope["type"] == "http")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.wanted(scope):
            await self.handle(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise NotImplementedError


class ClientAddress(_Middleware):
    """Who the client is and which scheme it used, for every HTTP request and websocket, before any
    other part of the server looks (the identity cookie's ``Secure``, the per-address limits, and
    Streamlit's ``st.context.ip_address``, which reads the websocket's client).

    An IPv4-mapped peer (``::ffff:127.0.0.1``: a server bound to both IPv4 and IPv6) is its IPv4
    address. When that peer is in FORWARDED_ALLOW_IPS, the client is the right-most address of
    X-Forwarded-For that no trusted proxy added, and the scheme is X-Forwarded-Proto's (``wss`` for
    a websocket behind ``https``). uvicorn may have done the same before this runs, for peers it
    trusts as written (FORWARDED_ALLOW_IPS from the environment; it does not unmap addresses): the
    client it leaves is one no trusted proxy added, so nothing is rewritten twice, or the first
    address of a chain of trusted proxies, which taking it again gives back unchanged."""

    def wanted(self, scope: Scope) -> bool:
        return scope["type"] in ("http", "websocket") and bool(scope.get("client"))

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        peer, port = scope["client"][0], scope["client"][1]
        client: tuple[str, int] = (unmapped(str(peer)), int(port or 0))
        scheme = str(scope.get("scheme", "http"))
        trusted = TrustedProxies.parse(get_settings().forwarded_allow_ips)
        if client[0] in trusted:
            client = _forwarded_client(_header_values(scope, b"x-forwarded-for"), trusted) or client
            protos = [p.lower() for p in _header_values(scope, b"x-forwarded-proto") if p]
            if protos and protos[-1] in ("http", "https", "ws", "wss"):
                secure = protos[-1] in ("https", "wss")
                scheme = _SCHEMES[scope["type"], secure]
        await self.app({**scope, "client": client, "scheme": scheme}, receive, send)


# Logo files under /files/ are SVG, which a browser runs as a document (scripts, links) when one is
# opened directly on this origin. Drawn logos need inline styles and, at most, data: images; nothing
# else loads or runs, and `sandbox` gives the document an origin of its own.
FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"
FRAME_OPTIONS = {"'self'": b"SAMEORIGIN", "'none'": b"DENY"}


class SecurityHeaders(_Middleware):
    """Headers every answer carries: ``nosniff`` (a file is what its Content-Type says, never a
    script or page guessed from its bytes), ``Referrer-Policy: same-origin`` (signed /files/ links
    do not leak to other sites), and a Content-Security-Policy that says only who may frame it
    (FRAME_ANCESTORS: embedding the app is a legitimate use), plus X-Frame-Options for older
    browsers where it can say the same. Streamlit's page and Swagger UI get no other directive: they
    load their own scripts and styles. Logo files under /files/ get FILE_POLICY as well."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        ancestors = get_settings().frame_ancestors.strip()
        policy = f"frame-ancestors {ancestors}"
        if str(scope.get("path", "")).startswith("/files/"):
            policy = f"{FILE_POLICY}; {policy}"
        extra = [
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"same-origin"),
            (b"content-security-policy", policy.encode("latin-1")),
        ]
        if ancestors in FRAME_OPTIONS:
            extra.append((b"x-frame-options", FRAME_OPTIONS[ancestors]))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {bytes(name).lower() for name, _ in headers}
                framed = any(
                    bytes(name).lower() == b"content-security-policy" and b"frame-ancestors" in bytes(value)
                    for name, value in headers
                )
                for name, value in extra:
                    # A policy of the route's own is kept; ours goes beside it (both are enforced).
                    wanted = not framed if name == b"content-security-policy" else name not in present
                    if wanted:
                        headers.append((name, value))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit(_Middleware):
    """Refuses a request body over MAX_REQUEST_BYTES with 413 on every route, ours and Streamlit's,
    before it is held in memory: a declared Content-Length at once, without reading a byte; a body
    of unknown length (chunked) counted as it streams in and refused as soon as it passes the limit.

    A chunked body within the limit is read here and handed to the route whole, so a route that
    never reads its body (Streamlit's page) answers 413 too, rather than 200 to a client that is
    still streaming. A body that is refused is left unread; the server drops the rest of it."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = get_settings().max_request_bytes
        declared = _header(scope, b"content-length")
        if declared is not None:
            digits = declared.strip()
            if not digits.isdigit():
                await _refuse(scope, send, 400, "The Content-Length header is not a number of bytes.")
            elif len(digits) > 18 or int(digits) > limit:
                await _refuse(scope, send, 413, _too_large(limit, int(digits) if len(digits) <= 18 else None))
            else:  # the server hands over no more than the declared length
                await self.app(scope, receive, send)
            return
        if _header(scope, b"transfer-encoding") is None:  # no body at all
            await self.app(scope, receive, send)
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client left: the route hears it
                await self.app(scope, _replay(message, receive), send)
                return
            body += message.get("body", b"")
            if len(body) > limit:
                await _refuse(scope, send, 413, _too_large(limit))
                return
            if not message.get("more_body", False):
                break
        whole: Message = {"type": "http.request", "body": bytes(body), "more_body": False}
        await self.app(scope, _replay(whole, receive), send)


def _too_large(limit: int, size: int | None = None) -> str:
    said = f"is {size} bytes" if size is not None else f"passed {limit} bytes"
    return (
        f"The request body {said}; this server takes at most {limit} bytes in one request "
        "(MAX_REQUEST_BYTES). Send less."
    )


def _replay(first: Message, receive: Receive) -> Receive:
    """``receive`` that gives ``first`` once, then whatever the server sends next (a disconnect)."""
    pending = [first]

    async def replayed() -> Message:
        return pending.pop() if pending else await receive()

    return replayed


async def _refuse(scope: Scope, send: Send, status: int, detail: str) -> None:
    """An answer from the door: the API's Problem JSON under /api, plain text elsewhere."""
    if str(scope.get("path", "")).startswith("/api"):
        body, media = json.dumps({"detail": detail}).encode(), b"application/json"
    else:
        body, media = detail.encode(), b"text/plain; charset=utf-8"
    headers = [(b"content-type", media), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class AnonymousIdentity(_Middleware):
    """Sets the signed anonymous-identity cookie on a browser that has none (or a forged one)."""

    def wanted(self, scope: Scope) -> bool:
        return scope["type"] == "http" and not str(scope.get("path", "")).startswith(MACHINE_PATHS)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        settings = get_settings()
        headers = dict(scope.get("headers") or [])
        cookies = cookie_parser(headers.get(b"cookie", b"").decode("latin-1"))
        if identity.read_anonymous_cookie(cookies.get(identity.COOKIE), settings) is not None:
            await self.app(scope, receive, send)
            return
        _, value = identity.new_anonymous_cookie(settings)
        cookie = f"{identity.COOKIE}={value}; Max-Age={identity.COOKIE_MAX_AGE}; Path=/; HttpOnly; SameSite=Lax"
        if scope.get("scheme") == "https":
            cookie += "; Secure"

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (b"set-cookie", cookie.encode())]}
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def middleware() -> list[Middleware]:
    """Outermost first: who the client is (everything after reads it), the security headers (on
    every answer, the body limit's 413 too), the body limit, then the identity cookie (whose
    ``Secure`` follows the scheme the client used)."""
    return [
        Middleware(ClientAddress),
        Middleware(SecurityHeaders),
        Middleware(BodyLimit),
        Middleware(AnonymousIdentity),
    ]
