"""The entity model (newslint.entities): people, countries, seats of government, organisations."""

import subprocess
import sys

import pytest

from newslint.document import Document
from newslint.entities import (
    AMBIGUOUS,
    BODY,
    COUNTRY,
    DEMONYM,
    ORG,
    PERSON,
    SEAT,
    UNKNOWN,
    entities,
    sound_key,
    spelling_variants,
)

STORY = ("US Secretary of State Antony Blinken met Chinese President Xi Jinping on Friday in Beijing. "
         "Blinken met Xi after talks with Chinese Foreign Minister Wang Yi and Public Security Minister "
         "Wang Xiaohong. Wang told Blinken that the State Department and the government had much to do.")


def mentions(text, kind=None):
    doc = Document(text)
    return [(text[m.start:m.end], m) for m in entities(doc).mentions if kind is None or m.kind == kind]


def test_people_with_full_name_surname_title_and_span():
    doc = Document(STORY)
    ents = entities(doc)
    names = {p.name: p for p in ents.people}
    assert set(names) == {"Antony Blinken", "Xi Jinping", "Wang Yi", "Wang Xiaohong"}
    assert names["Antony Blinken"].surname == "Blinken" and names["Antony Blinken"].gender == "m"
    assert names["Wang Yi"].surname == "Wang" and names["Wang Yi"].given == "Yi"  # family name first
    first = names["Wang Xiaohong"].mentions[0]
    assert first.title == "Public Security Minister"
    assert STORY[first.start:first.end] == "Public Security Minister Wang Xiaohong"
    bare = [m for m in ents.mentions if m.kind == PERSON and STORY[m.start:m.end] == "Blinken"]
    assert bare and all(m.person == names["Antony Blinken"].index and m.bare for m in bare)


def test_a_surname_two_people_share_is_ambiguous():
    wang = [m for text, m in mentions(STORY, PERSON) if text == "Wang"]
    assert [m.person for m in wang] == [AMBIGUOUS]
    assert {p.name for p in entities(Document(STORY)).people_of(wang[0])} == {"Wang Yi", "Wang Xiaohong"}


def test_countries_seats_organisations_and_demonyms():
    found = {(text, m.kind) for text, m in mentions(STORY)}
    assert ("US", COUNTRY) in found and ("Beijing", SEAT) in found
    assert ("Chinese", DEMONYM) in found and ("State Department", ORG) in found
    assert ("the government", BODY) in found
    us = next(m for text, m in mentions(STORY) if text == "US")
    assert us.modifier and us.key == "the United States"  # "US Secretary": a modifier, not a subject


@pytest.mark.parametrize("text, key", [
    ("The UK said it would act.", "Britain"), ("Britain said it would act.", "Britain"),
    ("The U.S. said it would act.", "the United States"), ("Russia said it would act.", "Russia"),
    ("Ivory Coast said it would act.", "Côte d'Ivoire"), ("The Netherlands said it would act.", "the Netherlands"),
])
def test_country_names_and_aliases(text, key):
    [(_, m)] = mentions(text, COUNTRY)
    assert m.key == key


def test_organisation_patterns():
    text = ("The Ministry of Foreign Affairs, the Communist Party, Toyota Motor Corp, NATO and the EU met the "
            "company and the army.")
    orgs = {t for t, m in mentions(text) if m.kind in (ORG, BODY)}
    assert {"Ministry of Foreign Affairs", "Communist Party", "Toyota Motor Corp", "NATO", "EU", "the company",
            "the army"} <= orgs


def test_gender_from_honorific_first_name_and_title():
    doc = Document("Mrs Parker Bowles met Chairman Angela Cobham and spokeswoman Hua Chunying. Mr Blair spoke.")
    genders = {p.name: p.gender for p in entities(doc).people}
    assert genders == {"Parker Bowles": "f", "Angela Cobham": "f", "Hua Chunying": "f", "Blair": "m"}


def test_one_person_under_several_forms_of_the_name():
    text = ("Budget director Richard Darman left. Dick Darman was Baker's aide. Boyd L Jefferies resigned; "
            "Boyd Jefferies had been chief executive. Coach Andy Robinson named Jason Robinson. J Robinson (capt).")
    people = [p.name for p in entities(Document(text)).people]
    assert people.count("Richard Darman") == 1 and "Dick Darman" not in people
    assert "Boyd Jefferies" not in people and "J Robinson" not in people


def test_a_misspelt_surname_names_someone_met_in_the_same_story_only():
    story = "President Volodymyr Zelensky spoke on Friday. "
    near = story + "Aides said Zelenskyy would travel."
    far = story + "Talks resumed on Monday. " * 1000 + "Aides said Zelenskyy would travel."  # another story
    assert [m.person for t, m in mentions(near, PERSON) if t == "Zelenskyy"] == [0]
    assert [t for t, m in mentions(far, PERSON) if t == "Zelenskyy"] == []


def test_sentence_initial_common_words_are_not_names():
    assert mentions("Talks resumed. Overall, prices rose.", UNKNOWN) == []
    # ... but a name that speaks is one, even unintroduced.
    assert [t for t, _ in mentions("Gandhi said prices would rise.", UNKNOWN)] == ["Gandhi"]


def test_the_analysis_is_shared_through_doc_cached():
    doc = Document(STORY)
    assert entities(doc) is entities(doc)


def _cast(text):
    ents = entities(Document(text))
    return ([(m.start, m.end, m.kind, m.key, m.person, m.title, m.gender, m.bare) for m in ents.mentions],
            [(p.name, p.surname, p.given, p.gender) for p in ents.people])


def test_the_same_story_reads_the_same_whatever_was_read_before():
    # Runs are read through per-process memos: what they hold must not depend on earlier stories.
    others = ["Mr Blinken met Prime Minister Tony Blair. Blair said Wang Yi was right. The Zelenskyy aides left.",
              "Secretary Wang met Xi. Jinping Xi and President Xi Jinping spoke. Blinken told Wang Xiaohong.",
              "Antony Blinken met Wang. The Blinken team and US Secretary of State Antony Blinken left."]
    before = _cast(STORY)
    for other in others:
        _cast(other)
    assert _cast(STORY) == before
    story = "President Volodymyr Zelensky spoke. The Zelenskyy office said Zelensky and Mr Zelenskyy agreed."
    first = _cast(story)
    for other in others:
        _cast(other)
    assert _cast(story) == first


def test_spelling_variants():
    assert spelling_variants("Zelensky", "Zelenskyy") and spelling_variants("Antony", "Anthony")
    assert spelling_variants("Erdogan", "Erdoğan") and spelling_variants("Blinken", "Blinkin")
    assert not spelling_variants("Mark", "Mary", {"Mark": "m", "Mary": "f"})
    assert not spelling_variants("Williams", "William") and not spelling_variants("Xiaohong", "Xiaodong")
    assert not spelling_variants("Wang", "Wong") and sound_key("Zelenskiy") == sound_key("Zelensky")


def test_word_lists_load_on_first_use_not_at_import():
    code = "import sys, newslint.entities; print('pycountry' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
