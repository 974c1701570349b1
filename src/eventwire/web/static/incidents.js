// eventwire dashboard: the "count mentions / incidents" switch and the incidents panel.
// Loaded after app.js and uses its helpers (el, api, clear, fmt, markReady, refresh, state).
// With the switch on "incidents", the timeline, dyads and map ask /incidents/timeseries,
// /incidents/dyads and /incidents/places: one count per occurrence, however many articles told it.
"use strict";

const COUNTED = new Set(["/timeseries", "/dyads", "/places"]);
const incidentState = { count: "mentions", limit: 25 };

function countPath(path) {
  return incidentState.count === "incidents" && COUNTED.has(path) ? `/incidents${path}` : path;
}

async function drawIncidents() {
  const section = document.getElementById("incidents");
  const tbody = clear(section.querySelector("tbody"));
  const page = await api("/incidents", { ...state.filter, limit: incidentState.limit });
  if (!page.items.length) {
    tbody.appendChild(el("tr", {}, el("td", { colspan: 9, class: "empty" }, "No incidents match.")));
  }
  for (const inc of page.items) {
    tbody.appendChild(
      el("tr", { "data-id": inc.id, onclick: (e) => openIncident(inc.id, e.currentTarget) },
        el("td", {}, inc.date || "–"),
        el("td", {}, actorLabel(inc.source_code, inc.source_name)),
        el("td", {}, inc.cameo, inc.plover_type ? ` · ${inc.plover_type}` : ""),
        el("td", {}, actorLabel(inc.target_code, inc.target_name)),
        el("td", {}, inc.place_name || "–"),
        el("td", { class: "n-articles" }, inc.n_articles),
        el("td", {}, inc.n_sources),
        el("td", {}, inc.n_events),
        el("td", {}, inc.title || inc.sentence_text || "")),
    );
  }
  markReady(section, page.items.length);
}

async function openIncident(id, row) {
  for (const r of document.querySelectorAll("#incidents tbody tr.selected")) r.classList.remove("selected");
  if (row) row.classList.add("selected");
  const box = document.getElementById("incident-detail");
  const inc = await api(`/incidents/${encodeURIComponent(id)}`);
  clear(box);
  const sentences = new Map();
  for (const s of inc.sentences || []) {
    if (!sentences.has(s.article_id)) sentences.set(s.article_id, (s.text || "").trim());
  }
  box.append(
    el("h3", {}, `CAMEO ${inc.cameo}: ${actorLabel(inc.source_code, inc.source_name)} → ${actorLabel(inc.target_code, inc.target_name)}`,
      inc.date ? ` · ${inc.date}` : ""),
    el("p", { class: "muted" },
      `${inc.n_events} mentions in ${inc.n_articles} articles from ${inc.n_sources} sources; `,
      `first seen ${inc.first_seen || "–"}, last seen ${inc.last_seen || "–"}; confidence ${fmt(inc.confidence, 2)}`),
    el("h4", {}, "Reported by"),
    el("ol", { class: "reports" }, inc.articles.map((a) =>
      el("li", { "data-article": a.id },
        el("a", { href: `/articles/${encodeURIComponent(a.id)}` }, a.title || a.id),
        ` · ${a.publisher || "unknown publisher"} · ${a.published || "undated"} · ${a.n_events} mentions`,
        sentences.has(a.id) ? el("div", { class: "said" }, `“${sentences.get(a.id)}”`) : null))),
  );
  box.hidden = false;
  box.dataset.id = id;
}

function relabel() {
  const unit = incidentState.count === "incidents" ? "Incidents" : "Events";
  document.querySelector("#timeline h2").textContent = `${unit} over time, by quad class`;
  document.querySelector("#map h2").textContent = `Where ${unit.toLowerCase()} happened`;
  document.body.dataset.count = incidentState.count;
}

function startIncidents() {
  const select = document.getElementById("count");
  incidentState.count = select.value;
  select.addEventListener("change", () => {
    incidentState.count = select.value;
    relabel();
    refresh();
  });
  // drawn on every refresh of the filters, beside app.js's panels
  document.getElementById("filters").addEventListener("submit", () => setTimeout(() => drawIncidents().catch(showError), 0));
  document.getElementById("filters").addEventListener("reset", () => setTimeout(() => drawIncidents().catch(showError), 0));
  relabel();
  drawIncidents().catch(showError);
}

document.addEventListener("DOMContentLoaded", startIncidents);
