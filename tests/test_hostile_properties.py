"""Properties over any input (hypothesis): readers, cleaner and record validator never crash.

Any bytes in -> an Article or one ReadError; any text -> cleaned text with valid removals; any
JSON-shaped value -> valid or one RecordError; any short text through the pipeline -> a record
that validates.
"""

from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.article import Article, Failure
from eventwire.ingest import ReadError, read_bytes, read_stdin
from eventwire.ingest.jsonl import read_jsonl
from eventwire.ingest.limits import ReadLimits

SMALL = ReadLimits(max_bytes=4096, max_chars=2000, max_pages=5, max_depth=8)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=3000), st.sampled_from([None, "text", "html", "pdf"]))
def test_any_bytes_are_an_article_or_one_read_error(data, kind):
    try:
        article = read_bytes(data, "input", kind, SMALL)
    except ReadError as err:
        assert str(err) and "\n" not in str(err)
    else:
        assert isinstance(article, Article) and article.text.strip()
        article.text.encode("utf-8")  # writable as UTF-8


@FAST
@given(st.binary(max_size=6000))
def test_any_standard_input_gives_articles_or_failures(data):
    items = list(read_stdin(io.BytesIO(data), SMALL))
    assert items
    for item in items:
        assert isinstance(item, Article | Failure)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=30,
)


@FAST
@given(st.lists(json_values | st.dictionaries(st.sampled_from(["text", "html", "published", "id", "title"]), json_values), max_size=5))
def test_any_json_lines_give_one_item_per_line(values):
    lines = [json.dumps(v).encode() + b"\n" for v in values]
    items = list(read_jsonl(lines, "in.jsonl", limits=SMALL))
    assert len(items) == max(1, len(lines))
    for item in items:
        assert isinstance(item, Article | Failure)


@FAST
@given(st.text(max_size=2000))
def test_the_cleaner_takes_any_text(text):
    from eventwire.clean import clean

    cleaned = clean(text)
    assert isinstance(cleaned.text, str)
    for removed in cleaned.removed:
        assert isinstance(removed, dict)


@FAST
@given(json_values)
def test_the_validator_says_valid_or_one_record_error(value):
    from eventwire.record import RecordError, validate

    try:
        validate(value)
    except RecordError as err:
        assert str(err)


@FAST
@given(st.dictionaries(st.sampled_from(["schema", "id", "text", "events", "actors", "sentences"]), json_values))
def test_the_validator_takes_any_record_shaped_dict(value):
    from eventwire.record import RecordError, validate

    try:
        validate(value)
    except RecordError as err:
        assert str(err)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=300))
def test_any_text_through_the_pipeline_is_a_valid_record(nlp, text):
    import eventwire

    record = eventwire.process(text, published="2024-04-08", nlp=nlp)
    eventwire.validate(record)


def test_a_hundred_thousand_tiny_lines_are_cleaned():
    from eventwire.clean import clean

    assert clean("x\n" * 100_000).text.count("x") == 100_000
