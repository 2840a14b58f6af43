"""``--host-room``: the facilitator's room host, an aiohttp service on the local network.

Stations post each visit's anonymous summary (with the room code); the host stores it in
SQLite and answers only once it is committed. The facilitator's page (``/``) shows the
room live, from ``/state``; exports, settings and closing the room answer only the
facilitator's own machine. Nobody outside the local network gets an answer at all.
"""
from __future__ import annotations

import asyncio
import csv
import hmac
import io
import ipaddress
import json
import secrets
import socket
from pathlib import Path

from aiohttp import web
from aiohttp.web_runner import GracefulExit

from ..i18n import Strings
from ..runlog import LOG, ROOT
from . import analysis, schema
from .store import Store

PAGE = ROOT / "assets" / "room"
FONTS = ROOT / "assets" / "fonts"
CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off a projector
PANELS = ("count", "arcs", "splits", "verdicts", "questions")
CONTROLS = ("/export.csv", "/export.json", "/settings", "/close")
MAX_VISITS = 2000  # a room holds at most this many: a full room refuses more
SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT, some VPNs: still local
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]", "::1")
DEFAULT_PORT = 8765
STORE_NAME = "room.sqlite3"
HEADERS = {"Content-Security-Policy": "default-src 'self'; style-src 'self'; img-src 'self' data:",
           "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "Cache-Control": "no-store"}


def new_code() -> str:
    return "".join(secrets.choice(CODE_LETTERS) for _ in range(6))


def _address(remote: str | None) -> ipaddress._BaseAddress | None:
    try:
        ip = ipaddress.ip_address((remote or "").split("%")[0])
    except ValueError:
        return None
    return getattr(ip, "ipv4_mapped", None) or ip


def local_network(remote: str | None) -> bool:
    ip = _address(remote)
    return ip is not None and (ip.is_private or ip.is_loopback or ip.is_link_local
                               or (ip.version == 4 and ip in SHARED))


def this_machine(remote: str | None) -> bool:
    ip = _address(remote)
    return ip is not None and ip.is_loopback


class Room:
    """The room's state behind the web handlers: the store, the code, the level's words."""

    def __init__(self, scenario, store: Store, code: str):
        self.scenario, self.store, self.code = scenario, store, code
        self.level_words = schema.LevelWords(scenario)
        self.strings = Strings()
        self.revision = 0  # bumped by every new visit and every settings change
        self._cache: dict[tuple, dict] = {}

    def settings(self) -> dict:
        return {"panels": self.store.setting("panels", list(PANELS)),
                "pages": self.store.setting("pages", None),
                "survey": self.store.setting("survey", False),
                "exported": self.store.setting("exported", 0) == self.store.changes()}

    def state(self, lang: str) -> dict:
        key = (self.revision, lang)
        if key not in self._cache:
            self._cache = {key: {"revision": self.revision,
                                 "title": self.scenario.title.get(lang),
                                 "languages": list(self.scenario.languages),
                                 "survey": None if self.scenario.survey is None else
                                 self.scenario.survey.question.get(lang),
                                 "words": self.words(lang), "settings": self.settings(),
                                 "room": analysis.room(self.scenario, self.store.visits(), lang)}}
        return self._cache[key]

    def words(self, lang: str) -> dict:
        return {key.removeprefix("room."): self.strings.get(key, lang)
                for key in self.strings.table if key.startswith("room.")}


ROOM = web.AppKey("room", Room)


def make_app(room: Room) -> web.Application:
    app = web.Application(client_max_size=schema.MAX_BODY, middlewares=[_guard])
    app[ROOM] = room
    app.add_routes([
        web.get("/", _page), web.get("/room.css", _asset), web.get("/room.js", _asset),
        web.get("/fonts/{name}", _font), web.get("/state", _state),
        web.post("/visits", _post_visit), web.get("/station", _station),
        web.get("/compare/{visit_id}", _compare),
        web.get("/export.csv", _export_csv), web.get("/export.json", _export_json),
        web.post("/settings", _settings), web.post("/close", _close)])
    return app


@web.middleware
async def _guard(request: web.Request, handler):
    """Answer the local network only, by an address or this machine's own name (a web page
    elsewhere cannot borrow the room by a name of its own: DNS rebinding). The facilitator's
    controls answer this machine only, asked for as localhost, and take JSON only, which
    no other site's page can send here."""
    if not local_network(request.remote) or not _our_name(request.host):
        raise web.HTTPForbidden(text="this room answers its local network only")
    if request.path in CONTROLS:
        origin = request.headers.get("Origin")
        if not this_machine(request.remote) or _name(request.host) not in LOOPBACK_NAMES or (
                origin is not None and origin.split("://")[-1] != request.host):
            raise web.HTTPForbidden(text="only on the facilitator's machine")
        if request.method == "POST" and request.content_type != "application/json":
            raise web.HTTPUnsupportedMediaType(text="send JSON")
    response = await handler(request)
    response.headers.update(HEADERS)
    return response


def _name(host: str) -> str:
    """A Host header without its port."""
    if host.startswith("["):
        return host.split("]")[0] + "]"
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _our_name(host: str) -> bool:
    name = _name(host).strip("[]").lower()
    own = socket.gethostname().lower()
    if name in ("localhost", own, own + ".local"):
        return True
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return False


def _has_code(request: web.Request) -> bool:
    given = request.headers.get("X-Room-Code", "")
    return hmac.compare_digest(given.upper().encode(), request.app[ROOM].code.encode())


async def _page(request):
    return web.FileResponse(PAGE / "index.html")


async def _asset(request):
    return web.FileResponse(PAGE / request.path.lstrip("/"))


async def _font(request):
    name = request.match_info["name"]
    path = FONTS / name
    if "/" in name or not name.endswith(".otf") or not path.is_file():
        raise web.HTTPNotFound()
    return web.FileResponse(path)


async def _state(request):
    room = request.app[ROOM]
    lang = request.query.get("lang", room.scenario.languages[0])
    if lang not in room.scenario.languages:
        lang = room.scenario.languages[0]
    if request.query.get("since") == str(room.revision):
        return web.Response(status=204)
    here = this_machine(request.remote)  # the code shows on the facilitator's own screen
    return web.json_response({**room.state(lang), "code": room.code if here else None})


async def _post_visit(request):
    """A station's visit: refused without the code, too big or not a summary; stored and
    committed before the answer, so an answered visit is never lost."""
    room = request.app[ROOM]
    if not _has_code(request):
        raise web.HTTPForbidden(text="wrong or missing room code")
    try:
        summary = json.loads(await request.read())
    except (ValueError, RecursionError):
        raise web.HTTPBadRequest(text="not JSON") from None
    found = schema.problems(summary, room.level_words)
    if found:
        raise web.HTTPUnprocessableEntity(text="\n".join(found))
    if summary["scenario"] != room.scenario.id:
        raise web.HTTPUnprocessableEntity(text=f"this room plays {room.scenario.id!r}")
    if room.store.count() >= MAX_VISITS and not room.store.has(summary["visit_id"]):
        raise web.HTTPInsufficientStorage(text=f"the room is full ({MAX_VISITS} visits)")
    stored = room.store.add(summary["visit_id"], summary)
    if stored != "same":
        room.revision += 1
        LOG.info("room: visit %s (%d in the room)", stored, room.store.count())
    return web.json_response({"stored": stored, "visits": room.store.count()},
                             status=201 if stored == "new" else 200)


async def _station(request):
    """What the stations follow: the debrief pages the facilitator picked."""
    if not _has_code(request):
        raise web.HTTPForbidden(text="wrong or missing room code")
    settings = request.app[ROOM].settings()
    return web.json_response({"pages": settings["pages"], "survey": settings["survey"]})


async def _compare(request):
    room = request.app[ROOM]
    if not _has_code(request):
        raise web.HTTPForbidden(text="wrong or missing room code")
    lang = request.query.get("lang", room.scenario.languages[0])
    if lang not in room.scenario.languages:
        lang = room.scenario.languages[0]
    rows = analysis.compare(room.scenario, room.store.visits(), request.match_info["visit_id"],
                            lang)
    return web.json_response({"visits": room.store.count(), "rows": rows})


def _mark_exported(room: Room) -> None:
    room.store.set("exported", room.store.changes())
    room.revision += 1


async def _export_json(request):
    room = request.app[ROOM]
    visits = room.store.visits()
    _mark_exported(room)
    return web.json_response(visits, dumps=lambda v: json.dumps(v, ensure_ascii=False, indent=1),
                             headers={"Content-Disposition": 'attachment; filename="room.json"'})


def csv_text(visits: list[dict]) -> str:
    """One row a visit, one column a key of the summary; lists and mappings as JSON."""
    keys = [key.rstrip("?") for key in schema.SUMMARY if key != "survey?"]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(keys + ["survey_before", "survey_after"])
    for visit in visits:
        survey = visit.get("survey") or {}
        writer.writerow([_cell(visit.get(key)) for key in keys]
                        + [_cell(survey.get("before")), _cell(survey.get("after"))])
    return out.getvalue()


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value).lower() if isinstance(value, bool) else str(value)


async def _export_csv(request):
    room = request.app[ROOM]
    text = csv_text(room.store.visits())
    _mark_exported(room)
    return web.Response(text=text, content_type="text/csv", charset="utf-8",
                        headers={"Content-Disposition": 'attachment; filename="room.csv"'})


async def _settings(request):
    room = request.app[ROOM]
    try:
        given = await request.json()
    except (ValueError, RecursionError):
        raise web.HTTPBadRequest(text="not JSON") from None
    if not isinstance(given, dict):
        raise web.HTTPBadRequest(text="a mapping of settings")
    panels, pages, survey = given.get("panels"), given.get("pages", "keep"), given.get("survey")
    if survey is not None:
        if not isinstance(survey, bool):
            raise web.HTTPBadRequest(text="survey: true or false")
        room.store.set("survey", survey)
    if panels is not None:
        if not isinstance(panels, list) or not all(isinstance(p, str) and p in PANELS
                                                   for p in panels):
            raise web.HTTPBadRequest(text=f"panels: some of {', '.join(PANELS)}")
        room.store.set("panels", [p for p in PANELS if p in panels])
    if pages != "keep":
        if pages is not None and (not isinstance(pages, list) or not all(
                isinstance(p, str) and len(p) < 40 for p in pages)):
            raise web.HTTPBadRequest(text="pages: a list of debrief page names, or null")
        room.store.set("pages", pages)
    room.revision += 1
    return web.json_response(room.settings())


async def _close(request):
    """Close the room: its visits are deleted, then the host stops. Unless the visits were
    exported since the last one arrived, the facilitator must confirm (``?confirm=1``)."""
    room = request.app[ROOM]
    try:
        confirmed = (await request.json()).get("confirm") is True
    except (ValueError, AttributeError, RecursionError):
        confirmed = False
    if not room.settings()["exported"] and not confirmed:
        raise web.HTTPConflict(text="not exported: export first, or confirm")
    room.store.clear()
    room.revision += 1
    LOG.info("room: closed, its visits deleted")
    asyncio.get_running_loop().call_later(0.3, _stop)
    return web.json_response({"closed": True})


def _stop() -> None:
    raise GracefulExit()


def addresses() -> list[str]:
    """This machine's addresses on the local network, for the stations to use."""
    found = set()
    try:
        probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        probe.connect(("10.255.255.255", 1))  # no packet is sent: it only picks a route
        found.add(probe.getsockname()[0])
        probe.close()
    except OSError:
        pass
    return sorted(a for a in found if not a.startswith("127."))


def serve(scenario, port: int, code: str | None, folder: Path) -> int:
    store = Store(folder / STORE_NAME)
    code = (code or store.setting("code") or new_code()).upper()
    store.set("code", code)
    room = Room(scenario, store, code)
    print(f"Room code: {code}", flush=True)
    for address in addresses() + ["localhost"]:
        print(f"Facilitator's page: http://{address}:{port}/", flush=True)
    here = (addresses() or ["localhost"])[0]
    print(f"Stations: python main.py --room http://{here}:{port} --room-code {code}", flush=True)
    print(f"Visits so far: {store.count()} (kept in {store.path})", flush=True)
    LOG.info("room: host started on port %d with %d visits", port, store.count())
    try:
        web.run_app(make_app(room), host="0.0.0.0", port=port, print=None,
                    handler_cancellation=True)
    finally:
        store.close()
        LOG.info("room: host stopped")
    return 0
