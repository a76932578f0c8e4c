"""Text folding for the detector, with a way back to the author's offsets.

Two folded forms are produced, both lower-case:

- ``base``: Unicode NFKC, accents and zero-width characters removed, look-alike
  letters from other scripts mapped to Latin. Digits are left alone, so the
  numbers guard reads this one.
- ``text``: ``base`` with leetspeak inside words folded (``k1ll``, ``$h``,
  ``su1c1de``) and letters repeated three or more times squeezed to one
  (``diiiie``). Vocabulary is matched against this one.

Every folded character remembers the index of the original character it came
from, so a span found in either form can be reported in the original text.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters people insert to break up a word ("k\u200bms") that render as nothing.
_INVISIBLE = frozenset("\u00ad\u034f\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff")

# Cheap homoglyphs: Cyrillic and Greek lower-case letters that look Latin.
# NFKC does not fold these, and "su\u0456cidal" would otherwise pass.
_HOMOGLYPHS = str.maketrans({
    "\u0430": "a", "\u0441": "c", "\u0435": "e", "\u043e": "o", "\u0440": "p",
    "\u0445": "x", "\u0443": "y", "\u0456": "i", "\u0455": "s", "\u0458": "j",
    "\u04bb": "h", "\u043a": "k", "\u043c": "m", "\u0442": "t", "\u0432": "b",
    "\u043d": "h", "\u03b1": "a", "\u03bf": "o", "\u03b9": "i", "\u03ba": "k",
    "\u03bd": "v", "\u03c1": "p", "\u03c4": "t", "\u03c5": "u", "\u03b5": "e",
    # Typographic quotes, so "don\u2019t" reads like "don't" for the negation rules.
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'", "\u2033": '"',
})

# Leet characters are folded only inside a word that starts with letters (k1ll,
# su1c1de, km$) or a word that starts with $ or @ ($h, @na). Words that start
# with a digit (45kg, 5pm, 3am) are numbers with units and stay as they are.
_LEET_WORD = re.compile(r"[$@][a-z]+|[a-z]+[0-9$@!|][a-z0-9$@!|]*")
# Cheap test first: a leet character right after a letter, or $/@ before one.
# It starts with a character class, which the regex engine scans for quickly.
_LEET_HINT = re.compile(r"[0-9$@!|](?:(?<=[a-z][0-9$@])|(?<=[a-z][!|])(?=[a-z])|(?<=[$@])(?=[a-z]))")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                       "$": "s", "@": "a", "!": "i", "|": "i"})
_TRAILING_MARKS = re.compile(r"[!|]+$")

# "diiiie", "sooooo": three or more of one letter become one. Doubles are real
# spelling ("kill", "sleep") and are kept; vocabulary patterns accept either.
_REPEATS = re.compile(r"([a-z])\1{2,}")


@dataclass(frozen=True)
class Folded:
    base: str
    text: str
    base_map: tuple[int, ...] | None  # base index -> original index; None means identity
    text_map: tuple[int, ...] | None  # text index -> original index; None means identity

    def span_in_original(self, start: int, end: int, *, from_base: bool = False) -> tuple[int, int]:
        offsets = self.base_map if from_base else self.text_map
        if offsets is None:
            return start, end
        return offsets[start], offsets[end - 1] + 1


def fold(text: str) -> Folded:
    base, base_map = _fold_base(text)
    leet = _LEET_WORD.sub(_fold_leet_word, base) if _LEET_HINT.search(base) else base  # same length
    squeezed, text_map = _squeeze_repeats(leet, base_map)
    return Folded(base, squeezed, base_map, text_map)


def _fold_base(text: str) -> tuple[str, tuple[int, ...] | None]:
    if text.isascii():
        return text.lower(), None  # ASCII lower-casing keeps every offset
    pieces, offsets = [], []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        pieces.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(pieces), tuple(offsets)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _INVISIBLE:
        return ""
    compat = unicodedata.normalize("NFKC", char).lower()
    bare = "".join(c for c in unicodedata.normalize("NFKD", compat) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).translate(_HOMOGLYPHS)


def _fold_leet_word(match: re.Match) -> str:
    word = match.group()
    # "help!" and "ok!!" end in punctuation, not in a disguised letter.
    trailing = _TRAILING_MARKS.search(word)
    if trailing:
        return word[: trailing.start()].translate(_LEET) + trailing.group()
    return word.translate(_LEET)


def _squeeze_repeats(text: str, offsets: tuple[int, ...] | None) -> tuple[str, tuple[int, ...] | None]:
    if not any(char * 3 in text for char in set(text) if char.isalpha()):
        return text, offsets
    pieces, kept = [], []
    position = 0
    for match in _REPEATS.finditer(text):
        pieces.append(text[position:match.start() + 1])
        kept.extend(range(position, match.start() + 1))
        position = match.end()
    pieces.append(text[position:])
    kept.extend(range(position, len(text)))
    if offsets is not None:
        kept = [offsets[i] for i in kept]
    return "".join(pieces), tuple(kept)
