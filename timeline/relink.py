"""Dates told from a happening another article reports, read from the merged timeline.

A phrase like ``بعد يومين على التفجير`` whose article does not date X stays *pending*
(no interval, value ``event:X+P2D``, see :mod:`timeline.anchors`). The reports are merged
first without it (:func:`timeline.merge.merge_events`); then the phrase is dated from an
entry of X that lies in a story its own article's dated reports joined (or in an entry they
joined, when stories are off): an entry dated to a day or finer, between
:data:`~timeline.anchors.PENDING_WINDOW` before the phrase's publication and a day after
(or, for a phrase told in the future, ``وسيصل الفريق قبل اللقاء بثلاثة أيام``, between the
publication's day and that window after it), holding a report from another article whose
clause tells X as its own happening (its happening word, or X's word opening it: not a
press conference ``الخاص باللقاء``, see :func:`~timeline.anchors.tells_happening_like`) or a
happening of its kind (not when X's own clause reads X's word otherwise than its class:
:func:`~timeline.anchors.sense_doubted`) and the places the phrase gives X (``غداة لقاء
مع لافروف في ماليزيا``), and does not itself count from X (another outlet's copy of the
phrase is dated for its saying)
(an X that is no happening word, ``بداية``، ``إعلان``, with the word it governs: ``بداية
الدوري``). A phrase saying X is another one (``غداة هجوم آخر``) is never dated so.
A phrase giving X's weekday (``فجر يوم التفجير الجمعة``) is dated only from an entry on it.
Among several, the entry most outlets tell (then the earliest). The phrase gets that
entry's day shifted, grain day, ``anchor = "event:X"`` and
:data:`~timeline.anchors.PENDING_CONFIDENCE` (:data:`~timeline.anchors.CONFLICTED_CONFIDENCE`
when the entry's outlets disagree on its day). A phrase whose article joined no story, or
whose story holds no such entry, is never dated from the publication: it is kept undated
(``start`` null, value ``event:X+P3D``, anchor ``event:X``: :func:`undated_phrases`), apart
from the events table, in no entry.

A commemoration dated to X's year or month N years on (:func:`timeline.anchors.commemoration`)
gets, the same way, the day a report of another article in its story gives X inside that year
or month (:func:`anniversaries_to_the_day`), N years on.

The newly dated rows are then placed by the merge itself: the entries of the stories
concerned that hold an event within a few days of a new row's day (the merge pairs no two
reports further apart: an entry further off could only be reached through the others, which
the first merge kept apart from it), the events of other stories within a few days of a new
row sharing two of **its** words, and the new rows are merged again; a new row joins the
entry its merged group's older events belong to, never the entry of X it was dated from (it
tells what happened days before or after X), else it is an entry of its own in the story it
was dated from. The other events keep their entries. The work grows with the pending
phrases and the entries near their days, not with the batch nor their stories' length.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future

import polars as pl

from timeline._background import in_background
from timeline._collector import collection_paused
from timeline._types import Grain
from timeline.anchors import (
    CONFLICTED_CONFIDENCE,
    PENDING_CONFIDENCE,
    PENDING_WINDOW,
    anniversary_phrase,
    another_instance,
    complement_of,
    is_pending,
    pending_offset,
    sense_doubted,
    tells_happening_like,
    tells_recalled,
    years_on,
)
from timeline.follow import follows, stories_of_leaders
from timeline.frame import EVENT_SCHEMA, conform_events, hijri_iso, hijri_label, order_events
from timeline.merge import (
    CONFLICT_WINDOW,
    Clustered,
    clashing_clusters,
    cluster_events,
    match_text,
    merge_events,
    n_sources,
    timeline_entries,
    undated_rows,
)
from timeline.lexicon import clitic_prefixes, load_lexicon
from timeline.normalize import fold, fold_expr
from timeline.places import find_places
from timeline.stories import tell_stories
from timeline.windows import alike_candidates, confirmed_windows, moved_windows, placed_windows

__all__ = ["anniversaries_to_the_day", "date_from_entries", "future_cues", "merge_with_anchors", "undated_phrases"]

_FINE = [g.value for g in Grain if g.rank <= Grain.DAY.rank]
_NEAR = CONFLICT_WINDOW + dt.timedelta(days=1)  # how far from a new day the events it may join lie
_X_REACH = 40  # characters after a phrase where the places it gives X are named
_MIN_LETTERS = 3  # a shorter word says too little to bring an event into the second merge


def merge_with_anchors(events: pl.DataFrame, *, stories: bool = True) -> pl.DataFrame:
    """:func:`timeline.merge.merge_events`, the leads' report windows placed in entries
    (:func:`timeline.windows.place_windows`), then the pending phrases dated from the entries
    of their happenings and placed in entries (see the module docstring); without ``inherit``
    the leads' candidate windows are kept only when confirmed or lone (:mod:`timeline.windows`).
    The windows' decision (their second merge; the candidates' without one:
    :func:`timeline.windows.placed_windows`) runs on another thread while the stories are told,
    their labels (:func:`timeline.stories.tell_stories`) while the rows are dated and placed, and
    the candidates told alike while the entries are merged, from
    :data:`timeline._background.BACKGROUND_FROM` events."""
    frame = conform_events(events)
    alikes = in_background(alike_candidates, frame, rows=frame.height)  # the candidate windows told alike
    pending = frame.filter(is_pending())
    clustered = cluster_events(frame)  # pending phrases left out
    alike = alikes.result()
    # the windows' decision reads the entries, not their stories: told meanwhile, on this thread
    entries = clustered.merged(stories=False)
    moves = in_background(placed_windows, entries, alike, rows=entries.height)
    # before waiting: the stories told meanwhile, their labels made while the rows are dated
    # and placed (nothing reads them before)
    told, labelling = _told(clustered) if stories else (entries, None)
    labels = None if labelling is None else in_background(labelling, rows=told.height)
    moved = moves.result()
    lone = entries["event_id"].gather(moved.filter(pl.col("_home").is_null())["_row"])  # lone leads kept alone
    merged = confirmed_windows(moved_windows(told, moved), alike, lone)
    if merged.height == 0:
        return _labelled(merged, labels)
    dated = date_from_entries(pending, merged) if pending.height else pending.clear()
    finer = anniversaries_to_the_day(merged)
    if finer.height:  # re-dated: taken out of their entries, placed again with the phrases
        merged = merged.join(finer.select("event_id"), on="event_id", how="anti")
        dated = finer if dated.height == 0 else pl.concat([dated, finer.select(dated.columns)])
    if dated.height == 0:
        return _labelled(merged, labels)
    return _placed(merged, dated, stories=stories, labels=labels)


@collection_paused()  # as the merge's stories (timeline.merge.Clustered.merged)
def _told(clustered: Clustered) -> tuple[pl.DataFrame, Callable[[], pl.Series] | None]:
    """``clustered.merged()`` but with ``story_label`` null, and what makes each story's label by
    its number (:func:`timeline.stories.tell_stories`; None when there is no story to tell)."""
    frame, features = clustered
    if features is None:
        return frame, None
    made: list[Callable[[], pl.Series]] = []

    def numbered(leading: pl.DataFrame) -> pl.DataFrame:
        told, labels = tell_stories(leading, features)
        made.append(labels)
        return told

    return stories_of_leaders(frame, numbered).select(list(EVENT_SCHEMA)), made[0] if made else None


def _labelled(merged: pl.DataFrame, labels: Future[pl.Series] | None) -> pl.DataFrame:
    """``merged`` with each row's ``story_label``, its story's (``labels``: by story number, as
    :func:`_told` numbered them; the windows and followers took their entry's story)."""
    if labels is None:
        return merged
    return merged.with_columns(labels.result().gather(merged["story"]).alias("story_label"))


def anniversaries_to_the_day(merged: pl.DataFrame) -> pl.DataFrame:
    """The commemorations of ``merged`` dated to a year or a month (X's date N years on, X told to
    that grain in their article: :func:`timeline.anchors.commemoration`) that a report of another
    article in their story (their entry, when stories are off) dates to a day: a day-grain row inside
    X's year or month whose clause tells X before its date (:func:`~timeline.anchors.tells_recalled`:
    ``الذي فجر مقتله في 9 أغسطس 2014``), all such rows on one day. Each gets that day N years on,
    grain day, :data:`~timeline.anchors.PENDING_CONFIDENCE`, and the ``from_cluster`` of that
    report's entry (never its own: X is not the commemoration)."""
    unit = _unit(merged)
    coarse = merged.filter(pl.col("grain").cast(pl.String).is_in([Grain.YEAR.value, Grain.MONTH.value]),
                           pl.col("anchor").str.starts_with("event:").fill_null(False),
                           pl.col("start").is_not_null(), pl.col(unit).is_not_null(), ~follows(),
                           # a commemoration dates its clause itself; a happening an anniversary recalls
                           # (RECALLED_CONFIDENCE, :func:`timeline.anchors.recalled_happening`) lies N years back
                           pl.col("date_confidence").fill_null(1.0) >= 1.0)
    empty = conform_events(merged.clear()).with_columns(pl.lit(None, pl.Int64).alias("from_cluster"))
    if coarse.height == 0:
        return empty
    reports = merged.filter(pl.col("grain").cast(pl.String).is_in(_FINE), ~follows(), pl.col("start").is_not_null())
    found: list[tuple[str, dt.datetime, int]] = []
    for row in coarse.iter_rows(named=True):
        phrase = anniversary_phrase(row["expr"] or "")
        if phrase is None or phrase.start or not phrase.years or f"event:{phrase.what}" != row["anchor"]:
            continue
        lo, hi = row["start"], row["end"]
        back = [dt.datetime.combine(years_on(d.date(), -phrase.years), dt.time()) for d in (lo, hi)]
        told = reports.filter(pl.col(unit) == row[unit], pl.col("article_id") != row["article_id"],
                              pl.col("start") >= back[0], pl.col("start") < back[1])
        told = told.filter(pl.Series([tells_recalled(phrase.what, c or "", (e or 0) - (s or 0)) for c, e, s in
                                      told.select("clause", "expr_start", "clause_start").rows()], dtype=pl.Boolean))
        days = told["start"].dt.date().unique().to_list()
        if len(days) == 1:
            day = dt.datetime.combine(years_on(days[0], phrase.years), dt.time())
            found.append((row["event_id"], day, int(told["cluster"][0])))
    if not found:
        return empty
    ids = pl.DataFrame({"event_id": [f[0] for f in found], "new_start": [f[1] for f in found],
                        "from_cluster": [f[2] for f in found]},
                       schema={"event_id": pl.String, "new_start": pl.Datetime("us"), "from_cluster": pl.Int64})
    rows = conform_events(merged.join(ids.select("event_id"), on="event_id", how="semi")).join(ids, on="event_id")
    starts = rows["new_start"].to_list()
    ends = [s + dt.timedelta(days=1) for s in starts]
    return rows.with_columns(
        pl.Series("start", starts, pl.Datetime("us")).cast(rows.schema["start"]),
        pl.Series("end", ends, pl.Datetime("us")).cast(rows.schema["end"]),
        pl.lit(Grain.DAY.value).cast(rows.schema["grain"]).alias("grain"),
        pl.Series("value", [s.date().isoformat() for s in starts], pl.String),
        pl.Series("hijri_start", [hijri_iso(s.date()) for s in starts], pl.String),
        pl.Series("hijri_end", [hijri_iso(s.date()) for s in starts], pl.String),
        pl.Series("hijri_label", [hijri_label(s, e) for s, e in zip(starts, ends)], pl.String),
        pl.lit(PENDING_CONFIDENCE).alias("date_confidence"),
    ).select(*empty.columns)


def undated_phrases(events: pl.DataFrame, merged: pl.DataFrame) -> pl.DataFrame:
    """The pending phrases of ``events`` that the merge (``merged``, from
    :func:`merge_with_anchors` or :func:`timeline.merge.unmerged_events`) did not date:
    kept undated, anchored to their happening (:func:`timeline.merge.undated_rows`)."""
    pending = conform_events(events).filter(is_pending())
    if pending.height == 0:
        return undated_rows(pending)
    return undated_rows(pending.join(merged.select("event_id"), on="event_id", how="anti"))


def _unit(merged: pl.DataFrame) -> str:
    """What links a pending phrase to an entry: the story, or the entry when stories are off."""
    return "story" if merged["story"].null_count() < merged.height else "cluster"


def date_from_entries(pending: pl.DataFrame, merged: pl.DataFrame) -> pl.DataFrame:
    """The pending phrases of ``pending`` that an entry of ``merged`` (merged events, with
    stories) dates, with their day, ``anchor`` and ``date_confidence`` set, and the
    ``cluster`` of the entry they were dated from (the others are left out)."""
    unit = _unit(merged)
    offsets = [pending_offset(v) for v in pending["value"].to_list()]
    # where each phrase ends in its clause: "another X" is not the story's X; an X that is
    # no happening word is named with the word it governs
    ends = [(c or "", (e or 0) - (s or 0)) for c, e, s in pending.select("clause", "expr_end", "clause_start").rows()]
    phrases = pending.with_row_index("p").with_columns(
        pl.Series("what", [o[0] if o and not another_instance(c, at) else None
                           for o, (c, at) in zip(offsets, ends)], pl.String),
        pl.Series("shift", [o[1] if o else None for o in offsets], pl.Int64),
        pl.Series("complement", [complement_of(c, at) for c, at in ends], pl.String),
        pl.Series("doubted", [bool(o) and sense_doubted(o[0], c, at) for o, (c, at) in zip(offsets, ends)],
                  pl.Boolean),
        pl.Series("future", [_told_ahead(c[:at]) for c, at in ends], pl.Boolean),
        pl.Series("places", [_places(c[at:at + _X_REACH]) for c, at in ends], pl.List(pl.String)),
        pl.Series("count", [_count_given(c[at:at + _X_REACH]) for c, at in ends], pl.Int64),
        pl.Series("described", [_describing(c[at:at + _X_REACH]) for c, at in ends], pl.List(pl.String)),
        pl.Series("weekday", [_weekday_said(e) for e in pending["expr"].to_list()], pl.Int8),
        fold_expr(pl.col("expr").fill_null("")).alias("phrase"),
    ).filter(pl.col("what").is_not_null())
    own = merged.select("article_id", pl.col(unit).alias("unit")).drop_nulls().unique()
    # an inherited date (timeline.follow) follows its told row: it never dates X
    reports = merged.filter(pl.col("grain").cast(pl.String).is_in(_FINE), ~follows()).select(
        pl.col(unit).alias("unit"), "cluster", pl.col("article_id").alias("other"), "start", "clause",
        (pl.col("expr_start") - pl.col("clause_start")).fill_null(0).alias("at"))
    # X lies before the publication, or after it when the phrase is told in the future
    # (وسيصل الفريق قبل المباراة بثلاثة أيام); a clause that itself counts from X (another
    # outlet's copy of the phrase) is dated for something else
    day = pl.col("published").dt.truncate("1d")
    near = (
        phrases.select("p", "article_id", "published", "what", "complement", "doubted", "shift", "future", "places", "count",
                       "described", "phrase")
        .join(own, on="article_id")
        .join(reports, on="unit")
        .with_columns((pl.col("other") == pl.col("article_id")).alias("same"))
        .filter(pl.when(pl.col("future"))
                .then(pl.col("start").is_between(day, pl.col("published") + PENDING_WINDOW))
                .otherwise(pl.col("start").is_between(pl.col("published") - PENDING_WINDOW,
                                                      pl.col("published") + dt.timedelta(days=1))),
                ~fold_expr(pl.col("clause")).str.contains(pl.col("phrase"), literal=True))
        .drop("future", "phrase")
    )
    if near.height == 0:
        return pending.clear().with_columns(pl.lit(None, pl.Int64).alias("from_cluster"))
    # each (X, report) read once: the report's own happening is X's kind (tells_happening_like)
    keys = near.select("what", "clause", "at", "complement", "doubted")
    named = {key: tells_happening_like(*key) for key in keys.unique().rows()}
    near = near.filter(pl.Series([named[key] for key in keys.rows()], dtype=pl.Boolean))
    counted = near["count"].is_not_null()
    near = _in_its_count(_in_its_places(near.with_columns(counted.alias("counted"))))
    # the words describing X after the phrase that a report repeats (مقتل ستة أشخاص في اشتباكات بين
    # قوات الأمن: the clashes' report, not another report of six killed): a phrase giving X's count
    # and words besides is dated only from a report repeating one of them (the count alone is no
    # sign: two tolls of one number)
    near = near.with_columns(pl.Series("shared", [len(set(d) & set(_words(c))) for d, c in
                                                  near.select("described", "clause").rows()], pl.Int64))
    near = near.filter(~pl.col("counted") | (pl.col("shared") > 0) | (pl.col("described").list.len() == 0))
    if near.height == 0:
        return pending.clear().with_columns(pl.lit(None, pl.Int64).alias("from_cluster"))
    clusters = near["cluster"].unique()
    entries = timeline_entries(merged.filter(pl.col("cluster").is_in(clusters.implode())))
    entries = entries.filter(pl.col("grain").cast(pl.String).is_in(_FINE)).select(
        "cluster", pl.col("start").alias("entry_start"), "n_sources", "date_conflict")
    # a phrase that gives X's weekday (يوم التفجير الجمعة) is dated only from an entry on it
    said = phrases.select("p", "shift", "weekday")
    # the entry of the phrase's own article first, then the one repeating most of the words
    # describing X, then the one nearest the telling (its publication's day); two entries of
    # different days alike on all three: which X is meant is not known, the phrase is not dated
    told_on = phrases.select("p", pl.col("published").dt.date().alias("told_on"))
    ranked = (
        near.group_by("p", "cluster").agg(pl.len().alias("naming"), pl.col("shared").max(), pl.col("same").any())
        .join(entries, on="cluster")
        .join(said, on="p")
        .join(told_on, on="p")
        .filter(pl.col("weekday").is_null()
                | ((pl.col("entry_start") + pl.duration(days=pl.col("shift"))).dt.weekday() == pl.col("weekday")))
        .with_columns((pl.col("told_on") - pl.col("entry_start").dt.date()).dt.total_days().abs().alias("gap"))
        .sort("p", "same", "shared", "gap", "n_sources", "naming", "entry_start", "cluster",
              descending=[False, True, True, False, True, True, False, False])
    )
    best = ranked.unique("p", keep="first")
    tied = ranked.join(best.select("p", "same", "shared", "gap", pl.col("entry_start").dt.date().alias("day")),
                       on=["p", "same", "shared", "gap"]).filter(pl.col("entry_start").dt.date() != pl.col("day"))
    chosen = best.join(tied.select("p").unique(), on="p", how="anti")
    found = phrases.join(chosen.select("p", pl.col("cluster").alias("from_cluster"), "entry_start", "date_conflict"),
                         on="p")
    days = [s.date() + dt.timedelta(days=k) for s, k in zip(found["entry_start"].to_list(), found["shift"].to_list())]
    # a phrase counted forward from X tells a day already past when it was published, unless
    # told in the future; one told in the future tells a day to come
    shifts, published, future = (found[c].to_list() for c in ("shift", "published", "future"))
    keep = [(d >= p.date()) if f else (k <= 0 or d <= p.date()) for d, k, p, f in zip(days, shifts, published, future)]
    found = found.filter(pl.Series(keep, dtype=pl.Boolean))
    days = [d for d, k in zip(days, keep) if k]
    if found.height == 0:
        return pending.clear().with_columns(pl.lit(None, pl.Int64).alias("from_cluster"))
    starts = [dt.datetime.combine(d, dt.time()) for d in days]
    ends = [s + dt.timedelta(days=1) for s in starts]
    return found.with_columns(
        pl.Series("start", starts, pl.Datetime("us")), pl.Series("end", ends, pl.Datetime("us")),
        pl.lit(Grain.DAY.value).cast(pending.schema["grain"]).alias("grain"),
        pl.Series("value", [d.isoformat() for d in days], pl.String),
        pl.Series("hijri_start", [hijri_iso(d) for d in days], pl.String),
        pl.Series("hijri_end", [hijri_iso(d) for d in days], pl.String),
        pl.Series("hijri_label", [hijri_label(s, e) for s, e in zip(starts, ends)], pl.String),
        ("event:" + pl.col("what")).alias("anchor"),
        pl.when(pl.col("date_conflict")).then(CONFLICTED_CONFIDENCE).otherwise(PENDING_CONFIDENCE)
        .alias("date_confidence"),
    ).select(*pending.columns, "from_cluster")


def _weekday_said(phrase: str | None) -> int | None:
    """The weekday a phrase ends with (``فجر يوم التفجير الجمعة``: 5, ISO), else None."""
    words = re.findall(r"\w+", fold(phrase or ""))
    return load_lexicon().weekdays.get(words[-1]) if words else None


def _in_its_places(near: pl.DataFrame) -> pl.DataFrame:
    """The rows of ``near`` (a phrase beside a report of its story naming X) whose report's
    clause names every place the phrase gives X right after it (``places``: ``غداة لقاء مع
    لافروف في ماليزيا`` is no meeting in Doha)."""
    giving = near.filter(pl.col("places").list.len() > 0)
    if giving.height == 0:
        return near.drop("places")
    named = {c: set(_places(c)) for c in giving["clause"].unique().to_list()}
    keep = [not given or set(given) <= named[c] for given, c in near.select("places", "clause").rows()]
    return near.filter(pl.Series(keep, dtype=pl.Boolean)).drop("places")


def _words(text: str) -> list[str]:
    """The folded words of ``text`` of four letters or more (no particles: في، من، بين)."""
    return [w for w in re.findall(r"\w+", fold(text)) if len(w) >= 4]


def _describing(after: str) -> list[str]:
    """The words describing X after a phrase (:func:`_words`), its count aside (``ستة``) and, when the phrase
    gives one (:func:`_count_given`), the noun it counts (``أشخاص``: ``ستة أشخاص`` tells no more than ``ستة``, and
    a toll of six people in air strikes is not the clashes of ``مقتل ستة أشخاص في اشتباكات``; spell63)."""
    lexicon = load_lexicon()
    words = re.findall(r"\w+", fold(after))
    if _count_given(after) is not None:
        words = words[2:]
    return [w for w in words if len(w) >= 4 and not w.isdigit() and w not in lexicon.cardinals]


def _count_given(after: str) -> int | None:
    """The count a phrase gives X right after it, a cardinal (``بعد يوم من مقتل ستة أشخاص``: 6;
    not an ordinal: ``الاجتماع الثاني``), else None."""
    words = re.findall(r"\w+", fold(after))[:1]
    if not words or not (words[0].isdigit() or words[0] in load_lexicon().cardinals):
        return None
    return load_lexicon().number(words[0])


def _in_its_count(near: pl.DataFrame) -> pl.DataFrame:
    """The rows of ``near`` whose report's clause says the number the phrase gives X
    (``count``: ``بعد يوم من مقتل ستة أشخاص`` is not the day after a soldier's killing)."""
    giving = near.filter(pl.col("count").is_not_null())
    if giving.height == 0:
        return near.drop("count")
    lexicon = load_lexicon()
    said = {c: {lexicon.number(w) for w in re.findall(r"\w+", fold(c))} for c in giving["clause"].unique().to_list()}
    keep = [count is None or count in said[c] for count, c in near.select("count", "clause").rows()]
    return near.filter(pl.Series(keep, dtype=pl.Boolean)).drop("count")


def _places(text: str) -> list[str]:
    """The places of the gazetteer ``text`` names, each once, in order."""
    return list(dict.fromkeys(m.place.name for m in find_places(text)))


def _told_ahead(before: str) -> bool:
    """Whether the words of a clause before a phrase put it in the future (a future cue of
    ``lang/ar/relative.yaml``: ``سيصل``، ``من المقرر``), so that the happening it counts
    from is still to come."""
    return future_cues().search(fold(before)) is not None


@functools.lru_cache(maxsize=1)
def future_cues() -> re.Pattern[str]:
    """The future cues of ``lang/ar/relative.yaml`` (folded) as one pattern (see :func:`_told_ahead`)."""
    cues = sorted(sorted({fold(cue) for cue in load_lexicon().future_cues}), key=len, reverse=True)  # one source
    return re.compile(r"(?<!\w)" + clitic_prefixes().conjunction + "?(?:" + "|".join(map(re.escape, cues)) + r")(?!\w)")


def _placed(merged: pl.DataFrame, dated: pl.DataFrame, *, stories: bool,
            labels: Future[pl.Series] | None = None) -> pl.DataFrame:
    """``merged`` with the ``dated`` phrases placed in entries by the normal merge decision
    (over the entries of the stories concerned near their days, :func:`_near_entries`, and the
    events of other stories near them sharing two of their words, :func:`_near_sharing`);
    clusters and stories renumbered in timeline order, ``n_sources`` and ``date_conflict``
    recounted; the stories' ``labels`` (when given: ``story_label`` is null until then, see
    :func:`_labelled`) filled in once the merge has placed them (it does not read them)."""
    unit = _unit(merged)
    concerned = _concerned(merged, dated, unit)
    fresh = dated.drop("from_cluster").with_columns(
        pl.concat_str(pl.lit("relinked:"), pl.int_range(pl.len()).cast(pl.String)).alias("event_id"))
    ids = fresh["event_id"].to_list()
    old_ids = concerned.select(pl.format("old:{}", pl.int_range(pl.len())).alias("key"), "cluster")
    again = merge_events(pl.concat([concerned.with_columns(old_ids["key"].alias("event_id")), fresh]),
                         stories=False, threads=False)  # (its threads cost more than they save: a few clauses)
    merged = _labelled(merged, labels)
    group = dict(zip(again["event_id"].to_list(), again["cluster"].to_list()))
    old_of = dict(zip(old_ids["key"].to_list(), old_ids["cluster"].to_list()))
    members: dict[int, Counter[int]] = {}
    for key, cluster in old_of.items():
        members.setdefault(group[key], Counter())[cluster] += 1
    next_cluster = int(merged["cluster"].max()) + 1  # type: ignore[arg-type]
    from_cluster = dated["from_cluster"].to_list()
    placed: list[int] = []
    fresh_entry: dict[int, int] = {}  # the new rows of one merged group share one new entry
    for i, key in enumerate(ids):
        # never X's own entry: the phrase tells what happened days before or after X
        olds = {c: n for c, n in members.get(group[key], Counter()).items() if c != from_cluster[i]}
        if olds:
            placed.append(min(olds, key=lambda c: (-olds[c], c)))
        else:  # an entry of its own (with the new rows merged with it), in the story it was dated from
            placed.append(fresh_entry.setdefault(group[key], next_cluster + i))
    # the stories of the entries the new rows join or were dated from (an entry's rows share one)
    wanted = pl.Series([*placed, *from_cluster], dtype=pl.Int64).drop_nulls().unique()
    homes = merged.filter(pl.col("cluster").is_in(wanted.implode())).select("cluster", "story", "story_label") \
        .unique("cluster")
    story_of = dict(zip(homes["cluster"].to_list(), homes["story"].to_list()))
    label_of = dict(zip(homes["cluster"].to_list(), homes["story_label"].to_list()))
    home = [c if c in story_of else f for c, f in zip(placed, from_cluster)]
    fresh = dated.drop("from_cluster").with_columns(
        pl.Series("cluster", placed, pl.Int64),
        pl.Series("story", [story_of.get(h) for h in home], pl.Int64),
        pl.Series("story_label", [label_of.get(h) for h in home], pl.String),
    )
    frame = order_events(pl.concat([merged.with_columns(pl.lit(False).alias("new")),
                                    fresh.select(*merged.columns, pl.lit(True).alias("new"))]))
    frame = frame.with_row_index("row").with_columns(
        _first_order("cluster"), _first_order("story") if stories else pl.col("story")).drop("row")
    frame = frame.with_columns(
        n_sources())
    return frame.with_columns(_conflicted(frame)).drop("new")


def _concerned(merged: pl.DataFrame, dated: pl.DataFrame, unit: str) -> pl.DataFrame:
    """The rows of ``merged`` merged again with the ``dated`` ones: the entries of their stories near
    their days (:func:`_near_entries`) and the rows of the other entries near them sharing two of
    their words (:func:`_near_sharing`; an entry of another story may be the same happening, the merge
    asks for more). Another new row's story is another story for a new row: what comes for one new
    row does not depend on the others (review71)."""
    near = _near_entries(merged, dated, unit)
    rest = merged.filter(~pl.col("cluster").is_in(near["cluster"].unique().implode()))
    return pl.concat([near, _near_sharing(rest, dated)])


def _near_sharing(others: pl.DataFrame, dated: pl.DataFrame) -> pl.DataFrame:
    """The rows of ``others`` (in their order) that lie within :data:`_NEAR` of a ``dated`` row's day and
    whose clause has two of **that** row's words (:func:`timeline.merge.match_text`, :data:`_MIN_LETTERS`
    letters or more): each new row brings the events it may be told with, not those of another new
    row's days or words."""
    told = dated.select(pl.col("clause").fill_null(""), pl.col("clause_start", "expr_start", "expr_end").fill_null(0))
    phrases = pl.DataFrame({
        "p": list(range(dated.height)), "day": dated["start"],
        "word": [sorted({w for w in match_text(*row).split() if len(w) >= _MIN_LETTERS}) for row in told.rows()],
    }, schema={"p": pl.Int64, "day": pl.Datetime("us"), "word": pl.List(pl.String)}).explode("word").drop_nulls("word")
    words = phrases["word"].unique().sort()
    nearby = others.with_row_index("_r").filter(
        pl.any_horizontal([(pl.col("end") > day - _NEAR) & (pl.col("start") < day + _NEAR)
                           for day in dated["start"].unique().to_list()] or [pl.lit(False)]))
    clauses = nearby.select(pl.col("clause").drop_nulls().unique())  # each clause read once
    sharing = _sharing(clauses, words.to_list())  # two words of all the new rows': the only ones read again
    pairs = (sharing.select("clause", _tokens().list.set_intersection(pl.lit(words).implode()).alias("word"))
             .explode("word").join(phrases, on="word").group_by("clause", "p", "day").len().filter(pl.col("len") >= 2))
    rows = (nearby.select("_r", "clause", "start", "end").join(pairs, on="clause")
            .filter(pl.col("end") > pl.col("day") - _NEAR, pl.col("start") < pl.col("day") + _NEAR)["_r"])
    return nearby.filter(pl.col("_r").is_in(rows.implode())).drop("_r")


def _near_entries(merged: pl.DataFrame, dated: pl.DataFrame, unit: str) -> pl.DataFrame:
    """The rows of ``merged`` (in their order) of the entries in a ``dated`` row's story (``unit``, from its
    ``from_cluster``) that hold a row within :data:`_NEAR` of its day: the only entries of its story it may be
    told with (the merge pairs no two reports further apart); X's entry only when it lies that near."""
    homes = merged.select("cluster", pl.col(unit).alias("_u")).unique("cluster")
    phrases = dated.select(pl.col("from_cluster").alias("cluster"), pl.col("start").alias("day")).join(
        homes, on="cluster", how="left").drop_nulls("_u")
    rows = merged.select(pl.col(unit).alias("_u"), "cluster", "start", "end").join(phrases.select("_u", "day"), on="_u")
    near = rows.filter(pl.col("end") > pl.col("day") - _NEAR, pl.col("start") < pl.col("day") + _NEAR)["cluster"]
    return merged.filter(pl.col("cluster").is_in(near.unique().implode()))


def _tokens() -> pl.Expr:
    """The folded words of ``clause``, the article stripped."""
    return fold_expr(pl.col("clause")).str.extract_all(r"\w+").list.eval(
        pl.element().str.replace(clitic_prefixes().definite(), ""))


def _sharing(clauses: pl.DataFrame, words: list[str]) -> pl.DataFrame:
    """The rows of ``clauses`` whose ``clause`` has two of ``words`` among its folded
    words, the article stripped."""
    tokens = _tokens()
    listed = pl.lit(pl.Series(words, dtype=pl.String)).implode()
    # a word a token holds (its end) is in the folded clause's text too: the clauses naming
    # two of them as text, found in one pass, are the only ones whose tokens are read
    named = fold_expr(pl.col("clause")).str.extract_many(listed, overlapping=True).list.n_unique() >= 2
    return (clauses.filter(named) if words else clauses.clear()).filter(
        tokens.list.set_intersection(listed).list.len() >= 2)


def _first_order(column: str) -> pl.Expr:
    """``column`` renumbered 0, 1, 2... in the order of each value's first row (nulls kept);
    inherited rows (:func:`timeline.follow.follows`) do not count, as in the merge's numbering,
    and a value held by inherited rows only comes after every other (so they never renumber
    the told rows' entries and stories)."""
    row = pl.col("row")  # each row's place in timeline order
    first = pl.when(~follows()).then(row).min().over(column).fill_null(row.min().over(column) + pl.len())
    return pl.when(pl.col(column).is_null()).then(None).otherwise(first.rank("dense") - 1).cast(pl.Int64).alias(column)


def _conflicted(frame: pl.DataFrame) -> pl.Expr:
    """``date_conflict`` recounted for the entries that received a dated phrase (``new``):
    the merge's rule (:func:`timeline.merge.clashing_clusters`)."""
    touched = frame.filter(pl.col("new"))["cluster"].unique()
    clashing = clashing_clusters(frame.filter(pl.col("cluster").is_in(touched.implode())))
    return (pl.when(pl.col("cluster").is_in(touched.implode()))
            .then(pl.col("cluster").is_in(clashing.implode()))
            .otherwise(pl.col("date_conflict")).alias("date_conflict"))
