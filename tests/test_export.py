"""Each export format written from a store (SQLite and PostgreSQL) and read back."""

from __future__ import annotations

import json

import pandas as pd
import pytest
import test_store_records as fixtures
from test_store_records import arrest_record, sample_records, visit_record

from eventwire.export import FORMATS, ExportError, export
from eventwire.export.csv_table import COLUMNS
from eventwire.export.gdelt_tsv import COLUMNS as GDELT_COLUMNS
from eventwire.export.gdelt_tsv import global_event_id
from eventwire.store import EventFilter, StoreError, open_store

loaded_store = fixtures.loaded_store
pg_server = fixtures.pg_server


def test_gdelt_has_the_61_columns_of_gdelt_2():
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[0] == "GLOBALEVENTID" and GDELT_COLUMNS[-1] == "SOURCEURL"
    assert len(set(GDELT_COLUMNS)) == 61


def test_csv_reads_back_in_pandas(loaded_store, tmp_path):
    path = tmp_path / "events.csv"
    assert export(loaded_store, "csv", str(path)) == 6
    df = pd.read_csv(path, dtype={"cameo": str, "cameo_root": str})
    assert list(df.columns) == list(COLUMNS)
    assert len(df) == 6
    assert set(df["cameo"]) == {"042", "057", "036", "173", "111", "0311"}
    assert df.loc[df["cameo"] == "173", "place_name"].item() == "Lagos"


def test_csv_keeps_quotes_and_commas_in_sentences(loaded_store, tmp_path):
    path = tmp_path / "events.csv"
    export(loaded_store, "csv", str(path))
    df = pd.read_csv(path, dtype=str)
    assert '"We will work together on the Arctic," the minister said.' in set(df["sentence_text"])


def test_parquet_reads_back_with_types(loaded_store, tmp_path):
    path = tmp_path / "events.parquet"
    assert export(loaded_store, "parquet", str(path)) == 6
    df = pd.read_parquet(path)
    assert len(df) == 6
    assert str(df["quad_class"].dtype) == "int32"
    assert str(df["goldstein"].dtype) == "float64"
    assert df["goldstein"].sum() == pytest.approx(1.9 + 8.0 + 4.0 - 5.0 - 2.0 + 5.2)


def test_parquet_of_no_events_still_has_the_columns(loaded_store, tmp_path):
    path = tmp_path / "none.parquet"
    assert export(loaded_store, "parquet", str(path), EventFilter(actor="ZZZ")) == 0
    df = pd.read_parquet(path)
    assert len(df) == 0 and list(df.columns) == list(COLUMNS)


def test_gdelt_tsv_has_61_columns_per_row(loaded_store, tmp_path):
    path = tmp_path / "events.tsv"
    assert export(loaded_store, "gdelt-tsv", str(path)) == 6
    lines = path.read_text("utf-8").splitlines()
    assert len(lines) == 6
    assert all(len(line.split("\t")) == 61 for line in lines)


def test_gdelt_tsv_loads_with_gdelt_names(loaded_store, tmp_path):
    path = tmp_path / "events.tsv"
    export(loaded_store, "gdelt-tsv", str(path))
    df = pd.read_csv(path, sep="\t", header=None, names=GDELT_COLUMNS, dtype={"EventCode": str})
    arrest = df[df["EventCode"] == "173"].iloc[0]
    assert arrest["SQLDATE"] == 20240319
    assert (arrest["Actor1Code"], arrest["Actor2Code"]) == ("NGACOP", "NGACVL")
    assert arrest["Actor1Type1Code"] == "COP"
    assert arrest["QuadClass"] == 4 and arrest["GoldsteinScale"] == -5.0
    assert arrest["ActionGeo_FullName"] == "Lagos, Nigeria"
    assert arrest["ActionGeo_Type"] == 4
    assert arrest["ActionGeo_Lat"] == pytest.approx(6.4541)
    assert arrest["GLOBALEVENTID"] == global_event_id(f"{arrest_record()['id']}:e1")
    assert pd.isna(arrest["AvgTone"])


def test_gdelt_month_precision_date_uses_its_first_day(loaded_store, tmp_path):
    path = tmp_path / "events.tsv"
    export(loaded_store, "gdelt-tsv", str(path), EventFilter(actor="RUS"))
    df = pd.read_csv(path, sep="\t", header=None, names=GDELT_COLUMNS)
    assert df["SQLDATE"].tolist() == [20240501]
    assert df["EventBaseCode"].tolist() == [31]  # "031" read as a number by pandas


def test_plover_records_have_the_plover_fields(loaded_store, tmp_path):
    path = tmp_path / "events.jsonl"
    assert export(loaded_store, "plover-jsonl", str(path)) == 6
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    visit = next(r for r in records if r["event"] == ["CONSULT"] and r["mode"] == ["visit"])
    assert visit["id"] == f"{visit_record()['id']}:e1"
    assert visit["date"] == "2024-03-04"
    assert visit["actor"][0]["code"] == "NOR" and visit["actor"][0]["sector"] == "GOV"
    assert visit["recipient"][0]["identifierText"] == "Canada"
    assert visit["eventText"] == ["visited"]
    assert visit["eventLoc"]["resolvedPlace"] == "Ottawa"
    assert visit["quad"] == 1 and visit["cameo"] == "042"


def test_plover_leaves_out_events_without_a_plover_type(tmp_path):
    rec = visit_record()
    rec["events"][2].update({"cameo": "010", "cameo_root": "01", "plover": None, "goldstein": 0.0})
    with open_store(str(tmp_path / "s.db")) as store:
        store.ingest([rec])
        assert export(store, "plover-jsonl", str(tmp_path / "p.jsonl")) == 2
        assert export(store, "csv", str(tmp_path / "p.csv")) == 3


def test_export_applies_the_filter(loaded_store, tmp_path):
    path = tmp_path / "conflict.csv"
    assert export(loaded_store, "csv", str(path), EventFilter(quad_class=4)) == 1


def test_every_format_is_registered():
    assert set(FORMATS) == {"plover-jsonl", "gdelt-tsv", "csv", "parquet"}


def test_unknown_format_is_a_clear_error(loaded_store, tmp_path):
    with pytest.raises(ExportError, match="unknown export format 'xlsx'"):
        export(loaded_store, "xlsx", str(tmp_path / "x"))


def test_parquet_refuses_standard_output(loaded_store):
    with pytest.raises(ExportError, match="binary"):
        export(loaded_store, "parquet", "-")


def test_failed_export_leaves_no_partial_file(tmp_path):
    store = open_store(str(tmp_path / "s.db"))
    store.ingest(sample_records())
    store.close()  # every read now fails, after the output file was opened
    path = tmp_path / "events.csv"
    with pytest.raises(StoreError, match="closed"):
        export(store, "csv", str(path))
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("s.db")) == []


def test_export_streams_more_events_than_one_chunk(tmp_path):
    records = []
    for i in range(3):
        rec = sample_records()[0]
        rec["text"] = rec["text"] + " " * (i + 1)  # a different article, same offsets
        from eventwire.record import record_id

        rec["id"] = record_id(rec["text"])
        records.append(rec)
    with open_store(str(tmp_path / "s.db")) as store:
        store.ingest(records)
        rows = list(store.iter_events(chunk=2))
        assert len(rows) == 9 and len({r["uid"] for r in rows}) == 9
