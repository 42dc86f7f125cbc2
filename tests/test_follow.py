"""Inherited rows follow the told clause they took their date from: they never pair across
articles, never date an entry and never flag a date conflict (Arabic written for these
tests, real tagger and merge)."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline.corrections import Action, Correction
from timeline.events import article_events
from timeline.follow import attach_followers, split_followers
from timeline.frame import events_frame, order_events
from timeline.merge import clashing_clusters, merge_events, timeline_entries
from timeline.page import page_data
from timeline.pipeline import build_timeline

PUBLISHED = dt.datetime(2024, 6, 12, 9)  # a Wednesday
RAID = "اقتحمت قوات الأمن حي الزهور في مدينة الكرز فجر أمس. وقتلت القوات ثلاثة مسلحين بينهم قائد المجموعة."
# another outlet, another happening of the same day and town, told in the follower's words
BORDER = "قتل ثلاثة مسلحين بينهم قائد المجموعة برصاص حرس الحدود قرب مدينة الكرز أمس."


def _build(texts: dict[str, str], *, inherit: bool = True) -> pl.DataFrame:
    articles = pl.DataFrame([{"id": k, "source": k, "published": "2024-06-12T09:00", "text": t}
                             for k, t in texts.items()])
    return build_timeline(articles, inherit=inherit).events


def _entries_of(events: pl.DataFrame) -> list[list[str]]:
    """Each entry's clause openings, entries in their number's order."""
    return [sorted(c[:12] for c in clauses) for clauses in
            events.group_by("cluster").agg("clause").sort("cluster")["clause"].to_list()]


def test_an_inherited_clause_ends_in_the_entry_of_the_clause_it_took_its_date_from() -> None:
    events = _build({"a": RAID, "b": BORDER})
    follower = events.filter("inherited").row(0, named=True)
    # the date of the clause before, widened to its day: that clause told the hour
    assert (follower["expr"], follower["grain"], follower["date_confidence"]) == ("فجر أمس", "day", 0.5)
    # the border guards' report stays apart: the inherited row, whose words it shares, does
    # not pull it into the raid's entry nor into an entry of its own
    assert _entries_of(events) == [["قتل ثلاثة مس"], ["اقتحمت قوات ", "وقتلت القوات"]]
    raid = events.filter(pl.col("article_id") == "a")
    assert raid["story"].n_unique() == 1 and raid["n_sources"].to_list() == [1, 1]


def test_inheritance_changes_no_entry_of_told_rows() -> None:
    told = _build({"a": RAID, "b": BORDER}, inherit=False)
    both = _build({"a": RAID, "b": BORDER})
    keep = ["event_id", "cluster", "story", "story_label", "n_sources", "date_conflict"]
    assert both.filter(~pl.col("inherited")).select(keep).equals(told.select(keep))


def test_an_inherited_row_takes_the_told_row_whose_clause_holds_the_repeated_date() -> None:
    # the first clause tells one day twice: one event, dated by أمس الثلاثاء; the next
    # sentence inherits the last, 11 يونيو
    text = "قصفت الطائرات أمس الثلاثاء مواقع المسلحين في الكرز في 11 يونيو. وقتل في القصف عشرة مسلحين."
    events = events_frame(e.as_row() for e in article_events("a", text, PUBLISHED, inherit=True))
    told, inherited = events.sort("inherited").iter_rows(named=True)
    assert inherited["inherited"] and inherited["expr_start"] != told["expr_start"]
    merged = merge_events(events)
    assert merged["cluster"].n_unique() == 1


def test_a_follower_whose_told_row_is_missing_is_an_entry_of_its_own() -> None:
    events = events_frame(e.as_row() for e in article_events("a", RAID, PUBLISHED, inherit=True))
    merged = merge_events(events.filter("inherited"))
    assert merged.height == 1 and merged["cluster"].to_list() == [0]
    leaders, followers = split_followers(order_events(events))
    attached = attach_followers(leaders.with_columns(pl.lit(7, pl.Int64).alias("cluster")), followers)
    assert attached["cluster"].to_list() == [7, 7]


def test_an_inherited_row_never_dates_an_entry_nor_flags_a_conflict() -> None:
    rows = [e.as_row() for e in article_events("a", RAID, PUBLISHED, inherit=True)]
    told, follower = rows
    # as if a merge had put the follower of another outlet, two days later, in the entry
    follower |= {"article_id": "b", "source": "b", "grain": "day", "value": "2024-06-13",
                 "start": dt.datetime(2024, 6, 13), "end": dt.datetime(2024, 6, 14)}
    frame = events_frame([told, follower]).with_columns(pl.lit(0, pl.Int64).alias("cluster"))
    assert clashing_clusters(frame).to_list() == []
    (entry,) = timeline_entries(frame).iter_rows(named=True)
    assert entry["expr"] == "فجر أمس" and entry["start"].date().isoformat() == "2024-06-11"
    # told by two outlets, the same disagreement is a conflict
    told_b = follower | {"inherited": False, "date_confidence": 1.0}
    assert clashing_clusters(events_frame([told, told_b]).with_columns(
        pl.lit(0, pl.Int64).alias("cluster"))).to_list() == [0]


def test_the_page_marks_an_inherited_date_with_its_confidence() -> None:
    events = _build({"a": RAID})
    data = page_data(events)
    (n,) = [n for n, ident in enumerate(data["events"]["id"]) if ident == events.filter("inherited")["event_id"][0]]
    assert data["events"]["ih"] == {str(n): 0.5}
    # the entry is shown by its told row; a follower alone in its entry is shown marked
    assert data["entries"]["k"] != [n]
    alone = page_data(merge_events(events.filter("inherited")))
    assert alone["entries"]["k"] == [0] and alone["events"]["ih"] == {"0": 0.5}


def test_a_follower_moved_by_a_historian_sets_no_date_conflict() -> None:
    # the border guards' report told days before: the raid's follower split from its entry
    # and merged into theirs by hand brings no conflict; the raid's told row would
    later = BORDER.replace("أمس", "يوم الجمعة الماضي")  # 7 June
    built = build_timeline(pl.DataFrame([{"id": k, "source": k, "published": "2024-06-12T09:00", "text": t}
                                         for k, t in {"a": RAID, "b": later}.items()]), inherit=True)
    ids = dict(zip(built.events["clause"].str.slice(0, 5), built.events["event_id"]))
    for moved, conflicts in (("وقتلت", 0), ("اقتحم", 1)):
        fixed = built.correct([Correction(ids[moved], Action.SPLIT),
                               Correction(ids[moved], Action.MERGE, other=ids["قتل ث"])])
        assert fixed.entries.height == 2 and fixed.conflicts == conflicts
