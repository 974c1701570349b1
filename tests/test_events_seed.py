"""The seed article's events (../shared/seed/lavrov-beijing.txt, published 2024-04-08)."""

import pytest


@pytest.fixture(scope="module")
def coded(seed_record):
    actors = {a["id"]: a for a in seed_record["actors"]}
    quotes = {q["id"]: q for q in seed_record["quotes"]}

    def names(ids):
        return [actors[i]["name"] for i in ids]

    evs = [dict(e, src=names(e["source"]), tgt=names(e["target"]),
                tgt_codes=[actors[i]["code"] for i in e["target"]]) for e in seed_record["events"]]
    return evs, actors, quotes


def find(evs, *, src, cameo=None, root=None):
    out = [e for e in evs if any(src in n for n in e["src"])
           and (cameo is None or e["cameo"] == cameo) and (root is None or e["cameo_root"] == root)]
    assert out, f"no {cameo or root} event by {src}: {[(e['src'], e['cameo']) for e in evs]}"
    return out


def test_lavrov_visit_to_beijing(coded):
    evs, _, _ = coded
    visits = find(evs, src="Lavrov", cameo="042")
    first = visits[0]
    assert first["source_code"] == "RUSGOV"
    assert first["tgt_codes"][0][:3] == "CHN"
    assert first["date"] == "2024-04-08"
    assert first["plover"] == {"type": "CONSULT", "mode": "visit"}


def test_planned_meeting_with_wang_yi_is_future(coded):
    evs, _, _ = coded
    meet = [e for e in find(evs, src="Lavrov", root="03") + find(evs, src="Lavrov", root="04")
            if any("Wang" in n for n in e["tgt"])]
    assert meet and meet[0]["modality"] == "future"
    assert meet[0]["cameo"] == "036"  # future consultation -> intent to meet (docs/events.md)


def test_october_visit_is_background(coded):
    # "last visited Beijing in October" (2023-10, six months before publication) is history told
    # as background, not an event of the article (docs/events.md, "Background")
    evs, _, _ = coded
    assert not [e for e in evs if e["date"] == "2023-10" and e["cameo"] == "042"]


def test_russia_invasion_of_ukraine(coded):
    evs, _, _ = coded
    inv = [e for e in find(evs, src="Russia", root="19") if e["tgt"] == ["Ukraine"]]
    assert inv and inv[0]["source_code"] == "RUS" and inv[0]["pattern"] == "n-invasion"


def test_blinken_claim_is_reported_from_his_quote(coded):
    evs, actors, quotes = coded
    claimed = [e for e in evs if e["quote"] and quotes[e["quote"]]["speaker"]
               and "Blinken" in actors.get(quotes[e["quote"]]["speaker"]["actor"], {}).get("name", "")]
    assert claimed, "nothing coded from Blinken's words"
    aid = [e for e in claimed if e["src"] == ["China"] and e["cameo_root"] == "07"]
    assert aid and aid[0]["modality"] == "reported" and aid[0]["tgt"] == ["Russia"]


def test_yellen_warning_and_visit(coded):
    evs, _, _ = coded
    warn = find(evs, src="Yellen", root="13")[0]
    assert warn["trigger"]["text"].endswith("warned") and warn["quote"]
    visit = find(evs, src="Yellen", cameo="042")[0]
    assert visit["tgt_codes"][0][:3] == "CHN"


def test_mao_ning_rebuttals(coded):
    evs, _, _ = coded
    denial = find(evs, src="Mao", cameo="016")
    assert denial[0]["quote"] is not None and denial[0]["source_code"] == "CHNGOV"
    # "should not smear": an appeal to others (02; "must" would make it a demand, 10)
    assert find(evs, src="Mao", root="02")


def test_china_and_russia_deepened_ties_each_towards_the_other(coded):
    evs, _, _ = coded
    ties = [e for e in evs if e["src"] in (["China"], ["Russia"]) and e["cameo_root"] == "05"
            and set(e["src"] + e["tgt"]) == {"China", "Russia"}]
    assert sorted(e["src"][0] for e in ties) == ["China", "Russia"]


def test_few_extras(coded):
    evs, _, _ = coded
    assert len(evs) <= 20
    assert all(e["source"] for e in evs)


def test_events_validate_against_schema(seed_record):
    import eventwire

    eventwire.validate(seed_record)
