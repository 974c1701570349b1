"""The CAMEO/PLOVER ontology table: generated facts, read back correctly."""

from pathlib import Path

import pytest

from eventwire.events import ontology

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "data"


def test_all_twenty_roots_present():
    roots = {c.root for c in ontology.table().values()}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


def test_visit_code_facts():
    c = ontology.lookup("042")
    assert (c.name, c.root, c.quad_class, c.goldstein) == ("Make a visit", "04", 1, 1.9)
    assert c.plover() == {"type": "CONSULT", "mode": "visit"}


@pytest.mark.parametrize("code,quad", [("010", 1), ("057", 1), ("061", 2), ("0874", 2),
                                       ("112", 3), ("130", 3), ("163", 4), ("190", 4)])
def test_quad_class_by_root(code, quad):
    assert ontology.lookup(code).quad_class == quad


def test_statements_and_appeals_have_no_plover_type():
    assert ontology.lookup("010").plover() is None
    assert ontology.lookup("020").plover() is None


def test_four_digit_code_inherits_plover_type():
    assert ontology.lookup("1823").plover_type == "ASSAULT"


def test_unknown_code_is_a_clear_error():
    with pytest.raises(KeyError, match="999"):
        ontology.lookup("999")


def test_table_carries_no_descriptions():
    text = (ROOT / "src/eventwire/events/data/ontology.tsv").read_text("utf-8")
    assert "example" not in text.lower().split("\n", 20)[-1]
    assert max(len(line) for line in text.splitlines() if not line.startswith("#")) < 160


def test_build_script_reproduces_committed_table(tmp_path):
    if not (SHARED / "cameo" / "cameo-codes.csv").exists():
        pytest.skip("shared data not available")
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_ontology", ROOT / "scripts/build_ontology.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = tmp_path / "ontology.tsv"
    mod.build(SHARED / "cameo" / "cameo-codes.csv", SHARED / "plover" / "CAMEO2PLOVER-2021.txt", out)
    committed = (ROOT / "src/eventwire/events/data/ontology.tsv").read_text("utf-8")
    assert out.read_text("utf-8") == committed


def test_every_root_has_a_coding_rule_row():
    from eventwire import data

    rows = {r["code"] for r in data.read_tsv("events", "code_rules.tsv")}
    assert {c.root for c in ontology.table().values()} <= rows


def test_violence_needs_a_target_that_may_be_a_place():
    attack = ontology.lookup("190")
    assert attack.needs_target and attack.thing_target and attack.no_source


def test_a_visit_may_be_to_a_place_but_a_consultation_needs_a_partner():
    assert ontology.lookup("042").thing_target and not ontology.lookup("040").thing_target
    assert ontology.lookup("040").needs_target


def test_a_planned_act_of_cooperation_is_an_intent_and_one_of_force_a_threat():
    assert ontology.lookup("036").future_frame is None  # an intent is not planned twice
    assert ontology.lookup("057").future_frame == "intent"
    assert ontology.lookup("190").future_frame == "threaten"


def test_statements_are_aimed_at_no_implicit_country():
    assert not ontology.lookup("010").implicit_target and ontology.lookup("141").implicit_target
