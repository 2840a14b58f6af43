"""What the room shows: the facilitator's panels add up to the visits, the controls work
and answer the facilitator's machine only, and a station's debrief sets the player beside
the room, or says plainly that the host does not answer and the visit waits."""
import asyncio
import contextlib
import json
import random
import threading
import time
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from game.app import App, Config
from game.core import bots, report
from game.core.session import Session
from game.driver import Driver
from game.room import analysis, host, link, schema, station
from game.room.store import Store
from game.scenes.title import TitleScene
from game.ui import layout

STYLES = ("conform", "resist", "random")


def free_port() -> int:
    """A port nothing listens on: a host that is down."""
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def visits(scenario, count=12, length="kiosk"):
    out = []
    for i in range(count):
        session = Session(scenario, length, random.Random(i), lambda: 0.0, seed=i)
        style = STYLES[i % 3]
        bots.play(session, style, random.Random(i + 100))
        out.append({**report.build(session, style), "visit_id": f"{i:032x}"})
    return out


def test_every_panel_adds_up_to_the_visits(harmony):
    room_visits = visits(harmony, 15, "workshop")
    room = analysis.room(harmony, room_visits, "de")
    assert room["count"] == 15 and len(room["arcs"]) == 15
    assert sum(t["count"] for t in room["tiers"]) == 15
    assert [t["name"] for t in room["tiers"]][0] == harmony.tiers[-1].name.get("de")
    for friend in room["friends"]:
        chose = [c["choice"] for v in room_visits for c in v["social"]["contacts"]
                 if c["id"] == friend["id"] and c["choice"]]
        assert friend["asked"] == len(chose) == sum(c["count"] for c in friend["choices"])
    petition = room["petition"]
    assert petition["joined"] == sum(v["social"]["joined_collective_action"] for v in room_visits)
    assert petition["joined"] + petition["stayed_out"] == 15
    for card in room["cards"]:
        assert sum(o["count"] for o in card["options"]) == card["answered"] >= 2
        assert len(card["options"]) >= 2
    asked = [q["count"] for q in room["questions"]]
    assert len(asked) == 3 and asked == sorted(asked, reverse=True)
    for scorer in room["verdicts"]:
        assert sum(b["count"] for b in scorer["bands"]) == 15


def test_a_visit_beside_the_room_counts_the_others_who_chose_the_same(harmony):
    room_visits = visits(harmony, 12)
    mine = room_visits[4]
    rows = analysis.compare(harmony, room_visits, mine["visit_id"], "en")
    assert rows[0]["kind"] == "tier" and rows[0]["others"] == 11
    assert rows[0]["same"] == sum(v["final_tier"] == mine["final_tier"] for v in room_visits) - 1
    for row in rows:
        assert 0 <= row["same"] <= row["others"] == 11
    assert analysis.compare(harmony, room_visits, "f" * 32, "en") == []


def test_every_summary_of_every_style_and_length_passes_the_schema(harmony, pulse):
    for scenario in (harmony, pulse):
        for length in ("kiosk", "workshop"):
            for summary in visits(scenario, 3, length):
                assert schema.problems(summary) == []


@pytest.mark.parametrize("remote,local,here", [
    ("127.0.0.1", True, True), ("::1", True, True), ("192.168.1.20", True, False),
    ("10.0.0.7", True, False), ("::ffff:192.168.0.9", True, False), ("fe80::1", True, False),
    ("8.8.8.8", False, False), ("2001:4860::8888", False, False), ("", False, False),
    (None, False, False)])
def test_only_the_local_network_gets_answers_and_only_this_machine_the_controls(
        remote, local, here):
    assert host.local_network(remote) is local
    assert host.this_machine(remote) is here


def serve(scenario, tmp_path, body):
    """Run ``body(client, room)`` against an in-process host."""
    store = Store(tmp_path / "room.sqlite3")
    room = host.Room(scenario, store, "ROOM42")

    async def run():
        async with TestClient(TestServer(host.make_app(room))) as client:
            return await body(client, room)
    try:
        return asyncio.run(run())
    finally:
        store.close()


def test_the_facilitators_controls_settings_exports_and_closing(harmony, tmp_path):
    summaries = visits(harmony, 3)

    async def body(client, room):
        for summary in summaries:
            answer = await client.post("/visits", json=summary, headers={"X-Room-Code": "room42"})
            assert answer.status == 201
        state = await (await client.get("/state?lang=de")).json()
        assert state["room"]["count"] == 3 and state["title"] == harmony.title.get("de")
        assert state["words"]["heading"] == "Der Raum"
        same = await client.get(f"/state?lang=de&since={state['revision']}")
        assert same.status == 204  # nothing new: the page keeps what it shows
        answer = await client.post("/settings", json={"panels": ["count", "questions"],
                                                       "pages": ["arc", "room"]})
        assert (await answer.json())["panels"] == ["count", "questions"]
        pages = await client.get("/station", headers={"X-Room-Code": "ROOM42"})
        assert (await pages.json())["pages"] == ["arc", "room"]
        assert (await client.get("/station")).status == 403
        assert (await client.post("/settings", json={"panels": ["secrets"]})).status == 400
        assert (await client.post("/close", json={})).status == 409  # not exported yet
        exported = await client.get("/export.json")
        assert len(await exported.json()) == 3
        text = await (await client.get("/export.csv")).text()
        assert len(text.strip().splitlines()) == 4
        again = {**summaries[0], "survey": {"before": 3, "after": None}}  # a visit goes on
        answer = await client.post("/visits", json=again, headers={"X-Room-Code": "ROOM42"})
        assert answer.status == 200 and (await answer.json())["stored"] == "updated"
        assert (await client.post("/close", json={})).status == 409  # changed since the export
        assert (await client.post("/close", json={"confirm": True})).status == 200
        assert room.store.count() == 0
    serve(harmony, tmp_path, body)


@contextlib.contextmanager
def hosting(scenario, tmp_path, port: int = 0, summaries=()):
    """A real host on localhost, served from a thread: yields its store and its port."""
    store = Store(tmp_path / "room.sqlite3")
    for summary in summaries:
        store.add(summary["visit_id"], summary)
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(host.make_app(host.Room(scenario, store, "ROOM42")))
    loop.run_until_complete(runner.setup())
    site = web.TCPSite(runner, "127.0.0.1", port)
    loop.run_until_complete(site.start())
    threading.Thread(target=loop.run_forever, daemon=True).start()
    try:
        yield store, site._server.sockets[0].getsockname()[1]
    finally:
        loop.call_soon_threadsafe(loop.stop)
        store.close()


def waiting_in(folder: Path) -> list[Path]:
    """A station's outbox (its sender may be trying to send a summary right now)."""
    return list((folder / "outbox").glob("*.json")) + list((folder / "outbox").glob("*.sending"))


def test_a_station_shows_the_player_beside_the_room(harmony, tmp_path):
    """A station plays on the real screens against a host it reaches by HTTP."""
    with hosting(harmony, tmp_path, summaries=visits(harmony, 6)) as (_, port):
        app = play_to_room_page(harmony, f"http://127.0.0.1:{port}", tmp_path / "station")
        said = app.config.room.comparison(app.session, "en")
        assert isinstance(said, dict) and said["visits"] == 7
        with layout.watch():
            app.top.relayout()  # painted again, under the watch
            assert Driver(app).look() == []
            words = " ".join(i.what for i in layout._drawn.get(app.canvas, []))
        assert app.t("room.debrief.you_and", n=said["rows"][0]["same"], m=6) in words


def play_to_room_page(scenario, url, folder, wait=20.0):
    room_link = link.RoomLink(station.Station(url, "ROOM42", folder))
    app = App(Config(scenario=scenario, headless=True, seed=3, length="kiosk",
                     idle_after=10**9, room=room_link,
                     on_session_end=lambda s: room_link.visit_ended(s, report.build(s, "human"))))
    app.push(TitleScene(app))
    driver = Driver(app, "conform", seed=3, via="direct")
    driver.reach("debrief-arc", max_steps=5000)
    assert [kind for kind, _ in app.top.plan][:2] == ["arc", "room"]
    driver.press("forward")
    deadline = time.monotonic() + wait
    while room_link.comparison(app.session, "en") == "asking" and time.monotonic() < deadline:
        time.sleep(0.05)
        app.step(0.05)
    driver.frames(0.3)
    assert app.top.screen_id() == "debrief-room"
    return app


def test_with_its_host_down_a_station_plays_to_the_end_and_its_visit_arrives_later(
        harmony, tmp_path, monkeypatch):
    monkeypatch.setattr(station, "BACKOFF", (0.2,))
    monkeypatch.setattr(link, "SENT_WAIT", 0.5)
    port = free_port()
    folder = tmp_path / "station"
    app = play_to_room_page(harmony, f"http://127.0.0.1:{port}", folder)
    assert app.config.room.comparison(app.session, "en") == "unreachable"
    words = []
    with layout.watch():
        app.top.relayout()
        assert Driver(app).look() == []
        words = " ".join(i.what for i in layout._drawn.get(app.canvas, []))
    assert app.t("room.debrief.unreachable") in words
    Driver(app, via="direct").press("forward")  # the visit ends as always
    assert waiting_in(folder)  # and waits
    with hosting(harmony, tmp_path, port) as (store, _):
        deadline = time.monotonic() + 20
        while (store.count() == 0 or waiting_in(folder)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert store.count() == 1 and not waiting_in(folder)
        assert store.visits()[0]["style"] == "human"


def survey_station(scenario, tmp_path, lang="en", large=False):
    """A station whose room asks the survey question (its host never answers)."""
    port = free_port()
    room_link = link.RoomLink(station.Station(f"http://127.0.0.1:{port}", "ROOM42",
                                              tmp_path / "station"))
    room_link.survey = True
    from game.app import Settings
    app = App(Config(scenario=scenario, headless=True, seed=3, length="kiosk", lang=lang,
                     idle_after=10**9, room=room_link, settings=Settings(large_text=large),
                     on_session_end=lambda s: room_link.visit_ended(s, report.build(s, "human"))))
    app.push(TitleScene(app))
    return app


def outbox(tmp_path) -> list[dict]:
    """What waits in the station's outbox, read."""
    return [json.loads(p.read_text()) for p in waiting_in(tmp_path / "station")]


@pytest.mark.parametrize("lang,large", [("en", False), ("de", True)])
def test_the_survey_asks_before_and_after_and_its_answers_go_with_the_visit(
        harmony, tmp_path, lang, large):
    app = survey_station(harmony, tmp_path, lang, large)
    driver = Driver(app, "conform", seed=3, via="touch")
    driver.press("start")
    assert app.top.screen_id() == "survey-before"
    with layout.watch():
        assert driver.look() == []
    driver.press("answer-2")
    assert app.top.screen_id() != "survey-before"
    driver.reach("debrief-arc", max_steps=5000)
    while app.top.screen_id().startswith("debrief"):
        driver.press("finish" if app.top.button("finish") else "forward")
    assert app.top.screen_id() == "survey-after"
    with layout.watch():
        assert driver.look() == []
    driver.press("answer-4")
    assert app.top.screen_id() == "title" and app.session is None
    sent, = outbox(tmp_path)
    assert sent["survey"] == {"before": 2, "after": 4} and schema.problems(sent) == []


def test_a_survey_skipped_before_play_is_not_asked_after_it(harmony, tmp_path):
    app = survey_station(harmony, tmp_path)
    driver = Driver(app, "resist", seed=3, via="direct")
    driver.press("start")
    driver.press("skip")
    driver.reach("debrief-arc", max_steps=5000)
    driver.press("finish")
    assert app.top.screen_id() == "title"
    sent, = outbox(tmp_path)
    assert "survey" not in sent


def test_the_room_counts_the_survey_and_the_csv_has_a_column_for_each_answer(harmony):
    room_visits = visits(harmony, 4)
    room_visits[0]["survey"] = {"before": 4, "after": 2}
    room_visits[1]["survey"] = {"before": 3, "after": None}
    assert analysis.survey(room_visits) == {"before": {"n": 2, "mean": 3.5},
                                            "after": {"n": 1, "mean": 2}}
    assert analysis.survey(visits(harmony, 2)) is None
    import csv
    import io
    rows = list(csv.DictReader(io.StringIO(host.csv_text(room_visits))))
    assert [(r["survey_before"], r["survey_after"]) for r in rows] == [
        ("4", "2"), ("3", ""), ("", ""), ("", "")]


def test_a_web_page_elsewhere_cannot_use_the_facilitators_controls(harmony, tmp_path):
    """Another site open in the facilitator's browser (a cross-site request, or DNS
    rebinding by a name of its own) gets no answer from the controls, nor from the room."""
    async def body(client, room):
        state = await (await client.get("/state")).json()
        assert state["code"] == "ROOM42"  # on the facilitator's own machine
        assert (await client.get("/state", headers={"Host": "evil.example"})).status == 403
        assert (await client.get("/export.csv", headers={"Host": "evil.example:8765"})
                ).status == 403
        plain = await client.post("/settings", data='{"panels": []}',
                                  headers={"Content-Type": "text/plain"})
        assert plain.status == 415  # a form or a plain post from another site
        crossed = await client.post("/close", json={"confirm": True},
                                    headers={"Origin": "http://evil.example"})
        assert crossed.status == 403 and room.store.count() == 0
        assert (await client.post("/settings", json=[])).status == 400
        assert (await client.post("/settings", json={"panels": [[1]]})).status == 400
        deep = b"[" * 100_000 + b"]" * 100_000
        answer = await client.post("/visits", data=deep, headers={"X-Room-Code": "ROOM42"})
        assert answer.status in (400, 413)
    serve(harmony, tmp_path, body)


def test_any_seed_is_accepted_and_only_the_levels_words(harmony):
    words = schema.LevelWords(harmony)
    summary = {**visits(harmony, 1)[0], "seed": 2**31 - 1}
    assert schema.problems(summary, words) == []
    for i, change in enumerate(summary["score_history"]):
        if change["reason"]:
            planted = json.loads(json.dumps(summary))
            planted["score_history"][i]["reason"] = "Anna Müller, class 9b"
            assert schema.problems(planted, words) == [
                f"summary.score_history[{i}].reason: not words of this room's level"]
            break
    else:
        pytest.fail("no reason to plant words in")


def test_a_compare_for_ids_not_in_the_level_leaves_them_out(harmony):
    room_visits = visits(harmony, 3)
    odd = json.loads(json.dumps(room_visits[0]))
    odd["final_tier"] = "zzz"
    odd["choices"].append({"day": 1, "card": "no_such_card", "option": "x"})
    for contact in odd["social"]["contacts"]:
        contact["choice"] = "vanish"
    rows = analysis.compare(harmony, [odd] + room_visits[1:], odd["visit_id"], "en")
    assert all(row["kind"] == "card" for row in rows)


def test_a_fuller_summary_queued_while_the_first_is_on_its_way_is_sent_after_it(tmp_path):
    box = station.Station("http://127.0.0.1:9", "ROOM42", tmp_path)
    sent = []

    def post(body):  # while the first summary is on its way, the visit goes on
        sent.append(json.loads(body))
        if len(sent) == 1:
            box.queue({"visit_id": "a" * 32, "version": 2})
        return "stored"
    box._post = post
    box.queue({"visit_id": "a" * 32, "version": 1})
    assert box.send_waiting() is False or box.waiting()  # the fuller one still waits
    assert box.send_waiting() and not box.waiting()
    assert [s["version"] for s in sent] == [1, 2]


def test_a_wrong_room_code_keeps_every_visit_waiting(tmp_path):
    box = station.Station("http://127.0.0.1:9", "WRONG1", tmp_path)
    box._post = lambda body: "wrong code"
    box.queue({"visit_id": "b" * 32})
    assert box.send_waiting() is False
    assert [p.name for p in box.waiting()] == ["b" * 32 + ".json"]
    assert not (tmp_path / "outbox" / "refused").exists()


@pytest.mark.parametrize("argv,says", [
    (["--room", "http://127.0.0.1:9"], "--room: give the room's code too"),
    (["--room", "ftp://host", "--room-code", "A"], "--room: an address"),
    (["--send-waiting"], "--send-waiting: name the room"),
    (["--host-room", "--autoplay"], "--host-room: the host runs on its own"),
    (["--host-room", "--port", "0"], "--port: a number from 1 to 65535"),
    (["--room", "http://h:1", "--room-code", "A", "--room-wait", "nan"], "--room-wait:")])
def test_room_options_that_cannot_work_fail_at_start(argv, says, capsys):
    from game import cli
    assert cli.main(argv) == 2
    assert says in capsys.readouterr().err
