"""Finding the numbers the eating-disorder numbers guard hides.

Masked: weights, calorie counts, BMI, body measurements and heights, clothing
sizes. Never masked: dates, times, durations, counts of people or things,
phone numbers (116 123, 85258, 988), years, and ages.

A number is masked only when something makes it a body number: a unit after it
("45kg", "500 calories", "7 stone 4", "24 inch waist") or a word before it
("weigh 50", "BMI of 16.5", "size 6", "UK 8", "now I'm a 12"). The one bare
case: just after a calorie word ("counting calories again. 1,100 yesterday,
900 today"), and even there not a year, time, date or phone number.

Works on ``Folded.base`` (lower case, NFKC: full-width digits are plain
digits). Each digit run in the text is looked at once, with small patterns
anchored around it, so a post without digits costs almost nothing.
"""

import re

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_NOT_AFTER_DIGIT_RUN = "abcdefghijklmnopqrstuvwxyz_.,:/£$"  # "covid19", "£20", "10:30"'s 30

# What may follow a number that is a count, a duration or a time, not a body number.
_NOT_BODY = re.compile(
    r"\s?(?:%|x\b|times?\b|days?\b|weeks?\b|wks?\b|months?\b|years?\b|yrs?\b|y/?o\b|hours?\b|hrs?\b"
    r"|mins?\b|minutes?\b|seconds?\b|o'?clock|sessions?\b|kids?\b|children|people|friends|members"
    r"|steps\b|miles?\b|km\b|k\b|out of|/\s?\d|appointments?|meals?\b|meetings?|nights?\b|mornings?\b"
    r"|cups?\b|litres?\b|glasses|pages?\b|tablets?\b|pills?\b|mg\b|ml\b|g\b)"
)
_TIME_OR_DATE = re.compile(r"(?::\d{2}|\s?(?:am|pm)\b|(?:nd|rd|th)\b|/\d)")
_ORDINAL_ST = re.compile(r"st\b")
_PHONE_NEXT = re.compile(r"[ -]\d{3}")
_PHONE_BEFORE = re.compile(r"\d{3,5}[ -]$")
_CRISIS_LINES = frozenset({"116", "85258", "988", "999", "911", "111"})

_MASS = re.compile(r"\s?-?\s?(?P<unit>kgs?|kilos?|kilograms?|lbs?|pounds?)(?![\w'])")
# "7 stone 4", "8st 7", "9 stone and 2 pounds": stones carry their pounds along.
_STONE = re.compile(
    r"\s?(?:stones?|st)(?![\w'])"
    r"(?:\s?(?:and\s)?\d{1,2}(?:\.\d)?(?:\s?(?:lbs?|pounds?|oz)\b)?(?!\d|\.\d)(?!\s?(?:kgs?|kilos?|stones?|st)\b)"
    r"(?!" + _NOT_BODY.pattern + r"))?"
)
_CALORIES = re.compile(r"\s?-?\s?(?:calories|calorie|cals?|kcals?)\b")
_LENGTH = re.compile(r"(?:\s?(?:cm|centimet(?:re|er)s?|inch(?:es)?|\"|'')|in)(?!\w)")
_HEIGHT = re.compile(r"\s?(?:'|ft|foot|feet)\s?(?:\d{1,2}(?:\.\d)?(?:\s?(?:\"|''|in(?:ches)?\b))?|tall\b)")
_BODY_WORDS = re.compile(r"\b(?:waist|hips?|thighs?|bust|chest|arms?|wrists?|legs?|stomach|belly|tummy|calf"
                         r"|calves|neck|height|tall|measure\w*|weigh\w*)\b")
_MONEY_BEFORE = re.compile(r"(?:£|\bfor|\bcost|\bcosts|\bpaid|\bpay|\bspent|\bspend|\bprice|\bworth|\bowe|\bowes"
                           r"|\bearn|\bearned|\bsaved)\s*$")

_FILLERS = r"(?:\s?(?:in at|about|around|roughly|like|only|just|under|over|less than|more than|is|was|of|at|now|:|=))*"
_RANGE = r"(?:\d+(?:\.\d+)?\s?(?:to|and|-|or)\s?)?"  # the second number of "from 14.9 to 18.1"
_WEIGH_BEFORE = re.compile(
    r"\b(?:weigh|weighs|weighed|weighing|weighed in at|scales? (?:said|says|say|showed|shows|read|reads)"
    r"|(?:got |i'?m |am )?down to|goal weight|u?gw|cw|hw|lw|sw|lowest weight|current weight)"
    + _FILLERS + r"\s?" + _RANGE + r"$"
)
_BMI_BEFORE = re.compile(r"\bbmi\b(?:\s?(?:went|from|has|been|dropped|gone|down|up|to|below))*" + _FILLERS + r"\s?" + _RANGE + "$")
_BMI_AFTER = re.compile(r"\s?bmi\b")
_SIZE_BEFORE = re.compile(r"(?<!shoe )\bsize\s?(?:uk\s?|us\s?|eu\s?)?(?:\d{1,2}\s?(?:-|to|/)\s?)?$")
_COUNTRY_BEFORE = re.compile(r"\b(?:uk|us|eu)\s?(?:size\s?)?$")
_SHOES_AFTER = re.compile(r"\s?(?:shoes?|trainers|boots|feet|heels|sandals|font)\b")
_IM_A_BEFORE = re.compile(r"\b(?:i'?m|i am|i was|she's|she is|now|into|fit into|wear|wearing)\s(?:a|an)\s$")
_AGE_BEFORE = re.compile(r"\bage\s$")
_CLOTHES_AFTER = re.compile(r"(?:\s?-\s?\d{1,2})?\s(?:clothes|jeans|trousers|tops?|dress(?:es)?|leggings|kids)\b")
_CALORIE_WORD = re.compile(r"\b(?:calorie|calories|cals|kcals?|intake)\b")
# A bare number after these is a day, a room, a time or an age, not calories.
_NOT_CALORIES_BEFORE = re.compile(r"\b(?:day|days|week|weeks|month|year|number|no|room|ward|bus|page|step|at|by|on"
                                  r"|since|age|aged|until|till)\s$")

_WORD_NUMBER = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five"
                r"|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a |one |two |three |four |five )?hundred)")
_WORD_AMOUNTS = re.compile(
    rf"\b{_WORD_NUMBER}\s?-?\s?(?:kgs?|kilos?|kilograms?|lbs|stones?|calories|cals)\b"
    r"|(?<=\bsize )(?:zero|double zero)\b"
)
_WORD_HINTS = re.compile(r"stone|kilo|kg|lbs|calor|cals|size zero|size double")


def find_number_spans(base: str) -> list[tuple[int, int]]:
    """Spans in ``base`` to mask, sorted and merged."""
    spans = []
    for token in _DIGITS.finditer(base):
        span = _classify(base, token.start(), token.end())
        if span:
            spans.append(span)
    if _WORD_HINTS.search(base):
        spans.extend(match.span() for match in _WORD_AMOUNTS.finditer(base))
    return _merge(spans)


def _classify(base: str, start: int, end: int) -> tuple[int, int] | None:
    if start and base[start - 1] in _NOT_AFTER_DIGIT_RUN:
        return None
    number = base[start:end]
    if _TIME_OR_DATE.match(base, end):
        return None
    unit_end = _unit_end(base, start, end, number)
    if unit_end:
        return start, unit_end
    if _is_phone_or_crisis_line(base, start, end, number) or _NOT_BODY.match(base, end):
        return None
    if _has_keyword_before(base, start, end, number) or _BMI_AFTER.match(base, end):
        return start, end
    return (start, end) if _is_calories_after_calorie_word(base, start, number) else None


def _unit_end(base: str, start: int, end: int, number: str) -> int | None:
    mass = _MASS.match(base, end)
    if mass and not (mass.group("unit").startswith("pound") and _MONEY_BEFORE.search(base, max(0, start - 12), start)):
        return mass.end()
    stone = _STONE.match(base, end)
    # "1st" and "21st" are dates; "11st" and "8st" are weights.
    if stone and not (number.endswith("1") and not number.endswith("11") and _ORDINAL_ST.match(base, end)):
        return stone.end()
    for pattern in (_CALORIES, _HEIGHT if number in ("3", "4", "5", "6", "7") else None):
        found = pattern.match(base, end) if pattern else None
        if found:
            return found.end()
    length = _LENGTH.match(base, end)
    if length and _near_body_word(base, start, length.end()):
        return length.end()
    return None


def _near_body_word(base: str, start: int, end: int) -> bool:
    if _BODY_WORDS.search(base, max(0, start - 30), min(len(base), end + 25)):
        return True
    return bool(re.search(r"(?:i'?m|i am|i was|she's|he's)\s$", base[max(0, start - 10):start]))


def _is_phone_or_crisis_line(base: str, start: int, end: int, number: str) -> bool:
    return (number in _CRISIS_LINES or bool(_PHONE_NEXT.match(base, end))
            or bool(_PHONE_BEFORE.search(base, max(0, start - 6), start)))


def _has_keyword_before(base: str, start: int, end: int, number: str) -> bool:
    window = max(0, start - 40)
    if _WEIGH_BEFORE.search(base, window, start) or _BMI_BEFORE.search(base, window, start):
        return True
    if len(number) > 2:
        return False
    if _SIZE_BEFORE.search(base, window, start) or _COUNTRY_BEFORE.search(base, window, start):
        return not _SHOES_AFTER.match(base, end)
    if _AGE_BEFORE.search(base, window, start):
        return bool(_CLOTHES_AFTER.match(base, end))
    return bool(_IM_A_BEFORE.search(base, window, start))


def _is_calories_after_calorie_word(base: str, start: int, number: str) -> bool:
    if not _CALORIE_WORD.search(base, max(0, start - 80), start):
        return False
    value = float(number.replace(",", ""))
    looks_like_year = len(number) == 4 and number[:2] in ("19", "20")
    return (50 <= value <= 9999 and not looks_like_year
            and not _NOT_CALORIES_BEFORE.search(base, max(0, start - 12), start))


def _merge(spans):
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
