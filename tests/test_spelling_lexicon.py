"""The lexicon rules find a spelling wherever it stands as a word (they look for it in one shared pass)."""

from newslint.api import check_text


def _found(text, code):
    return [(d.code, text[d.start : d.end]) for d in check_text(text, {"select": [code]})]


def test_a_spelling_that_opens_the_text_or_takes_a_possessive_counts():
    assert _found("Kiev said on Friday that Kyiv's mayor would stay. Kyiv agreed.", "CN10") == [("CN10", "Kiev")]


def test_offsets_stay_right_after_a_letter_that_lowercases_to_two():
    text = "İzmir sent an email on Friday and an e-mail on Monday; another email followed."
    assert _found(text, "CN12") == [("CN12", "e-mail")]


def test_a_word_glued_to_other_letters_is_not_the_spelling():
    assert _found("Kievan Rus and Kyiv, not Kiev® nor xKiev.", "CN10") == []


def test_a_long_file_is_read_in_windows_that_still_make_one_story():
    # Far apart, each spelling is in a window of its own; the vote still counts both, and a spelling that
    # straddles nothing is found whatever window it falls in.
    filler = "The council met on Tuesday and talks resumed.\n" * 5_000  # about 230,000 characters
    text = "Kyiv said on Friday that talks would go on.\n" + filler + "Kyiv agreed.\n" + filler + "Kiev agreed.\n"
    assert _found(text, "CN10") == [("CN10", "Kiev")]
    assert _found(text.replace("\n", " "), "CN10") == [("CN10", "Kiev")]  # no line end: one window
