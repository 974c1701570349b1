"""Short articles written for these tests: institutions of other countries (parliament, army,
rebels, police, companies, UN agencies) with the codes an analyst would give them."""

from __future__ import annotations

import pytest

KENYA = (
    "NAIROBI - Kenyan police fired tear gas at protesters outside parliament on Tuesday, as "
    "lawmakers debated a new finance bill.\n\n"
    "The protesters said the bill would raise the price of bread. Police said 40 people had "
    "been arrested. Safaricom, the telecoms company, said its shops in the city would stay "
    "closed."
)

SUDAN = (
    "The Sudanese army said it had retaken the town of Wad Madani from the Rapid Support "
    "Forces on Sunday.\n\n"
    "The UN refugee agency said more than 10,000 people had fled the fighting in the past week. "
    "Rebels in Darfur accused the army of shelling civilians."
)

PERU = (
    "Peru's Congress voted on Thursday to remove the country's attorney general. The "
    "Constitutional Court had ruled last month that the vote could go ahead.\n\n"
    "Peruvian troops were sent to the border with Ecuador, the defence ministry said. "
    "Journalists covering the vote were kept outside the building."
)


def codes(record: dict) -> dict[str, str]:
    """First mention text → code, for every actor."""
    return {a["mentions"][0]["text"]: a["code"] for a in record["actors"]}


@pytest.fixture(scope="module")
def kenya(nlp):
    import eventwire

    return eventwire.process(KENYA, published="2024-06-25", nlp=nlp)


@pytest.fixture(scope="module")
def sudan(nlp):
    import eventwire

    return eventwire.process(SUDAN, published="2024-12-01", nlp=nlp)


@pytest.fixture(scope="module")
def peru(nlp):
    import eventwire

    return eventwire.process(PERU, published="2024-11-14", nlp=nlp)


def test_kenya_police_and_protesters(kenya):
    found = codes(kenya)
    assert found["Kenyan police"] == "KENCOP"  # the dateline stays out of the mention
    assert found["protesters"] == "KENCVL"  # country from the article: it names only Kenya


def test_kenya_parliament_and_lawmakers(kenya):
    found = codes(kenya)
    assert found["parliament"] == "KENLEG"
    assert found["lawmakers"] == "KENLEG"


def test_kenya_later_police_joins_kenyan_police(kenya):
    police = [a for a in kenya["actors"] if a["code"] == "KENCOP"]
    assert len(police) == 1 and len(police[0]["mentions"]) == 2


def test_kenya_company(kenya):
    company = [a for a in kenya["actors"] if a["sector"] == "BUS"]
    assert company and company[0]["country"] == "KEN"


def test_sudan_army_and_it(sudan):
    army = [a for a in sudan["actors"] if a["code"] == "SDNMIL"]
    assert army
    texts = [m["text"] for m in army[0]["mentions"]]
    assert texts[0] == "Sudanese army" and "it" in texts and "army" in texts


def test_sudan_paramilitary_and_un_agency(sudan):
    found = codes(sudan)
    assert found["Rapid Support Forces"] == "SDNPRM"
    assert found["UN refugee agency"] == "IGOUNOREF"


def test_sudan_rebels_in_darfur(sudan):
    rebels = [a for a in sudan["actors"] if a["sector"] == "REB"]
    assert rebels and rebels[0]["country"] == "SDN"


def test_peru_congress_court_attorney_general(peru):
    found = codes(peru)
    assert found["Peru's Congress"] == "PERLEG"
    assert found["Constitutional Court"] == "PERJUD"


def test_peru_troops_and_ministry(peru):
    found = codes(peru)
    assert found["Peruvian troops"] == "PERMIL"
    assert found["defence ministry"] == "PERGOV"


def test_peru_journalists(peru):
    journalists = [a for a in peru["actors"] if a["sector"] == "JRN"]
    assert journalists


def test_records_validate(kenya, sudan, peru):
    import eventwire

    for record in (kenya, sudan, peru):
        eventwire.validate(record)
