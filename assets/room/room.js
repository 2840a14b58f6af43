// The facilitator's room page: polls /state and draws each panel with DOM nodes (never
// innerHTML: every word from the room is text). The controls post to /settings and /close,
// which answer the facilitator's own machine only.
"use strict";

// The game's tier colours (game/scenes/hud.py BAND_COLORS), lowest tier first.
const BANDS = ["rgb(213,94,0)", "rgb(230,159,0)", "rgb(240,228,66)", "rgb(86,180,233)",
               "rgb(0,114,178)", "rgb(0,158,115)", "rgb(204,121,167)"];
const PANELS = ["count", "arcs", "splits", "verdicts", "questions"];
const PAGES = ["arc", "did", "dossier", "games", "network", "record", "mechanics", "facts",
               "prompts", "credits", "room"];
let lang = new URLSearchParams(location.search).get("lang") || localStorage.getItem("room-lang") || "en";
let revision = null;
let state = null;

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function word(key, values) {
  let text = state.words[values && values.n === 1 && state.words[key + "_one"] ? key + "_one" : key] || key;
  for (const [name, value] of Object.entries(values || {})) text = text.replaceAll("{" + name + "}", value);
  return text;
}

function bar(label, count, total, color, note) {
  const fill = el("span");
  fill.style.width = (total ? 100 * count / total : 0) + "%";
  if (color) fill.style.background = color;
  const name = el("span", {text: label});
  if (note) name.append(el("span", {class: "note", text: note}));
  return el("div", {class: "row"}, name, el("div", {class: "bar"}, fill),
            el("span", {class: "num", text: String(count)}));
}

function drawCount(room) {
  $("count").textContent = room.count;
  $("count-label").textContent = room.count ? word("visits", {n: room.count}) : word("waiting");
  $("ended-label").textContent = word("ended_in");
  $("tiers").replaceChildren(...room.tiers.map(
    (t) => bar(t.name, t.count, room.count, BANDS[t.rank % BANDS.length])));
}

function drawSurvey(room) {
  const box = $("survey");
  box.hidden = !room.survey || !state.survey;
  if (box.hidden) return;
  $("survey-label").textContent = word("survey_heading");
  $("survey-question").textContent = state.survey;
  $("survey-means").replaceChildren(...["before", "after"].filter((w) => room.survey[w].n).map(
    (w) => el("p", {text: word("survey_mean", {when: word("survey_when." + w),
                                                 mean: room.survey[w].mean.toLocaleString(lang),
                                                 n: room.survey[w].n})})));
}

function drawArcs(room) {
  $("arcs-label").textContent = word("arcs");
  $("arcs-note").textContent = word("arcs_note");
  const svg = $("arcs");
  const [low, high] = room.range;
  const ranks = Object.fromEntries(room.tiers.map((t) => [t.id, t.rank]));
  const lines = room.arcs.map((arc) => {
    const step = 1000 / Math.max(1, arc.points.length - 1);
    const points = arc.points.map((score, i) =>
      `${(i * step).toFixed(1)},${(420 - 420 * (score - low) / (high - low)).toFixed(1)}`);
    const line = document.createElementNS("http://www.w3.org/2000/svg", "polyline");
    line.setAttribute("points", points.join(" "));
    line.setAttribute("stroke", BANDS[(ranks[arc.tier] || 0) % BANDS.length]);
    return line;
  });
  svg.replaceChildren(...lines);
}

function drawSplits(room) {
  $("splits-label").textContent = word("splits");
  const blocks = [];
  for (const friend of room.friends) {
    blocks.push(el("div", {class: "split"}, el("h3", {text: word("friend", {name: friend.name})}),
      ...friend.choices.map((c) => bar(c.label, c.count, friend.asked))));
  }
  if (room.petition && room.petition.joined + room.petition.stayed_out) {
    const p = room.petition, total = p.joined + p.stayed_out;
    const avg = (score) => score === null ? "" : word("ended_avg", {score});
    blocks.push(el("div", {class: "split"}, el("h3", {text: word("petition")}),
      bar(word("signed"), p.joined, total, "rgb(0,158,115)", avg(p.joined_score)),
      bar(word("stayed_out"), p.stayed_out, total, "rgb(74,80,110)", avg(p.stayed_out_score))));
  }
  for (const card of room.cards) {
    blocks.push(el("div", {class: "split"}, el("h3", {text: card.title}),
      ...card.options.map((o) => bar(o.label, o.count, card.answered, null,
                                     word("ended_avg", {score: o.score})))));
  }
  $("splits").replaceChildren(...blocks.slice(0, 6));
}

function drawVerdicts(room) {
  $("verdicts-label").textContent = word("verdicts");
  $("verdicts").replaceChildren(...room.verdicts.map((s) => {
    const total = s.bands.reduce((sum, b) => sum + b.count, 0);
    return el("div", {class: "verdict bars"}, el("h3", {text: s.name}),
      ...s.bands.filter((b) => b.count).map((b) => bar(b.label, b.count, total, null, b.verdict)));
  }));
}

function drawQuestions(room) {
  $("questions-label").textContent = word("questions");
  $("questions").replaceChildren(...room.questions.map((q) => el("li", {text: q.text},
    el("span", {class: "soft", text: word("asked", {n: q.count})}))));
}

function drawControls(settings) {
  $("open-controls").textContent = word("controls");
  $("only-here").textContent = word("only_here");
  $("show-label").textContent = word("show");
  $("pages-label").textContent = word("pages");
  $("export-csv").textContent = word("export_csv");
  $("export-json").textContent = word("export_json");
  $("close-room").textContent = word("close");
  // Each toggle reads the settings as they are when it is clicked, and the focus stays on
  // the toggle it was on when the controls are drawn again.
  const focused = document.activeElement && document.activeElement.id;
  const now = () => state.settings;
  const shown = (p) => now().pages === null || now().pages.includes(p);
  $("panel-toggles").replaceChildren(...PANELS.map((p) => toggle(
    "panel-" + p, word("panel." + p), settings.panels.includes(p),
    (on) => send({panels: PANELS.filter((q) => q === p ? on : now().panels.includes(q))}))));
  $("page-toggles").replaceChildren(
    toggle("page-all", word("pages_all"), settings.pages === null,
           (on) => send({pages: on ? null : PAGES})),
    ...PAGES.map((p) => toggle("page-" + p, word("page." + p), shown(p),
      (on) => send({pages: PAGES.filter((q) => q === p ? on : shown(q))}))));
  $("survey-controls").hidden = !state.survey;
  $("survey-toggle").replaceChildren(toggle("ask-survey", word("ask_survey") + ": " + (state.survey || ""),
    settings.survey, (on) => send({survey: on})));
  if (focused && $(focused) && $("controls").contains($(focused))) $(focused).focus();
}

function toggle(id, label, checked, change) {
  const box = el("input", {type: "checkbox", id});
  box.checked = checked;
  box.addEventListener("change", () => change(box.checked));
  return el("label", {for: id}, box, document.createTextNode(label));
}

async function send(settings) {
  const answer = await fetch("/settings", {method: "POST", body: JSON.stringify(settings),
                                           headers: {"Content-Type": "application/json"}});
  if (!answer.ok) return status(word("only_here"));
  revision = null;
  refresh();
}

async function closeRoom() {
  if (!state.settings.exported && !confirm(word("close_confirm"))) return;
  const answer = await fetch("/close", {method: "POST", body: JSON.stringify({confirm: true}),
                                        headers: {"Content-Type": "application/json"}});
  if (!answer.ok) return status(word("only_here"));
  clearInterval(polling);  // the host stops: the page keeps saying so
  closed = true;
  document.querySelector("main").replaceChildren();
  $("controls").hidden = true;
  status(word("closed"));
}

function status(text) {
  $("status").textContent = text;
  $("status").hidden = !text;
}

function draw() {
  document.documentElement.lang = lang;
  document.title = state.title + " · " + word("heading");
  $("title").textContent = state.title;
  $("heading").textContent = word("heading");
  $("code-label").textContent = word("code");
  $("code").textContent = state.code || "——";  // shown on the facilitator's machine only
  $("code").title = word("join");
  $("languages").replaceChildren(...state.languages.map((code) => {
    const button = el("button", {type: "button", class: code === lang ? "current" : "", text: code.toUpperCase()});
    button.addEventListener("click", () => { lang = code; localStorage.setItem("room-lang", code); revision = null; refresh(); });
    return button;
  }));
  for (const section of document.querySelectorAll("[data-panel]")) {
    section.hidden = !state.settings.panels.includes(section.dataset.panel);
  }
  const room = state.room;
  drawCount(room);
  drawSurvey(room);
  drawArcs(room);
  drawSplits(room);
  drawVerdicts(room);
  drawQuestions(room);
  drawControls(state.settings);
}

async function refresh() {
  try {
    const answer = await fetch(`/state?lang=${lang}` + (revision === null ? "" : `&since=${revision}`));
    if (answer.status === 200) {
      state = await answer.json();
      revision = state.revision;
      draw();
      window.roomDrawn = state.room.count;  // for the page's own timing and screenshots
    }
    if (state && !closed) status("");
  } catch (error) {
    if (state && !closed) status(word("offline"));
  }
}

$("open-controls").addEventListener("click", () => { $("controls").hidden = !$("controls").hidden; });
$("close-room").addEventListener("click", closeRoom);
$("controls").hidden = location.hash !== "#facilitator";  // a bookmark may open them
let closed = false;
refresh();
const polling = setInterval(refresh, 2000);
