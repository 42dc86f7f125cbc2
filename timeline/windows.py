"""A lead's report window placed in the entry of the happening it reports.

A lead's report window (:mod:`timeline.leads`: the lead's happening that no expression
dates, dated to the publication's day or the day before) follows like an inherited row
(:mod:`timeline.follow`): the merge leaves it out and it ends alone in an entry. Alone, a
happening other outlets date sits twice on the page. So after the merge each window is put
to the normal merge decision once more (:func:`place_windows`), as a report of its own,
beside the told rows dated inside its two days to a day or finer that share two of its
words, and beside the other windows: it joins the entry of the told rows its group holds
when they all come from **one** entry (it never brings two entries together); windows the
decision groups with no told row (one press release every outlet leads with, undated) share
one entry of their own; a window stays alone otherwise. It still never dates an entry nor
sets ``date_conflict`` (it follows).

A window made without ``inherit`` is a candidate (:data:`timeline.leads.CANDIDATE_CONFIDENCE`):
after the placing, :func:`confirmed_windows` keeps it in an entry of windows alone that counts
:data:`_CONFIRMING` outlets or more (one release every outlet leads with, undated: the day's
news), or alone when it is a **lone** lead: no other outlet's candidate is told alike
(:func:`alike_candidates`) and no told row of its days tells it (:data:`_LONE_TOLD` of its
information: it would split a happening dated already). A candidate the decision would put beside
told rows tells a happening they date already, and those joins are the least sure (on the 5,000
corpus articles, of 29 read, 13 right and 14 wrong: another accident, another condolence visit,
another statement): it is dropped, and so are two outlets' candidates told alike (not confirmed,
not lone). An unmerged build keeps none (:func:`without_candidates`). The candidates take no part
in the second merge decision: :func:`candidate_moves` groups them by those likenesses and holds a
group a told row of its days tells (the same measure, against told rows); after it, a candidate of
a group stays only beside two other outlets' candidates told alike in its own entry. On the 5,000
articles the three-outlet rule keeps 56 windows (all read right but 1) and the lone rule 473 (a
random 60 read: 28 right, 5 wrong, 27 not checkable; miss66). No screen runs before the merge: the
lone leads must reach it.
"""

from __future__ import annotations

import polars as pl

from timeline._information import information
from timeline._types import Grain
from timeline.blocks import linked
from timeline.follow import candidate_windows, follows, report_windows, without_candidates
from timeline.merge import merge_events, n_sources
from timeline.normalize import fold_expr
from timeline.wording import load_wording

__all__ = ["alike_candidates", "candidate_moves", "confirmed_windows", "moved_windows", "place_windows",
           "placed_windows", "told_words", "window_moves", "without_candidates"]

_FINE = [g.value for g in Grain if g.rank <= Grain.DAY.rank]  # the told rows a window may join: a day or finer
_MIN_LETTERS = 3  # a shorter word says too little to bring a told row into the second merge
_SHARED = 2  # words a told row shares with a window to be put beside it
_CONFIRMING = 3  # the outlets an entry of windows must count to keep its candidates
_TOLD = 0.5  # the share of a candidate's information a told row of its days tells to hold its happening
_LONE_TOLD = 0.3  # the share of a lone candidate's information a told row of its days tells to hold it
_ALIKE = 0.7  # the share of the poorer clause's information two candidates share to be told alike


def _words(frame: pl.DataFrame, key: str, among: pl.Series | None = None) -> pl.DataFrame:
    """``(key, word)``: the words of each row's clause as the merge reads them (folded, the
    article stripped, function and time words out: :meth:`timeline.wording.Wording.plain`),
    once each; each distinct clause and each distinct word is read once for the whole frame
    (wire copies tell one clause in many rows). ``among``: only these words (the others are not
    read into rows)."""
    rows = frame.select(key, pl.col("clause").fill_null(""))
    clauses = pl.DataFrame({"clause": rows["clause"].unique()}).with_row_index("_c")
    tokens = (clauses.select("_c", fold_expr(pl.col("clause")).str.extract_all(r"\w+").alias("token"))
              .explode("token").drop_nulls("token"))
    vocabulary = tokens["token"].unique()
    plain = pl.DataFrame({"token": vocabulary, "word": load_wording().plain_column(vocabulary)},
                         schema={"token": pl.String, "word": pl.String})
    plain = plain.filter(pl.col("word").str.len_chars() >= _MIN_LETTERS)
    if among is not None:
        plain = plain.filter(pl.col("word").is_in(among.implode()))
    said = tokens.join(plain, on="token").select("_c", "word").unique()  # each clause's words, once
    words = rows.join(clauses, on="clause").join(said, on="_c").select(key, "word")
    return words if rows[key].n_unique() == rows.height else words.unique()  # a key of several rows: once


def _meeting(told: pl.DataFrame, windows: pl.DataFrame) -> pl.DataFrame:
    """The rows of ``told`` whose interval may meet a window's (``start`` before its ``end``,
    ``end`` after its ``start``): the windows' intervals joined into runs where they overlap or
    touch, a row kept when the last run starting before its end ends after its start. Every
    row meeting a window is kept (the caller still pairs each row with the windows it meets)."""
    spans = windows.select("start", "end").drop_nulls().sort("start", "end")
    if spans.height == 0:
        return told.clear()
    runs = (
        spans.with_columns((pl.col("start") > pl.col("end").cum_max().shift(1)).fill_null(True).cum_sum().alias("run"))
        .group_by("run").agg(pl.col("start").min().alias("_run_start"), pl.col("end").max().alias("_run_end"))
        .sort("_run_start")
    )
    rows = told.filter(pl.col("start").is_not_null(), pl.col("end").is_not_null())
    at = runs["_run_start"].search_sorted(rows["end"], side="left").cast(pl.Int64) - 1  # runs starting before the end
    ends = runs["_run_end"].gather(at.clip(0))
    return rows.filter((at >= 0) & (ends > rows["start"]))


def _days(frame: pl.DataFrame, key: str) -> pl.DataFrame:
    """``(key, day)``: each day a row's interval ``[start, end)`` touches, its start's at least
    (a row without both bounds has none). Two intervals that overlap touch one day together:
    the day of the later start."""
    first, last = pl.col("start").dt.date(), pl.col("end").dt.date()
    last = pl.when(pl.col("end") == pl.col("end").dt.truncate("1d")).then(last - pl.duration(days=1)).otherwise(last)
    return (frame.filter(pl.col("start").is_not_null(), pl.col("end").is_not_null())
            .select(key, pl.date_ranges(first, pl.max_horizontal(first, last)).alias("day")).explode("day"))


def place_windows(merged: pl.DataFrame) -> pl.DataFrame:
    """``merged`` (merged events, timeline order) with each lead's report window alone in its
    entry moved into the entry its second merge decision joins (see the module docstring):
    ``cluster``, ``story`` and ``story_label`` of that entry, ``n_sources`` recounted; the
    windows grouped with no told row share the entry of the first of them; the entries
    holding no told row are numbered after the others."""
    return moved_windows(merged, window_moves(merged))


_NO_MOVES = pl.DataFrame(schema={"_row": pl.UInt32, "_home": pl.Int64})
"""No window moves (:func:`moved_windows` reads nothing of it)."""


def window_moves(merged: pl.DataFrame, told_words: pl.DataFrame | None = None) -> pl.DataFrame:
    """The second merge decision of :func:`place_windows`: ``(_row, _home)``, each window that
    moves (its row in ``merged``) and the entry it joins. It reads the entries, never their
    stories: ``merged`` may be the merge before its stories
    (:class:`timeline.merge.Clustered`), its rows in the same order."""
    alone = (pl.len().over("cluster") == 1) & report_windows() & ~_candidates()  # candidates: candidate_moves
    windows = merged.with_row_index("_row").filter(alone)
    if windows.height == 0:
        return _NO_MOVES
    told = merged.with_row_index("_row").filter(~follows(), pl.col("cluster").is_not_null(),
                                                pl.col("grain").cast(pl.String).is_in(_FINE))
    mine = _words(windows, "_row").rename({"_row": "_window"})
    # a told row shares a window's words only when it meets a window's days (read only those),
    # and a word counts only for a window of a day the row touches (the pairs that overlap)
    near = _meeting(told, windows)
    if told_words is None:
        theirs = _words(near, "_row", mine["word"].unique())
    else:  # read already (:func:`told_words`): the same words of the same rows
        theirs = told_words.filter(pl.col("_row").is_in(near["_row"].implode()),
                                   pl.col("word").is_in(mine["word"].unique().implode()))
    theirs = theirs.join(_days(near, "_row"), on="_row")
    shared = (
        mine.join(_days(windows, "_row").rename({"_row": "_window"}), on="_window")
        .join(theirs, on=["word", "day"]).select("_window", "_row", "word").unique()
        .group_by("_window", "_row").len().filter(pl.col("len") >= _SHARED)
        .join(windows.select(pl.col("_row").alias("_window"), pl.col("start").alias("_ws"), pl.col("end").alias("_we")),
              on="_window")
        .join(told.select("_row", "start", "end"), on="_row")
        .filter(pl.col("start") < pl.col("_we"), pl.col("end") > pl.col("_ws"))
    )
    concerned = told.filter(pl.col("_row").is_in(shared["_row"].unique().implode()))
    # the windows as reports of their own for this decision only
    reports = windows.with_columns(pl.lit(False).alias("inherited"), pl.lit(1.0).alias("date_confidence"))
    both = pl.concat([concerned, reports]).with_columns(pl.format("w{}", "_row").alias("event_id"))
    if both.height < 2:  # one window and no told row beside it: nothing to decide
        return _NO_MOVES
    # (on this thread: it runs beside the stories, the second core is taken)
    again = merge_events(both.drop("_row"), stories=False, threads=False).select(
        "event_id", pl.col("cluster").alias("_group"))
    keyed = both.select(pl.format("w{}", "_row").alias("event_id"), "_row", "cluster",
                        pl.col("_row").is_in(reports["_row"].implode()).alias("_window")).join(again, on="event_id")
    homes = (keyed.filter(~pl.col("_window")).group_by("_group").agg(pl.col("cluster").unique())
             .filter(pl.col("cluster").list.len() == 1).select("_group", pl.col("cluster").list.first().alias("_home")))
    moved = keyed.filter(pl.col("_window")).join(homes, on="_group").select("_row", "_home")
    # windows the decision groups with no told row: one entry of their own together
    told_groups = keyed.filter(~pl.col("_window"))["_group"].unique().implode()
    together = (keyed.filter(pl.col("_window"), ~pl.col("_group").is_in(told_groups))
                .with_columns(pl.col("cluster").min().over("_group").alias("_home"))
                .filter(pl.len().over("_group") > 1).select("_row", "_home"))
    return pl.concat([moved, together]).sort("_row")


def moved_windows(merged: pl.DataFrame, moved: pl.DataFrame) -> pl.DataFrame:
    """``merged`` with the windows of :func:`window_moves` moved into their entries (see
    :func:`place_windows`)."""
    if moved.height == 0:
        return merged
    entry = merged.select(pl.col("cluster").alias("_home"), pl.col("story").alias("_story"),
                          pl.col("story_label").alias("_label")).unique("_home")
    moved = moved.join(entry, on="_home", how="left")  # the story of the entry joined
    frame = merged.with_row_index("_row").join(moved, on="_row", how="left", maintain_order="left").with_columns(
        pl.col("_home").fill_null(pl.col("cluster")).alias("cluster"),
        pl.when(pl.col("_home").is_not_null()).then(pl.col("_story")).otherwise(pl.col("story")).alias("story"),
        pl.when(pl.col("_home").is_not_null()).then(pl.col("_label")).otherwise(pl.col("story_label"))
        .alias("story_label"),
    ).drop("_row", "_home", "_story", "_label")
    return _renumbered(frame)


_candidates = candidate_windows  # whether an event row is a candidate window (made without ``inherit``)


def confirmed_windows(merged: pl.DataFrame, alike: pl.DataFrame | None = None,
                      lone: pl.Series | None = None) -> pl.DataFrame:
    """``merged`` (after :func:`place_windows`) without the candidate windows whose entry holds a
    told row or counts fewer than :data:`_CONFIRMING` outlets, and (``alike`` given:
    :func:`alike_candidates`) those that the candidates of fewer than :data:`_CONFIRMING` − 1 other
    outlets of their own entry are alike (the decision may put two releases of one template
    together: royal cables to two presidents); ``n_sources`` recounted, the entries holding no
    told row numbered again. ``lone`` (event ids): the lone candidates :func:`candidate_moves` keeps
    (no other outlet's candidate alike, no told row of their days telling them) stay, each alone in
    its entry: an undated lead reports the day's news (at :data:`timeline.leads.CANDIDATE_CONFIDENCE`)."""
    told_in = (~follows()).any().over("cluster")
    few = pl.col("n_sources") < _CONFIRMING
    if lone is not None and lone.len():
        few = few & ~pl.col("event_id").is_in(lone.implode())
    alone = _candidates() & (few | told_in)
    if alike is not None and alike.height:
        entry = merged.select("event_id", "cluster")
        backed = (alike.join(entry, on="event_id").join(entry.rename({"event_id": "_alike", "cluster": "_cluster"}),
                                                        on="_alike")
                  .filter(pl.col("cluster") == pl.col("_cluster"))
                  .group_by("event_id").agg(pl.col("_outlet").n_unique())
                  .filter(pl.col("_outlet") >= _CONFIRMING - 1)["event_id"])
        unbacked = ~pl.col("event_id").is_in(backed.implode())
        alone = alone | (_candidates() & (pl.col("n_sources") >= _CONFIRMING) & unbacked)
    elif alike is not None:
        alone = alone | (_candidates() & (pl.col("n_sources") >= _CONFIRMING))
    if not merged.select(alone.any()).item():
        return merged
    return _renumbered(merged.filter(~alone))


_NO_PAIRS = pl.DataFrame(schema={"event_id": pl.String, "_alike": pl.String, "_outlet": pl.String})


def alike_candidates(events: pl.DataFrame) -> pl.DataFrame:
    """``(event_id, _alike, _outlet)``: each pair of candidate windows of ``events`` (both ways) of
    different outlets (``_outlet``: the other's) told in near the same words on a day both intervals
    touch: they share :data:`_SHARED` words or more (as :func:`window_moves` reads them) holding
    :data:`_ALIKE` of the information of the poorer clause's words, each word's information its
    inverse document frequency over the candidates (the words of one release's template, a royal
    cable's or a court's, weigh little; the names it tells weigh much)."""
    if "date_confidence" not in events.columns or "expr" not in events.columns:
        return _NO_PAIRS
    candidates = events.filter(_candidates()).select(
        "event_id", "clause", "start", "end", pl.col("source").fill_null(pl.col("article_id")).alias("_outlet"))
    if candidates.height < 2:
        return _NO_PAIRS
    words = _words(candidates, "event_id")
    n = candidates.height
    info = words.group_by("word").len("_df").select("word", information(n, pl.col("_df")).alias("_info"))
    words = words.join(info, on="word")
    totals = words.group_by("event_id").agg(pl.col("_info").sum().alias("_total"))
    keyed = words.join(_days(candidates, "event_id"), on="event_id").join(
        candidates.select("event_id", "_outlet"), on="event_id")
    pairs = (  # each pair once (the likeness is symmetric), then both ways
        keyed.join(keyed, on=["word", "day"], suffix="_b")
        .filter(pl.col("event_id") < pl.col("event_id_b"), pl.col("_outlet") != pl.col("_outlet_b"))
        .unique(["event_id", "event_id_b", "word"])
        .group_by("event_id", "event_id_b", "_outlet", "_outlet_b").agg(pl.len().alias("_shared"), pl.col("_info").sum())
        .join(totals, on="event_id").join(totals.rename({"event_id": "event_id_b", "_total": "_total_b"}),
                                          on="event_id_b")
        .filter(pl.col("_shared") >= _SHARED,
                pl.col("_info") >= _ALIKE * pl.min_horizontal("_total", "_total_b"))
    )
    return pl.concat([
        pairs.select("event_id", pl.col("event_id_b").alias("_alike"), pl.col("_outlet_b").alias("_outlet")),
        pairs.select(pl.col("event_id_b").alias("event_id"), pl.col("event_id").alias("_alike"), "_outlet"),
    ])


def candidate_moves(merged: pl.DataFrame, alike: pl.DataFrame, told_words: pl.DataFrame | None = None) -> pl.DataFrame:
    """The candidates' decision, without a second merge: ``(_row, _home)`` as :func:`window_moves`'s,
    for the candidate windows alone in their entries of ``merged``. A candidate a told row of its
    days tells (:data:`_SHARED` words or more holding :data:`_TOLD` of the candidate's information,
    each word's its inverse document frequency over the candidates and those rows) reports a
    happening dated already: it and the candidates ``alike`` it (:func:`alike_candidates`) through
    others stay where they are (:func:`confirmed_windows` drops them). The others, linked by
    ``alike``, share the entry of the first of them; one ``alike`` no other (a lone lead no told
    row tells at :data:`_LONE_TOLD`) is listed with a null ``_home``: it stays alone, and
    :func:`confirmed_windows` keeps it."""
    rows = merged.with_row_index("_row")
    windows = rows.filter(_candidates() & (pl.len().over("cluster") == 1))
    if windows.height == 0:
        return _NO_MOVES
    told = rows.filter(~follows(), pl.col("cluster").is_not_null(), pl.col("grain").cast(pl.String).is_in(_FINE))
    mine = _words(windows, "_row")
    near = _meeting(told, windows)
    # all their words (a told row's information is its clause's), read once (:func:`told_words`)
    theirs = (_words(near, "_row") if told_words is None
              else told_words.filter(pl.col("_row").is_in(near["_row"].implode())))
    pairs = _shared_words(mine, _days(windows, "_row"), theirs, _days(near, "_row"))
    concerned = theirs.filter(pl.col("_row").is_in(pairs["_row_told"].unique().implode()))
    n = windows.height + concerned["_row"].n_unique()
    info = pl.concat([mine, concerned]).group_by("word").len("_df").select(
        "word", information(n, pl.col("_df")).alias("_info"))
    totals = mine.join(info, on="word").group_by("_row").agg(pl.col("_info").sum().alias("_total"))
    told_totals = concerned.join(info, on="word").group_by("_row").agg(pl.col("_info").sum().alias("_total_told"))
    shares = (
        pairs.join(info, on="word").group_by("_row", "_row_told").agg(pl.col("_info").sum())
        .join(totals, on="_row").join(told_totals.rename({"_row": "_row_told"}), on="_row_told")
        .group_by("_row").agg((pl.col("_info") / pl.min_horizontal("_total", "_total_told")).max().alias("_share"))
    )
    ids = windows.select("event_id", "_row", "cluster")
    links = (alike.join(ids, on="event_id").join(ids.rename({"event_id": "_alike", "_row": "_row_b", "cluster": "_b"}),
                                                  on="_alike").select("_row", "_row_b"))
    group = linked(ids["_row"].to_list(), links["_row"].to_list(), links["_row_b"].to_list())
    keyed = ids.with_columns(pl.col("_row").replace_strict(group, return_dtype=pl.UInt32).alias("_group"))
    keyed = keyed.join(shares, on="_row", how="left").with_columns(pl.col("_share").fill_null(0.0))
    dated = keyed.filter(pl.col("_share") >= _TOLD)["_group"].unique()
    free = keyed.filter(~pl.col("_group").is_in(dated.implode()))
    together = (free.filter(pl.len().over("_group") > 1)
                .select("_row", pl.col("cluster").min().over("_group").cast(pl.Int64).alias("_home")))
    # a lone lead (no other outlet's candidate alike it): nothing backs it, so a told row of its days
    # holds it at a lower share (one telling the same happening in other words: a split otherwise)
    lone = (free.filter(pl.len().over("_group") == 1, pl.col("_share") < _LONE_TOLD)
            .select("_row", pl.lit(None, pl.Int64).alias("_home")))
    return pl.concat([together, lone]).sort("_row")


def _shared_words(mine: pl.DataFrame, days: pl.DataFrame, theirs: pl.DataFrame,
                  their_days: pl.DataFrame) -> pl.DataFrame:
    """``(_row, _row_told, word)``: each word a row of ``mine`` shares with a row of ``theirs``
    (both ``(_row, word)``) on a day both touch (``days``, ``their_days``: :func:`_days`), once,
    for the pairs sharing :data:`_SHARED` words or more. The words are numbered and each
    (row, told row, word) is one integer, sorted: once is a neighbour unlike it, a pair's words one
    run (on 50,000 events two million words shared: a frame's ``unique`` and ``len().over`` cost
    four times as much)."""
    vocabulary = mine["word"].unique()
    number = pl.DataFrame({"word": vocabulary, "_w": pl.int_range(vocabulary.len(), dtype=pl.Int64, eager=True)})
    key = pl.col("_w") * (1 << 32) + pl.col("day").cast(pl.Int64) + (1 << 31)  # (word, day) as one integer
    keyed = mine.join(number, on="word").join(days, on="_row").select("_row", "_w", key.alias("_key"))
    their_days = their_days.filter(pl.col("day").is_in(days["day"].unique().implode()))  # the others meet none
    told = theirs.join(number, on="word").join(their_days, on="_row").select(
        pl.col("_row").alias("_row_told"), key.alias("_key"))
    shared = keyed.join(told, on="_key").select("_row", "_row_told", "_w")
    if shared.height == 0:
        return shared.join(number, on="_w").select("_row", "_row_told", "word")
    words, span = vocabulary.len(), int(shared["_row_told"].max()) + 1  # type: ignore[arg-type]
    if (int(shared["_row"].max()) + 1) * span * words >= 1 << 63:  # type: ignore[arg-type]  # too many to number
        pairs = shared.unique().filter(pl.len().over("_row", "_row_told") >= _SHARED)
        return pairs.join(number, on="_w").select("_row", "_row_told", "word")
    code = ((shared["_row"].cast(pl.Int64) * span + shared["_row_told"].cast(pl.Int64)) * words + shared["_w"]).sort()
    code = code.filter((code != code.shift(1)).fill_null(True))  # once (a pair sharing two days: twice)
    pair = code // words  # each pair's words: one run
    code = code.filter(pair.rle().struct.field("len").gather(pair.rle_id()) >= _SHARED)
    pairs = pl.DataFrame({"_row": (code // words // span).cast(pl.UInt32),
                          "_row_told": (code // words % span).cast(pl.UInt32), "_w": code % words})
    return pairs.join(number, on="_w").select("_row", "_row_told", "word")


def told_words(merged: pl.DataFrame) -> pl.DataFrame:
    """``(_row, word)``: the words (:func:`_words`) of the told rows of ``merged`` (their rows) that
    meet a window alone in its entry, read once for :func:`window_moves` and
    :func:`candidate_moves` (on the 5,000 corpus articles both read nearly the same rows)."""
    rows = merged.with_row_index("_row")
    windows = rows.filter((pl.len().over("cluster") == 1) & report_windows())
    if windows.height == 0:
        return pl.DataFrame(schema={"_row": pl.UInt32, "word": pl.String})
    told = rows.filter(~follows(), pl.col("cluster").is_not_null(), pl.col("grain").cast(pl.String).is_in(_FINE))
    return _words(_meeting(told, windows), "_row")


def placed_windows(merged: pl.DataFrame, alike: pl.DataFrame) -> pl.DataFrame:
    """``(_row, _home)``: :func:`window_moves` and :func:`candidate_moves` of ``merged``, the told
    rows' words read once for both."""
    words = told_words(merged)
    return pl.concat([window_moves(merged, words), candidate_moves(merged, alike, words)]).sort("_row")


def _renumbered(frame: pl.DataFrame) -> pl.DataFrame:
    """``frame`` with the entries holding no told row numbered after the others (no gaps) and
    ``n_sources`` recounted."""
    held = frame.filter(~follows())["cluster"]
    last = held.max() if held.len() else None
    base = 0 if last is None else int(last) + 1  # type: ignore[arg-type]
    rest = frame.filter(~pl.col("cluster").is_in(held.implode()))["cluster"].unique().sort()
    renumber = dict(zip(rest.to_list(), range(base, base + rest.len())))
    frame = frame.with_columns(pl.col("cluster").replace(renumber))
    return frame.with_columns(n_sources())
