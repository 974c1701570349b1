"""Paragraph breaks are sentence boundaries (the eventwire_paragraphs component)."""


def test_paragraphs_component_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("eventwire_paragraphs") < names.index("parser")


def test_a_dateline_line_is_its_own_sentence(nlp):
    doc = nlp("LIMA 2024-04-08\n\nThe Peruvian foreign minister met his Chilean counterpart.")
    starts = [s.text.strip().split()[0] for s in doc.sents]
    assert "The" in starts


def test_the_dateline_is_not_the_subject(process):
    record = process("LIMA 2024-04-08\n\nThe Peruvian foreign minister met his Chilean "
                     "counterpart on Monday.", published="2024-04-10")
    meets = [e for e in record["events"] if e["cameo"].startswith("04")]
    assert meets and meets[0]["source_code"] == "PERGOV"


def test_a_dateline_on_the_story_line_is_not_the_subject(process):
    record = process("LIMA, April 8, 2024 — Peru's president hosted the Chilean president in "
                     "Lima on Monday.", published="2024-04-10")
    hosted = [e for e in record["events"] if e["cameo"].startswith("04")]
    assert hosted and hosted[0]["source_code"] == "PERGOV"


def test_a_paragraph_s_first_word_is_no_sentence_of_its_own(nlp):
    doc = nlp("LIMA 2024-04-08\n\nTwo Peruvian policemen were wounded on Sunday.\nAnalysis\n"
              "The army said so.")
    sentences = [s.text.strip() for s in doc.sents]
    assert "Two Peruvian policemen were wounded on Sunday." in sentences
    assert "Analysis" in sentences
