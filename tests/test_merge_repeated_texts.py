"""What the merge reads of a clause's text in Python (its tense, the sense of a sensed word, a
body's name, the countries a court's clause names, where it is) is read once per distinct text
and given to every row of that text (wire copies repeat): each row still gets what it gets
alone, the date's place against each row's own publication day included (Arabic written for
these tests)."""

from __future__ import annotations

import polars as pl

from timeline.merge import merge_events
from timeline.pipeline import build_timeline
from timeline.tense import tenses
from timeline.wording import clause_features

# one clause of a fixed day, told by outlets before it (a plan) and after it (done)
_OPENED = "افتتح محافظ المدينة في 14 أبريل 2025 معرض الكتاب الدولي بمشاركة مئتي دار نشر."
# a sensed word (لقاء) told by what follows: a ministers' meeting, a football match
_TALKS = "عقد وزير الخارجية لقاء مع نظيره الماليزي اليوم الأحد لبحث التعاون التجاري."
_MATCH = "يخوض الفريق الأول لقاء وديا أمام النادي الساحلي اليوم الأحد على ملعبه."


def _events(articles: list[tuple[str, str, str]]) -> pl.DataFrame:
    """The events, unmerged, of ``(id, published, text)`` articles (each its own outlet)."""
    return build_timeline(pl.DataFrame([
        {"id": art, "source": f"صحيفة {art}", "published": published, "text": text}
        for art, published, text in articles
    ]), merge=False).events


def test_one_text_told_before_and_after_its_day_reads_each_row_by_its_own_day() -> None:
    articles = [("a", "2025-04-10T09:00", _OPENED), ("b", "2025-04-16T09:00", _OPENED),
                ("c", "2025-04-11T09:00", _OPENED), ("d", "2025-04-17T09:00", _OPENED)]
    events = _events(articles)
    together = dict(zip(events["article_id"], tenses(events).iter_rows()))
    for art, published, text in articles:
        alone = _events([(art, published, text)])
        assert together[art] == tenses(alone).row(0)
    assert together["a"] == together["c"] != together["b"] == together["d"]
    assert together["a"][0] and together["b"][1]  # planned before its day, done after it


def test_a_sensed_word_in_repeated_clauses_reads_each_clause_as_alone() -> None:
    articles = [("m1", "2025-04-13T09:00", _TALKS), ("f1", "2025-04-13T10:00", _MATCH),
                ("m2", "2025-04-13T11:00", _TALKS), ("f2", "2025-04-13T12:00", _MATCH)]
    events = _events(articles)
    together = dict(zip(events["article_id"], clause_features(events).events["trigger"]))
    for art, published, text in articles:
        assert together[art] == clause_features(_events([(art, published, text)])).events["trigger"][0]
    assert together["m1"] == together["m2"] != together["f1"] == together["f2"]


def test_the_merge_of_copies_is_that_of_their_texts_told_once_each() -> None:
    # two outlets' copies of one court report and one cabinet session, and a third wording of each:
    # the entries are the same whether the copies' texts are read once or one by one
    court = "أصدرت محكمة الجنايات في القاهرة اليوم حكما بسجن ثلاثة متهمين مصريين في قضية تهريب الآثار."
    cabinet = "عقد مجلس الوزراء الأردني جلسته الأسبوعية اليوم برئاسة رئيس الوزراء وأقر نظام النقل الجديد."
    copies = [("k1", "2025-04-13T09:00", court), ("k2", "2025-04-13T11:00", court),
              ("s1", "2025-04-13T09:30", cabinet), ("s2", "2025-04-13T12:00", cabinet),
              ("k3", "2025-04-13T13:00", court.replace("اليوم", "صباح اليوم")),
              ("s3", "2025-04-13T14:00", cabinet.replace("الأسبوعية", "العادية"))]
    merged = merge_events(_events(copies))
    entry = dict(zip(merged["article_id"], merged["cluster"]))
    assert entry["k1"] == entry["k2"] != entry["s1"] == entry["s2"]
    # told one by one (each text its own words: a word apart), the copies still meet
    apart = merge_events(_events([(art, published, text + (" " + art if art.endswith("2") else ""))
                                  for art, published, text in copies]))
    assert dict(zip(apart["article_id"], apart["cluster"])) == entry
