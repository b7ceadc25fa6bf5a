"""A plain `pip install .` (what CI and users run) ships every package of newsdb.

pyproject.toml lists the packages by hand (the migrations ship as newsdb.migrations
from the top-level alembic/ folder), so a new subpackage missing from that list
works in an editable install and fails everywhere else.
"""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_in_pyproject():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "newsdb").rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
