"""The argument parser every ``yomu`` command uses: errors as one line, exit 2."""

from __future__ import annotations

import argparse
from typing import NoReturn


class CliError(Exception):
    """A failure to report as one line on stderr with exit status 2."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line (``yomu: error: …``, exit 2)."""

    def error(self, message: str) -> NoReturn:
        raise CliError(f"{message} (see '{self.prog} --help')")
