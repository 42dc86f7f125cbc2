"""The merge's memory and speed refactors keep what it returns (Arabic written for these tests):
the columns it does not read while it pairs are put back on the right rows
(:func:`timeline.merge._narrow`, :func:`timeline.merge._carried_back`); clauses are numbered in
order of first appearance (:func:`timeline.wording.clause_features`); the towns a clause tells as
an institution's own are :meth:`timeline.places.Gazetteer.find`'s (:meth:`~timeline.places.Gazetteer.owned_towns`)."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from timeline.events import article_events
from timeline.frame import EVENT_SCHEMA, conform_events, events_frame, order_events
from timeline.merge import _CARRIED, _carried_back, _narrow, cluster_events, merge_events
from timeline.places import load_gazetteer
from timeline.wording import clause_features

PUBLISHED = dt.datetime(2024, 3, 14, 8)  # a Thursday
TEXTS = {
    "a": "افتتح وزير النقل أمس الطريق الساحلي الجديد بين المدينتين. وقال الوزير إن الطريق يختصر الرحلة ساعة كاملة.",
    "b": "دشن وزير النقل يوم الأربعاء الطريق الساحلي الذي يربط المدينتين، على أن تبدأ الحافلات العمل الأحد المقبل.",
    "c": "أعلنت شرطة محافظة جدة صباح اليوم توقيف رجلين بعد سرقة متجر للذهب في حي الروضة مساء الثلاثاء.",
}


def _events(inherit: bool = True) -> pl.DataFrame:
    rows = [e.as_row() for k, t in TEXTS.items() for e in article_events(k, t, PUBLISHED, inherit=inherit)]
    frame = events_frame(rows)
    # provenance the merge does not read, distinct per row: the rows put back must be the right ones
    return frame.with_columns(pl.format("https://example.org/{}", "event_id").alias("url"))


def _by_event(frame: pl.DataFrame) -> dict[str, tuple[object, ...]]:
    return {row[0]: row for row in frame.select("event_id", *(c for c in _CARRIED if c != "event_id")).iter_rows()}


def test_the_carried_columns_come_back_on_their_rows_in_the_schemas_order() -> None:
    events = _events()
    assert events.height >= 4
    shuffled = events.sample(fraction=1.0, shuffle=True, seed=7)
    merged = merge_events(shuffled)
    assert merged.columns == list(EVENT_SCHEMA)
    assert _by_event(merged) == _by_event(events)
    # in timeline order, as order_events sorts the whole rows
    assert merged["event_id"].to_list() == order_events(conform_events(shuffled))["event_id"].to_list()


def test_the_narrow_frame_is_the_ordered_dated_rows_without_the_carried_columns() -> None:
    conformed = conform_events(_events())
    pending = conformed.head(1).with_columns(pl.lit(None, pl.Datetime("us")).alias("start"),
                                             pl.lit("event:X+P1D").alias("value"))
    both = pl.concat([pending, conformed])
    narrow = _narrow(both)
    assert not set(_CARRIED) & set(narrow.columns)
    whole = _carried_back(narrow, both)
    assert whole.columns == both.columns
    assert whole.equals(order_events(both.filter(pl.col("start").is_not_null())))


def test_nothing_dated_and_only_followers_keep_every_column() -> None:
    conformed = conform_events(_events())
    undated = conformed.with_columns(pl.lit(None, pl.Datetime("us")).alias("start"))
    assert cluster_events(undated).frame.columns == list(EVENT_SCHEMA)
    followers = conformed.with_columns(pl.lit(True).alias("inherited"), pl.lit(0.5).alias("date_confidence"))
    alone = merge_events(followers)
    assert alone.columns == list(EVENT_SCHEMA)
    assert _by_event(alone) == _by_event(followers)
    assert alone["cluster"].n_unique() == alone.height  # each its own entry


def test_each_row_reads_its_own_clauses_features_in_any_order_and_copy() -> None:
    # the clauses are numbered in order of first appearance and each row is given its number back
    # by row: a row shuffled elsewhere, or its wire copy in another article, reads the same features
    events = conform_events(_events(inherit=False))
    twice = pl.concat([events, events.with_columns(pl.col("article_id") + "-copy")])
    features = clause_features(twice).events.drop("i")
    assert features.head(events.height).equals(features.tail(events.height))
    order = pl.Series(list(range(twice.height))).shuffle(seed=3)
    shuffled = clause_features(twice[order]).events.drop("i")
    back = shuffled.with_columns(order.alias("_at")).sort("_at").drop("_at")
    assert back.equals(features)


@pytest.mark.parametrize("text, towns", [
    ("أعلنت شرطة محافظة جدة صباح اليوم توقيف رجلين في حي الروضة", {"جدة"}),
    ("افتتح مستشفى الأمل بمدينة قرطوم جناحا جديدا للأطفال", {"قرطوم"}),  # a town the gazetteer does not know
    ("زار أمير منطقة الرياض مدينة الخرج أمس", {"الخرج"}),  # a region's office's place is no town's
    ("وصل الوفد إلى جدة قادما من الطائف", set()),
    ("قالت إدارة التعليم في الطائف إن المدارس في مكة المكرمة تفتح أبوابها الأحد", {"الطائف", "مكة المكرمة"}),
    ("نقلت وكالة الأنباء عن مسؤول في وزارة الخارجية الفرنسية قوله إن باريس سترسل وفدا", set()),
])
def test_owned_towns_are_the_owned_cities_find_reads(text: str, towns: set[str]) -> None:
    gazetteer = load_gazetteer()
    owned = {m.place.name for m in gazetteer.find(text) if m.owned and not m.regional and m.place.kind == "city"}
    assert gazetteer.owned_towns(text) == owned == towns
