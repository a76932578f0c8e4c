"""Reading the detector's word lists.

Each ``*.txt`` file here is meant to be read by moderators. The format:

- ``# ...`` is a comment, on its own line or after a pattern.
- ``[section]`` starts a section; lines before any header belong to ``terms``.
- A plain line is a phrase. Words match across any short run of spaces or
  punctuation ("self harm", "self-harm", "selfharm"); ``word*`` matches any
  ending ("suicid*": suicide, suicidal); ``(a|b|c)`` offers alternatives and
  ``(...)?`` makes them optional; ``~`` allows up to three words in between.
  A letter written twice also matches it once, because the detector squeezes
  stretched words ("killll") before matching.
- ``re: ...`` is a regular expression, for the few cases a phrase cannot say.

All matching is done on folded text: lower case, leetspeak and look-alike
letters undone, so lists are written in plain lower case.
"""

import re
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Between two words of a phrase: a short run of spaces or punctuation, or none.
SEPARATOR = r"[^\w\n]{0,3}"
# "~": up to three words in between.
GAP = r"(?:[^\w\n]+[\w']+){0,3}[^\w\n]*"
_WORD_CHUNK = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=None)
def sections(name: str) -> dict[str, tuple[str, ...]]:
    """The regex source of every line of ``name.txt``, by section."""
    found: dict[str, list[str]] = {"terms": []}
    current = "terms"
    for raw in (HERE / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = _strip_comment(raw)
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            found.setdefault(current, [])
            continue
        found.setdefault(current, []).append(to_regex(line))
    return {key: tuple(value) for key, value in found.items()}


def _strip_comment(line: str) -> str:
    if line.lstrip().startswith("#"):
        return ""
    return re.split(r"\s#", line, maxsplit=1)[0].strip()


def to_regex(line: str) -> str:
    if line.startswith("re:"):
        return line[3:].strip()
    return phrase_to_regex(line)


def phrase_to_regex(phrase: str) -> str:
    out = []
    index = 0
    text = phrase.strip().lower()
    while index < len(text):
        char = text[index]
        if char in " -_/":
            out.append(SEPARATOR)
        elif char == "~":
            out.append(GAP)
        elif char == "*":
            out.append(r"\w*")
        elif char == "(":
            out.append("(?:")
        elif char in ")|?":
            out.append(char)
        elif char == "'":
            # "i'm" also matches "im"; "i'll" must keep its apostrophe or it reads "ill".
            out.append("'" if text.startswith("ll", index + 1) else "'?")
        else:
            chunk = _WORD_CHUNK.match(text, index)
            if chunk:
                out.append(_literal(chunk.group()))
                index = chunk.end()
                continue
            out.append(re.escape(char))
        index += 1
    return "".join(out)


def _literal(word: str) -> str:
    # "kill" -> "kil{1,2}": a stretched "killll" is squeezed to "kil" before matching.
    return re.sub(r"([a-z])\1", r"\1{1,2}", word)


def compile_any(sources) -> re.Pattern | None:
    """One alternation for many patterns, bounded by word edges; None if empty."""
    sources = [source for source in sources if source]
    if not sources:
        return None
    return re.compile(r"(?<!\w)" + alternation(sources) + r"(?!\w)")


def alternation(sources) -> str:
    """The patterns as one group, factored into a prefix tree.

    Python's regex engine skips an alternative cheaply only when it starts with
    a literal character; hundreds of alternatives that start with a group would
    each be tried in full at every word. Factoring "kill...", "kms", "ctb" under
    their first letters keeps a whole word list at one cheap test per letter.
    """
    tree: dict = {}
    loose = []
    for source in sources:
        for prefix, rest in _expand(source):
            if not prefix:
                loose.append(rest)
                continue
            node = tree
            for char in prefix:
                node = node.setdefault(char, {})
            node.setdefault("", []).append(rest)
    branches = [_tree_regex(tree)] if tree else []
    return "(?:" + "|".join(branches + loose) + ")"


def first_keys(sources, size: int = 3) -> frozenset[str] | None:
    """The first ``size`` characters a match can start with (fewer when a
    pattern's literal start is shorter); None when a match can start anywhere."""
    keys = set()
    for source in sources:
        for prefix, _ in _expand(source):
            if prefix:
                keys.add(prefix[:size])
            elif source.startswith("\\d"):
                keys.update("0123456789")  # "600 calories a day"
            else:
                return None
    return frozenset(keys)


def _tree_regex(node: dict) -> str:
    options = [re.escape(char) + _tree_regex(child) for char, child in sorted(node.items()) if char]
    endings = node.get("", [])
    # Longer words first; a pattern that ends here is tried last.
    options += sorted({rest for rest in endings if rest}) + ([""] if "" in endings else [])
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"


_LITERAL = re.compile(r"[a-z0-9' ]*")
_QUANTIFIER = "?*+{"


def _expand(source: str, depth: int = 0) -> list[tuple[str, str]]:
    """(literal prefix, remaining regex) pairs that together mean ``source``."""
    if source.startswith("(?:") and depth < 2:
        close = _closing(source)
        if close and (close + 1 >= len(source) or source[close + 1] not in _QUANTIFIER):
            rest = source[close + 1:]
            return [pair for option in _split_top(source[3:close])
                    for pair in _expand(option + rest, depth + 1)]
    literal = _LITERAL.match(source).group()
    if literal and len(literal) < len(source) and source[len(literal)] in _QUANTIFIER:
        literal = literal[:-1]  # "kil{1,2}": the last "l" belongs to its quantifier
    return [(literal, source[len(literal):])]


def _closing(source: str) -> int | None:
    depth, index, in_class = 0, 0, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return None


def _split_top(body: str) -> list[str]:
    parts, depth, start, index, in_class = [], 0, 0, 0, False
    while index < len(body):
        char = body[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(body[start:index])
            start = index + 1
        index += 1
    parts.append(body[start:])
    return parts
