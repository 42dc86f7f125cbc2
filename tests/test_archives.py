"""What real archives hold and earlier probes did not: Unix times, PostgreSQL offsets, zone
abbreviations, UTF-16 and compressed files, CSV with ``;`` or tabs, bytes in Parquet, two
builds on one output. Every row still ends up read or rejected by name; nothing is destroyed."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from timeline.published import read_published

AUG6 = dt.datetime(2015, 8, 6)


# -- publication dates -------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["1438819200", "1438819200000", 1438819200, 1438819200000, "١٤٣٨٨١٩٢٠٠"])
def test_a_unix_time_is_utc_whatever_the_machine_zone(value: object) -> None:
    read = read_published(value)
    assert read.moment == AUG6 and read.utc_offset == dt.timedelta(0)


def test_a_unix_time_does_not_follow_the_tz_variable() -> None:
    code = "from timeline.published import read_published as r; print(r('1438819200').moment.isoformat())"
    for zone in ("UTC", "America/New_York", "Asia/Baghdad"):
        out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "TZ": zone}, capture_output=True,
                             text=True, check=True).stdout.strip()
        assert out == "2015-08-06T00:00:00", zone  # before: 2015-08-05T20:00 in New York


def test_an_offset_of_hours_alone_as_postgresql_writes_it() -> None:
    read = read_published("2015-08-06 10:00:00+03")
    assert read.moment == AUG6.replace(hour=10) and read.utc_offset == dt.timedelta(hours=3)


@pytest.mark.parametrize("value", ["2015-08-06 10:00 AST", "Aug 6, 2015 10:00 IST"])
def test_a_zone_abbreviation_gives_no_offset_but_a_notice(value: str) -> None:
    read = read_published(value)  # AST was UTC-4 (Atlantic), not Arabia's UTC+3
    assert read.moment == AUG6.replace(hour=10) and read.utc_offset is None
    assert read.warning is not None and "abbreviation" in read.warning


@pytest.mark.parametrize(("value", "hours"), [("Thu, 06 Aug 2015 10:00:00 +0300", 3),
                                              ("Thu, 06 Aug 2015 10:00:00 GMT", 0)])
def test_a_written_offset_is_kept(value: str, hours: int) -> None:
    read = read_published(value)
    assert read.utc_offset == dt.timedelta(hours=hours) and read.warning is None
