"""Acts coded with the CAMEO root their words carry, not the root of a word in another role."""


def _events(process, text):
    record = process(text, published="2024-04-10")
    return [(e["cameo"], e["source_code"], e["target_code"], e["modality"])
            for e in record["events"] if e["cameo"] != "010"]


def test_a_stance_owned_by_another_inside_a_clause_is_referred_to(process):
    events = _events(process, "Ugandan opposition leaders argue that the Kenyan president's "
                              "opposition to the new tariff goes beyond his speeches.")
    assert not [c for c, *_ in events if c.startswith("12")]


def test_the_owner_telling_its_own_stance_is_an_event(process):
    events = _events(process, "Kenya said on Monday that its opposition to the new tariff "
                              "was firm.")
    assert [(c, s) for c, s, *_ in events if c.startswith("12")] == [("120", "KENGOV")]
