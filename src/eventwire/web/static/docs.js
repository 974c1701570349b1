// The API reference: renders /openapi.json as a list of endpoints with their parameters.
"use strict";

function node(tag, cls, ...children) {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) n.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return n;
}

// Descriptions come from the API's docstrings: reStructuredText-style ``literals`` become <code>
// and blank lines start a new paragraph. Text only: nothing in them is parsed as HTML.
function inline(text) {
  return String(text).split(/``(.+?)``/s).map((part, i) => (i % 2 ? node("code", null, part) : part));
}

function prose(text, cls) {
  return String(text || "")
    .split(/\n\s*\n/)
    .map((para) => para.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .map((para) => node("p", cls, inline(para)));
}

function schemaText(schema) {
  if (!schema) return "";
  if (schema.anyOf) return schema.anyOf.map(schemaText).filter((t) => t !== "null").join(" | ");
  if (schema.enum) return schema.enum.join(" | ");
  let text = schema.type || (schema.$ref ? schema.$ref.split("/").pop() : "");
  const limits = [];
  if (schema.minimum !== undefined) limits.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) limits.push(`≤ ${schema.maximum}`);
  if (schema.pattern) limits.push(`pattern ${schema.pattern}`);
  if (limits.length) text += ` (${limits.join(", ")})`;
  return text;
}

async function render() {
  const spec = await (await fetch("/openapi.json")).json();
  const root = document.getElementById("reference");
  root.appendChild(node("p", null, `${spec.info.title} ${spec.info.version}: `, inline(spec.info.summary || "")));
  root.append(...prose(spec.info.description, "muted"));
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const box = node("section", "op",
        node("h3", null, node("span", `method ${method}`, method.toUpperCase()), path),
        prose(op.summary),
        prose(op.description, "muted"));
      const params = op.parameters || [];
      if (params.length) {
        box.appendChild(node("table", null,
          node("tr", null, node("th", null, "parameter"), node("th", null, "in"), node("th", null, "type"), node("th", null, "meaning")),
          params.map((p) => node("tr", null, node("td", null, node("code", null, p.name)), node("td", null, p.in),
            node("td", null, schemaText(p.schema)), node("td", null, inline(p.description || (p.schema && p.schema.description) || ""))))));
      }
      if (op.requestBody) box.appendChild(node("p", "muted", "Body: JSON {text, published, title, url, id}; needs Authorization: Bearer <token>."));
      root.appendChild(box);
    }
  }
  root.dataset.state = "ready";
}

document.addEventListener("DOMContentLoaded", render);
