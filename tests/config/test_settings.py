"""Production settings: `check --deploy` is clean, and a missing SECRET_KEY is refused."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _manage(*args, **env):
    full_env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    full_env.update(env)
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=120)


def test_check_deploy_reports_nothing_with_production_settings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING",
                     DEBUG="0", SECRET_KEY="Zq8!vX#p2LmN0rT5yUw9@eB3-hK7$jD4&sF1*gA6^cV0%bN5)mQ", ALLOWED_HOSTS="harbour.example")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = _manage("check", DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_every_direct_dependency_is_pinned_in_the_lock_file():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = project["dependencies"] + project["optional-dependencies"]["test"]
    locked = {line.split("==")[0].lower().replace("_", "-"): line.split("==")[1]
              for line in (ROOT / "requirements.lock").read_text().splitlines() if "==" in line}
    for pin in pins:
        name, version = pin.split("==")
        name = name.split("[")[0].lower().replace("_", "-")
        assert locked.get(name) == version, f"{pin} is not what requirements.lock installs"
