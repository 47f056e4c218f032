"""Compound splitting: real parts found, junk splits filtered."""

import pytest

from plugins.search.analysis import split_words
from plugins.search.compounds import CompoundSplitter, corpus_vocabulary

TEXT = (
    "Personalausweis beantragen. Sperrmüll und Müllabfuhr im Rathaus. Beantragen Sie den Ausweis. "
    "Anwohnerparkausweis und Parkausweis. Weihnachtsmarkt auf dem Markt zu Weihnachten. "
    "Öffnungszeiten des Bürgerbüros. Informationen zur Straßenreinigung. Der Rat tagt."
)


@pytest.fixture(scope="module")
def splitter():
    return CompoundSplitter(*corpus_vocabulary([split_words(TEXT)]))


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Personalausweis", {"personal", "ausweis"}),
        ("Sperrmüll", {"sperr", "müll"}),
        ("Müllabfuhr", {"müll", "abfuhr"}),
        ("Öffnungszeiten", {"öffnungs", "zeiten"}),
        ("Straßenreinigung", {"straßen", "reinigung"}),
        ("Anwohnerparkausweis", {"anwohner", "park", "ausweis"}),
        ("Weihnachtsmarkt", {"weihnachts", "markt"}),
    ],
)
def test_compounds_split_into_their_parts(splitter, word, parts):
    assert parts <= set(splitter.parts(word))


@pytest.mark.parametrize(
    "word",
    [
        "Beantragen",  # also written in lower case: a verb, not a noun
        "Informationen",  # no confident split into known words
        "Ausweis",  # too short to be a compound
        "Entwurf",  # CharSplit: Ent|wurf; "ent" is no word of the corpus
    ],
)
def test_junk_splits_are_dropped(splitter, word):
    assert splitter.parts(word) == ()


def test_stop_word_parts_are_dropped(splitter):
    # CharSplit's best split is Rath|aus; "aus" is a stop word, Rat|haus is taken instead.
    assert splitter.parts("Rathaus") == ("rat", "haus")


def test_text_parts_only_looks_at_capitalised_words(splitter):
    assert splitter.text_parts(split_words("personalausweis Personalausweis")) == [
        "personal",
        "ausweis",
    ]
