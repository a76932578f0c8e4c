from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

DATA = Path(__file__).parent / "data"


def test_evaluate_detector_prints_the_figures_for_a_file(capsys):
    call_command("evaluate_detector", str(DATA / "detector_dev.jsonl"))
    out = capsys.readouterr().out
    for figure in ("precision", "recall", "f1", "risk accuracy", "acute recall", "acute precision",
                   "number recall", "false masks", "posts/s"):
        assert figure in out
    for slug in ("suicide", "self_harm", "eating_disorder", "substance_use", "abuse"):
        assert slug in out


def test_evaluate_detector_names_the_bad_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "text": "fine", "labels": ["none"], "risk": "none"}\n{not json\n')
    with pytest.raises(CommandError, match="line 2"):
        call_command("evaluate_detector", str(bad))
