"""Patterns built from word lists at a start or at a worker's first batch, whose programs are
kept between runs (:func:`timeline._programs.compile_all`): the happening words' pattern, the
day parts' clock patterns and two rules' patterns. Whether the folder is empty (compiled and
stored) or holds them (read back), each is the pattern ``re.compile`` makes of its source."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import happenings
from timeline.lang.ar.rules import clock, durations, operators
from timeline.lexicon import _load_lexicon, load_lexicon
from timeline.normalize import fold

TEXT = ("وقالت الشرطة إن الانفجار وقع في السابعة صباحاً، وإن اجتماعاً سيعقد من 3 إلى 5 مساءً بعد سنتين وثلاثة أشهر "
        "من الحادث، فيما تظاهر المحتجون الساعة 8 مساء في السادسة من صباح اليوم.")
FOLDED = fold(TEXT)  # what the rules read


def _same(pattern: re.Pattern[str]) -> None:
    expected = re.compile(pattern.pattern)
    assert pattern == expected  # flags, source and the engine's program
    assert (pattern.groups, dict(pattern.groupindex)) == (expected.groups, dict(expected.groupindex))
    for text in (TEXT, FOLDED):
        found = [(m.span(), m.groups()) for at in range(len(text)) if (m := pattern.match(text, at))]
        assert found == [(m.span(), m.groups()) for at in range(len(text)) if (m := expected.match(text, at))]


def _stored(folder: Path) -> int:
    return len(list(folder.glob("re-programs-*.marshal")))


@pytest.mark.parametrize("warm", [False, True])
def test_the_happening_words_pattern(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warm: bool) -> None:
    monkeypatch.setattr(happenings, "USER_CACHE", tmp_path)
    if warm:
        happenings.load_triggers.__wrapped__("ar")
    assert _stored(tmp_path) == int(warm)
    made = happenings.load_triggers.__wrapped__("ar")
    assert _stored(tmp_path) == 1
    _same(made.pattern)
    assert made.pattern.search(TEXT) is not None  # الانفجار
    assert made.pattern == happenings.load_triggers().pattern


@pytest.mark.parametrize("warm", [False, True])
def test_the_day_parts_clock_patterns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warm: bool) -> None:
    monkeypatch.setattr(clock, "USER_CACHE", tmp_path)
    lex = load_lexicon()
    parts, to = lex.alt("day_parts"), clock._range_words(lex.separators)
    if warm:
        clock._compiled_part_patterns.__wrapped__(parts, to)
    made = clock._compiled_part_patterns.__wrapped__(parts, to)
    assert _stored(tmp_path) == 1  # the three in one file
    for pattern in made:
        _same(pattern)
    assert made[1].match(FOLDED, FOLDED.index(" الي 5"))["h2"] == "5"
    assert made == clock._part_patterns_of(lex)


@pytest.mark.parametrize("warm", [False, True])
def test_two_rules_patterns_of_a_lexicon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warm: bool) -> None:
    for module in (durations, operators):
        monkeypatch.setattr(module, "USER_CACHE", tmp_path)
    if warm:
        other = _load_lexicon.__wrapped__("ar")  # a lexicon of its own: its patterns are made anew
        durations._and_amount(other), operators._clock_ahead(other)
    lex = _load_lexicon.__wrapped__("ar")
    amount, ahead = durations._and_amount(lex), operators._clock_ahead(lex)
    assert _stored(tmp_path) == 2
    _same(amount)
    _same(ahead)
    assert amount.match(FOLDED, FOLDED.index(" وثلاثه"))["u"] == "اشهر"
    assert ahead.match(FOLDED, FOLDED.index(" الساعه 8")) is not None
    assert (amount, ahead) == (durations._and_amount(load_lexicon()), operators._clock_ahead(load_lexicon()))


def test_the_sensed_tokens_kept_between_runs(tmp_path: Path) -> None:
    senses, verbal = frozenset({"لقاء", "تبني", "رفع"}), frozenset({"تبني", "رفع"})
    made = happenings._sensed_tokens(senses, verbal)
    assert {"لقاء", "واللقاء", "بلقاء", "للقاء", "فللقاء", "وتبني", "ورفع"} <= made
    assert "التبني" not in made and "الرفع" not in made  # a verb never with the article
    cold = happenings._stored_sensed(senses, verbal, tmp_path)
    (stored,) = tmp_path.glob("sensed-*.marshal")
    assert cold == made and happenings._stored_sensed(senses, verbal, tmp_path) == made
    assert happenings._stored_sensed(senses, frozenset(), tmp_path) == happenings._sensed_tokens(senses, frozenset())
    stored.write_bytes(stored.read_bytes()[:-3] + b"xyz")  # damaged: made anew, never read
    assert happenings._stored_sensed(senses, verbal, tmp_path) == made
    assert happenings._stored_sensed(senses, verbal, None) == made


def test_the_loaded_sensed_tokens_are_the_ones_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(happenings, "USER_CACHE", tmp_path)
    lexicon = happenings.load_triggers()
    made = happenings._sensed_tokens(frozenset(lexicon.senses), lexicon.verbal)
    assert happenings.load_triggers.__wrapped__("ar").sensed_tokens == made  # cold: stored
    assert happenings.load_triggers.__wrapped__("ar").sensed_tokens == made  # warm: read back
    assert lexicon.sensed_tokens == made


_SOURCES = """
import hashlib
from timeline.happenings import load_triggers
from timeline.lang.ar.rules import clock, durations, operators
from timeline.lexicon import load_lexicon
lex = load_lexicon()
sources = [load_triggers().pattern.pattern, *(p.pattern for p in clock._part_patterns_of(lex)),
           durations._and_amount(lex).pattern, operators._clock_ahead(lex).pattern]
print(hashlib.sha256(repr(sources).encode()).hexdigest())
"""


def test_their_sources_are_the_same_at_every_run(tmp_path: Path) -> None:
    """A source written in hash order (a set's ties) would store a new file at every start and
    push the grammar's own out of the folder."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    digests = {subprocess.run([sys.executable, "-c", _SOURCES], env={**env, "PYTHONHASHSEED": seed}, check=True,
                              capture_output=True, text=True).stdout for seed in ("1", "2")}
    assert len(digests) == 1
