// eventwire dashboard: timeline, dyad matrix, world map, events table and quotes browser.
// Plain JavaScript; the timeline and the map are drawn with plotly.js, which `eventwire serve`
// serves from the installed plotly package (offline). Every piece of text from the store is put
// into the page with text nodes (el() below) or as plotly hover text (which plotly escapes),
// never as HTML, so an article containing "<script>" shows it as text.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const QUAD = {
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
};
const state = {
  filter: {}, eventsOffset: 0, eventsLimit: 25, interval: "auto", world: null,
  timelineItems: null, timeRange: null,
};

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

// Take the "loading…" and "nothing matches" notes out of a chart's box before plotly draws in it.
function removeNotes(box) {
  for (const note of box.querySelectorAll(":scope > .loading, :scope > .empty")) note.remove();
}

function markReady(section, count) {
  section.dataset.state = "ready";
  section.dataset.count = String(count);
}

// ---- charts: plotly.js, served by `eventwire serve` from the installed plotly package ----

let plotlyLoading = null;

function loadPlotly() {
  if (window.Plotly) return Promise.resolve(window.Plotly);
  if (!plotlyLoading) {
    plotlyLoading = new Promise((resolve, reject) => {
      const script = el("script", { src: "/vendor/plotly.min.js" });
      script.addEventListener("load", () => resolve(window.Plotly));
      script.addEventListener("error", () => {
        plotlyLoading = null;
        reject(new Error("the charting library (plotly.js) could not be loaded: pip install plotly"));
      });
      document.head.appendChild(script);
    });
  }
  return plotlyLoading;
}

const QUAD_COLOUR = { 1: "#74add1", 2: "#2c6fb0", 3: "#f4a261", 4: "#c0392b" };
const DAY = 86400000;
const PRECISION_RANK = { day: 0, week: 1, month: 2, year: 3, decade: 4 };
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];

// An ISO date at any precision -> {start, end (exclusive), precision}, in UTC; null if unreadable.
function dateSpan(value) {
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) {
    const start = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    return { start, end: start + DAY, precision: "day" };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (+m[2] - 1) * 7 * DAY;
    return { start: monday, end: monday + 7 * DAY, precision: "week" };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    return { start: Date.UTC(+m[1], +m[2] - 1, 1), end: Date.UTC(+m[1], +m[2], 1), precision: "month" };
  }
  if ((m = /^(\d{4})$/.exec(value))) {
    return { start: Date.UTC(+m[1], 0, 1), end: Date.UTC(+m[1] + 1, 0, 1), precision: "year" };
  }
  if ((m = /^(\d{3})(?:X|0s)$/.exec(value))) {
    return { start: Date.UTC(+m[1] * 10, 0, 1), end: Date.UTC(+m[1] * 10 + 10, 0, 1), precision: "decade" };
  }
  return null;
}

// The interval that suits a stretch of time: about 10 to 100 bars whatever the range.
function intervalFor(start, end) {
  const days = (end - start) / DAY;
  if (days <= 92) return "day";
  if (days <= 2 * 365) return "week";
  if (days <= 10 * 365) return "month";
  return "year";
}

function bucketOf(time, interval) {
  const d = new Date(time);
  const [y, mo] = [d.getUTCFullYear(), d.getUTCMonth()];
  if (interval === "day") return { start: time, end: time + DAY };
  if (interval === "week") {
    const monday = time - ((d.getUTCDay() + 6) % 7) * DAY;
    return { start: monday, end: monday + 7 * DAY };
  }
  if (interval === "month") return { start: Date.UTC(y, mo, 1), end: Date.UTC(y, mo + 1, 1) };
  return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
}

function periodLabel(start, unit) {
  const d = new Date(start);
  const [y, mo, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  if (unit === "day") return `${day} ${MONTHS[mo]} ${y}`;
  if (unit === "week") return `week of ${day} ${MONTHS[mo]} ${y}`;
  if (unit === "month") return `${MONTHS[mo]} ${y}`;
  if (unit === "year") return String(y);
  return `${y}s`;
}

// Bars of the timeline: events dated at least as finely as the interval are counted in its
// bars, stacked by quad class; an event known only to a coarser period (a month, a year) is
// drawn across that whole period, hatched, never on its first day.
function timelineBars(items, interval) {
  const buckets = new Map();
  for (const row of items) {
    const span = dateSpan(row.period);
    if (!span) continue;
    const fine = PRECISION_RANK[span.precision] <= PRECISION_RANK[interval];
    const b = fine ? bucketOf(span.start, interval) : { start: span.start, end: span.end };
    const unit = fine ? interval : span.precision;
    const key = `${fine ? "f" : "c"}${b.start}:${b.end}`;
    if (!buckets.has(key)) buckets.set(key, { ...b, fine, unit, counts: { 1: 0, 2: 0, 3: 0, 4: 0 } });
    buckets.get(key).counts[row.quad_class] += row.count;
  }
  const traces = [];
  for (const fine of [false, true]) {
    const groups = [...buckets.values()].filter((b) => b.fine === fine);
    const base = new Map(groups.map((b) => [b, 0]));
    for (const quad of [1, 2, 3, 4]) {
      const bars = groups.filter((b) => b.counts[quad]);
      if (!bars.length) continue;
      traces.push({
        type: "bar",
        name: fine ? `${quad} ${QUAD[quad]}` : `${quad} ${QUAD[quad]}, known only to the month or year`,
        legendgroup: `q${quad}`,
        showlegend: fine,
        x: bars.map((b) => new Date(b.start).toISOString()),
        width: bars.map((b) => b.end - b.start),
        offset: 0,
        base: bars.map((b) => base.get(b)),
        y: bars.map((b) => { const n = b.counts[quad]; base.set(b, base.get(b) + n); return n; }),
        customdata: bars.map((b) => `${periodLabel(b.start, b.unit)}: ${b.counts[quad]} ${QUAD[quad]}` +
          (fine ? "" : ` (dated only to the ${b.unit})`)),
        hovertemplate: "%{customdata}<extra></extra>",
        marker: {
          color: QUAD_COLOUR[quad],
          opacity: fine ? 1 : 0.35,
          line: { color: fine ? "#fff" : QUAD_COLOUR[quad], width: fine ? 0.5 : 1 },
          pattern: fine ? undefined : { shape: "/", fgcolor: QUAD_COLOUR[quad], size: 6 },
        },
      });
    }
  }
  return traces;
}

async function drawTimeline() {
  const section = document.getElementById("timeline");
  const box = section.querySelector(".chart");
  if (!state.timelineItems) {
    const { items } = await api("/timeseries", { ...state.filter, interval: "date" });
    state.timelineItems = items;
  }
  const items = state.timelineItems;
  const spans = items.map((r) => dateSpan(r.period)).filter(Boolean);
  if (!spans.length) {
    if (window.Plotly && box.data) window.Plotly.purge(box);
    clear(box).appendChild(el("p", { class: "empty" }, "No dated events match."));
    markReady(section, 0);
    return;
  }
  const first = Math.min(...spans.map((s) => s.start));
  const last = Math.max(...spans.map((s) => s.end));
  const shown = state.timeRange || [first, last];
  const interval = state.interval === "auto" ? intervalFor(shown[0], shown[1]) : state.interval;
  const traces = timelineBars(items, interval);
  let range = state.timeRange;
  if (!range) { // everything: from the first bar's start to the last bar's end, with a margin
    const starts = traces.flatMap((t) => t.x.map((x) => Date.parse(x)));
    const ends = traces.flatMap((t) => t.x.map((x, i) => Date.parse(x) + t.width[i]));
    const [a, b] = [Math.min(...starts), Math.max(...ends)];
    range = [a - (b - a) * 0.02, b + (b - a) * 0.02];
  }
  const Plotly = await loadPlotly();
  removeNotes(box);
  const layout = {
    height: 260,
    margin: { l: 36, r: 8, t: 30, b: 36 },
    barmode: "overlay",
    bargap: 0,
    showlegend: false,
    hovermode: "closest",
    dragmode: "zoom",
    xaxis: { type: "date", range: range.map((t) => new Date(t).toISOString()), fixedrange: false },
    yaxis: { title: { text: "events" }, fixedrange: true },
    font: { family: "system-ui, sans-serif", size: 11 },
  };
  // the height follows the bars in view, so zooming into a quiet stretch still shows its bars
  const inView = (t, i) => Date.parse(t.x[i]) < range[1] && Date.parse(t.x[i]) + t.width[i] > range[0];
  const top = Math.max(1, ...traces.flatMap((t) => t.y.map((y, i) => (inView(t, i) ? y + t.base[i] : 0))));
  layout.yaxis.range = [0, top * 1.08];
  if (top <= 10) layout.yaxis.dtick = 1; // counts are whole numbers
  await Plotly.react(box, traces, layout,
    { scrollZoom: true, displaylogo: false, responsive: true, modeBarButtonsToRemove: ["select2d", "lasso2d"] });
  if (!box.dataset.zoomWired) {
    box.dataset.zoomWired = "1";
    // zoomed (drag, scroll, buttons) or reset: the interval follows what is shown
    box.on("plotly_relayout", (change) => {
      const keys = Object.keys(change);
      if (change["xaxis.autorange"]) state.timeRange = null;
      else if (keys.some((k) => k.startsWith("xaxis.range"))) {
        state.timeRange = box.layout.xaxis.range.map((t) => Date.parse(String(t).replace(" ", "T") + (String(t).length > 10 ? "Z" : "")));
      } else return;
      if (state.interval === "auto") drawTimeline().catch(showError);
    });
  }
  section.dataset.interval = interval;
  section.querySelector(".interval-used").textContent =
    state.interval === "auto" ? `bars by ${interval}` : "";
  markReady(section, items.reduce((n, r) => n + r.count, 0));
}

function drawLegend() {
  const legend = clear(document.querySelector("#timeline .legend"));
  for (const quad of [1, 2, 3, 4]) {
    legend.appendChild(el("li", {}, el("span", { class: `swatch q${quad}` }), `${quad} ${QUAD[quad]}`));
  }
  legend.appendChild(el("li", {}, el("span", { class: "swatch coarse" }), "dated only to the month or year"));
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

// ---- map: the bundled Natural Earth outline (equirectangular) with event places, in plotly ----

async function loadWorld() {
  if (!state.world) {
    const response = await fetch("/static/world.json");
    state.world = await response.json();
  }
  return state.world;
}

function worldTrace(world) {
  const x = [], y = [];
  for (const country of world.countries) {
    for (const ring of country.rings) {
      for (const [lon, lat] of ring) { x.push(lon); y.push(lat); }
      x.push(null); y.push(null);
    }
  }
  return {
    type: "scatter", mode: "lines", x, y, fill: "toself", fillcolor: "#e4e8ef",
    line: { color: "#aab3c2", width: 0.5 }, hoverinfo: "skip", showlegend: false,
  };
}

async function drawMap() {
  const section = document.getElementById("map");
  const box = section.querySelector(".chart");
  const [world, { items }, Plotly] = await Promise.all([loadWorld(), api("/places", { ...state.filter }), loadPlotly()]);
  section.querySelector(".credit").textContent = world.credit;
  const places = items.filter((p) => p.lat !== null && p.lon !== null);
  const max = Math.max(1, ...places.map((p) => p.count));
  const label = (p) => `${p.name}${p.country ? ` (${p.country})` : ""}: ${p.count} event${p.count === 1 ? "" : "s"}`;
  const placesTrace = {
    type: "scatter", mode: "markers", name: "event places",
    x: places.map((p) => p.lon), y: places.map((p) => p.lat),
    customdata: places.map(label), text: places.map((p) => p.name),
    hovertemplate: "%{customdata}<extra></extra>",
    marker: {
      size: places.map((p) => 7 + 18 * Math.sqrt(p.count / max)), color: QUAD_COLOUR[4], opacity: 0.7,
      line: { color: "#fff", width: 1 },
    },
  };
  const axis = { visible: false, showgrid: false, zeroline: false };
  const layout = {
    height: 420, margin: { l: 0, r: 0, t: 0, b: 0 }, showlegend: false, hovermode: "closest",
    dragmode: "zoom", plot_bgcolor: "#f9fbfe", paper_bgcolor: "#fff",
    xaxis: { ...axis, range: [-180, 180] },
    yaxis: { ...axis, range: [-60, 85], scaleanchor: "x", scaleratio: 1 },
  };
  removeNotes(box);
  await Plotly.react(box, [worldTrace(world), placesTrace], layout,
    { scrollZoom: true, displaylogo: false, responsive: true, modeBarButtonsToRemove: ["select2d", "lasso2d"] });
  if (!box.dataset.clickWired) {
    box.dataset.clickWired = "1";
    box.on("plotly_click", (ev) => {
      const point = ev.points.find((p) => p.curveNumber === 1);
      if (point) setFilter({ place: point.text });
    });
  }
  const note = section.querySelector(".empty");
  if (note) note.remove();
  if (!places.length) {
    section.appendChild(el("p", { class: "empty" }, "No event places match (events whose place was not resolved are not drawn)."));
  }
  markReady(section, places.length);
}

// ---- events table and the sentence view ----

// How an article is named: its title, else its URL, else its file name, else its id.
function articleName(row) {
  const source = row.source || {};
  const path = row.source_path || source.path;
  const file = path ? path.split(/[\\/]/).pop() : null;
  return row.title || row.source_url || source.url || file || row.article_id || row.id;
}

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
        el("td", {}, articleName(ev))),
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
    el("h3", {}, articleName({ ...article, article_id: ev.article_id }), article.published ? ` · ${article.published}` : ""),
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
          ` · ${articleName(quote)}`, quote.published ? ` (${quote.published})` : "")),
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

// Each panel says it is loading until its own data arrives, and is drawn as soon as it does.
function markLoading(section) {
  section.dataset.state = "loading";
}

async function refresh() {
  state.filter = readFilter();
  state.eventsOffset = 0;
  state.timelineItems = null;
  state.timeRange = null;
  showError(null);
  for (const id of ["timeline", "dyads", "map", "events"]) markLoading(document.getElementById(id));
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
