"""Build hook for the optional compiled build (everything else is in pyproject.toml).

By default civex installs as plain Python. With ``CIVEX_COMPILE=1`` the modules that do the
extraction work are compiled to C extensions with mypyc (part of mypy), which makes extraction
about a quarter faster with the same records (README, "Speed"):

    pip install mypy setuptools
    CIVEX_COMPILE=1 pip install --no-build-isolation .

Only a regular install is compiled: an editable install (pip install -e) stays plain Python, so
that an edited module is never shadowed by a stale compiled one.
"""
import os

from setuptools import setup

# the stages that run per character or per figure (civex/extract.py calls them in this order)
COMPILED = [
    "civex/numerals.py",
    "civex/normalize.py",
    "civex/segment.py",
    "civex/quantities.py",
    "civex/claims.py",
    "civex/context.py",
    "civex/extract.py",
    "civex/checks.py",
]

ext_modules = []
if os.environ.get("CIVEX_COMPILE") == "1":
    from mypyc.build import mypycify   # (mypy must be installed in the build environment)

    # (the modules they import stay plain Python and are read for their types only)
    ext_modules = mypycify(["--ignore-missing-imports", "--follow-imports=silent", *COMPILED], opt_level="3")

setup(ext_modules=ext_modules)
