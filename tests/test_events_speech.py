"""What a speaker says others should or must do, and what counts as a denial."""


def _codes(record):
    return [e["cameo"] for e in record["events"] if e["cameo"] != "010"]


def test_should_is_an_appeal(process):
    record = process("The Chilean foreign minister said Peru should reopen the border.",
                     published="2024-04-10")
    assert any(c.startswith("02") for c in _codes(record))


def test_must_is_a_demand(process):
    record = process("The Chilean foreign minister said Peru must reopen the border.",
                     published="2024-04-10")
    assert any(c.startswith("10") for c in _codes(record))


def test_denying_a_part_is_a_denial(process):
    record = process("The Peruvian army said it was not involved in the shooting.",
                     published="2024-04-10")
    assert "016" in _codes(record)


def test_a_negated_expectation_is_no_denial(process):
    record = process("The Peruvian president said he did not expect rain in Lima this week.",
                     published="2024-04-10")
    assert "016" not in _codes(record)


def test_a_negated_expectation_of_an_act_is_no_denial(process):
    record = process("The Peruvian president said he did not think the ruling would harm trade "
                     "with Chile.", published="2024-04-10")
    assert "016" not in _codes(record)


def test_will_not_oppose_is_no_denial(process):
    record = process("The Peruvian government said it will not oppose a visit by Chilean "
                     "officials.", published="2024-04-10")
    assert "016" not in _codes(record)
