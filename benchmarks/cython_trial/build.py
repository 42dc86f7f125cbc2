"""Build the typed Cython trial of issue 9 (core80) in a scratch copy, never in a checkout one works in.

    git archive HEAD | tar -x -C /tmp/trial && cd /tmp/trial
    patch -p1 < benchmarks/cython_trial/typed.patch      # .pxd files, cython.locals, no slots= on 3 dataclasses
    mv pyproject.toml pyproject.toml.off                  # (the venv's setuptools rejects its license table here)
    pip install --target /tmp/cy cython                   # 3.3.2 was used; never into the project's venv
    PYTHONPATH=/tmp/cy python benchmarks/cython_trial/build.py timeline._chart,timeline.engine,timeline.semantics

The extensions land beside the sources (``build_ext --inplace``); ``PYTHONPATH=/tmp/trial`` then imports them.
Measure with ``benchmarks/count_instructions.py --path /tmp/trial``. The patched sources import ``cython``, so
they need Cython (its pure-Python shadow) even uncompiled: a trial, not a build to ship (see NOTES, core80).
"""

from __future__ import annotations

import sys

from Cython.Build import cythonize
from setuptools import Extension, setup


def main() -> None:
    modules = sys.argv.pop(1).split(",")
    extensions = [Extension(m, [m.replace(".", "/") + ".py"]) for m in modules]
    setup(name="timeline-cython-trial", script_args=["build_ext", "--inplace", "-j", "2"],
          ext_modules=cythonize(extensions, language_level=3, compiler_directives={"binding": False}, quiet=True))


if __name__ == "__main__":
    main()
