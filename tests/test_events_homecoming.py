"""Going home is no visit: coming back to one's own country, or to no place at all."""


def _codes(process, text):
    record = process(text, published="2024-04-10")
    return [e["cameo"] for e in record["events"] if e["cameo"] != "010"]


def test_returning_to_ones_own_capital_is_no_visit(process):
    assert _codes(process, "The Kenyan foreign minister returned to Nairobi on Friday.") == []


def test_returning_to_an_activity_is_no_visit(process):
    assert _codes(process, "The Peruvian rebel leader will probably return to smuggling.") == []


def test_returning_to_another_country_is_a_visit(process):
    assert _codes(process, "The Kenyan foreign minister returned to Kampala on Friday.") == [
        "042"]


def test_a_planned_return_abroad_is_an_intent(process):
    assert _codes(process, "The Kenyan foreign minister will return to Kampala next week.") == [
        "036"]
