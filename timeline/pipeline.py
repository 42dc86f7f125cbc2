"""From articles to a :class:`~timeline.plot.Timeline`: the one pipeline behind the API, CLI and notebooks.

read (``timeline.articles``) → extract events in batches (``timeline.events``) → merge
(``timeline.merge``) → order and draw (``timeline.plot``). Every input row ends up either
used or rejected with a :class:`~timeline.articles.RowError` naming its row and field, so
``articles_read == articles_used + articles_rejected`` always holds.
"""

from __future__ import annotations

import os
from pathlib import Path
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Union

import polars as pl

from timeline.articles import Article, RowError, parse_published, read_articles
from timeline.errors import PublishedDateError
from timeline.events import articles_frame, extract_events
from timeline.frame import empty_events
from timeline.plot import Timeline

__all__ = ["ArticleSource", "BuildStats", "build_timeline", "count_articles", "iter_articles"]

ArticleSource = Union[
    str,
    "os.PathLike[str]",
    pl.DataFrame,
    Iterable[Union[str, "os.PathLike[str]"]],
    Iterable[Union[Article, RowError]],
]
"""What :func:`build_timeline` reads: paths, a frame of articles, or Article objects."""

_BATCH = 64


@dataclass(frozen=True, slots=True)
class BuildStats:
    """What a build read, used and rejected, and what it made."""

    articles_read: int
    articles_used: int
    articles_rejected: int
    events: int
    entries: int
    conflicts: int
    articles_without_events: int = 0
    errors: tuple[RowError, ...] = field(default=(), repr=False)

    def summary(self) -> str:
        """A short English summary, one line per fact."""
        return (
            f"articles: {self.articles_read} read, {self.articles_used} used, "
            f"{self.articles_rejected} rejected"
            + (f" ({self.articles_without_events} without dated events)"
               if self.articles_without_events else "")
            + f"\nevents: {self.events} in {self.entries} timeline entries, "
            f"{self.conflicts} with conflicting dates"
        )


def _frame_rows(frame: pl.DataFrame) -> Iterator[Article | RowError]:
    """Validate a polars frame of articles row by row, as the file readers do."""
    for n, row in enumerate(frame.iter_rows(named=True), 1):
        ident = row.get("id")
        ident = f"row-{n}" if ident is None or ident == "" else str(ident)
        text = row.get("text")
        if not isinstance(text, str):
            yield RowError(n, ident, "text", "missing" if text is None else "expected a string")
            continue
        try:
            published = parse_published(row.get("published"))
        except PublishedDateError as exc:
            yield RowError(n, ident, "published", str(exc))
            continue
        place = row.get("place")
        if place is not None and not isinstance(place, str):
            yield RowError(n, ident, "place", f"expected a string, got {type(place).__name__}")
            continue
        yield Article(id=ident, text=text, published=published, row=n,
                      title=row.get("title"), url=row.get("url"), source=row.get("source"),
                      place=(place or "").strip() or None)


def iter_articles(
    articles: ArticleSource, *, published: str | None = None
) -> Iterator[Article | RowError]:
    """Every row of ``articles`` as an Article or a RowError, in input order.

    Paths go through :func:`timeline.articles.read_articles` (``published`` is the date of
    rows without one, needed for folders of .txt); a later row reusing an earlier id is
    rejected (field ``id``), since events would no longer trace back to one article.
    """
    seen: dict[str, str] = {}
    for where, item in _raw_rows(articles, published):
        if isinstance(item, Article):
            if item.id in seen:
                yield RowError(item.row, item.id, "id", f"duplicate id, first read at {seen[item.id]}",
                               where)
                continue
            seen[item.id] = f"{where} row {item.row}" if where else f"row {item.row}"
        yield item


def count_articles(articles: ArticleSource) -> int | None:
    """How many rows ``articles`` holds, when that is cheap to know (a progress bar's
    total): a frame's height, Parquet metadata, CSV rows, JSONL lines, .txt files. None
    when it is not (stdin, Article objects, a file that does not read)."""
    if isinstance(articles, pl.DataFrame):
        return articles.height
    if isinstance(articles, (str, os.PathLike)):
        paths = [articles]
    elif isinstance(articles, (list, tuple)) and all(isinstance(p, (str, os.PathLike)) for p in articles):
        paths = list(articles)
    else:
        return None
    total = 0
    for entry in paths:
        path = Path(entry)
        suffix = path.suffix.lower()
        try:
            if path.is_dir():
                total += sum(1 for f in path.iterdir() if f.suffix.lower() == ".txt")
            elif suffix in (".parquet", ".csv"):
                scan = pl.scan_parquet(path) if suffix == ".parquet" else pl.scan_csv(path, infer_schema=False)
                total += scan.select(pl.len()).collect().item()
            elif suffix in (".jsonl", ".ndjson", ".json"):
                with open(path, "rb") as raw:
                    total += sum(1 for line in raw if line.strip())
            elif suffix == ".txt":
                total += 1
            else:
                return None
        except (OSError, pl.exceptions.PolarsError):
            return None
    return total


def _raw_rows(
    articles: ArticleSource, published: str | None
) -> Iterator[tuple[str | None, Article | RowError]]:
    if isinstance(articles, pl.DataFrame):
        for item in _frame_rows(articles):
            yield None, item
    elif isinstance(articles, (str, os.PathLike)):
        for item in read_articles(articles, published=published):
            yield str(articles), item
    else:
        for entry in articles:
            if isinstance(entry, (Article, RowError)):
                yield None, entry
            else:
                for item in read_articles(entry, published=published):
                    yield str(entry), item


def _extract(batch: list[Article], inherit: bool, errors: list[RowError]) -> pl.DataFrame:
    """Events of one batch; an article the tagger fails on becomes a RowError, not a crash."""
    try:
        return extract_events(articles_frame(batch), inherit=inherit)
    except Exception:  # find the article(s) at fault; the others keep their events
        frames = []
        for article in batch:
            try:
                frames.append(extract_events(articles_frame([article]), inherit=inherit))
            except Exception as exc:
                errors.append(RowError(article.row, article.id, "text",
                                       f"event extraction failed: {type(exc).__name__}: {exc}"))
        return pl.concat(frames) if frames else empty_events()


def build_timeline(
    articles: ArticleSource,
    *,
    lanes: str | None = "source",
    inherit: bool = False,
    merge: bool = True,
    rtl: bool = False,
    published: str | None = None,
    title: str | None = None,
    progress: Callable[[int], object] | None = None,
    stage: Callable[[str], object] | None = None,
) -> Timeline:
    """Read articles, extract and merge their events, and draw the timeline.

    ``articles``: a path (JSONL/CSV/Parquet/.txt folder), several paths, a polars frame
    (columns of :data:`timeline.frame.ARTICLE_SCHEMA`) or Article objects. ``lanes``: the
    column the lanes follow (``"source"``, ``"place"``, ``"cluster"``, ``"story"`` (one
    lane per story, see :mod:`timeline.stories`), any event column, or ``None``/``"none"``); events with no value in that column share one lane. ``inherit``:
    clauses without their own date take the last one the narrative set. ``merge``: group
    reports of the same happening across articles. ``progress`` is called with the number
    of articles done after each batch, ``stage`` with a short note when a later step
    (merging, drawing) begins.
    The result's ``stats`` counts articles read, used and rejected and keeps every RowError.
    """
    errors: list[RowError] = []
    frames: list[pl.DataFrame] = []
    batch: list[Article] = []
    read = 0
    for item in iter_articles(articles, published=published):
        read += 1
        if isinstance(item, RowError):
            errors.append(item)
            if progress is not None:
                progress(1)
            continue
        batch.append(item)
        if len(batch) >= _BATCH:
            frames.append(_extract(batch, inherit, errors))
            if progress is not None:
                progress(len(batch))
            batch = []
    if batch:
        frames.append(_extract(batch, inherit, errors))
        if progress is not None:
            progress(len(batch))
    events = pl.concat(frames) if frames else empty_events()
    if lanes == "story":  # one lane per story, named by its label
        lanes = "story_label"
    if stage is not None:
        stage(f"{'merging and drawing' if merge else 'drawing'} {events.height} events")
    timeline = Timeline.from_events(events, lanes=lanes, rtl=rtl, merge=merge, title=title)
    rejected = len(errors)
    used = read - rejected
    dated = events["article_id"].n_unique() if events.height else 0
    timeline.stats = BuildStats(
        articles_read=read,
        articles_used=used,
        articles_rejected=rejected,
        events=timeline.events.height,
        entries=timeline.entries.height,
        conflicts=timeline.conflicts,
        articles_without_events=used - dated,
        errors=tuple(errors),
    )
    return timeline
