"""Every stage reads its tables one way (eventwire.data): a data_dir replaces packaged tables
file by file, a language key picks the language's folder, and a missing table is named."""

import pytest

from eventwire import data


def test_a_packaged_table_is_read_from_its_stage_folder():
    assert data.data_path("events", "ontology.tsv") == data.PACKAGE / "events/data/ontology.tsv"


def test_tsv_rows_are_keyed_by_the_header_and_skip_comments(tmp_path):
    (tmp_path / "sectors.tsv").write_text(
        "# where the facts come from\nphrase\tsector\tkind\n\nfisheries board\tAGR\tinstitution\n",
        "utf-8")
    assert data.read_tsv("actors", "sectors.tsv", data_dir=tmp_path) == [
        {"phrase": "fisheries board", "sector": "AGR", "kind": "institution"}]


def test_a_missing_cell_reads_as_empty(tmp_path):
    (tmp_path / "regions.tsv").write_text("phrase\tname\tcountry\nthe north\tNorth\n", "utf-8")
    assert data.read_tsv("actors", "regions.tsv", data_dir=tmp_path)[0]["country"] == ""


def test_a_data_dir_without_the_table_falls_back_to_the_package(tmp_path):
    assert data.data_path("quotes", "cues.yaml", data_dir=tmp_path) == (
        data.PACKAGE / "quotes/data/cues.yaml")


def test_a_language_without_tables_is_named_in_the_error():
    with pytest.raises(data.KnowledgeError, match="'xx'"):
        data.read_yaml("timex", "calendar.yaml", language="xx")


def test_another_languages_tables_live_in_their_own_folder():
    assert data.packaged("timex", "de") == data.PACKAGE / "timex/data/de"


def test_invalid_yaml_names_the_table(tmp_path):
    (tmp_path / "frames.yaml").write_text("say: [unclosed\n", "utf-8")
    with pytest.raises(data.KnowledgeError, match="frames.yaml"):
        data.read_yaml("events", "frames.yaml", data_dir=tmp_path)


def test_word_lists_skip_comments_and_blank_lines(tmp_path):
    (tmp_path / "admin_terms.txt").write_text("# source\nprovince\n\ncounty\n", "utf-8")
    assert data.read_words("geo", "admin_terms.txt", data_dir=tmp_path) == ["province", "county"]
