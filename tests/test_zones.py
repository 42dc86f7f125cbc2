"""Clock times told in a named time zone, moved to the publication's local time."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline import Grain, Timex, tag
from timeline.articles import Article, read_articles
from timeline.cli import main
from timeline.events import events_from_articles
from timeline.zones import Zone, find_zone

BAGHDAD = dt.timezone(dt.timedelta(hours=3))
CAIRO = dt.timezone(dt.timedelta(hours=2))


def one(text: str, published: object) -> Timex:
    found = [t for t in tag(text, published) if "توقيت" in t.text or "ت.غ" in t.text]  # type: ignore[arg-type]
    assert len(found) == 1, found
    t = found[0]
    assert text[t.start:t.end] == t.text  # the span is the expression, whatever the zone did
    return t


def test_greenwich_time_in_a_plus_three_publication() -> None:
    text = "قالت غرفة العمليات إن الطائرة أقلعت الساعة 1800 بتوقيت غرينتش أمس من المطار الشمالي."
    t = one(text, "2022-01-25T10:00+03:00")
    assert t.text == "الساعة 1800 بتوقيت غرينتش أمس"
    assert t.value == "2022-01-24T21:00" and t.grain is Grain.MINUTE
    assert t.interval == (dt.datetime(2022, 1, 24, 21), dt.datetime(2022, 1, 24, 21, 1))
    assert t.extra == {"tz": "UTC", "tz_value": "2022-01-24T18:00"}
    as_json = t.to_dict()
    assert as_json["tz"] == "UTC" and as_json["tz_value"] == "2022-01-24T18:00"


def test_an_aware_datetime_carries_the_offset_too() -> None:
    text = "وانطلقت المسيرة في الخامسة فجراً بتوقيت غرينتش من ساحة البلدية."
    t = one(text, dt.datetime(2022, 1, 25, 10, tzinfo=BAGHDAD))
    assert t.value == "2022-01-25T08" and t.grain is Grain.HOUR


def test_mecca_time_in_a_cairo_publication() -> None:
    text = "ومن المقرر أن تبدأ صلاة التراويح في المسجد عند التاسعة مساءً بتوقيت مكة المكرمة حسب ما أعلنت الرئاسة."
    t = one(text, dt.datetime(2022, 1, 25, 10, tzinfo=CAIRO))
    assert t.text.endswith("بتوقيت مكة المكرمة")
    assert t.value == "2022-01-25T20" and t.grain is Grain.HOUR
    assert t.extra == {"tz": "Asia/Riyadh", "tz_value": "2022-01-25T21"}


def test_the_day_changes_across_midnight_both_ways() -> None:
    late = one("وأُغلق المعبر عند 22:45 بتوقيت غرينتش يوم الاثنين.", "2022-01-25T10:00+03:00")
    assert late.value == "2022-01-25T01:45"
    assert late.interval is not None and late.interval[0] == dt.datetime(2022, 1, 25, 1, 45)
    early = one("وسُمع دوي الانفجار في الواحدة فجراً بتوقيت مكة أمس.", "2022-01-25T10:00Z")
    assert early.value == "2022-01-23T22" and early.grain is Grain.HOUR


def test_without_a_publication_offset_the_value_is_as_written() -> None:
    text = "قالت غرفة العمليات إن الطائرة أقلعت الساعة 1800 بتوقيت غرينتش أمس."
    for published in ("2022-01-25T10:00", dt.datetime(2022, 1, 25, 10), dt.date(2022, 1, 25)):
        t = one(text, published)
        assert t.value == "2022-01-24T18:00"
        assert t.extra == {"tz": "UTC"}  # the zone is recorded, nothing moved


def test_a_zone_the_table_does_not_know_keeps_the_written_value() -> None:
    t = one("ومن المقرر أن يُرفع الحظر الساعة الخامسة مساءً بتوقيت المعسكر.", "2022-01-25T10:00+03:00")
    assert t.value == "2022-01-25T17"
    assert t.extra == {"tz": "المعسكر"}


def test_local_time_and_the_same_offset_change_nothing() -> None:
    local = one("ويُفتح باب التسجيل في الثامنة صباحاً بالتوقيت المحلي.", "2022-01-25T10:00+03:00")
    assert local.value == "2022-01-25T08" and local.extra == {"tz": "local"}
    same = one("ويُفتح باب التسجيل في الثامنة صباحاً بتوقيت بغداد.", "2022-01-25T10:00+03:00")
    assert same.value == "2022-01-25T08" and same.extra == {"tz": "Asia/Baghdad"}


def test_summer_time_follows_the_date_of_the_expression() -> None:
    winter = one("وصل الموكب الساعة العاشرة صباحاً بتوقيت بيروت في 10 كانون الثاني 2022.",
                 "2022-01-25T10:00+03:00")
    summer = one("وصل الموكب الساعة العاشرة صباحاً بتوقيت بيروت في 10 تموز 2022.",
                 "2022-07-25T10:00+03:00")
    assert winter.value.endswith("T11") and summer.value.endswith("T10")


def test_a_move_the_grain_cannot_show_keeps_the_written_value() -> None:
    t = one("ومن المقرر أن يبدأ البث في التاسعة مساءً بتوقيت غرينتش.", "2022-01-25T10:00+05:30")
    assert t.value == "2022-01-25T21" and t.grain is Grain.HOUR and t.extra == {"tz": "UTC"}
    minutes = one("ومن المقرر أن يبدأ البث عند 21:00 بتوقيت غرينتش.", "2022-01-25T10:00+05:30")
    assert minutes.value == "2022-01-26T02:30"


def test_a_range_takes_the_zone_named_after_its_end() -> None:
    t = one("وتُفتح المعابر من 7 إلى 10 صباحاً بتوقيت غرينتش.", "2022-01-25T10:00+02:00")
    assert t.interval == (dt.datetime(2022, 1, 25, 9), dt.datetime(2022, 1, 25, 13))
    assert t.extra["tz"] == "UTC"


def test_the_zone_table() -> None:
    for name in ("غرينتش", "جرينتش", "GMT", "utc", "ت.غ"):
        assert find_zone(name) == Zone("UTC"), name
    for name in ("مكة", "مكّة المكرّمة", "الرياض", "السعودية"):
        assert find_zone(name) == Zone("Asia/Riyadh"), name
    expected = {"دمشق": "Asia/Damascus", "بيروت": "Asia/Beirut", "القاهرة": "Africa/Cairo", "عمّان": "Asia/Amman",
                "بغداد": "Asia/Baghdad", "الكويت": "Asia/Kuwait", "الدوحة": "Asia/Qatar", "أبوظبي": "Asia/Dubai",
                "الإمارات": "Asia/Dubai", "الرباط": "Africa/Casablanca", "المغرب": "Africa/Casablanca",
                "تونس": "Africa/Tunis", "الجزائر": "Africa/Algiers", "طرابلس": "Africa/Tripoli",
                "الخرطوم": "Africa/Khartoum", "صنعاء": "Asia/Aden", "القدس": "Asia/Jerusalem",
                "مسقط": "Asia/Muscat", "المنامة": "Asia/Bahrain", "المحلي": "local"}
    for name, zone in expected.items():
        assert find_zone(name) == Zone(zone), name
    assert find_zone("+03:00") == Zone("+03:00") and find_zone("-0430") == Zone("-04:30")
    assert find_zone("+19:00") is None and find_zone("المعسكر") is None
    assert Zone("Asia/Riyadh").offset_at(dt.datetime(2022, 1, 25, 12)) == dt.timedelta(hours=3)
    assert Zone("-04:30").offset_at(dt.datetime(2022, 1, 25)) == -dt.timedelta(hours=4, minutes=30)
    assert Zone("local").offset_at(dt.datetime(2022, 1, 25)) is None


def test_a_timestamp_with_its_own_offset_moves_too() -> None:
    found = tag("ونشر البيان على الموقع 2022-01-25T07:15:00Z مرفقاً بصور.", "2022-01-25T12:00+02:00")
    assert [(t.value, t.extra.get("tz")) for t in found] == [("2022-01-25T09:15:00", "UTC")]


ARTICLE = "وأفاد شهود بأن القصف توقف الساعة 1800 بتوقيت غرينتش أمس، وعاد الهدوء إلى الأحياء."


def test_events_take_the_articles_offset(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    rows = [{"id": "zoned", "text": ARTICLE, "published": "2022-01-25T10:00+03:00"},
            {"id": "plain", "text": ARTICLE, "published": "2022-01-25T10:00"}]
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    articles = [a for a in read_articles(source) if isinstance(a, Article)]
    assert articles[0].published_at.utcoffset() == dt.timedelta(hours=3)
    assert articles[1].published_at.tzinfo is None
    events = events_from_articles(articles)
    starts = dict(zip(events["article_id"], events["start"]))
    assert starts == {"zoned": dt.datetime(2022, 1, 24, 21), "plain": dt.datetime(2022, 1, 24, 18)}
    assert events["published"].dtype.time_zone is None  # type: ignore[attr-defined]


@pytest.mark.parametrize("published, value", [("2022-01-25T10:00+03:00", "2022-01-24T21:00"),
                                              ("25/01/2022 10:00 +02:00", "2022-01-24T20:00"),
                                              ("2022-01-25T10:00", "2022-01-24T18:00")])
def test_cli_tag_uses_the_offset_in_published(tmp_path: Path, published: str, value: str) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    row = {"id": "r", "text": ARTICLE, "published": published}
    source.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["tag", str(source), "-o", str(out)]) == 0
    (line,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    (found,) = line["timexes"]
    assert found["text"] == "الساعة 1800 بتوقيت غرينتش أمس"
    assert found["value"] == value and found["tz"] == "UTC"


def test_the_table_for_people_shows_the_offset_and_the_zone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    row = {"id": "r", "text": ARTICLE, "published": "2022-01-25T10:00-03:30"}
    source.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["tag", str(source)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("── r · published 2022-01-25 10:00 UTC-03:30 (Tuesday)")
    assert "2022-01-24T14:30" in out and "tz=UTC (written 2022-01-24T18:00)" in out


def test_until_a_clock_time_in_a_zone_moves_only_its_end() -> None:
    text = "وتستمر حالة الطوارئ حتى الساعة السادسة صباحاً بتوقيت غرينتش."
    night = one(text, "2022-01-25T02:00+03:00")  # from publication (local) to 06:00 GMT = 09:00 local
    assert night.value == "2022-01-25T02:00/2022-01-25T09:00"
    assert night.interval == (dt.datetime(2022, 1, 25, 2), dt.datetime(2022, 1, 25, 9))
    assert night.extra == {"tz": "UTC", "tz_value": "2022-01-25T02:00/2022-01-25T06:00"}
    later = one(text, "2022-01-25T10:00+03:00")  # already past: the clock time alone, moved
    assert later.value == "2022-01-25T09" and later.mod == "ON_OR_BEFORE"


def test_a_past_clock_time_is_compared_with_the_publication_in_its_own_time() -> None:
    # 12:00 GMT is 15:00 in a +03:00 paper, five hours after it published at 10:00: yesterday's
    east = one("وقال الجيش إن القصف بدأ الساعة 1200 بتوقيت غرينتش.", "2022-01-25T10:00+03:00")
    assert east.value == "2022-01-24T15:00"
    # 14:00 GMT is 09:00 in a -05:00 paper, before it published at 10:00: today's
    west = one("وقال الجيش إن القصف بدأ الساعة 1400 بتوقيت غرينتش.", "2022-01-25T10:00-05:00")
    assert west.value == "2022-01-25T09:00"
