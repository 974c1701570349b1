"""Records as a compact table for reading: one line per event, grouped under a line per article.

``eventwire process --format table`` prints this: the CAMEO code, source → target actor codes,
the trigger, the modality, the date and the place of each event. It is for people; programs
read the JSON record.
"""

from __future__ import annotations

from collections.abc import Iterable


def article_name(record: dict) -> str:
    """How an article is named for people: its title, else its URL, else its file name."""
    source = record.get("source") or {}
    for value in (record.get("title"), source.get("url"), source.get("path"), source.get("id")):
        if value and str(value).strip():
            return " ".join(str(value).split())
    return record.get("id") or "(untitled)"


def heading(record: dict) -> str:
    """The article's line: its name, where it came from, its date and how many events."""
    source = record.get("source") or {}
    name = article_name(record)
    where = source.get("path") or source.get("url")
    parts = [name if not where or where == name else f"{name} [{where}]"]
    if record.get("published"):
        origin = record.get("published_source")
        parts.append(f"published {record['published']}" + (f" ({origin})" if origin else ""))
    else:
        parts.append("no publication date")
    n = len(record.get("events") or [])
    parts.append(f"{n} event" + ("" if n == 1 else "s"))
    if record.get("removed"):
        parts.append(f"{len(record['removed'])} lines removed by cleaning")
    return " · ".join(parts)


def event_line(event: dict, places: dict[str, str]) -> str:
    """One event: code, source -> target, 'trigger', modality, date, place."""
    trigger = (event.get("trigger") or {}).get("text") or ""
    cells = [
        f"{event.get('cameo') or '':<5}",
        f"{event.get('source_code') or '':>10} -> {event.get('target_code') or '':<10}",
        f"{_quoted(trigger):<22}",
        f"{event.get('modality') or '':<12}",
        f"{event.get('date') or '':<11}",
        places.get(event.get("place") or "", ""),
    ]
    return "  " + " ".join(cells).rstrip()


def _quoted(text: str, width: int = 20) -> str:
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    return f"'{text}'"


def record_table(record: dict) -> str:
    """The table of one record: its heading line and one line per event."""
    places = {p["id"]: p.get("name") or "" for p in record.get("places") or []}
    lines = [heading(record)]
    events = record.get("events") or []
    lines += [event_line(e, places) for e in events]
    if not events:
        actors = len(record.get("actors") or [])
        lines.append(f"  (no event coded: {actors} actor" + ("" if actors == 1 else "s")
                     + " found, no pattern matched between them)")
    return "\n".join(lines) + "\n"


def table(records: Iterable[dict]) -> str:
    """The tables of several records, separated by blank lines."""
    return "\n".join(record_table(r) for r in records)
