"""How rows are cut into batches: full batches, then smaller and smaller ones near the end
so the workers finish together; the cut depends on the rows alone."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.articles import Article, RowError
from timeline.batches import BATCH_SIZE, SMALLEST_BATCH, TAPER, batched, ordered_map


def rows(n: int) -> list[Article | RowError]:
    """``n`` rows, every seventh one a row error."""
    made: list[Article | RowError] = []
    for i in range(n):
        if i % 7 == 3:
            made.append(RowError(i + 1, f"a{i}", "published", "no date"))
        else:
            made.append(Article(f"a{i}", "وصل الوفد أمس إلى المدينة.", dt.datetime(2022, 1, 25), row=i + 1))
    return made


def sizes(n: int, size: int = BATCH_SIZE) -> list[int]:
    return [batch.rows for batch in batched(iter(rows(n)), size)]


@pytest.mark.parametrize("n", [0, 1, 15, 16, 17, 100, 1000, 1023, 1024, 1025, 5000])
def test_every_row_once_in_input_order(n: int) -> None:
    given = rows(n)
    cut = list(batched(iter(given), BATCH_SIZE))
    assert [batch.index for batch in cut] == list(range(len(cut)))
    again = [item.row for batch in cut for item in sorted((*batch.articles, *batch.errors), key=lambda r: r.row)]
    assert again == [item.row for item in given]
    assert all(isinstance(a, Article) for b in cut for a in b.articles)
    assert all(isinstance(e, RowError) for b in cut for e in b.errors)


def test_batches_taper_toward_the_end() -> None:
    cut = sizes(5000)
    assert cut[0] == BATCH_SIZE and sum(cut) == 5000
    tail = cut[cut.index(max(cut)):]
    assert tail == sorted(tail, reverse=True)  # never larger again once shrinking
    assert cut[-1] <= SMALLEST_BATCH and cut[-2] == SMALLEST_BATCH
    # with r rows left a batch holds about r / TAPER of them
    left = 5000
    for size in cut:
        assert size == min(BATCH_SIZE, max(SMALLEST_BATCH, -(-left // TAPER)), left)
        left -= size


def test_small_inputs_and_small_batch_sizes() -> None:
    assert sizes(1000) == [250, 188, 141, 106, 79, 59, 45, 33, 25, 19, 16, 16, 16, 7]
    assert sizes(10) == [10]
    assert sizes(30, 4) == [4, 4, 4, 4, 4, 4, 4, 2]  # at or below the smallest batch: no taper


def test_the_cut_depends_on_the_rows_alone() -> None:
    """A resumed run must cut the same batches: reading in pieces changes nothing."""

    def trickle(n: int):  # type: ignore[no-untyped-def]
        yield from rows(n)

    for n in (300, 2000):
        assert [b.rows for b in batched(trickle(n))] == sizes(n)


def test_small_batches_go_out_together() -> None:
    """In flight: up to 2 × jobs times the heaviest item's rows, so the small batches of the
    end do not wait one by one behind a large one (here: all of them at once)."""
    pulled: list[int] = []

    def items(weights: list[int]):  # type: ignore[no-untyped-def]
        for w in weights:
            pulled.append(w)
            yield w

    weights = [40, 10, 10, 10, 10, 10, 10, 10, 10, 10]
    results = ordered_map(abs, items(weights), jobs=2, weight=lambda w: w)
    assert next(results) == 40 and len(pulled) == len(weights)
    assert list(results) == weights[1:]
    pulled.clear()
    results = ordered_map(abs, items(weights), jobs=2)  # no weight: 2 × jobs items
    assert next(results) == 40 and len(pulled) == 4
    assert list(results) == weights[1:]


@pytest.mark.parametrize("jobs", [1, 2])
def test_started_is_called_once_the_first_items_are_read(jobs: int) -> None:
    """``started`` (a build loads its word lists then) comes once, after the first two items
    are read and before any result; not beside the reading of the first rows."""
    seen: list[str] = []

    def items():  # type: ignore[no-untyped-def]
        for w in range(6):
            seen.append(f"read {w}")
            yield w

    results = ordered_map(abs, items(), jobs=jobs, started=lambda: seen.append("started"))
    assert next(results) == 0
    assert seen[:3] == ["read 0", "read 1", "started"] and seen.count("started") == 1
    assert list(results) == [1, 2, 3, 4, 5] and seen.count("started") == 1
    seen.clear()
    assert list(ordered_map(abs, iter([]), jobs=jobs, started=lambda: seen.append("started"))) == []
    assert seen == ["started"]  # nothing to read: at once
