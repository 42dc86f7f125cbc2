"""What a build makes: the :class:`Timeline` (merged events, entries, figure, outputs)
and its :class:`BuildStats`.

This module sits above drawing (:mod:`timeline.plot`) and exporting
(:mod:`timeline.export`), which are functions over event frames and know nothing of it;
:mod:`timeline.pipeline` builds a Timeline.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import polars as pl

from timeline._outputs import AtomicFile
from timeline.articles import RowError
from timeline.corrections import CorrectionReport, CorrectionsSource, apply_corrections
from timeline.export import timelinejs, write_events
from timeline.frame import conform_events, empty_events
from timeline.merge import timeline_entries, unmerged_events
from timeline.relink import merge_with_anchors, undated_phrases
from timeline.windows import without_candidates
from timeline.page import page_data, timeline_page, write_page
from timeline.plot import plot_timeline

if TYPE_CHECKING:
    import plotly.graph_objects as go

__all__ = ["BuildStats", "Timeline"]


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
    undated: int = 0  # dates told from a happening nothing dates (Timeline.undated)
    stories: int = 0  # threads of entries (timeline.stories); 0 when not merged

    def summary(self) -> str:
        """A short English summary, one line per fact."""
        return (
            f"articles: {self.articles_read} read, {self.articles_used} used, "
            f"{self.articles_rejected} rejected"
            + (f" ({self.articles_without_events} without dated events)"
               if self.articles_without_events else "")
            + f"\nevents: {self.events} in {_count(self.entries, 'timeline entry', 'timeline entries')}"
            + (f" and {_count(self.stories, 'story', 'stories')}" if self.stories else "")
            + f", {self.conflicts} with conflicting dates"
            + (f"\nundated: {self.undated} told from a happening nothing dates" if self.undated else "")
        )


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


@dataclass
class Timeline:
    """Merged events, their entries and the figure; shows itself in Jupyter.

    Build one with :func:`timeline.build_timeline` (from articles) or
    :meth:`Timeline.from_events` (from an event table). The plotly figure is drawn the
    first time :attr:`figure` is read (the HTML page does not need it).
    """

    events: pl.DataFrame
    entries: pl.DataFrame
    stats: BuildStats | None = field(default=None, repr=False)
    lanes: str | None = field(default="source", repr=False)
    rtl: bool = field(default=False, repr=False)
    title: str | None = field(default=None, repr=False)
    corrections: CorrectionReport | None = field(default=None, repr=False)
    undated: pl.DataFrame = field(default_factory=empty_events, repr=False)
    """Clauses dated only from a happening (``بعد ثلاثة أيام على الفيضان``) that neither their
    article nor any entry dates: the event columns, ``start`` null, ``value``
    ``event:X+P3D``, ``anchor`` ``event:X``; in no entry, never dated from the publication.
    A ``date`` correction puts one on the timeline."""

    @classmethod
    def from_events(
        cls,
        events: pl.DataFrame,
        *,
        lanes: str | None = "source",
        rtl: bool = False,
        merge: bool = True,
        title: str | None = None,
        stats: BuildStats | None = None,
    ) -> Timeline:
        """Merge (or not: each event its own entry) an event table."""
        lanes = None if lanes in (None, "none") else lanes
        frame = conform_events(events)
        if lanes is not None and lanes != "cluster" and lanes not in frame.columns:
            raise ValueError(f"lanes: no column {lanes!r}; use one of source, cluster, none, "
                             + ", ".join(frame.columns))
        merged = merge_with_anchors(events) if merge else unmerged_events(without_candidates(events))
        return cls(merged, timeline_entries(merged), stats, lanes=lanes, rtl=rtl, title=title,
                   undated=undated_phrases(events, merged))

    def correct(self, corrections: CorrectionsSource) -> Timeline:
        """A new Timeline with a historian's corrections applied (a CSV/JSONL file or
        :class:`~timeline.corrections.Correction` objects; see :mod:`timeline.corrections`).

        Its ``corrections`` holds the report (applied, unknown ids, unreadable rows);
        ``stats`` counts the corrected events and entries."""
        both = pl.concat([self.events, self.undated]) if self.undated.height else self.events
        events, entries, report = apply_corrections(both, self.entries, corrections)
        undated = events.filter(pl.col("start").is_null())
        events = events.filter(pl.col("start").is_not_null())
        stats = self.stats
        if stats is not None:
            stats = dataclasses.replace(stats, events=events.height, entries=entries.height,
                                        conflicts=int(entries["date_conflict"].sum()), undated=undated.height)
        return dataclasses.replace(self, events=events, entries=entries, stats=stats, corrections=report,
                                   undated=undated)

    @functools.cached_property
    def figure(self) -> go.Figure:
        """The interactive plotly figure (for Jupyter; drawn once, on first use)."""
        return plot_timeline(self.events, lanes=self.lanes, rtl=self.rtl, title=self.title)

    @property
    def conflicts(self) -> int:
        """How many entries have sources that disagree on the date."""
        return int(self.entries["date_conflict"].sum())

    def __repr__(self) -> str:
        return (f"Timeline({self.events.height} events, {self.entries.height} entries, "
                f"{self.conflicts} date conflicts)")

    def _repr_html_(self) -> str:
        return self.figure.to_html(full_html=False, include_plotlyjs="cdn")  # type: ignore[no-any-return]

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None, **kwargs: Any) -> dict[str, Any]:
        """Plotly's bundle for the active renderer (in Jupyter), else HTML; plus a text form."""
        bundle = dict(self.figure._repr_mimebundle_(include, exclude, **kwargs) or {})
        if not bundle:
            bundle["text/html"] = self._repr_html_()
        bundle.setdefault("text/plain", repr(self))
        return bundle

    def to_html(
        self, path: str | os.PathLike[str] | None = None, *, include_plotlyjs: bool | str = True,
        title: str | None = None, outlet_names: Mapping[str, str] | None = None,
        month_names: str | None = None,
    ) -> str:
        """The standalone HTML page (plotly.js embedded, or ``"cdn"``); written when ``path``
        (:meth:`write_html` writes the same file without making the page as a string).

        ``outlet_names`` maps ``source`` values to the names shown; ``month_names`` is a
        month-name family (default: the one the articles use most)."""
        data = page_data(self.events, lanes=self.lanes, rtl=self.rtl, title=title, outlet_names=outlet_names,
                         month_names=month_names, entries=self.entries, undated=self.undated)
        page = timeline_page(data, include_plotlyjs=include_plotlyjs)
        del data
        if path is not None:
            with AtomicFile(path) as out:  # written whole or not at all
                out.write(page)
        return page

    def write_html(
        self, path: str | os.PathLike[str], *, include_plotlyjs: bool | str = True, title: str | None = None,
        outlet_names: Mapping[str, str] | None = None, month_names: str | None = None,
    ) -> None:
        """Write the page :meth:`to_html` makes (the same bytes) to ``path``, whole or not at
        all, without making it as one string (see :func:`timeline.page.write_page`)."""
        data = page_data(self.events, lanes=self.lanes, rtl=self.rtl, title=title, outlet_names=outlet_names,
                         month_names=month_names, entries=self.entries, undated=self.undated)
        with AtomicFile(path, binary=True) as out:
            write_page(data, out, include_plotlyjs=include_plotlyjs)  # type: ignore[arg-type]

    def write_parquet(self, path: str | os.PathLike[str]) -> None:
        """Write the events to Parquet (schema kept)."""
        write_events(self.events, path, fmt="parquet")

    def write_csv(self, path: str | os.PathLike[str]) -> None:
        """Write the events to CSV (UTF-8 with a BOM, readable date columns: see
        :func:`timeline.export.csv_events`)."""
        write_events(self.events, path, fmt="csv")

    def to_timelinejs(self) -> dict[str, Any]:
        """The entries as a TimelineJS JSON object."""
        return timelinejs(self.events, title=self.title)
