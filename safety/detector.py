"""The content-warning detector: which warnings a post needs, how at risk its
writer seems, and which eating-disorder numbers to mask.

Pure Python and deterministic, so it can run inside the post transaction and in
tests without a database. Vocabulary lives in ``safety/vocabulary/*.txt``; read
those files for why each word is there.

Decisions worth knowing:

- A clear negation of the writer's own state removes that mention: "I'm not
  suicidal, just exhausted" carries no suicide warning. Other mentions in the
  same post still count.
- Talk about someone else, the past, or the topic in general keeps the warning
  (readers may still want it) but does not put the writer at risk:
  "my sister self-harms, how do I help her" is self_harm with risk none.
- Risk is ``acute`` when a present, first-person suicide or self-harm mention
  comes with intent, a plan, a timeframe, a goodbye or means at hand;
  ``concern`` when it does not; for eating disorders, substance use and abuse,
  ``concern`` needs a sign of a current struggle (urges, relapse, "again").
"""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from safety import vocabulary
from safety.normalize import Folded, fold
from safety.numbers import find_number_spans

SLUGS = ("abuse", "eating_disorder", "self_harm", "substance_use", "suicide")
HARM = frozenset({"suicide", "self_harm"})
RISKS = ("none", "concern", "acute")


@dataclass(frozen=True)
class Finding:
    slug: str
    spans: tuple[tuple[int, int], ...]  # into the original text


@dataclass(frozen=True)
class Assessment:
    warnings: tuple[Finding, ...]  # sorted by slug, one Finding per slug
    risk: str  # "none" | "concern" | "acute"
    number_spans: tuple[tuple[int, int], ...]  # into the original text

    @property
    def slugs(self) -> frozenset[str]:
        return frozenset(finding.slug for finding in self.warnings)


# Every word list is compiled once, and registered with the characters its
# matches can start with. A post is scanned once for places where any list
# could match; only there are the lists tried (see _Post).
_SOURCES: list[str] = []
_BY_KEY: dict[str, list[re.Pattern]] = {}  # by the first (up to three) characters of a match
_ANYWHERE: list[re.Pattern] = []


def _register(pattern: re.Pattern | None, sources) -> re.Pattern | None:
    if pattern is None:
        return None
    _SOURCES.extend(sources)
    keys = vocabulary.first_keys(sources)
    for key in keys if keys is not None else ():
        _BY_KEY.setdefault(key, []).append(pattern)
    if keys is None:
        _ANYWHERE.append(pattern)
    return pattern


def _lists_by_start() -> dict[str, tuple[re.Pattern, ...]]:
    """For each start of up to three characters, every list that may match there."""
    table = {}
    for key in _BY_KEY:
        lists = [pattern for size in range(1, len(key) + 1) for pattern in _BY_KEY.get(key[:size], [])]
        table[key] = tuple(dict.fromkeys(lists + _ANYWHERE))
    return table


def _lists_at(text: str, start: int) -> tuple[re.Pattern, ...]:
    for size in (3, 2, 1):
        lists = _LISTS_AT.get(text[start:start + size])
        if lists is not None:
            return lists
    return _LISTS_ANYWHERE


def _words(name: str, *sections: str) -> re.Pattern | None:
    found = vocabulary.sections(name)
    sources = [source for section in sections for source in found.get(section, ())]
    return _register(vocabulary.compile_any(sources), sources)


def _acute_sequences() -> re.Pattern:
    found = vocabulary.sections("risk_acute")
    intent, acts, timeframe = (vocabulary.alternation(found[name]) for name in ("intent", "acts", "timeframe"))
    intent_then_act = rf"{intent}(?:[^\w\n]+[\w']+){{0,2}}[^\w\n]+{acts}"
    # "kms tonight", but not "ctb thoughts all day tomorrow".
    act_then_time = (rf"{acts}(?![^\w\n]+(?:thoughts|urges?|feelings|ideation))"
                     rf"(?:[^\w\n]+[\w']+){{0,2}}?[^\w\n]+{timeframe}")
    pattern = re.compile(rf"(?<!\w)(?:{intent_then_act}|{act_then_time})(?!\w)")
    return _register(pattern, found["intent"] + found["acts"])


def _negation() -> re.Pattern:
    found = vocabulary.sections("negation")
    negators, fillers = vocabulary.alternation(found["negators"]), vocabulary.alternation(found["fillers"])
    return re.compile(rf"(?<![\w']){negators}(?:[^\w\n]+{fillers})*[^\w\n]+$")


def _markers() -> re.Pattern:
    found = vocabulary.sections("distance")
    others, own = vocabulary.alternation(found["others"]), vocabulary.alternation(found["self"])
    # "my brother's drinking": a possessive still names the person.
    return re.compile(rf"(?<![\w'])(?:(?P<other>{others})|(?P<own>{own}))(?:'s)?(?![\w'])")


TERMS = {slug: _words(slug, "terms") for slug in SLUGS}
WEAK = {slug: _words(slug, "needs context") for slug in SLUGS}  # count only beside a term or context cue
CONTEXT = {slug: _words(slug, "context") for slug in SLUGS}
IDIOMS = {slug: _words("idioms", "all", slug) for slug in SLUGS}
CONCERN = {slug: _words("risk_concern", "all", slug) for slug in SLUGS}
ACUTE_STANDALONE = _words("risk_acute", "standalone")
ACUTE_SEQUENCES = _acute_sequences()
HISTORY = _words("distance", "history")
CURRENT = _words("distance", "current")
GENERAL = _words("distance", "general")
POST_OTHER = _words("distance", "post")
CANDIDATES = re.compile(r"[^\w](?=" + vocabulary.alternation(_SOURCES) + ")")
_LISTS_AT = _lists_by_start()
_LISTS_ANYWHERE = tuple(_ANYWHERE)

NEGATED_BEFORE = _negation()
# "I haven't had suicidal thoughts in months" is recovery, not a denial.
TIME_AFTER = re.compile(r"(?:[^\w\n]+[\w']+){0,2}?[^\w\n]+(?:in|for|since)[^\w\n]+(?:over |about |almost |nearly )?"
                        r"(?:\d+|a|an|one|two|three|four|five|six|several|many|months|years|weeks|ages)\b")
MARKERS = _markers()
THIRD_PERSON_IN_TERM = re.compile(r"\b(?:himself|herself|themselves|themself|his|her|their)\b")
# Clause edges: sentence ends (not decimal points) and "but"-like turns.
SENTENCE_END = re.compile(r"[.!?;\n]+")
TURN = re.compile(r"\s(?:but|though|although|however)\s")


def assess(text: str, extra_terms: tuple[tuple[str, str], ...] = ()) -> Assessment:
    folded = fold(text)
    post = _Post(folded.text)
    matches = _find_terms(post, _extra_patterns(tuple(extra_terms)))
    return Assessment(
        warnings=_findings(matches, folded),
        risk=_risk(post, matches) if matches else "none",
        number_spans=tuple(folded.span_in_original(s, e, from_base=True) for s, e in find_number_spans(folded.base)),
    )


class _Post:
    """Folded text, where each word list matched, and clause lookups."""

    def __init__(self, text: str):
        self.text = text
        self.hits: dict[re.Pattern, list[re.Match]] = {}
        # Scanning " " + text, the separator before a word sits where the word
        # itself starts in text.
        for candidate in CANDIDATES.finditer(" " + text):
            start = candidate.start()
            for pattern in _lists_at(text, start):
                match = pattern.match(text, start)
                if match:
                    self.hits.setdefault(pattern, []).append(match)
        self._clauses: tuple[list[int], list[int]] | None = None
        self._flags: dict[int, str] = {}
        self._markers: dict[int, tuple[list[int], list[str]]] = {}

    def find(self, pattern: re.Pattern | None) -> list[re.Match]:
        return self.hits.get(pattern, []) if pattern is not None else []

    def clause(self, position: int) -> tuple[int, int, int]:
        if self._clauses is None:
            edges = sorted([m.span() for m in SENTENCE_END.finditer(self.text) if _ends_sentence(self.text, m)]
                           + [m.span() for m in TURN.finditer(self.text)])
            self._clauses = ([0] + [end for _, end in edges], [start for start, _ in edges] + [len(self.text)])
        starts, ends = self._clauses
        index = bisect_right(starts, position) - 1
        return index, starts[index], ends[index]

    def negated(self, start: int, end: int) -> bool:
        _, clause_start, _ = self.clause(start)
        if not NEGATED_BEFORE.search(self.text, max(clause_start, start - 60), start):
            return False
        return not TIME_AFTER.match(self.text, end)

    def stance(self, start: int, end: int, slug: str | None = None) -> str:
        """"self", "other" (someone else), "history" or "general" for a match."""
        if self.find(POST_OTHER):
            return "other"
        index, _, _ = self.clause(start)
        # Abuse is told by the person it happened to about the person who did it:
        # "he hit me" is the writer's own experience, so pronouns are not distance.
        if slug != "abuse" and (self._last_marker(index, start) == "other"
                                or THIRD_PERSON_IN_TERM.search(self.text, start, end)):
            return "other"
        return self._clause_flag(index)

    def _last_marker(self, index: int, position: int) -> str | None:
        if index not in self._markers:
            _, start, end = self.clause(self._clauses[0][index])
            found = list(MARKERS.finditer(self.text, start, end))
            self._markers[index] = ([m.start() for m in found], [m.lastgroup for m in found])
        positions, kinds = self._markers[index]
        before = bisect_left(positions, position)
        return kinds[before - 1] if before else None

    def _clause_flag(self, index: int) -> str:
        if index not in self._flags:
            start, end = self._clauses[0][index], self._clauses[1][index]
            inside = lambda pattern: any(start <= m.start() < end for m in self.find(pattern))  # noqa: E731
            if inside(HISTORY) and not inside(CURRENT):
                self._flags[index] = "history"
            else:
                self._flags[index] = "general" if inside(GENERAL) else "self"
        return self._flags[index]


def _ends_sentence(text: str, match: re.Match) -> bool:
    # "16.2" and "5.30" are numbers, not two sentences.
    return match.group() != "." or match.end() == len(text) or not text[match.end()].isdigit()


@lru_cache(maxsize=64)
def _extra_patterns(extra_terms: tuple[tuple[str, str], ...]) -> dict[str, re.Pattern]:
    """Moderators' phrases, one alternation per slug; cached on the tuple."""
    by_slug: dict[str, list[str]] = {}
    for slug, phrase in extra_terms:
        source = _phrase_source(phrase)
        if source:
            by_slug.setdefault(slug, []).append(source)
    return {slug: vocabulary.compile_any(sources) for slug, sources in by_slug.items()}


def _phrase_source(phrase: str) -> str:
    folded = fold(phrase.strip()).text
    if not folded:
        return ""
    source = vocabulary.phrase_to_regex(folded)
    try:
        re.compile(source)
    except re.error:  # a stray "(" typed in the admin: match the words literally
        source = vocabulary.SEPARATOR.join(re.escape(word) for word in folded.split())
    return source


def _find_terms(post: _Post, extra: dict[str, re.Pattern]) -> list[re.Match]:
    found = []
    for slug in sorted(set(SLUGS) | set(extra)):
        strong = _surviving(post, slug, post.find(TERMS.get(slug)))
        if slug in extra:
            strong += _surviving(post, slug, list(extra[slug].finditer(post.text)))
        weak = _surviving(post, slug, post.find(WEAK.get(slug)))
        if weak and not strong:
            weak = [match for match in weak if _has_context(post, slug, match)]
        found.extend((slug, match) for match in strong + weak)
    return found


def _surviving(post: _Post, slug: str, matches: list[re.Match]) -> list[re.Match]:
    if not matches:
        return []
    idioms = [m.span() for m in post.find(IDIOMS.get(slug))]
    return [m for m in matches if not _overlaps(m.span(), idioms) and not post.negated(*m.span())]


def _overlaps(span: tuple[int, int], spans) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def _has_context(post: _Post, slug: str, weak: re.Match) -> bool:
    return any(not _overlaps(weak.span(), [cue.span()]) for cue in post.find(CONTEXT.get(slug)))


def _findings(matches, folded: Folded) -> tuple[Finding, ...]:
    spans: dict[str, list[tuple[int, int]]] = {}
    for slug, match in matches:
        spans.setdefault(slug, []).append(folded.span_in_original(*match.span()))
    return tuple(Finding(slug, _merged(spans[slug])) for slug in sorted(spans))


def _merged(spans) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _risk(post: _Post, matches) -> str:
    own = {slug for slug, m in matches if post.stance(m.start(), m.end(), slug) == "self"}
    if own & HARM:
        acute = _has_cue(post, ACUTE_SEQUENCES) or _has_cue(post, ACUTE_STANDALONE)
        return "acute" if acute else "concern"
    if any(_has_cue(post, CONCERN[slug], slug) for slug in sorted(own) if slug in CONCERN):
        return "concern"
    return "none"


def _has_cue(post: _Post, pattern: re.Pattern | None, slug: str | None = None) -> bool:
    return any(not post.negated(cue.start(), cue.end()) and post.stance(cue.start(), cue.end(), slug) == "self"
               for cue in post.find(pattern))
