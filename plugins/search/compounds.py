"""German compound splitting at build time, so that "Müll" finds "Sperrmüll" and "Müllabfuhr".

The parts go into extra low-boost fields of the index; the browser needs no code for it. The
splitter is PyPI `compound-split` (CharSplit, n-gram statistics shipped in the package, GPL-3.0).
It also proposes junk ("Rath|aus", "Bean|tragen"), filtered here:

- only nouns are split: words written with a capital letter that never occur in lower case in
  the corpus ("Beantragen" at the start of a sentence is also "beantragen" elsewhere);
- both parts are at least 3 letters, 3-letter parts only if the corpus uses them as words
  ("Amt", not "ent|wurf"), and no part is a stop word ("aus");
- a split is taken when CharSplit is confident, or, less confident, when both parts are words
  the corpus itself uses ("Weihnachts|Markt") or the head is itself a compound of such words;
- long parts are split once more ("Anwohnerparkausweis" -> Anwohner, Parkausweis, Park, Ausweis).
"""

from collections.abc import Iterable

from .analysis import trim
from .stopwords_de import STOP_WORDS

MIN_WORD = 7  # shorter words are rarely compounds worth splitting ("Rathaus" is 7)
MIN_PART = 3  # "Amt", "Bad", "Hof" are real parts
SHORT_PART = 4  # parts shorter than this must be corpus words
CONFIDENT = 0.5  # CharSplit score above which a split is taken without corpus evidence
PLAUSIBLE = -1.0  # lowest score taken when both parts are corpus words
_LINKS = ("s", "es", "n", "en", "e", "")  # linking elements: "Weihnachts-", "Hunde-", "Straßen-"


def _char_split():
    # Imported on first use: loading CharSplit's n-gram tables takes about 3 s.
    from compound_split import char_split

    return char_split


class CompoundSplitter:
    """Splits the nouns of one corpus (see `corpus_vocabulary`)."""

    def __init__(self, vocabulary: set[str], lowercase_words: set[str]):
        self.vocabulary = vocabulary
        self.lowercase_words = lowercase_words
        self._cache: dict[str, tuple[str, ...]] = {}
        self._splitter = _char_split()

    def text_parts(self, words: list[str]) -> list[str]:
        """The parts of every compound noun among tokens (`analysis.split_words`), in order."""
        cache = self._cache
        found: list[str] = []
        for word in words:
            parts = cache.get(word)
            if parts is None:
                parts = cache[word] = self.parts(trim(word))
            if parts:
                found.extend(parts)
        return found

    def parts(self, word: str) -> tuple[str, ...]:
        """The parts of one noun, lower case; () when it is no (trustworthy) compound."""
        if len(word) < MIN_WORD or not word[0].isupper() or word.lower() in self.lowercase_words:
            return ()
        return self._split(word, depth=2)

    def _split(self, word: str, depth: int) -> tuple[str, ...]:
        for score, head, tail in self._splitter.split_compound(word)[:2]:
            head, tail = head.lower(), tail.lower()
            if head == tail or not self._acceptable(score, head, tail):
                continue
            found = [head, tail]
            if depth > 1:
                for part in (head, tail):
                    if len(part) >= MIN_WORD:
                        found.extend(self._split(part.capitalize(), depth - 1))
            return tuple(dict.fromkeys(found))
        return ()

    def _acceptable(self, score: float, head: str, tail: str) -> bool:
        for part in (head, tail):
            if len(part) < MIN_PART or part in STOP_WORDS:
                return False
            # Short parts are often word fragments ("ent|wurf", "bum|meln"); "Amt", "Hof" and
            # "Rat" are taken when the corpus uses them as words.
            if len(part) < SHORT_PART and part not in self.vocabulary:
                return False
        if score >= CONFIDENT:
            return True
        if score < PLAUSIBLE or tail not in self.vocabulary:
            return False
        # "Anwohner|parkausweis": the head is no corpus word, but a compound of them would do.
        return self._known_head(head) or (
            len(head) >= MIN_WORD and bool(self._split(head.capitalize(), depth=1))
        )

    def _known_head(self, head: str) -> bool:
        return any(
            head.endswith(link) and head[: len(head) - len(link)] in self.vocabulary
            for link in _LINKS
        )


def corpus_vocabulary(texts: Iterable[list[str]]) -> tuple[set[str], set[str]]:
    """(every word lower-cased, the words that also occur in lower case) of token lists."""
    vocabulary: set[str] = set()
    lowercase: set[str] = set()
    for words in texts:
        for word in map(trim, set(words)):
            lower = word.lower()
            vocabulary.add(lower)
            if word == lower:
                lowercase.add(lower)
    return vocabulary, lowercase
