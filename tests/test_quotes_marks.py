"""Quotation marks found on characters alone: kinds of marks, nesting, paragraphs, stray marks."""

from eventwire.quotes.marks import find_quoted


def texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text)]


def test_straight_double_quotes():
    assert texts('He said "we will stay" and left.') == ["we will stay"]


def test_curly_double_quotes():
    assert texts("She said “the talks went well” today.") == ["the talks went well"]


def test_guillemets():
    assert texts("Il a dit « nous restons » hier.") == [" nous restons "]


def test_single_quotes_at_top_level():
    assert texts("The banner read ‘no more war’ in red.") == ["no more war"]


def test_apostrophes_are_not_quotes():
    assert texts("It's the voters' choice and the party’s too.") == []


def test_nested_single_quote_stays_inside_the_outer_one():
    text = "“Talks cover ‘hot topics’ and more,” the envoy said."
    quoted = find_quoted(text)
    assert len(quoted) == 1
    assert text[quoted[0].start : quoted[0].end] == "Talks cover ‘hot topics’ and more,"
    assert quoted[0].inner


def test_two_typewriter_apostrophes_are_a_double_mark():
    assert texts("He said ''we are ready'' on Friday.") == ["we are ready"]


def test_quote_over_two_paragraphs_is_one():
    text = "“The first part goes on.\n\n“The second part ends here,” he said."
    quoted = find_quoted(text)
    assert len(quoted) == 1
    assert quoted[0].paragraphs == 2
    assert text[quoted[0].start : quoted[0].end].endswith("ends here,")


def test_stray_mark_stops_at_its_paragraph():
    text = 'A "stray mark opens here.\n\nThe next paragraph says "fine things" later.'
    quoted = find_quoted(text)
    assert [text[q.start : q.end] for q in quoted] == ["stray mark opens here.", "fine things"]
    assert quoted[0].closed is False


def test_no_marks_no_quotes():
    assert find_quoted("Nothing quoted here.") == []


def test_empty_text():
    assert find_quoted("") == []
