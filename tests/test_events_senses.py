"""Words of an act in another sense, headline constructions and who is acted upon."""


def _events(process, text):
    record = process(text, published="2024-04-10")
    return [(e["cameo"], e["source_code"], e["target_code"], e["modality"])
            for e in record["events"] if e["cameo"] != "010"]


def test_a_date_is_never_the_target(process):
    assert _events(process, "Canada imposed sanctions on Iran on Monday.") == [
        ("163", "CAN", "IRN", "asserted")]


def test_adopted_sanctions(process):
    events = _events(process, "The European Union adopted sanctions against Belarus on Monday.")
    assert [(c, t) for c, _, t, _ in events] == [("163", "BLR")]


def test_no_as_determiner_negates_the_act(process):
    assert all(m == "negated" for *_, m in _events(
        process, "The Kenyan government gave no details about the agreement."))


def test_breaking_off_a_speech_is_no_break_in_relations(process):
    assert not _events(process, "The Chilean president broke off his speech on Monday.")


def test_returning_home_returns_nothing(process):
    assert not _events(process, "The Kenyan president returned home from Ethiopia on Sunday.")


def test_protesters_gathering_protest(process):
    events = _events(process, "Thousands of protesters gathered outside parliament in Nairobi.")
    assert [c for c, *_ in events] == ["141"]


def test_backed_by_makes_the_agent_the_source(process):
    events = _events(process, "Militias backed by Iran attacked the base on Monday.")
    assert ("051", "IRN") in [(c, s) for c, s, *_ in events]
