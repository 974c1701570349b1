"""The cleaner on small crafted cases: wraps, broken words, furniture, and odd input."""

from __future__ import annotations

from collections import Counter

import pytest

from eventwire.clean import clean


def kinds(cleaned) -> list[str]:
    return [r["kind"] for r in cleaned.removed]


def alnum(text: str) -> Counter:
    return Counter(ch for ch in text if ch.isalnum())


# --- paragraphs and wraps -------------------------------------------------------------------

def test_hard_wrapped_lines_become_one_paragraph():
    raw = "The council met on Friday to discuss\nthe budget and agreed to postpone\nthe vote until May.\n"
    assert clean(raw).text == (
        "The council met on Friday to discuss the budget and agreed to postpone the vote until May."
    )


def test_blank_lines_separate_paragraphs():
    raw = "First point made here.\n\nSecond point made\nhere too.\n\nThird one."
    assert clean(raw).text == "First point made here.\n\nSecond point made here too.\n\nThird one."


def test_one_line_per_paragraph_is_kept_apart():
    raw = (
        "The governor announced a curfew across the province after two nights of unrest in the capital.\n"
        "Shops were closed and the army was deployed to guard government buildings on Sunday.\n"
        "Opposition leaders called for calm and asked supporters to stay at home until Tuesday."
    )
    assert clean(raw).text.count("\n\n") == 2


def test_short_last_line_ends_paragraph_without_blank_lines():
    width = "The delegation from the northern provinces arrived late in the evening and was"
    raw = f"{width}\ngreeted by the mayor.\n{width}\ntaken to the hotel."
    assert clean(raw).text.split("\n\n") == [
        f"{width} greeted by the mayor.",
        f"{width} taken to the hotel.",
    ]


def test_crlf_and_tabs_are_normalised():
    assert clean("One line\r\nwrapped\there.\r\n").text == "One line wrapped here."


# --- words broken across lines -------------------------------------------------------------

@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a new diplo-\nmatic push", "a new diplomatic push"),
        ("the govern-\nment said", "the government said"),
        ("in the Asia-\nPacific region", "in the Asia-Pacific region"),
        ("the Russia-\nUkraine war", "the Russia-Ukraine war"),
        ("a well-\nknown figure", "a well-known figure"),
        ("a cross-\nborder raid", "a cross-border raid"),
        ("fled to So-\nmalia last year", "fled to Somalia last year"),
        ("the COVID-\n19 rules", "the COVID-19 rules"),
        ("a U.S.-\nbacked plan", "a U.S.-backed plan"),
        ("in self-\ndefence", "in self-defence"),
        ("the negoti-\nations resumed", "the negotiations resumed"),
    ],
)
def test_split_word_rejoined(raw, expected):
    assert clean(raw).text == expected


def test_dash_at_line_end_is_not_a_broken_word():
    assert clean("He paused —\nthen spoke.").text == "He paused — then spoke."


def test_soft_hyphen_at_line_end_always_joins():
    assert clean("the minis\u00ad\nter spoke").text == "the minister spoke"


def test_broken_word_across_page_break():
    raw = "The talks covered the Asia-\f\nPacific trade corridor."
    assert clean(raw).text == "The talks covered the Asia-Pacific trade corridor."


def test_broken_word_across_url_and_blank_lines():
    raw = (
        "He spoke of a new diplo-\n\nhttps://example.org/authors/someone\n\n\nmatic effort.\n\n"
        "Second paragraph here.\n\nThird paragraph here."
    )
    cleaned = clean(raw)
    assert cleaned.text.split("\n\n")[0] == "He spoke of a new diplomatic effort."
    assert kinds(cleaned) == ["url"]


def test_sentence_cut_by_page_break_is_rejoined():
    raw = "The minister said the talks would\fcontinue next week in Geneva."
    assert clean(raw).text == "The minister said the talks would continue next week in Geneva."


# --- furniture ------------------------------------------------------------------------------

def test_url_line_removed_but_inline_url_kept():
    raw = "Details are at https://example.org/report today.\n\nhttps://example.org/x\n\nEnd."
    cleaned = clean(raw)
    assert "https://example.org/report" in cleaned.text
    assert cleaned.removed == [{"kind": "url", "text": "https://example.org/x"}]


def test_advertisement_line_removed():
    raw = "Troops withdrew from the town.\n\nADVERTISEMENT\n\nResidents returned on Sunday."
    cleaned = clean(raw)
    assert cleaned.text == "Troops withdrew from the town.\n\nResidents returned on Sunday."
    assert cleaned.removed == [{"kind": "other", "text": "ADVERTISEMENT"}]


def test_related_teaser_removed_even_when_wrapped():
    raw = (
        "The port reopened on Monday.\n\nRelated: Shipping firms weigh new routes as insurers\n"
        "raise premiums\n\nDockworkers ended their strike."
    )
    cleaned = clean(raw)
    assert cleaned.text == "The port reopened on Monday.\n\nDockworkers ended their strike."
    assert cleaned.removed[0]["kind"] == "related"


def test_word_related_in_a_sentence_is_kept():
    raw = "Related talks were held in Oslo.\n\nThey ended early.\n\nNo deal was signed."
    assert clean(raw).text.startswith("Related talks were held in Oslo.")


def test_caption_with_label_credit_at_top():
    raw = (
        "Rescue workers search the rubble in Adana on Tuesday. Photo: Reuters\n\n"
        "The death toll rose to 40, officials said.\n\nAid arrived overnight."
    )
    cleaned = clean(raw)
    assert cleaned.text.startswith("The death toll rose to 40")
    assert kinds(cleaned) == ["caption", "credit"]


def test_caption_followed_by_credit_line():
    raw = (
        "Mourners gather outside the cathedral (L) on Sunday.\nPhoto: Jane Doe/AP\n\n"
        "Thousands attended the funeral.\n\nThe service lasted two hours."
    )
    cleaned = clean(raw)
    assert cleaned.text == "Thousands attended the funeral.\n\nThe service lasted two hours."
    assert kinds(cleaned) == ["caption", "credit"]


def test_credit_after_reporting_sentence_keeps_the_sentence():
    raw = "Talks will resume on Friday, the foreign ministry said. Photo: AFP\n\nMore.\n\nEnd."
    cleaned = clean(raw)
    assert cleaned.text.startswith("Talks will resume on Friday, the foreign ministry said.\n\n")
    assert cleaned.removed == [{"kind": "credit", "text": "Photo: AFP"}]


def test_bare_agency_after_a_story_paragraph_is_kept():
    raw = (
        "Here is the morning news.\n\n"
        "Earlier: a phone company agrees to buy an internet firm for $4.8 billion. [Reuters]\n\n"
        "Last item."
    )
    assert "internet firm for $4.8 billion. [Reuters]" in clean(raw).text
    assert clean(raw).removed == []


def test_bare_agency_after_a_first_line_caption_is_a_credit():
    raw = "Police officers stand guard in Harare on Monday. (AFP)\n\nThe vote was delayed.\n\nEnd."
    assert [r["kind"] for r in clean(raw).removed] == ["caption", "credit"]


def test_quote_paragraph_is_never_a_caption():
    raw = '"We will not give up," she said on Monday.\nPhoto: Reuters\n\nThe march went on.\n\nEnd.'
    assert clean(raw).text.startswith('"We will not give up," she said on Monday.')


def test_running_header_and_page_numbers_removed():
    story = ["Rain fell on the capital all day.", "Roads were closed.", "Schools shut early."]
    pages = [f"THE DAILY LEDGER  Monday 3 June\n{line}\n{n}" for n, line in enumerate(story, 1)]
    cleaned = clean("\f".join(pages))
    assert "LEDGER" not in cleaned.text and "\n\n3" not in cleaned.text
    assert kinds(cleaned).count("header") == 3
    assert kinds(cleaned).count("page-number") == 3


def test_running_footer_removed():
    body = "The committee heard evidence from three witnesses on the contract award."
    pages = [f"{body}\nwww.dailyledger.example | Subscribe for updates" for _ in range(2)]
    cleaned = clean("\f".join(pages))
    assert "Subscribe" not in cleaned.text
    assert kinds(cleaned) == ["footer", "footer"]


def test_page_of_pages_line_removed_without_pages():
    cleaned = clean("First part of the story.\n\nPage 2 of 3\n\nSecond part of the story.")
    assert cleaned.removed == [{"kind": "page-number", "text": "Page 2 of 3"}]


def test_number_in_story_is_kept():
    raw = "The vote was\n\n52\n\nto 48 in favour."
    assert "52" in clean(raw).text


def test_crafted_article_nothing_lost():
    raw = (
        "Soldiers patrol a market in Gao on Monday. Photo: AFP\n\nMali's army said it had re-\n"
        "taken two towns.\n\nhttps://example.org/a\n\nRead more: Sahel juntas form a bloc\n\n"
        "The claims could not be independently verified."
    )
    cleaned = clean(raw)
    assert alnum(raw) == alnum(cleaned.text + "".join(r["text"] for r in cleaned.removed))


# --- odd input never crashes -----------------------------------------------------------------

@pytest.mark.parametrize(
    "raw",
    ["", "   ", "\n\n\n", "\f\f", "-", "a-\n", "https://x.org", "Photo: Reuters", "\x00\x01abc",
     "\u200b\ufeff", "ﬁnal ﬂight", "—\n—\n—", "Related:", "(AFP)", "1\f2\f3", "é\u0301" * 50],
)
def test_odd_input_degrades_gracefully(raw):
    cleaned = clean(raw)
    assert isinstance(cleaned.text, str) and "\n\n\n" not in cleaned.text


def test_ligatures_and_invisible_characters():
    assert clean("the ﬁnal\u200b ﬂight").text == "the final flight"


def test_slash_inside_a_sentence_is_not_a_credit():
    raw = "The poll shows a narrow lead. The Times/CBS News survey was\fconducted by phone."
    cleaned = clean(raw)
    assert cleaned.removed == []
    assert cleaned.text.endswith("The Times/CBS News survey was conducted by phone.")


def test_paragraph_cut_by_page_break_is_not_a_caption():
    raw = "Crowds gather in the square. Photo: Jane Doe / Example\fpress agency staff watched on."
    assert "press agency staff watched on." in clean(raw).text


def test_heading_before_removed_line_stays_its_own_paragraph():
    raw = "Background\n\nAdvertisement\n\nThe dispute began in May.\n\nIt is not over."
    assert clean(raw).text.split("\n\n")[:2] == ["Background", "The dispute began in May."]
