"""Very long articles are cut at paragraph breaks, processed in pieces and merged into one record."""

import eventwire
from eventwire.article import Article
from eventwire.longdoc import split_text
from eventwire.pipeline import finish, prepare

PARAGRAPH = (
    "Police in the capital arrested twelve protesters on Friday after a march against fuel "
    "prices. The interior minister said the government would not tolerate violence.\n\n"
    "Opposition lawmakers condemned the arrests and urged the president to free the detainees."
)


def test_split_covers_the_text_at_paragraph_breaks():
    text = "\n\n".join([PARAGRAPH] * 30)
    pieces = split_text(text, 1000)
    assert len(pieces) > 1
    for offset, piece in pieces:
        assert text[offset:offset + len(piece)] == piece
        assert len(piece) <= 1000
    assert "".join(p for _, p in pieces).replace("\n", "") == text.replace("\n", "")


def test_short_text_is_one_piece():
    assert split_text("One short story.", 1000) == [(0, "One short story.")]


def test_merged_record_is_valid_and_whole(nlp):
    text = "\n\n".join([PARAGRAPH] * 8)
    prepared = prepare(Article(text=text), nlp, max_chars=600, published="2024-05-03")
    assert len(prepared.docs) > 1
    record = finish(prepared, [nlp(d) for d in prepared.docs])
    eventwire.validate(record)  # schema and every span's offsets into the whole text
    assert record["text"] == text
    whole = eventwire.process(text, nlp=nlp, published="2024-05-03")
    assert record["id"] == whole["id"]
    ids = [a["id"] for a in record["actors"]]
    assert len(ids) == len(set(ids))
    for event in record["events"]:
        assert set(event["source"]) <= set(ids)
        assert 0 <= event["sentence"] < len(record["sentences"])
