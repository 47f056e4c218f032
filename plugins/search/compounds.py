"""German compound splitting at build time, so that "Müll" finds "Sperrmüll" and "Müllabfuhr".

The parts go into extra low-boost fields of the index; the browser needs no code for it. The
splitter knows no dictionary but the site's own words (the corpus): a compound is split where its
head, the last part, is a word the corpus also uses on its own. That keeps it small, fast and free
of licence questions, and it splits exactly the words a visitor can find the parts of anyway.

- only nouns are split: words written with a capital letter that never occur in lower case in
  the corpus ("Beantragen" at the start of a sentence is also "beantragen" elsewhere);
- the head has at least 4 letters and is a corpus word, also in another inflection
  ("zeiten" counts when the corpus has "Zeit"), or the first part of another compound noun of the
  corpus ("Sperr|müll" because of "Müll|abfuhr", even when "Müll" never stands alone); the
  longest such head wins ("Anwohner|parkausweis" before "Anwohnerpark|ausweis");
- the modifier, without a linking element (s, es, n, en, e: "Weihnacht-s-", "Hund-e-"), is a
  corpus word or has at least 4 letters and does not start with a corpus word ("Platzh|alter" is
  wrong, "Platz|halter" unprovable: not split); no part is a stop word ("aus") or a verb prefix;
- long parts are split once more ("Anwohnerparkausweis" -> anwohner, parkausweis, park, ausweis).

Without corpus evidence nothing is split: "Rathaus" stays whole unless the corpus says "Haus".
"""

from collections.abc import Iterable

from .analysis import trim
from .stopwords_de import STOP_WORDS

MIN_WORD = 7  # shorter words are rarely compounds worth splitting ("Rathaus" is 7)
MIN_HEAD = 4  # "Amt" or "Hof" as a head matches too many word endings ("Zeitraum|amt")
MIN_MODIFIER = 3  # "Rat|haus", "Amt|s|blatt" when the corpus uses the word
MIN_UNKNOWN_MODIFIER = 4  # a modifier the corpus never uses alone: "Sperr|müll", not "Fen|ster"
FIRST_PART_ROUNDS = 3
# Verb prefixes that are no words, though "ver-" or "ent-" may stand alone in a text
# ("Ver- und Entsorgung"): never a modifier ("Ver|weilen", "Ent|wurf").
PREFIXES = frozenset(("ver", "ent", "zer", "emp", "miss"))
NOT_HEADS = frozenset(("innen",))  # "Bewerber|innen": a suffix, though "innen" is also a word
_LINKS = ("es", "en", "s", "n", "e")  # linking elements, longest first
_INFLECTIONS = ("ern", "en", "er", "es", "e", "n", "s")  # "zeiten" -> "zeit", "ämtern" -> "ämt"


class CompoundSplitter:
    """Splits the nouns of one corpus (see `corpus_vocabulary`)."""

    def __init__(self, vocabulary: set[str], lowercase_words: set[str]):
        self.vocabulary = vocabulary
        self.lowercase_words = lowercase_words
        self._cache: dict[str, tuple[str, ...]] = {}
        self.first_parts: set[str] = set()
        self._first_parts()

    def _first_parts(self) -> set[str]:
        """Modifiers of nouns split on corpus words: parts known to stand first in a compound.

        A few rounds, because each round's parts are heads for the next: "Abfuhr|termine" makes
        "abfuhr" a part, then "Müll|abfuhr" makes "müll" one, then "Sperr|müll" splits.
        """
        nouns = [w for w in self.vocabulary - self.lowercase_words if len(w) >= MIN_WORD]
        for _ in range(FIRST_PART_ROUNDS):
            unsplit = []
            before = len(self.first_parts)
            for noun in nouns:
                parts = self._split(noun, depth=1)
                if not parts:
                    unsplit.append(noun)
                elif len(parts[0]) >= MIN_HEAD:
                    self.first_parts.add(parts[0])
            nouns = unsplit
            if len(self.first_parts) == before:
                break
        return self.first_parts

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
        """The parts of one noun, lower case; () when it is no compound the corpus vouches for."""
        lower = word.lower()
        if len(word) < MIN_WORD or not word[:1].isupper() or lower in self.lowercase_words:
            return ()
        return self._split(lower, depth=2)

    def _split(self, word: str, depth: int) -> tuple[str, ...]:
        # Longest head first: "anwohner|parkausweis" keeps "parkausweis" as a part of its own.
        for cut in range(MIN_MODIFIER, len(word) - MIN_HEAD + 1):
            modifier, head = word[:cut], word[cut:]
            if not self._known_head(head):
                continue
            modifier = self._modifier(modifier)
            if not modifier:
                continue
            found = [modifier, head]
            if depth > 1:
                for part in (modifier, head):
                    if len(part) >= MIN_WORD:
                        found.extend(self._split(part, depth - 1))
            return tuple(dict.fromkeys(found))
        return ()

    def _known_head(self, head: str) -> bool:
        if head in STOP_WORDS or head in NOT_HEADS:
            return False
        if head in self.first_parts:
            return True
        return any(form in self.vocabulary for form in _forms(head, _INFLECTIONS, MIN_HEAD))

    def _modifier(self, modifier: str) -> str:
        """The modifier as a corpus word, or as written when long enough; "" when not acceptable."""
        if modifier in PREFIXES:
            return ""
        for form in _forms(modifier, _LINKS, MIN_MODIFIER):
            if form in self.vocabulary and form not in STOP_WORDS:
                return form
        if len(modifier) < MIN_UNKNOWN_MODIFIER or modifier in STOP_WORDS:
            return ""
        # "Platzh|alter", "Baumbe|stand": a corpus word starts the unknown modifier, so the
        # real boundary is elsewhere; no split is better than a wrong one.
        for end in range(MIN_UNKNOWN_MODIFIER, len(modifier)):
            if modifier[:end] in self.vocabulary:
                return ""
        return modifier


def _forms(word: str, endings: tuple[str, ...], shortest: int) -> list[str]:
    """The word and the word without each ending it has, none shorter than `shortest`."""
    forms = [word]
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= shortest:
            forms.append(word[: -len(ending)])
    return forms


def corpus_vocabulary(texts: Iterable[list[str]]) -> tuple[set[str], set[str]]:
    """(every word lower-cased, the words that also occur in lower case) of token lists."""
    tokens: set[str] = set()
    for words in texts:
        tokens.update(words)
    vocabulary: set[str] = set()
    lowercase: set[str] = set()
    for word in map(trim, tokens):  # each distinct token once, not once per text
        lower = word.lower()
        vocabulary.add(lower)
        if word == lower:
            lowercase.add(lower)
    return vocabulary, lowercase
