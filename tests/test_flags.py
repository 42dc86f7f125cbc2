"""Conditions made once as columns (timeline._flags.Flags) read the same as inline."""

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from timeline._flags import Flags

FRAME = pl.DataFrame({
    "town": ["حلب", "حلب", None, "دمشق", "حمص"],
    "town_j": ["حلب", "دمشق", "حلب", None, "حمص"],
    "same_day": [True, True, False, None, False],
    "rare": [2.5, None, 9.0, 7.1, 0.0],
})


def test_flags_read_by_name_equal_the_conditions_inline() -> None:
    one_town = (pl.col("town") == pl.col("town_j")).fill_null(False)
    rare = pl.col("rare") >= 5.0  # null where rare is null: kept as it is
    located = pl.col("same_day") & one_town
    kept = located | rare
    inline = FRAME.select(located.alias("located"), kept.alias("kept"), (~kept & rare).alias("loose"))

    flags = Flags("flag ")
    located_f = flags.add("located", pl.col("same_day") & one_town)
    rare_f = flags.add("rare", rare)
    kept_f = flags.add("kept", located_f | rare_f)
    made = flags.made(FRAME)
    by_name = made.select(located_f.alias("located"), kept_f.alias("kept"), (~kept_f & rare_f).alias("loose"))
    assert_frame_equal(by_name, inline)
    assert made.columns == [*FRAME.columns, "flag located", "flag rare", "flag kept"]
    assert [list(step) for step in flags.steps] == [["flag located", "flag rare"], ["flag kept"]]


def test_a_flag_is_made_a_step_after_every_flag_it_reads() -> None:
    flags = Flags("f:")
    a = flags.add("a", pl.col("same_day"))
    b = flags.add("b", ~a)
    c = flags.add("c", a & b)
    flags.add("d", pl.col("rare") > 1.0)
    flags.add("e", c | pl.col("same_day"))
    assert [sorted(step) for step in flags.steps] == [["f:a", "f:d"], ["f:b"], ["f:c"], ["f:e"]]
    made = flags.made(FRAME)
    assert made["f:e"].to_list() == FRAME.select((pl.col("same_day") & ~pl.col("same_day")) | pl.col("same_day"))[
        "same_day"].to_list()


def test_a_flag_named_twice_is_refused() -> None:
    flags = Flags("flag ")
    flags.add("x", pl.col("same_day"))
    with pytest.raises(ValueError, match="added twice"):
        flags.add("x", pl.col("same_day"))
