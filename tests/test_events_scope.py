"""Acts told to describe a participant are not events of the article; "seek" only with a thing
asked for."""


def _roots(record):
    return [e["cameo"][:2] for e in record["events"] if e["cameo"] != "010"]


def test_restrictive_relative_clause_describes(process):
    record = process("Farmers who oppose the new water tax marched through Santiago on Monday.",
                     published="2024-04-10")
    assert "11" not in _roots(record)
    assert "14" in _roots(record)


def test_relative_clause_after_a_name_is_news(process):
    record = process("Gabriel Boric, who met the Argentine president on Monday, returned to "
                     "Santiago.", published="2024-04-10")
    assert "04" in _roots(record)


def test_sought_to_is_no_appeal(process):
    record = process("The Chilean minister sought to clarify her remarks on Tuesday.",
                     published="2024-04-10")
    assert "02" not in _roots(record)


def test_seeking_help_is_an_appeal(process):
    record = process("Peru sought help from Chile after the floods on Tuesday.",
                     published="2024-04-10")
    assert "02" in _roots(record)


def test_an_act_asked_about_is_hypothetical(process):
    record = process("Will the European Union impose sanctions on Belarus?", published="2024-04-10")
    assert [e["modality"] for e in record["events"]] == ["hypothetical"]


def test_what_a_text_grants_is_no_act_of_anyones(nlp):
    doc = nlp("The 2003 border treaty guarantees herders from both countries free passage.")
    assert [e["cameo"] for e in doc._.events] == []


def test_an_act_told_with_how_long_it_has_lasted_is_no_event(process):
    record = process("Rival militia leaders in the delta have long accused each other of "
                     "smuggling fuel.", published="2024-04-10")
    assert "11" not in _roots(record)


def test_an_act_done_for_years_is_no_event(process):
    record = process("For years the Kenyan government has donated maize to refugees in Somalia.",
                     published="2024-04-10")
    assert "07" not in _roots(record)


def test_as_long_as_is_no_span(process):
    record = process("The Kenyan government donated maize to Somalia on Monday as long as the "
                     "roads were open.", published="2024-04-10")
    assert "07" in _roots(record)


def test_how_long_a_coming_act_will_last_is_no_span(process):
    record = process("Kenya plans to impose sanctions on Uganda for two years.",
                     published="2024-04-10")
    assert "11" not in _roots(record)
    assert [e for e in record["events"] if e["cameo"] != "010"]


STORY = ("BOGOTA, May 3 - Colombian rebels attacked an army post on Monday. The army said two "
         "soldiers died. ")


def test_the_narrators_simple_present_past_the_lede_is_habitual(process):
    record = process(STORY + "The rebels oppose the peace plan and accuse the government of "
                     "fraud.", published="2024-05-03")
    assert _roots(record) == ["19"]


def test_a_headline_in_the_present_is_news(process):
    record = process("Kenya dismisses Ugandan criticism of its border policy", published="2024-05-03")
    assert "12" in _roots(record)


def test_a_document_that_asks_in_the_present_stays(process):
    record = process(STORY + "A lawsuit filed by the Colombian opposition asks the Supreme Court "
                     "to stop the peace plan.", published="2024-05-03")
    assert "02" in _roots(record)


def test_an_act_after_a_noun_of_degree_is_described(process):
    record = process("The Kenyan foreign minister said the visit marked a higher degree of "
                     "cooperation between Kenya and Uganda.", published="2024-05-03")
    assert "06" not in _roots(record)


def test_cooperation_told_stays(process):
    record = process("Kenya and Uganda agreed on Monday to expand cooperation on border security.",
                     published="2024-05-03")
    assert _roots(record)
