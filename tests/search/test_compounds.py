"""Compound splitting from the corpus's own words: real parts found, junk splits left out."""

import pytest

from plugins.search.analysis import split_words
from plugins.search.compounds import CompoundSplitter, corpus_vocabulary

TEXT = (
    "Personalausweis beantragen. Sperrmüll, Müll und Müllabfuhr im Rathaus. Beantragen Sie den "
    "Ausweis. Anwohnerparkausweis und Parkausweis. Weihnachtsmarkt auf dem Markt zu Weihnachten. "
    "Öffnungszeiten des Bürgerbüros zu diesen Zeiten. Informationen zur Straßenreinigung. "
    "Der Rat tagt. Die Hundesteuer ist eine Steuer. Das Fenster und die Sterne. Eine Abfuhr."
)


@pytest.fixture(scope="module")
def splitter():
    return CompoundSplitter(*corpus_vocabulary([split_words(TEXT)]))


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Personalausweis", ("personal", "ausweis")),
        ("Sperrmüll", ("sperr", "müll")),  # "sperr" is no word, but 4 letters before a head
        ("Müllabfuhr", ("müll", "abfuhr")),
        ("Öffnungszeiten", ("öffnungs", "zeiten")),  # "zeiten": the corpus has "Zeiten"
        ("Anwohnerparkausweis", ("anwohner", "parkausweis", "park", "ausweis")),
        ("Weihnachtsmarkt", ("weihnachts", "markt")),
        ("Hundesteuer", ("hunde", "steuer")),  # "Hund" is no corpus word: kept as written
    ],
)
def test_compounds_split_into_their_parts(splitter, word, parts):
    assert splitter.parts(word) == parts


@pytest.mark.parametrize(
    "word",
    [
        "Beantragen",  # also written in lower case: a verb, not a noun
        "Informationen",  # no ending of it is a corpus word
        "Straßenreinigung",  # "Reinigung" never occurs alone in this corpus
        "Rathaus",  # "Haus" never occurs alone in this corpus
        "Fenster",  # "Ster…": "fen" is no word and too short to be taken unseen
        "Ausweis",  # "weis" is no corpus word, "aus" a stop word
    ],
)
def test_no_split_without_corpus_evidence(splitter, word):
    assert splitter.parts(word) == ()


def test_short_modifier_taken_when_the_corpus_uses_it():
    words = split_words("Das Rathaus ist ein Haus. Der Rat tagt. Hunde und Hundesteuer, Steuer.")
    splitter = CompoundSplitter(*corpus_vocabulary([words]))
    assert splitter.parts("Rathaus") == ("rat", "haus")
    assert splitter.parts("Hundesteuer") == ("hunde", "steuer")


def test_linking_element_dropped_when_the_corpus_has_the_bare_word():
    words = split_words("Der Hund zahlt Hundesteuer, eine Steuer. Weihnacht und Weihnachtsmarkt.")
    splitter = CompoundSplitter(*corpus_vocabulary([words]))
    assert splitter.parts("Hundesteuer") == ("hund", "steuer")
    assert splitter.parts("Weihnachtsmarkt") == ()  # "Markt" is no corpus word here


def test_stop_word_modifiers_are_dropped():
    words = split_words("Die Ausstellung und die Stellung. Unterlagen liegen in Lagen.")
    splitter = CompoundSplitter(*corpus_vocabulary([words]))
    assert splitter.parts("Ausstellung") == ()
    assert splitter.parts("Unterlagen") == ()


def test_text_parts_only_looks_at_capitalised_words(splitter):
    assert splitter.text_parts(split_words("personalausweis Personalausweis")) == [
        "personal",
        "ausweis",
    ]


def test_compound_split_is_not_imported():
    import sys

    import plugins.search.indexer  # noqa: F401

    assert "compound_split" not in sys.modules
