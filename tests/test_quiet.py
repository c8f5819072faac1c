"""Issue 10, defect 12: no Chromium or Qt noise in the terminal; make says what it does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.app import CHROMIUM_QUIET, chromium_flags
from reader.core.resources import resources_dir

ROOT = resources_dir().parent


def test_chromium_logging_is_off_unless_verbose(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--foo")
    quiet = chromium_flags(offscreen=False).split()
    verbose = chromium_flags(offscreen=False, verbose=True).split()
    assert set(CHROMIUM_QUIET) <= set(quiet)
    assert "--log-level=3" in quiet
    assert not set(CHROMIUM_QUIET) & set(verbose)
    assert "--foo" in quiet
    assert "--foo" in verbose


def test_user_logging_rules_come_after_ours() -> None:
    from reader.ui.quiet import QUIET_RULES, logging_rules

    assert logging_rules("") == QUIET_RULES
    assert logging_rules("js=true") == f"{QUIET_RULES};js=true"


def test_defect12_a_run_prints_no_chromium_or_qt_noise(tmp_path: Path) -> None:
    """Regression: every run printed Vulkan, D-Bus and GL errors (a screenshot run
    starts Chromium and Qt's graphics as the window does)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("QTWEBENGINE_CHROMIUM_FLAGS", "QT_LOGGING_RULES")}
    shot = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(tmp_path / "data"),
         "--screenshot", str(shot), "--size", "640x480"],
        capture_output=True, text=True, env=env, check=False, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{shot}\n"
    assert result.stderr == ""


def test_defect12_make_setup_says_what_it_is_doing() -> None:
    """Regression: `make run` was silent for 20-36 s while it installed."""
    dry = subprocess.run(["make", "-n", "-B", "-C", str(ROOT), "setup"],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    commands = [line for line in dry if not line.startswith(("make", "touch"))]
    steps = [i for i, line in enumerate(commands) if not line.startswith("echo ")]
    assert steps
    assert all(i > 0 and commands[i - 1].startswith("echo ") for i in steps), dry
