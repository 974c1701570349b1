"""What a speaker says others should or must do, and what counts as a denial."""

import pytest


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


def _triples(doc):
    return sorted((e["cameo"][:3], e["source_code"], e["target_code"]) for e in doc._.events)


def test_police_telling_an_ambush_pass_the_fact_on_without_accusing(nlp):
    doc = nlp("Colombian rebels ambushed an army convoy near the border on Sunday, "
              "Colombian police said.")
    assert not [e for e in doc._.events if e["cameo"].startswith("112")]
    # the army named in "an army convoy" is the one ambushed (docs/events.md, nested targets)
    assert ("190", "COLREB", "COLMIL") in _triples(doc)


def test_a_newspaper_reporting_an_ambush_does_not_accuse(nlp):
    doc = nlp("A Colombian newspaper reported on Monday that rebels had ambushed an army convoy.")
    assert not [e for e in doc._.events if e["cameo"].startswith("112")]


def test_a_government_telling_what_rebels_did_accuses_them(nlp):
    doc = nlp("The Colombian government said on Monday that rebels had ambushed an army convoy.")
    assert ("112", "COLGOV", "COLREB") in _triples(doc)


def test_charging_that_something_happened_is_an_accusation(nlp):
    doc = nlp("A shop owner in Lima charged on Friday that the tax office had forced him to "
              "close his store.")
    assert [e["cameo"] for e in doc._.events] == ["112"]


def test_an_arrest_told_without_its_author_is_by_the_police_the_article_names(nlp):
    doc = nlp("Six protesters were arrested outside the Chilean parliament on Friday, Chilean "
              "police said.")
    assert ("173", "CHLCOP", "CHLCVL") in _triples(doc)


def test_an_arrest_with_no_police_named_keeps_no_author(nlp):
    doc = nlp("Six protesters were arrested outside the parliament on Friday.")
    assert [e["source_code"] for e in doc._.events if e["cameo"] == "173"] == [None]


def test_a_possible_meeting_its_speaker_tells_of_is_an_intent(nlp):
    doc = nlp("The Chilean foreign minister said on Monday he might meet his Peruvian "
              "counterpart next week.")
    assert [(e["cameo"], e["modality"]) for e in doc._.events] == [("036", "future")]


def test_a_narrated_possibility_of_force_stays_hypothetical(nlp):
    doc = nlp("If talks fail, the army could attack the town.")
    assert {e["modality"] for e in doc._.events} == {"hypothetical"}


def test_an_appeal_spans_the_verbs_joined_under_one_should(nlp):
    doc = nlp("Senator Ana Ruiz said on Monday that Chile should listen to and cooperate with "
              "Peru.")
    assert [(e["cameo"][:2], e["target_code"]) for e in doc._.events] == [("02", "CHL")]



def _events(record, pattern_part):
    return [(e["cameo"], e["source_code"], e["target_code"]) for e in record["events"]
            if pattern_part in (e["pattern"] or "")]


# what a speaker says another does, hopes, foretells or asks: (behaviour, sentence, part of the
# event's pattern, its code's start, its source code, the start of its target code)
FOUND = [
    ("harm told of another is an accusation",
     "The Chilean foreign minister said Bolivia intends to neutralise the water talks.",
     "+wrongdoing", "112", "CHLGOV", "BOL"),
    ("a verb of causing harm told of another is an accusation",
     "The Chilean interior minister said Bolivian smugglers pose a threat to the northern towns.",
     "+wrongdoing", "112", "CHLGOV", "BOL"),
    ("a judging verb told of another is a criticism",
     "The Chilean senator said the Bolivian government had deceived the fishermen.",
     "+wrongdoing", "111", "CHLLEG", "BOL"),
    ("hoping another will act is an appeal to them",
     "The Chilean foreign minister said she hoped Bolivia would reopen the border crossing.",
     "hope+appeal", "02", "CHLGOV", "BOL"),
    ("consequences foretold for another are a threat",
     ("Any incursion by Bolivia into the northern waters would have serious consequences, the "
     "Chilean defence minister said."), "+penalty", "130", "CHLGOV", "BOL"),
    ("a price to pay foretold is a threat",
     "The Chilean minister said Bolivia will pay a heavy price for the raid.",
     "+penalty", "130", "CHLGOV", "BOL"),
    ("those who will be punished are threatened",
     "The Chilean interior minister said the Bolivian smugglers will be punished.",
     "+penalty", "130", "CHLGOV", None),
    ("a promise that the guilty will not be spared is a threat",
     ('"I promise the farmers of Arica that those behind the shooting would not be '
     'spared," the Bolivian opposition leader said.'), "promise+penalty", "130", "BOLOPP", None),
    ("a vow that others will be brought to justice is a threat",
     "The Chilean president vowed that the Bolivian smugglers would be brought to justice.",
     "vow+penalty", "130", "CHLGOV", "BOL"),
    ("one's own side's punishing of another foretold is a threat",
     "The Chilean minister said Chile will punish the Bolivian smugglers.",
     "+penalty", "130", "CHLGOV", "BOL"),
    ("suggesting that another should act is an appeal",
     "The Chilean foreign minister suggested that Bolivia should reopen the border.",
     "suggest-that", "02", "CHLGOV", "BOL"),
    ("the one asked to curb an act is the subject of should",
     ("The Chilean finance minister suggested that Bolivian officials should curb their "
     "protests."), "+appeal", "02", "CHLGOV", "BOLGOV"),
    ("an act told as done accuses its author",
     "The Chilean minister said Bolivian troops shelled the town.",
     "say+accuse", "112", "CHLGOV", "BOL"),
    ("a warning of a crackdown by X is a threat by X",
     "The rebels struck again despite a warning of a crackdown by Lima.",
     "n-warning", "13", "PERGOV", None),
    ("a threat of sanctions is coded by the act threatened",
     "The EU threat of sanctions against Iran worried traders.",
     "n-threat", "1312", "IGOEUREEC", "IRN"),
    ("should be impeached is a call aimed at the one removed",
     "The Peruvian opposition leader said the president should be impeached for corruption.",
     "+appeal", "024", "PEROPP", "PERGOV"),
    ("harm asked to stop is an appeal",
     '"Bolivia should stop interfering in our elections," the Chilean minister said.',
     "+appeal", "02", "CHLGOV", "BOL"),
    ("a call for a ban asking no one named threatens the one banned",
     "The Chilean senator is calling for Evo Morales to be banned from Chile.",
     "call-for", "132", "CHLLEG", "BOL"),
    ("a call for sanctions asking no one named is a threat of sanctions",
     "The Chilean senator called for sanctions against Bolivia.", "call-for", "1312", "CHLLEG",
     "BOL"),
    ("a call on someone to impose sanctions stays an appeal to them",
     "The Chilean senator called on the EU to impose sanctions on Bolivia.", "call-on", "02",
     "CHLLEG", "IGOEUREEC"),
    ("telling another to stop is a demand",
     "Mr. Boric told Peru to stop the raids.", "ultimatum-demand", "10", None, "PER"),
    ("a phrase before the verb is no complement",
     ("In his first comments on the deal, the Peruvian foreign minister refused to allow Chilean "
     "inspectors to visit the port."), "refuse", "12", "PERGOV", None),
    ("one's own plan told as future is an intent",
     "The Chilean senator said she would hold a hearing on the fishing quotas.",
     "say+intent", "030", "CHLLEG", None),
    ("a plan to send someone to a country is an intent aimed at it",
     "The Chilean foreign ministry said it plans to send a delegation of engineers to Bolivia.",
     "say+intent", "030", "CHLGOV", "BOL"),
    ("a move called without merit is rejected",
     "The Chilean interior minister said the lawsuit from Bolivia was without merit.",
     "say+dismiss", "120", "CHLGOV", "BOL"),
    ("a proposal called absurd is rejected",
     "The Chilean foreign minister said the Bolivian proposal was absurd.",
     "say+dismiss", "120", "CHLGOV", "BOL"),
    ("accusations called baseless are denied",
     "The Chilean foreign ministry said the accusations were baseless.",
     "say+dismiss", "016", "CHLGOV", None),
    ("accusations said to be untrue are denied",
     "The Chilean foreign ministry said the accusations by Bolivia were not true.",
     "say+dismiss", "016", "CHLGOV", None),
]


@pytest.mark.parametrize("text, pattern, code, source, target", [f[1:] for f in FOUND],
                         ids=[f[0] for f in FOUND])
def test_speech_gives_the_event(process, text, pattern, code, source, target):
    got = _events(process(text, published="2024-04-10"), pattern)
    assert [e for e in got if e[0].startswith(code) and (source is None or e[1] == source)
            and (target is None or (e[2] or "").startswith(target))], got


# (behaviour, sentence, part of the pattern or code start no event may have)
ABSENT = [
    ("harm told of the speaker's own side is no accusation",
     "The Chilean foreign minister said he regretted the delay.", "+wrongdoing"),
    ("negated harm is no accusation",
     "The Chilean foreign minister said Bolivia did not cheat in the vote.", "+wrongdoing"),
    ("harm asked to stop is no accusation",
     '"Bolivia should stop interfering in our elections," the Chilean minister said.',
     "+wrongdoing"),
    ("hoping for one's own act asks no one",
     "The Chilean president said she hoped she would visit Bolivia soon.", "hope+appeal"),
    ("hoping that things happen asks no one",
     "The Chilean president said he hoped the rains would come soon.", "hope+appeal"),
    ("hoping that talks succeed asks no one",
     "The Chilean minister said she hoped the talks would succeed.", "hope+appeal"),
    ("the act hoped for is no event",
     "The Chilean president said he hoped the Bolivian army would seize the opportunity to talk.",
     "seize"),
    ("a thing that will punish threatens no one",
     "The Chilean minister said the new law would punish drunk drivers.", "+penalty"),
    ("a price paid is no threat",
     "The Chilean minister said Bolivia had paid a price for its mistakes.", "+penalty"),
    ("suggesting a meeting is no speech",
     "The Chilean foreign minister suggested a meeting with Bolivia.", "suggest-that"),
    ("an act in an infinitive accuses no one",
     "The Chilean minister said the Bolivian ultimatum to storm the town was no longer valid.",
     "say+accuse"),
    ("telling a briefing what happened is no ultimatum",
     "Mr. Boric told a news conference that Peru had stopped the talks.", "ultimatum-demand"),
    ("a phrase of time is no complement",
     ('"The whole world thanked Chile," Mr. Boric told a press conference near the close of '
     "the talks."), "ultimatum-demand"),
    ("a phrase before the verb is no complement",
     ("In his first comments on the deal, the Peruvian foreign minister refused to allow Chilean "
     "inspectors to visit the port."), "refuse-comment"),
    ("another's act foretold is no intent of the speaker",
     "The Chilean senator said Bolivia would hold a referendum on the water treaty.",
     "say+intent"),
    ("a state foretold is no intent",
     "The Chilean senator said she would be glad to see the quotas raised.", "say+intent"),
    ("a negated plan is no intent",
     "The Chilean senator said she would not hold a hearing on the fishing quotas.",
     "say+intent"),
    ("a plan on a condition is no intent",
     "The Chilean senator said she would hold a hearing if the quotas were raised.",
     "say+intent"),
    ("a plan whose act the lexicon codes keeps that act's own code",
     "The Chilean senator said she would visit Bolivia next month.", "say+intent"),
    ("force foretold is no intent",
     "The Bolivian opposition leader said they would dislodge the government.", "say+intent"),
    ("a plan to stay is a state, no intent",
     "The Chilean senator said the tariff will stay in force.", "say+intent"),
    ("a claim said not to be baseless is no dismissal",
     "The Chilean foreign ministry said the report was not baseless.", "say+dismiss"),
    ("a thing called false that is no claim or move is no dismissal",
     "The Chilean foreign minister said the alarm was false.", "say+dismiss"),
    ("accusations called baseless are not judged a criticism",
     "The Chilean foreign ministry said the accusations were baseless.",
     "judgement-criticism"),
]


@pytest.mark.parametrize("text, pattern", [a[1:] for a in ABSENT], ids=[a[0] for a in ABSENT])
def test_speech_gives_no_such_event(process, text, pattern):
    assert not _events(process(text, published="2024-04-10"), pattern)
