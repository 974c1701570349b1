"""Acts the coder used to miss: participants named in a second phrase, other senses of words."""


def _events(process, text):
    record = process(text, published="2024-04-10")
    return [(e["cameo"], e["source_code"], e["target_code"], e["modality"])
            for e in record["events"] if e["cameo"] != "010"]


def test_a_repeated_preposition_names_a_second_participant(process):
    events = _events(process, "Kenyan diplomats in Kampala were cooperating with the Anglican "
                              "church and with Ethiopian envoys to free the hostages.")
    assert {t for c, _, t, _ in events if c.startswith("06")} == {"KENREL", "ETHGOV"}


def test_conjoined_adjectives_name_one_participant_each(process):
    events = _events(process, "Ethiopian and Somali officials accused Kenyan police of "
                              "beating refugees.")
    assert {s for c, s, _, _ in events if c.startswith("112")} == {"ETHGOV", "SOMGOV"}
