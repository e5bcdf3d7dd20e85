"""Fixtures of the reliability suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.operations import build_bases


@pytest.fixture(scope="module")
def bases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_bases(tmp_path_factory.mktemp("bases"))
