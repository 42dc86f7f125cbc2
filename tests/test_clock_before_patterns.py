"""The clock rules' look-behind patterns built from word lists (``clock._before_patterns``) are the
patterns ``re.compile`` makes of their sources, kept between runs: a second start reads them from
the cache folder instead of compiling them (``_timed_before``'s ~3 KB cost ~12 ms of each process's
first articles)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from timeline.lang.ar.rules import clock
from timeline.lexicon import load_lexicon
from timeline.tagger import tag

ACCESSORS = {
    clock._part_cue: clock._part_cue_source,
    clock._timed_before: clock._timed_before_source,
    clock._future_verb_before: clock._future_verb_before_source,
    clock._approx_before: clock._approx_before_source,
    clock._part_before: clock._part_before_source,
}


def test_each_pattern_is_re_compile_of_its_source() -> None:
    lex = load_lexicon("ar")
    for pattern_of, source_of in ACCESSORS.items():
        expected = re.compile(source_of(lex))
        made = pattern_of(lex)
        assert made == expected  # flags, source and the engine's program
        assert (made.groups, dict(made.groupindex)) == (expected.groups, dict(expected.groupindex))
    assert clock._part_before(lex).search("وصل الوفد وصباح ")["p"] == "صباح"
    assert clock._timed_before(lex).search("سنلتقي صباح الغد ") is not None
    assert clock._approx_before(lex).search("وصلوا قرابه ")  # folded text is not None
    assert clock._future_verb_before(lex).search("ونحن سنلتقي ") is not None
    assert clock._part_cue(lex).search("سيعود ") is not None


def test_the_hours_they_place_are_read_as_before() -> None:
    for text, value in [("وسنلتقي صباح الغد في الثامنة", "2024-11-21T08"),
                        ("وصل الوفد مساء 7، وغادر بعد ساعة", "2024-11-19T19"),  # read before 7 pm: yesterday's
                        ("سأصل نحو الثامنة", "2024-11-20T20")]:
        assert value in [t.value for t in tag(text, "2024-11-20T09:00")], text


CHILD = """
import re._compiler as rc
calls = []
real = rc.compile
rc.compile = lambda p, flags=0: calls.append(p) or real(p, flags)
from timeline.lang.ar.rules import clock
from timeline.lexicon import load_lexicon
lex = load_lexicon("ar")
sources = {clock._timed_before_source(lex), clock._part_before_source(lex), clock._part_cue_source(lex)}
clock._before_patterns(lex)
print(sum(1 for p in calls if p in sources))
"""


def test_a_second_start_reads_them_from_the_cache(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True)
            for _ in range(2)]
    assert [int(run.stdout) for run in runs] == [3, 0]
