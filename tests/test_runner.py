"""The batch runner: worker processes, input order, failures in place."""

import eventwire
from eventwire.article import Article, Failure
from eventwire.runner import RunConfig, run

TEXTS = [
    "Police in Lagos arrested 30 protesters on Monday.",
    "The foreign minister of Japan visited Seoul on Tuesday.",
    "Rebels attacked an army base in the north, the military said.",
    "Shares rose on Wall Street as investors cheered strong earnings.",
    "The president signed a trade agreement with Brazil.",
]


def items():
    for i, text in enumerate(TEXTS):
        if i == 2:
            yield Failure("broken.pdf", "not a PDF")
        yield Article(text=text, id=str(i), published="2024-02-01")


def test_jobs_two_equals_jobs_one_in_input_order():
    cfg = RunConfig(batch_size=2)
    one = list(run(items(), jobs=1, cfg=cfg))
    two = list(run(items(), jobs=2, cfg=cfg))
    assert one == two
    assert isinstance(one[2], Failure) and str(one[2]) == "broken.pdf: not a PDF"
    records = [r for r in one if isinstance(r, dict)]
    assert [r["source"]["id"] for r in records] == ["0", "1", "2", "3", "4"]
    for record in records:
        eventwire.validate(record)


def test_records_are_plain_data():
    import json

    (record,) = run([Article(text=TEXTS[0])], cfg=RunConfig())
    assert json.loads(json.dumps(record)) == record


def test_batches_cap_items_and_characters_and_keep_order():
    from eventwire.runner import batches

    texts = ["a" * 10, "b" * 50, "c" * 5, "d" * 100, "e", "f", "g"]
    got = list(batches(texts, 2, 60))
    assert [t for b in got for t in b] == texts
    assert all(len(b) <= 2 for b in got)
    assert all(sum(map(len, b)) <= 60 or len(b) == 1 for b in got)
    assert ["d" * 100] in got  # longer than the cap: alone
