"""Per-phenomenon tests of the event coder on sentences written for these tests."""

import pytest

from eventwire.extensions import record_actors


def matches(nlp, text):
    """The coder's live matches (token arguments) for a text."""
    doc = nlp(text)
    return [m for m in doc._.ew_events_matches if not m.absorbed]


def events(nlp, text):
    doc = nlp(text)
    names = {a["id"]: a for a in record_actors(doc)}
    return doc, [dict(e, src=[names[a]["name"] for a in e["source"]],
                      tgt=[names[a]["name"] for a in e["target"]]) for e in doc._.events]


def one(nlp, text, code_prefix):
    ms = [m for m in matches(nlp, text) if m.code.startswith(code_prefix)]
    assert ms, f"no {code_prefix} match in {text!r}: {[m.pattern for m in matches(nlp, text)]}"
    return ms[0]


def words(toks):
    return [t.text for t in toks]


def test_active_voice_attack(nlp):
    m = one(nlp, "Armenian forces attacked Azerbaijani positions on Tuesday.", "19")
    assert words(m.source) == ["forces"] and words(m.target) == ["positions"]
    assert m.modality == "asserted" and m.pattern == "attack"


def test_passive_voice_swaps_roles(nlp):
    m = one(nlp, "The convoy was ambushed by rebels near the border.", "190")
    assert words(m.source) == ["rebels"] and words(m.target) == ["convoy"]


def test_a_criticism_noun_with_no_author_is_no_event(nlp):
    doc = nlp("The backlash against the Bolivian government grew on Monday.")
    assert not [e for e in doc._.events if e["cameo"][:2] == "11"]


def test_a_criticism_noun_with_its_author_stays(nlp):
    doc = nlp("Chilean criticism of the Bolivian president grew on Monday.")
    assert [e["source_code"] for e in doc._.events if e["cameo"] == "111"] == ["CHLGOV"]


def test_a_passive_criticism_keeps_no_author(nlp):
    doc = nlp("The Bolivian president was criticised over the fuel subsidy cuts on Monday.")
    assert [e["target_code"] for e in doc._.events if e["cameo"] == "111"] == ["BOLGOV"]


def test_a_phrase_before_the_verb_is_no_complement(nlp):
    doc = nlp("In her comments on Monday, the Kenyan minister refused to allow Ugandan ships to "
              "dock.")
    assert [e["cameo"][:2] for e in doc._.events if e["cameo"][:2] != "01"] == ["12"]


def test_refusing_to_comment_is_declining_comment(nlp):
    doc = nlp("The Kenyan minister refused to comment on the port dispute.")
    assert [e["cameo"] for e in doc._.events if e["modality"] == "asserted"] == ["011"]


def test_a_phrase_of_time_or_place_is_no_complement(nlp):
    doc = nlp('"The whole region praised Kenya," the Kenyan minister told a press conference near the '
              "close of the summit.")
    assert not [e for e in doc._.events if e["cameo"][:2] == "10"]


def test_conjoined_subjects_make_one_event_each(nlp):
    # one event per (source, action, target), as event-data coders list them
    _doc, evs = events(nlp, "Germany and France signed a defence pact with Poland.")
    pact = [e for e in evs if e["cameo"] == "057"]
    assert sorted(tuple(e["src"]) for e in pact) == [("France",), ("Germany",)]
    assert all(e["tgt"] == ["Poland"] for e in pact)


def test_conjoined_objects(nlp):
    m = one(nlp, "The minister visited Kenya and Uganda last month.", "042")
    assert words(m.target) == ["Kenya", "Uganda"]


def test_negation(nlp):
    m = one(nlp, "The Turkish president did not meet the Greek prime minister.", "04")
    assert m.modality == "negated"


def test_future_cooperation_becomes_intent_code(nlp):
    m = one(nlp, "Egypt will host talks with Sudan next week.", "03")
    assert m.modality == "future" and m.code == "036"


def test_plans_to_visit_is_future_intent(nlp):
    m = one(nlp, "The Indian premier plans to visit Japan in May.", "03")
    assert m.code == "036" and m.modality == "future"


def test_future_violence_becomes_threat(nlp):
    m = one(nlp, "The rebels will attack the capital, their commander said.", "13")
    assert m.code.startswith("138")


def test_pledge_to_withdraw_is_intent_to_yield(nlp):
    m = one(nlp, "Ethiopia pledged to withdraw its troops from the border town.", "03")
    assert m.code == "0356" and m.pattern == "pledge+withdraw"


def test_hypothetical(nlp):
    m = one(nlp, "If talks fail, the army could attack the town.", "19")
    assert m.modality == "hypothetical"


def test_reported_speech_and_accusation(nlp):
    _doc, evs = events(nlp, "Pakistan said India shelled villages in Kashmir.")
    shell = [e for e in evs if e["cameo_root"] == "19"]
    assert shell and shell[0]["modality"] == "reported" and shell[0]["src"] == ["India"]
    accuse = [e for e in evs if e["cameo"] == "112"]
    assert accuse and accuse[0]["src"] == ["Pakistan"] and accuse[0]["tgt"] == ["India"]
    assert not [e for e in evs if e["cameo"] == "010"]  # statement only when nothing else


def test_warn_of_consequences_is_threaten(nlp):
    m = one(nlp, "Japan warned China of serious consequences.", "13")
    assert words(m.target) == ["China"]


def test_denial(nlp):
    m = one(nlp, "The Syrian government denied the report.", "016")
    assert m.pattern in ("deny", "dismiss-charge", "reject-charge")


def test_urge_to_is_appeal(nlp):
    m = one(nlp, "The United Nations urged Israel to allow aid into Gaza.", "02")
    assert words(m.target) == ["Israel"] and m.code.startswith("025")


def test_called_on_versus_called_for(nlp):
    on = one(nlp, "Brazil called on Venezuela to release the prisoners.", "02")
    assert on.entry.id == "call-on" and on.code == "0253"
    assert one(nlp, "Brazil called for a ceasefire.", "02").entry.id == "call-for"


def test_met_with(nlp):
    m = one(nlp, "The Chinese envoy met with Kenyan officials in Nairobi.", "040")
    assert m.entry.id == "meet-with" and words(m.target) == ["officials"]


def test_pulled_out_of(nlp):
    m = one(nlp, "The United States pulled out of the nuclear deal.", "0874")
    assert m.entry.id == "pull-out"


def test_nominal_event_possessor_and_of(nlp):
    m = one(nlp, "Iraq's invasion of Kuwait shocked the region.", "190")
    assert words(m.source) == ["Iraq"] and words(m.target) == ["Kuwait"]


def test_nominal_visit_to_by(nlp):
    m = one(nlp, "A visit to Cuba by the Mexican president was announced.", "042")
    assert words(m.source) == ["president"] and words(m.target) == ["Cuba"]


def test_support_verb_gives_noun_its_source(nlp):
    m = one(nlp, "Norway held talks with the Colombian rebels.", "04")
    assert words(m.source) == ["Norway"] and words(m.target) == ["rebels"]


def test_statement_kept_only_when_nothing_more_specific(nlp):
    _doc, evs = events(nlp, "The Kenyan foreign minister said the weather was fine.")
    assert [e["cameo"] for e in evs] == ["010"]


def test_statements_switch_off(nlp):
    import eventwire

    off = eventwire.load(config={"eventwire_events": {"statements": False}},
                         components=["eventwire_actors", "eventwire_quotes", "eventwire_events"])
    doc = off("The Kenyan foreign minister said the weather was fine.")
    assert doc._.events == []


@pytest.mark.parametrize("text", [
    "Manchester United beat Chelsea 2-1 on Saturday.",
    "Apple shares rose three percent after strong iPhone sales.",
    "The striker scored twice as Spain thrashed Italy in the final.",
    "Heavy rain is expected across the north of England this weekend.",
])
def test_sports_business_and_weather_yield_nothing(nlp, text):
    assert nlp(text)._.events == []


@pytest.mark.parametrize("text", ["", "   ", "\u200b\u2028??", "... --- ...", "🙂 " * 5])
def test_odd_input_codes_nothing_and_nothing_fails(nlp, text):
    doc = nlp(text)
    assert doc._.errors is None, "no component failed"
    assert doc._.events == []


def test_event_record_shape(nlp):
    doc, evs = events(nlp, "Russian troops shelled Kharkiv on Monday.")
    e = next(x for x in evs if x["cameo_root"] == "19")
    assert doc.text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
    assert e["plover"]["type"] == "ASSAULT" and e["quad_class"] == 4 and e["goldstein"] < 0
    assert e["pattern"] and 0 < e["confidence"] <= 1 and e["sentence"] == 0


def test_announced_sanctions_keep_their_code(nlp):
    m = one(nlp, "The European Union will impose sanctions on Belarus.", "16")
    assert m.code == "163" and m.modality == "future"


def test_negated_future_cooperation_is_refusal(nlp):
    m = one(nlp, "Hungary will not accept more refugees.", "12")
    assert m.code == "1223" and m.modality == "asserted"


def test_obligation_in_reported_speech_is_a_demand(nlp):
    _doc, evs = events(nlp, "Ghana said Togo must release the detained journalists.")
    demand = [e for e in evs if e["cameo"] == "1053"]
    assert demand and demand[0]["src"] == ["Ghana"] and demand[0]["tgt"] == ["Togo"]


def test_adjective_predicate(nlp):
    m = one(nlp, "The Peruvian president was critical of Chile.", "111")
    assert words(m.source) == ["president"] and words(m.target) == ["Chile"]


def test_a_conjunct_in_its_own_tense_is_not_negated_by_the_first(nlp):
    ms = [m for m in matches(nlp, "Chilean diplomats did not dispute the letter, but disputed "
                                  "its reading.") if m.trigger.text == "disputed"]
    assert ms and ms[0].modality != "negated"


def test_a_conjunct_sharing_the_auxiliary_is_negated(nlp):
    doc = nlp("The Turkish president did not meet or call the Greek prime minister.")
    assert all(m.modality == "negated" for m in doc._.ew_events_matches or [])
