"""The hostile-content corpus (data/hostile_payloads.txt), decoded: the escapes
are described at the top of that file."""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CORPUS = Path(__file__).parent / "data" / "hostile_payloads.txt"
_FAMILY = re.compile(r"#\s*==\s*(.+?)\s*==\s*$")
_ESCAPE = re.compile(r"\\(\\|n)|\{U\+([0-9A-Fa-f]{4,6})\}")


@dataclass(frozen=True)
class Payload:
    family: str
    text: str


def _decode(line: str) -> str:
    if line.startswith("\\#"):
        line = line[1:]

    def one(match):
        if match.group(2):
            return chr(int(match.group(2), 16))
        return "\n" if match.group(1) == "n" else "\\"

    return _ESCAPE.sub(one, line)


@cache
def payloads() -> tuple[Payload, ...]:
    family, found = "", []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.startswith("#"):
            header = _FAMILY.match(line)
            family = header.group(1) if header else family
            continue
        found.append(Payload(family, _decode(line)))
    return tuple(found)


def families() -> set[str]:
    return {payload.family for payload in payloads()}
