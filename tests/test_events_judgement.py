"""Judgements in what a speaker says are criticisms (111) by the speaker."""


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


def test_negation_reverses_a_judgement(process):
    record = process('"The agreement is not bad for farmers," the Kenyan trade minister said.',
                     published="2024-04-10")
    assert not [e for e in record["events"] if e["cameo"] == "111"]


def test_a_more_specific_event_wins(process):
    record = process('"We condemn this shameful attack on our embassy," the Polish foreign minister '
                     "said.", published="2024-04-10")
    assert [e["pattern"] for e in record["events"] if e["cameo"][:2] == "11"] != [
        "judgement-criticism"]
