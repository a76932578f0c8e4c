"""What a username looks like, as opposed to how it is spelled.

Two names are confusable when their skeletons are equal. The skeleton is only
ever compared, never shown. The rules hold for any Unicode name, so they keep
working if the username validator is ever widened beyond ASCII."""

import re
import unicodedata

# Letters from other alphabets that are drawn like a Latin letter in common
# fonts. Mapped before case folding, so each case maps to the Latin letter it
# imitates (Cyrillic "Н" looks like "H", its lowercase "н" does not look like "h").
_OTHER_ALPHABETS = str.maketrans({
    # Cyrillic capitals with a Latin twin.
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "У": "Y", "Ү": "Y", "Ѕ": "S", "І": "I", "Ј": "J",
    "Ӏ": "I", "Ԛ": "Q", "Ԝ": "W",
    # Cyrillic small letters with a Latin twin.
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "ү": "y", "х": "x",
    "ѕ": "s", "і": "i", "ј": "j", "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w",
    # ... and looser ones: the soft sign is a b without its stem's top, and in
    # italic and handwriting-like fonts п and г are drawn as n and r.
    "ь": "b", "п": "n", "г": "r",
    # Greek capitals with a Latin twin.
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Greek small letters with a Latin twin.
    "α": "a", "ο": "o", "ν": "v", "ρ": "p", "ι": "i", "κ": "k", "υ": "u", "χ": "x", "γ": "y",
    # Armenian small letters with a Latin twin.
    "օ": "o", "ս": "u", "ց": "g", "հ": "h", "ո": "n",
    # Latin variants that no normal form reduces: dotless i and j, script a and g,
    # and letters with a stroke, which a quick reader takes for the plain letter.
    "ı": "i", "ȷ": "j", "ɑ": "a", "ɡ": "g", "ø": "o", "đ": "d", "ł": "l", "ħ": "h",
})

# After case folding: digits and signs that pass for a letter at a glance.
_LOOK_ALIKES = str.maketrans({
    "0": "o",  # a zero is an o drawn a little narrower
    "1": "l", "i": "l", "|": "l",  # one vertical stroke: 1, l, I (folded to i) and | read alike
    "5": "s",  # a 5 is an s with a corner
    "2": "z",  # many fonts draw 2 as a rounded Z
    "8": "b",  # 8 and a capital B (folded to b) share their outline
})

# Pairs of letters that, side by side, read as one: "rn" as "m", "vv" as "w",
# "cl" as "d" (and, after the folds above, "c1" and "cI" as "d" too).
_PAIRS = {"rn": "m", "vv": "w", "cl": "d"}
_PAIR = re.compile("|".join(_PAIRS))

# Characters that only separate words: "harbour-team" and "harbour_team" read
# as the same name as "harbourteam".
_SEPARATOR_CATEGORIES = {"Pc", "Pd", "Zs"}

SKELETON_MAX = 255

# Alphabets written together in one language, so a name mixing them is normal.
_WRITTEN_TOGETHER = ({"CJK", "HIRAGANA", "KATAKANA"}, {"CJK", "HANGUL"}, {"CJK", "BOPOMOFO"})
# Unicode name prefixes that belong to no one alphabet.
_NEUTRAL = {"MODIFIER", "COMBINING"}


def skeleton(name: str) -> str:
    """The form two look-alike names share: compatibility forms unified (NFKC),
    invisible characters and accents dropped, other alphabets' twins and
    look-alike digits and pairs folded, case ignored, separators removed."""
    text = unicodedata.normalize("NFKC", name)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = text.translate(_OTHER_ALPHABETS).casefold()
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    text = text.translate(_OTHER_ALPHABETS).translate(_LOOK_ALIKES)
    text = _PAIR.sub(lambda match: _PAIRS[match.group()], text)
    return "".join(ch for ch in text if unicodedata.category(ch) not in _SEPARATOR_CATEGORIES)


def stored_skeleton(name: str) -> str:
    """The skeleton as the user table keeps it (indexed, so bounded)."""
    return skeleton(name)[:SKELETON_MAX]


def alphabets(name: str) -> set[str]:
    """The alphabets the letters of `name` come from (LATIN, CYRILLIC, GREEK ...)."""
    found = set()
    for ch in unicodedata.normalize("NFKC", name):
        if not unicodedata.category(ch).startswith("L"):
            continue
        first = unicodedata.name(ch, "UNKNOWN").split()[0]
        if first not in _NEUTRAL:
            found.add(first)
    return found


def mixes_alphabets(name: str) -> bool:
    """True when letters from two alphabets sit in one name, as in a Latin name
    with one Cyrillic "а" slipped in; languages that mix alphabets are allowed."""
    found = alphabets(name)
    return len(found) > 1 and not any(found <= together for together in _WRITTEN_TOGETHER)


# Names only the team may carry, alone or run together ("harbour-team",
# "HarbourTeam", "crisis_help"); compared by skeleton, so "m0derator" and
# "adm1n" match too. "the" may join them ("the_harbour_team") but is no staff
# word by itself.
RESERVED_WORDS = (
    "moderator", "moderators", "mod", "mods", "admin", "administrator", "staff", "support",
    "harbour", "harbor", "team", "system", "crisis", "help", "helpline", "official",
    "safety", "security", "root", "superuser",
)
_FILLERS = ("the",)
# Titles that claim a role wherever they stand in a name: as a word of their
# own ("kim_mod", "Official-Sam") or at either end of it ("theadmin").
STAFF_TITLES = ("moderator", "mod", "mods", "admin", "administrator", "staff", "official")
_TITLE_AT_EITHER_END = ("moderator", "admin", "harbourteam", "harborteam")

# Digits read as letters when a name claims a title ("m0d3rat0r"); used only
# for the staff check, because "sam3" and "same" are different members.
_TITLE_DIGITS = str.maketrans({"3": "e", "4": "a", "7": "t", "9": "g"})
_WORD_BREAK = re.compile(r"[\W_]+|(?<=[a-z0-9])(?=[A-Z])")


def _staff_form(name: str) -> str:
    return skeleton(name).translate(_TITLE_DIGITS)


_RESERVED_FORMS = frozenset(_staff_form(word) for word in RESERVED_WORDS)
_FILLER_FORMS = frozenset(_staff_form(word) for word in _FILLERS)
_TITLE_FORMS = frozenset(_staff_form(word) for word in STAFF_TITLES)
_END_FORMS = tuple(_staff_form(word) for word in _TITLE_AT_EITHER_END)


def _only_reserved_words(text: str) -> bool:
    """Whether `text` splits wholly into reserved words and fillers, one reserved word at least."""
    # reach[i]: None when text[:i] does not split; else whether a reserved word was used.
    reach: list[bool | None] = [False] + [None] * len(text)
    for end in range(1, len(text) + 1):
        for start in range(end):
            if reach[start] is None:
                continue
            piece = text[start:end]
            if piece in _RESERVED_FORMS:
                reach[end] = True
            elif piece in _FILLER_FORMS:
                reach[end] = bool(reach[end]) or reach[start]
    return bool(reach[-1])


def _claims_a_title(name: str) -> bool:
    words = (word.rstrip("0123456789") for word in _WORD_BREAK.split(name))
    if any(_staff_form(word) in _TITLE_FORMS for word in words if word):
        return True
    whole = _staff_form(name)
    return any(whole.startswith(end) or whole.endswith(end) for end in _END_FORMS)


def looks_like_staff(name: str) -> bool:
    """True for a name a reader could take for the team's: a reserved name in
    any spelling, or a staff title inside the name."""
    return _only_reserved_words(_staff_form(name)) or _claims_a_title(name)
