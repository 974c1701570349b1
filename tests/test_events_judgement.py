"""Judgements in what a speaker says are criticisms (111) by the speaker."""

import pytest


def _codes(record):
    return [(e["cameo"], e["source_code"], e["target_code"]) for e in record["events"]
            if e["cameo"] != "010"]


def test_condemning_words_in_a_quote_are_criticism(process):
    record = process('"The government\'s new labour law is a shameful failure," said Maria Lopez, '
                     "the leader of Chile's largest trade union.", published="2024-04-10")
    crit = [e for e in record["events"] if e["cameo"] == "111"]
    assert crit and crit[0]["trigger"]["text"] in ("shameful", "failure")
    assert crit[0]["pattern"] == "judgement-criticism"


def test_a_report_of_suffering_is_not_criticism(process):
    record = process('"Many people died in the floods and the victims need help," the mayor of '
                     "Lima said.", published="2024-04-10")
    assert not [e for e in record["events"] if e["cameo"] == "111"]


def test_a_hard_task_or_a_legal_term_is_not_criticism(process):
    record = process('"Rebuilding the port is a difficult task and the budget deficit is under '
                     'pressure," the Kenyan finance minister said.', published="2024-04-10")
    assert not [e for e in record["events"] if e["cameo"] == "111"]


def test_negation_reverses_a_judgement(process):
    record = process('"The agreement is not bad for farmers," the Kenyan trade minister said.',
                     published="2024-04-10")
    assert not [e for e in record["events"] if e["cameo"] == "111"]


def test_a_want_or_a_hedge_is_not_criticism(process):
    record = process('"The clinics in the north are arguably short of staff because of a lack of '
                     'fuel," the Peruvian health minister said.', published="2024-04-10")
    assert not [e for e in record["events"] if e["cameo"] == "111"]


def test_an_adjective_on_a_hardship_describes_it(process):
    record = process('"Farmers in the valley still have nagging doubts about the harvest," the '
                     "Bolivian farm minister said.", published="2024-04-10")
    assert not [e for e in record["events"] if e["cameo"] == "111"]


def test_the_least_bad_choice_is_no_criticism(process):
    record = process('"Selling the old ferry is the least bad choice for the island," the '
                     "Chilean transport minister said.", published="2024-04-10")
    assert not [e for e in record["events"] if e["cameo"] == "111"]


def test_a_more_specific_event_wins(process):
    record = process('"We condemn this shameful attack on our embassy," the Polish foreign minister '
                     "said.", published="2024-04-10")
    assert [e["pattern"] for e in record["events"] if e["cameo"][:2] == "11"] != [
        "judgement-criticism"]


def test_should_in_a_quoted_sentence_is_an_appeal_to_its_subject(process):
    record = process('The Chilean foreign minister spoke in Santiago on Monday. "The Peruvian '
                     'government should reopen the border at once. We cannot wait," she said.',
                     published="2024-04-10")
    appeals = [e for e in record["events"] if e["pattern"] == "quoted-appeal"]
    assert appeals and appeals[0]["cameo"] == "020" and appeals[0]["target_code"].startswith("PER")


def test_there_should_be_asks_no_one(process):
    record = process('"There should be no doubt about our commitment," the Chilean foreign '
                     "minister said.", published="2024-04-10")
    assert not [e for e in record["events"] if e["pattern"].startswith("quoted-")]


def test_we_in_a_quote_is_its_speaker(process):
    record = process('"We support the new peace plan," said the Chilean foreign minister, '
                     "Alberto van Klaveren.", published="2024-04-10")
    support = [e for e in record["events"] if e["cameo"].startswith("05")]
    assert support and support[0]["source_code"] == "CHLGOV"


def test_a_demand_on_no_one_is_no_demand(process):
    record = process('"This drought must end," the Kenyan water minister said.',
                     published="2024-04-10")
    assert not [e for e in record["events"] if e["cameo"][:2] in ("02", "10")]


def test_an_appeal_to_others_named_by_a_plural_stays(process):
    record = process('"Neighbouring countries should stop the smuggling," the Kenyan interior '
                     'minister said.', published="2024-04-10")
    assert [e["cameo"][:2] for e in record["events"] if e["cameo"][:2] in ("02", "10")] == ["02"]


def test_a_quote_judges_when_the_act_it_names_has_no_actor(process):
    record = process('"The trouble with Uganda is our unfair suspension from the bloc," Kenyan '
                     'Foreign Minister Musalia Mudavadi said.', published="2024-04-10")
    assert [e["cameo"] for e in record["events"] if e["cameo"][:2] == "11"] == ["111"]


def test_a_hope_that_others_act_is_one_appeal(process):
    record = process('"We hope Uganda will reopen the border," the Kenyan trade minister said.',
                     published="2024-04-10")
    assert [e["cameo"] for e in record["events"] if e["cameo"] != "010"] == ["020"]


def test_a_hope_about_a_thing_asks_no_one(process):
    record = process('"I hope that such a closure never happens, because it would hurt '
                     'Uganda," the Kenyan defence minister said.', published="2024-04-10")
    assert not [e for e in record["events"] if e["cameo"][:2] == "02"]


def test_a_judging_verb_in_a_quote_is_criticism(process):
    record = process('"The Ugandan government has betrayed our farmers," the Kenyan senator '
                     'said.', published="2024-04-10")
    assert [e["target_code"] for e in record["events"] if e["cameo"] == "111"] == ["UGAGOV"]


def test_a_quoted_now_dates_the_judgement_by_its_saying(process):
    record = process('"Farmers are now betrayed by the Ugandan government," the Kenyan senator '
                     'said on Monday.', published="2024-04-10")
    crit = [e for e in record["events"] if e["cameo"] == "111"]
    assert crit and crit[0]["date"] == "2024-04-08"


def test_words_that_sum_to_the_threshold_exactly_judge(nlp):
    # "disturbing" (-2.3) and "embrace" (+1.3) add up to -1.0, the threshold itself
    doc = nlp('Senator Maria Lopez of Chile weighed in on Tuesday. "The new Peruvian tariff is '
              'disturbing, even as more nations embrace open trade," Lopez said.')
    assert [(e["cameo"], e["trigger"]["text"]) for e in doc._.events
            if e["cameo"] != "010"] == [("111", "disturbing")]


def test_a_quoted_appeal_in_condemning_words_is_a_criticism(nlp):
    doc = nlp('Peruvian Foreign Minister Ana Ruiz spoke in Lima on Monday. "Chile should end its '
              'shameful and reckless meddling in our affairs," according to Ruiz.')
    assert [(e["cameo"], e["target_code"]) for e in doc._.events
            if e["cameo"] != "010"] == [("111", "CHL")]


def test_an_appeal_told_to_unnamed_others_is_not_aimed_at_the_speakers_country(nlp):
    doc = nlp('"Outside powers should stop their reckless meddling in our affairs," the '
              'Peruvian foreign minister said on Monday.')
    assert [(e["cameo"][:2], e["target_code"]) for e in doc._.events] == [("02", None)]



# quoted "we will <force>": (behaviour, sentence, the target code of the threat, or None for none)
QUOTED_THREATS = [
    ("we will force another in a quote is a threat",
     ('"We will dislodge the Bolivian government before the winter," the Bolivian opposition '
     "leader said."), "BOLGOV"),
    ("we will not force another is no threat",
     '"We will not storm the Bolivian parliament," the Bolivian opposition leader said.', None),
    ("forcing told of others in a quote is no quoted threat",
     '"The miners will storm the ministry," the Bolivian opposition leader said.', None),
]


@pytest.mark.parametrize("text, target", [q[1:] for q in QUOTED_THREATS],
                         ids=[q[0] for q in QUOTED_THREATS])
def test_quoted_threats(process, text, target):
    threats = [e for e in process(text, published="2024-04-10")["events"]
               if e["pattern"] == "quoted-threat"]
    if target is None:
        assert not threats
    else:
        assert threats and threats[0]["cameo"] == "130" and threats[0]["target_code"] == target
