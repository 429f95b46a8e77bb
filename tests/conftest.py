import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# The shared gold lives beside the repo (../shared/gold); tests that need it skip cleanly
# only when it is absent (e.g. a source tarball), never on a failure.
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_paths():
    return sorted(SEEDS.glob("*.txt"))
