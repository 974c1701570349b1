"""The eventwire record (schema ``eventwire/1``): built from a processed Doc, and validated.

The record is the only thing that leaves the pipeline. Its fields are documented in
``docs/record.md``; ``schema/record.schema.json`` is the machine-readable contract.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from eventwire.extensions import RESULT_FIELDS, record_actors
from eventwire.spans import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCHEMA = "eventwire/1"
# a quote's own text may join the pieces of an interrupted quote, so only its offsets are checked
_QUOTE_ITEM = re.compile(r"quotes/\d+")


class RecordError(ValueError):
    """A record does not match the eventwire/1 schema."""


def record_id(text: str) -> str:
    """Content hash of the cleaned text: the same article gives the same id on every run."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def empty_source() -> dict:
    return {"id": None, "path": None, "url": None, "publisher": None, "byline": None}


def to_record(
    doc: Doc,
    *,
    published: str | None = None,
    title: str | None = None,
    source: dict | None = None,
    removed: list[dict] | None = None,
    model: str | None = None,
    published_source: str | None = None,
) -> dict:
    """Build the record of one processed Doc.

    ``published`` defaults to ``doc._.published``; the result lists default to what the
    components left on the Doc (empty where a component did not run). ``published_source``
    says where the date came from (``option``, ``metadata``, ``dateline``, ``crawl``); given a
    date but no source, the date was the caller's own (``option``).
    """
    from eventwire import __version__

    src = empty_source()
    src.update({k: v for k, v in (source or {}).items() if k in src})
    text = doc_text(doc)
    date = published if published is not None else doc._.published
    if date and not published_source:
        published_source = "option"
    record = {
        "schema": SCHEMA,
        "id": record_id(text),
        "source": src,
        "title": title,
        "published": date,
        "published_source": published_source if date else None,
        "language": "en",
        "text": text,
        "removed": list(removed or []),
        "sentences": [{"start": s.start_char, "end": s.end_char} for s in doc.sents]
        if doc.has_annotation("SENT_START")
        else ([{"start": 0, "end": len(text)}] if text else []),
    }
    for name in RESULT_FIELDS:
        record[name] = list(getattr(doc._, name) or [])
    record["actors"] = record_actors(doc)
    record["coder"] = {
        "name": "eventwire",
        "version": __version__,
        "model": model or _model_label(doc),
    }
    if doc._.errors:  # components that failed on this article (their lists are empty)
        record["coder"]["errors"] = list(doc._.errors)
    return record


def _model_label(doc: Doc) -> str:
    return doc.user_data.get("eventwire_model", "unknown")


@lru_cache(maxsize=1)
def json_schema() -> dict:
    """The JSON Schema of the record, as shipped in the package."""
    text = resources.files("eventwire").joinpath("schema/record.schema.json").read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def _validator():
    import jsonschema

    return jsonschema.Draft202012Validator(json_schema())


@lru_cache(maxsize=1)
def _fast_check():
    """A compiled validator (fastjsonschema) for the common case, a valid record: ~20x faster
    than jsonschema, which is kept to explain what is wrong with an invalid one."""
    import fastjsonschema

    schema = dict(json_schema())
    schema.pop("$id", None)  # a bare id is not a URL fastjsonschema could resolve against
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"  # what it compiles; same rules
    return fastjsonschema.compile(schema)


def validate(record: dict) -> None:
    """Raise :class:`RecordError` naming the first problem if ``record`` is not a valid record:
    it must match the JSON Schema, and every span's ``text`` must be ``text[start:end]``."""
    import fastjsonschema

    try:
        _fast_check()(record)
        errors = []
    except fastjsonschema.JsonSchemaException:
        errors = sorted(_validator().iter_errors(record), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        where = "/".join(str(p) for p in err.absolute_path) or "(record)"
        raise RecordError(f"record field {where}: {err.message}")
    problems = span_problems(record)
    if problems:
        raise RecordError(problems[0])


def span_problems(record: dict) -> list[str]:
    """Every span in the record whose offsets do not give its text, as messages."""
    text = record["text"]
    problems = []

    def walk(obj, where: str) -> None:
        if isinstance(obj, dict):
            start, end = obj.get("start"), obj.get("end")
            if isinstance(start, int) and isinstance(end, int):
                if not 0 <= start <= end <= len(text):
                    problems.append(f"{where}: offsets {start}:{end} outside the text")
                elif (
                    isinstance(obj.get("text"), str)
                    and not _QUOTE_ITEM.fullmatch(where)
                    and text[start:end] != obj["text"]
                ):
                    problems.append(
                        f"{where}: text {obj['text']!r} is not text[{start}:{end}] "
                        f"{text[start:end]!r}"
                    )
            for key, value in obj.items():
                walk(value, f"{where}/{key}")
        elif isinstance(obj, list):
            for i, value in enumerate(obj):
                walk(value, f"{where}/{i}")

    for field in ("sentences", *RESULT_FIELDS):
        walk(record.get(field, []), field)
    return problems
