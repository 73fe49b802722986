"""The packages of the wheel; everything else about it is in pyproject.toml.

Found on disk, never listed by hand: a hand-kept list once left consult.ui.wizard out of
`pip install .` while the editable install the tests ran on had it. resources/ sits at the
top of the checkout, where a clinic reviews the rules; it travels whole as consult.resources
(its package data in pyproject.toml takes every file, subfolders included).
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["consult", "consult.*"]), "consult.resources"],
    package_dir={"consult.resources": "resources"},
)
