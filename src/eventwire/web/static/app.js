// eventwire dashboard: timeline, dyad matrix, world map, events table and quotes browser.
// Plain JavaScript, no libraries. Every piece of text from the store is put into the page with
// text nodes (el() below), never as HTML, so an article containing "<script>" shows it as text.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const QUAD = {
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
};
const state = { filter: {}, eventsOffset: 0, eventsLimit: 25, interval: "day", world: null };

// ---- DOM helpers: build elements from text, never from HTML strings ----

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "style") Object.assign(node.style, value); // CSSOM: allowed by the CSP
    else node.setAttribute(key, String(value));
  }
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

function fmt(value, digits = 1) {
  return value === null || value === undefined ? "–" : Number(value).toFixed(digits);
}

// ---- API ----

async function api(path, params) {
  if (typeof countPath === "function") path = countPath(path); // incidents.js: the count switch
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== "" && value !== null && value !== undefined) query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = Array.isArray(body.detail)
      ? body.detail.map((d) => `${(d.loc || []).slice(-1)[0]}: ${d.msg}`).join("; ")
      : body.detail || response.statusText;
    throw new Error(`${path}: ${detail}`);
  }
  return body;
}

function showError(err) {
  const box = document.getElementById("error");
  if (!err) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  box.textContent = String(err.message || err);
}

function markReady(section, count) {
  section.dataset.state = "ready";
  section.dataset.count = String(count);
}

// ---- timeline: stacked bars of event counts per period and quad class ----

async function drawTimeline() {
  const section = document.getElementById("timeline");
  const box = clear(section.querySelector(".chart"));
  const { items } = await api("/timeseries", { ...state.filter, interval: state.interval });
  const periods = [...new Set(items.map((r) => r.period))].sort();
  if (!periods.length) {
    box.appendChild(el("p", { class: "empty" }, "No dated events match."));
    markReady(section, 0);
    return;
  }
  const stacks = new Map(periods.map((p) => [p, { 1: 0, 2: 0, 3: 0, 4: 0 }]));
  for (const row of items) stacks.get(row.period)[row.quad_class] += row.count;
  const totals = periods.map((p) => Object.values(stacks.get(p)).reduce((a, b) => a + b, 0));
  const max = Math.max(...totals);
  const W = 600, H = 220, left = 34, bottom = 30, top = 8;
  const step = (W - left) / periods.length;
  const barW = Math.max(1, step * 0.8);
  const y = (v) => ((H - bottom - top) * v) / max;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "events over time" });
  for (const tick of [0, Math.ceil(max / 2), max]) {
    const ty = H - bottom - y(tick);
    chart.appendChild(svg("line", { x1: left - 3, x2: W, y1: ty, y2: ty, stroke: "#e3e7ee" }));
    chart.appendChild(svg("text", { x: left - 5, y: ty + 3, "text-anchor": "end", class: "axis" }, tick));
  }
  const labelEvery = Math.ceil(periods.length / 8);
  periods.forEach((period, i) => {
    const x = left + i * step + (step - barW) / 2;
    let base = H - bottom;
    for (const quad of [1, 2, 3, 4]) {
      const count = stacks.get(period)[quad];
      if (!count) continue;
      const h = y(count);
      base -= h;
      chart.appendChild(
        svg("rect", { x, y: base, width: barW, height: h, class: `bar q${quad}` },
          svg("title", {}, `${period}: ${count} ${QUAD[quad]}`)),
      );
    }
    if (i % labelEvery === 0) {
      chart.appendChild(
        svg("text", { x: x + barW / 2, y: H - bottom + 14, "text-anchor": "middle", class: "axis" }, period),
      );
    }
  });
  box.appendChild(chart);
  markReady(section, items.length);
}

function drawLegend() {
  const legend = clear(document.querySelector("#timeline .legend"));
  for (const quad of [1, 2, 3, 4]) {
    legend.appendChild(el("li", {}, el("span", { class: `swatch q${quad}` }), `${quad} ${QUAD[quad]}`));
  }
}

// ---- dyads: a matrix of source rows by target columns ----

function goldsteinColour(g) {
  // -10 (red) .. 0 (white) .. +10 (blue)
  const t = Math.max(-1, Math.min(1, (g || 0) / 10));
  const [r, gr, b] = t < 0 ? [255, 255 + 120 * t, 255 + 140 * t] : [255 - 160 * t, 255 - 90 * t, 255];
  return `rgb(${Math.round(r)}, ${Math.round(gr)}, ${Math.round(b)})`;
}

async function drawDyads() {
  const section = document.getElementById("dyads");
  const box = clear(section.querySelector(".matrix"));
  const { items } = await api("/dyads", { ...state.filter, limit: 200 });
  const rows = items.filter((d) => d.source_code && d.target_code);
  if (!rows.length) {
    box.appendChild(el("p", { class: "empty" }, "No events with both a source and a target match."));
    markReady(section, 0);
    return;
  }
  const rank = (key) => {
    const totals = new Map();
    for (const d of rows) totals.set(d[key], (totals.get(d[key]) || 0) + d.count);
    return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([code]) => code);
  };
  const sources = rank("source_code");
  const targets = rank("target_code");
  const cell = new Map(rows.map((d) => [`${d.source_code}\u0000${d.target_code}`, d]));
  const head = el("tr", {}, el("th", {}, "source ↓ target →"), targets.map((t) => el("th", { scope: "col" }, t)));
  const body = sources.map((s) =>
    el("tr", {}, el("th", { scope: "row" }, s), targets.map((t) => {
      const d = cell.get(`${s}\u0000${t}`);
      if (!d) return el("td", {});
      return el("td", {
        class: "cell",
        style: { background: goldsteinColour(d.mean_goldstein) },
        title: `${s} → ${t}: ${d.count} events, mean Goldstein ${fmt(d.mean_goldstein)}`,
        onclick: () => setFilter({ dyad: `${s}:${t}` }),
      }, d.count);
    })),
  );
  box.appendChild(el("table", {}, el("thead", {}, head), el("tbody", {}, body)));
  markReady(section, rows.length);
}

// ---- map: the bundled Natural Earth outline, equirectangular, with event places ----

async function loadWorld() {
  if (!state.world) {
    const response = await fetch("/static/world.json");
    state.world = await response.json();
  }
  return state.world;
}

function ringPath(ring) {
  return "M" + ring.map(([lon, lat]) => `${(lon + 180).toFixed(1)},${(90 - lat).toFixed(1)}`).join("L") + "Z";
}

async function drawMap() {
  const section = document.getElementById("map");
  const box = clear(section.querySelector(".chart"));
  const [world, { items }] = await Promise.all([loadWorld(), api("/places", { ...state.filter })]);
  section.querySelector(".credit").textContent = world.credit;
  // equirectangular, 85°N to 60°S: x = lon + 180, y = 90 - lat
  const map = svg("svg", { viewBox: "0 5 360 145", role: "img", "aria-label": "map of event places" });
  map.appendChild(svg("rect", { x: 0, y: 5, width: 360, height: 145, class: "ocean" }));
  for (const country of world.countries) {
    map.appendChild(
      svg("path", { d: country.rings.map(ringPath).join(""), class: "land" },
        svg("title", {}, country.name || "")),
    );
  }
  const max = Math.max(1, ...items.map((p) => p.count));
  for (const place of items) {
    if (place.lat === null || place.lon === null) continue;
    map.appendChild(
      svg("circle", {
        cx: place.lon + 180, cy: 90 - place.lat, r: 1 + 4 * Math.sqrt(place.count / max), class: "place",
        onclick: () => setFilter({ place: place.name }),
      }, svg("title", {}, `${place.name}${place.country ? ` (${place.country})` : ""}: ${place.count} events`)),
    );
  }
  box.appendChild(map);
  if (!items.length) {
    box.appendChild(el("p", { class: "empty" }, "No event places match (events whose place was not resolved are not drawn)."));
  }
  markReady(section, items.length);
}

// ---- events table and the sentence view ----

function actorLabel(code, name) {
  if (name && code) return `${name} (${code})`;
  return name || code || "–";
}

async function drawEvents() {
  const section = document.getElementById("events");
  const tbody = clear(section.querySelector("tbody"));
  const q = document.querySelector("#event-search [name=q]").value.trim();
  const page = await api("/events", {
    ...state.filter, q, limit: state.eventsLimit, offset: state.eventsOffset,
  });
  if (!page.items.length) {
    tbody.appendChild(el("tr", {}, el("td", { colspan: 8, class: "empty" }, "No events match.")));
  }
  for (const ev of page.items) {
    tbody.appendChild(
      el("tr", { "data-uid": ev.uid, onclick: (e) => openEvent(ev.uid, e.currentTarget) },
        el("td", {}, ev.date || "–"),
        el("td", {}, actorLabel(ev.source_code, ev.source_name)),
        el("td", {}, ev.cameo, ev.plover_type ? ` · ${ev.plover_type}` : ""),
        el("td", {}, actorLabel(ev.target_code, ev.target_name)),
        el("td", {}, ev.trigger || ""),
        el("td", { class: `quad` }, el("span", { class: `swatch q${ev.quad_class}`, title: QUAD[ev.quad_class] }), ` ${ev.quad_class}`),
        el("td", {}, fmt(ev.goldstein)),
        el("td", {}, ev.title || ev.article_id)),
    );
  }
  const shown = page.items.length;
  section.querySelector(".where").textContent = shown
    ? `${page.offset + 1}–${page.offset + shown} of ${page.total}`
    : `0 of ${page.total}`;
  section.querySelector("[data-dir='-1']").disabled = page.offset === 0;
  section.querySelector("[data-dir='1']").disabled = page.next_offset === null;
  document.getElementById("summary").textContent =
    page.total === 1 ? "1 event matches" : `${page.total} events match`;
  markReady(section, shown);
}

// Split a sentence into pieces, each with the set of highlight classes that cover it.
function highlightPieces(sentence, spans) {
  const cuts = new Set([sentence.start, sentence.end]);
  const inside = [];
  for (const s of spans) {
    const start = Math.max(s.start, sentence.start);
    const end = Math.min(s.end, sentence.end);
    if (start < end) {
      inside.push({ start, end, kind: s.kind });
      cuts.add(start);
      cuts.add(end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const kinds = inside.filter((s) => s.start <= a && s.end >= b).map((s) => s.kind);
    pieces.push({ text: sentence.text.slice(a - sentence.start, b - sentence.start), kinds });
  }
  return pieces;
}

function eventSpans(ev) {
  const spans = [];
  if (ev.quote) spans.push({ start: ev.quote.start, end: ev.quote.end, kind: "quote" });
  for (const side of ["source", "target"]) {
    for (const actor of (ev.actors && ev.actors[side]) || []) {
      for (const m of actor.mentions || []) spans.push({ start: m.start, end: m.end, kind: side });
    }
  }
  if (ev.trigger_start !== null && ev.trigger_end !== null) {
    spans.push({ start: ev.trigger_start, end: ev.trigger_end, kind: "trigger" });
  }
  return spans;
}

function renderSentence(ev) {
  const sentence = ev.sentence || { start: ev.sentence_start || 0, end: 0, text: ev.sentence_text || "" };
  if (!sentence.end) sentence.end = sentence.start + sentence.text.length;
  const p = el("p", { class: "sentence" });
  for (const piece of highlightPieces(sentence, eventSpans(ev))) {
    let node = document.createTextNode(piece.text);
    // innermost first: trigger inside actor inside quote
    for (const kind of ["trigger", "source", "target", "quote"]) {
      if (piece.kinds.includes(kind)) node = el("mark", { class: kind }, node);
    }
    p.appendChild(node);
  }
  return p;
}

async function openEvent(uid, row) {
  for (const r of document.querySelectorAll("#events tbody tr.selected")) r.classList.remove("selected");
  if (row) row.classList.add("selected");
  const box = document.getElementById("event-detail");
  const ev = await api(`/events/${encodeURIComponent(uid)}`);
  clear(box);
  const article = ev.article || {};
  const quote = ev.quote;
  const speaker = quote && quote.speaker ? quote.speaker.text : null;
  box.append(
    el("h3", {}, article.title || ev.article_id, article.published ? ` · ${article.published}` : ""),
    el("div", { class: "keys" },
      el("span", {}, el("mark", { class: "trigger" }, "trigger")),
      el("span", {}, el("mark", { class: "source" }, "source")),
      el("span", {}, el("mark", { class: "target" }, "target")),
      el("span", {}, el("mark", { class: "quote" }, "quote"))),
    renderSentence(ev),
    el("dl", {},
      el("dt", {}, "event"), el("dd", {}, `CAMEO ${ev.cameo}`, ev.plover_type ? ` · PLOVER ${ev.plover_type}` : "",
        ev.plover_mode ? ` (${ev.plover_mode})` : "", ` · quad class ${ev.quad_class} (${QUAD[ev.quad_class]})`),
      el("dt", {}, "Goldstein"), el("dd", {}, fmt(ev.goldstein)),
      el("dt", {}, "source"), el("dd", {}, actorLabel(ev.source_code, ev.source_name)),
      el("dt", {}, "target"), el("dd", {}, actorLabel(ev.target_code, ev.target_name)),
      el("dt", {}, "date"), el("dd", {}, ev.date || "–", ev.date_text ? ` (“${ev.date_text}”)` : ""),
      el("dt", {}, "place"), el("dd", {}, ev.place_name || "–"),
      el("dt", {}, "modality"), el("dd", {}, ev.modality || "–"),
      quote ? [el("dt", {}, "quote"), el("dd", { class: "quote-text" }, `“${quote.text}”`, speaker ? ` — ${speaker}` : "")] : null,
      el("dt", {}, "coded by"), el("dd", {}, `${ev.pattern || "–"}, confidence ${fmt(ev.confidence, 2)}`),
      el("dt", {}, "record"), el("dd", {}, el("a", { href: `/articles/${encodeURIComponent(ev.article_id)}` }, ev.article_id))),
  );
  box.hidden = false;
  box.dataset.uid = uid;
}

// ---- quotes browser ----

async function drawQuotes(speaker) {
  const section = document.getElementById("quotes");
  const form = document.getElementById("quote-search");
  if (speaker !== undefined) form.speaker.value = speaker;
  const list = clear(section.querySelector(".quote-list"));
  const page = await api("/quotes", { speaker: form.speaker.value.trim(), q: form.q.value.trim(), limit: 100 });
  if (!page.items.length) list.appendChild(el("li", { class: "empty" }, "No quotes match."));
  for (const quote of page.items) {
    list.appendChild(
      el("li", {},
        el("blockquote", {}, `“${quote.text}”`),
        el("div", { class: "meta" },
          actorLabel(quote.speaker_code, quote.speaker_name || "unknown speaker"),
          quote.cue ? ` · ${quote.cue}` : "", ` · ${quote.kind}`,
          ` · ${quote.title || quote.article_id}`, quote.published ? ` (${quote.published})` : "")),
    );
  }
  markReady(section, page.items.length);
}

async function drawSpeakers() {
  const box = clear(document.querySelector("#quotes .speakers"));
  const { items } = await api("/quotes", { limit: 500 });
  const counts = new Map();
  for (const q of items) {
    const name = q.speaker_name || "";
    if (name) counts.set(name, (counts.get(name) || 0) + 1);
  }
  box.appendChild(el("li", {}, el("button", { type: "button", onclick: () => drawQuotes("") }, "all speakers")));
  for (const [name, count] of [...counts.entries()].sort((a, b) => b[1] - a[1])) {
    box.appendChild(
      el("li", {}, el("button", { type: "button", onclick: () => drawQuotes(name) }, `${name} (${count})`)),
    );
  }
}

// ---- wiring ----

function readFilter() {
  const form = document.getElementById("filters");
  const filter = {};
  for (const name of ["actor", "dyad", "cameo", "quad_class", "since", "until", "place"]) {
    const value = form.elements[name].value.trim();
    if (value) filter[name] = value;
  }
  return filter;
}

function setFilter(extra) {
  const form = document.getElementById("filters");
  for (const [name, value] of Object.entries(extra)) form.elements[name].value = value;
  refresh();
}

async function refresh() {
  state.filter = readFilter();
  state.eventsOffset = 0;
  showError(null);
  const results = await Promise.allSettled([drawTimeline(), drawDyads(), drawMap(), drawEvents()]);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) showError(failed.reason);
}

function start() {
  drawLegend();
  document.getElementById("filters").addEventListener("submit", (e) => {
    e.preventDefault();
    refresh();
  });
  document.getElementById("filters").addEventListener("reset", () => setTimeout(refresh, 0));
  document.getElementById("interval").addEventListener("change", (e) => {
    state.interval = e.target.value;
    drawTimeline().catch(showError);
  });
  document.getElementById("event-search").addEventListener("submit", (e) => {
    e.preventDefault();
    state.eventsOffset = 0;
    drawEvents().catch(showError);
  });
  for (const button of document.querySelectorAll("#events .pager button")) {
    button.addEventListener("click", () => {
      state.eventsOffset = Math.max(0, state.eventsOffset + Number(button.dataset.dir) * state.eventsLimit);
      drawEvents().catch(showError);
    });
  }
  document.getElementById("quote-search").addEventListener("submit", (e) => {
    e.preventDefault();
    drawQuotes().catch(showError);
  });
  refresh();
  drawSpeakers().catch(showError);
  drawQuotes().catch(showError);
}

document.addEventListener("DOMContentLoaded", start);
