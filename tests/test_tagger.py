"""Tagger behaviour beyond the rule corpus: offsets, grains, anchoring, conflicts, bad dates."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import Anchor, Grain, Prefer, PublishedDateError, TimexType, tag
from timeline.normalize import fold, normalize

PUB = dt.datetime(2022, 1, 25, 10, 0)  # a Tuesday


def values(text: str, published=PUB, **kw) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published, **kw)]


def test_offsets_survive_normalization() -> None:
    text = "وصلَ الوفدُ غداً الثلاثـــاء، وفي ١٥ كانون الثاني ۲۰۲۲ وقّع الاتفاق أمس"
    found = tag(text, PUB)
    assert [t.text for t in found] == ["غداً الثلاثـــاء", "١٥ كانون الثاني ۲۰۲۲", "أمس"]
    for t in found:
        assert text[t.start:t.end] == t.text


def test_normalized_span_maps_back_exactly() -> None:
    n = normalize("قبلَ ثلاثـةِ أيّام")
    assert n.text == "قبل ثلاثه ايام"
    assert n.to_original(0, len(n.text)) == (0, len("قبلَ ثلاثـةِ أيّام"))
    assert fold("إلى آذار") == "الي اذار"


def test_tatweel_between_numbers_is_a_dash() -> None:
    """A tatweel between two numbers folds to "-" (a range: "2013 ــ 2022"), in every folding
    alike; elsewhere it is deleted, and spans still map back to the original."""
    import polars as pl

    from timeline.normalize import fold_expr

    for written, folded in (("الخطة 2013 ــ 2022", "الخطه 2013 - 2022"), ("في ٤ ــ ٧ ــ ١٤٣٦هـ", "في 4 - 7 - 1436ه"),
                            ("يــوم 5", "يوم 5"), ("رقمـ 5", "رقم 5")):
        n = normalize(written)
        assert n.text == fold(written) == pl.select(fold_expr(pl.lit(written))).item() == folded
        assert n.to_original(0, len(n.text)) == (0, len(written))
    found = tag("وأقرت الوزارة خطة الأعوام 2013 ــ 2022 للنقل", PUB)
    assert [(t.text, t.value) for t in found] == [("2013 ــ 2022", "2013-01-01/2022-12-31")]


def test_grain_is_kept_not_invented() -> None:
    found = {t.text: t for t in tag("جرى ذلك في آذار 2020 ثم في عام 2021 وفي الثمانينيات", PUB)}
    assert found["آذار 2020"].grain is Grain.MONTH and found["آذار 2020"].value == "2020-03"
    assert found["آذار 2020"].interval == (dt.datetime(2020, 3, 1), dt.datetime(2020, 4, 1))
    assert found["عام 2021"].grain is Grain.YEAR
    assert found["الثمانينيات"].interval == (dt.datetime(1980, 1, 1), dt.datetime(1990, 1, 1))


def test_month_without_year_goes_to_the_past_in_news() -> None:
    assert values("وقع الحادث في ديسمبر", PUB) == [("ديسمبر", "2021-12")]
    assert values("ينطلق المهرجان في ديسمبر", PUB, prefer="future") == [("ديسمبر", "2022-12")]


def test_future_cue_moves_weekday_forward() -> None:
    assert values("من المقرر أن يصل الوفد الخميس", PUB) == [("الخميس", "2022-01-27")]
    assert values("وصل الوفد الخميس", PUB) == [("الخميس", "2022-01-20")]


def test_prefer_forces_direction() -> None:
    assert values("الجمعة", PUB, prefer=Prefer.FUTURE) == [("الجمعة", "2022-01-28")]
    assert values("الجمعة", PUB, prefer=Prefer.PAST) == [("الجمعة", "2022-01-21")]


def test_current_month_and_year() -> None:
    assert values("في 19 من كانون الثاني الحالي", PUB) == [("19 من كانون الثاني الحالي", "2022-01-19")]
    assert values("خلال الشهر الجاري", PUB) == [("الشهر الجاري", "2022-01")]


def test_contradiction_takes_the_weekday_and_flags() -> None:
    (t,) = tag("مساء أمس، الأحد", PUB)  # yesterday was a Monday: written a day before its date
    assert t.value == "2022-01-23TEV"
    assert t.conflict and "2022-01-24" in t.conflict


def test_narrative_anchor() -> None:
    text = "اندلعت الاشتباكات في 3 آذار 2019. وبعد يومين من ذلك أعلنت الهدنة، وفي اليوم التالي انسحبت القوات."
    found = tag(text, PUB)
    by_text = {t.text: t for t in found}
    assert by_text["بعد يومين من ذلك"].value == "2019-03-05"
    assert by_text["بعد يومين من ذلك"].anchor is Anchor.NARRATIVE
    assert by_text["اليوم التالي"].value == "2019-03-06"


def test_hijri_dates_and_months() -> None:
    assert values("في 12 رجب 1445 هـ", PUB) == [("12 رجب 1445 هـ", "2024-01-24")]
    (ramadan,) = tag("في رمضان 2019", PUB)
    assert ramadan.interval == (dt.datetime(2019, 5, 6), dt.datetime(2019, 6, 4))
    old = tag("في 10 محرم 1300 هـ", PUB)  # outside Umm al-Qura: arithmetic calendar
    assert old and old[0].value.startswith("1882-11")


def test_holidays_resolve_through_umm_al_qura() -> None:
    assert values("عيد الأضحى 2023", PUB) == [("عيد الأضحى 2023", "2023-06-28")]
    assert values("عيد الفطر", PUB, prefer="future") == [("عيد الفطر", "2022-05-02")]


def test_clock_times_and_parts_of_day() -> None:
    # told at 10:00: a past evening time is last night's; noon "today" is today's
    found = tag("انفجرت العبوة الساعة 10:30 مساءً، وتجدد القصف ظهر اليوم", PUB)
    assert [(t.value, t.type) for t in found] == [
        ("2022-01-24T22:30", TimexType.TIME), ("2022-01-25T12", TimexType.TIME)]
    later = tag("وسيعقد الاجتماع الساعة 10:30 مساءً", PUB)
    assert [t.value for t in later] == ["2022-01-25T22:30"]


def test_durations_and_sets() -> None:
    assert values("استمرت المعركة خمسة أيام", PUB) == [("خمسة أيام", "P5D")]
    assert values("تنعقد اللجنة كل يوم ثلاثاء", PUB) == [("كل يوم ثلاثاء", "XXXX-WXX-2")]
    assert values("يصدر العدد شهرياً", PUB) == [("شهرياً", "P1M")]


def test_impossible_dates_are_not_turned_into_other_dates() -> None:
    assert tag("في 31 شباط 2021 حسب البيان", PUB) == []
    assert tag("في 30/2/2021", PUB) == []


def test_look_alikes_are_not_tagged() -> None:
    for text in ("فاز الفريق 3-2 على ضيفه", "قال جمعة إن الطريق مفتوح", "افتتح شارع 23 يوليو",
                 "ونقل المصابون إلى مستشفى 14 آذار", "ودفع 1500 دولار"):
        assert tag(text, PUB) == [], text


def test_published_forms() -> None:
    assert values("أمس", "2022-01-25") == values("أمس", dt.date(2022, 1, 25)) == [("أمس", "2022-01-24")]
    with pytest.raises(PublishedDateError):
        tag("أمس", "")
    with pytest.raises(TypeError):
        tag(None, PUB)  # type: ignore[arg-type]


def test_to_dict_is_the_cli_contract() -> None:
    (t,) = tag("صباح اليوم", PUB)
    d = t.to_dict()
    assert d["start"] == 0 and d["end"] == 10 and d["type"] == "TIME"
    assert d["interval"] == ["2022-01-25T06:00:00", "2022-01-25T12:00:00"]


def test_nth_weekday_after_a_date() -> None:
    # Eid al-Fitr 2023 fell on Friday 2023-04-21: the second Friday after it is 2023-05-05
    assert values("تعود المدارس ثاني جمعة بعد عيد الفطر 2023", PUB) == [
        ("ثاني جمعة بعد عيد الفطر 2023", "2023-05-05")]


def test_until_a_clock_time_is_an_interval_from_the_anchor() -> None:
    (t,) = tag("يستمر حظر التجول حتى الساعة 6 مساءً", PUB)
    assert t.interval == (PUB, dt.datetime(2022, 1, 25, 18, 0))
    (past,) = tag("استمر القصف حتى الساعة 6 صباحاً", PUB)  # already over at publication
    assert past.value == "2022-01-25T06" and past.mod == "ON_OR_BEFORE"


def test_ordinals_and_counts_are_not_clock_times() -> None:
    for text in ("وتعد ثاني أكبر مدينة في البلاد", "وانطلقت النسخة الثالثة والعشرون من البطولة",
                 "وتوزعت الفرق في أربع مناطق", "ولد هذا العصر الرقمي جيلاً جديداً",
                 "وقتل العريف أول جمعة الحربي", "وكان من المتفوقين في أول سنة دراسية",
                 "وتنتشر الخدمة في 5 مدن", "وخسر الفريق في الثانية أمام منافسه", "وأصيبت طفلة في السادسة",
                 "بسرعة مئات الميغابايت في الثانية"):
        assert tag(text, PUB) == [], text  # after "في" alone an ordinal is a round, an age, a rate
    assert values("سيبدأ العرض في السابعة مساءً", PUB) == [("السابعة مساءً", "2022-01-25T19")]
    assert values("يبدأ العرض عند السابعة", PUB) == [("السابعة", "2022-01-25T07")]


def test_current_hijri_month() -> None:
    # 2015-08-10 is 25 Shawwal 1436: "27 شوال الجاري" is two days later, this Hijri year
    assert values("وتنطلق الدورة في 27 شوال الجاري", dt.date(2015, 8, 10)) == [
        ("27 شوال الجاري", "2015-08-12")]


def test_a_weekday_tells_the_current_month_is_the_hijri_one() -> None:
    # 2015-08-02 is 17 Shawwal 1436. 26 August is a Wednesday, 26 Shawwal (11 Aug) a Tuesday: a Tuesday
    # told with "26 الجاري" counts in the Hijri month under way
    sunday = dt.date(2015, 8, 2)
    assert values("وتقيم الجمعية يوم الثلاثاء 26 الشهر الجاري ندوة عن السلامة", sunday) == [
        ("يوم الثلاثاء 26 الشهر الجاري", "2015-08-11")]
    assert values("ويفتتح المعرض الثلاثاء 26 من الشهر الجاري", sunday)[0][1] == "2015-08-11"
    # the weekday fits the Gregorian day (or neither calendar): as before, this August
    assert values("وتقيم الجمعية يوم الأربعاء 26 الجاري ندوة", sunday) == [("يوم الأربعاء 26 الجاري", "2015-08-26")]
    assert values("وتقيم الجمعية يوم الجمعة 26 الجاري ندوة", sunday) == [("يوم الجمعة 26 الجاري", "2015-08-26")]
    assert values("وتقيم الجمعية في 26 الجاري ندوة", sunday) == [("26 الجاري", "2015-08-26")]


def test_a_day_read_in_the_hijri_month_keeps_its_hour() -> None:
    # review43: the day moved to the Hijri month under way keeps the hour or part of the day told with it
    sunday = dt.date(2015, 8, 2)
    assert values("وتقام الأمسية في الساعة الثامنة من مساء الثلاثاء 26 الجاري", sunday) == [
        ("الساعة الثامنة من مساء الثلاثاء 26 الجاري", "2015-08-11T20")]
    assert values("وتقام الأمسية مساء يوم الثلاثاء 26 الشهر الجاري", sunday) == [
        ("مساء يوم الثلاثاء 26 الشهر الجاري", "2015-08-11TEV")]
    # the Hijri month named before ("26 شوال ... 28 من الشهر الجاري"): its evening too
    assert values("وتبدأ الدورة في 26 شوال، وتختتم مساء 28 من الشهر الجاري بحفل", sunday) == [
        ("26 شوال", "2015-08-11"), ("مساء 28 من الشهر الجاري", "2015-08-13TEV")]


def test_cli_follows_the_tense_cues_like_the_api(tmp_path) -> None:
    import json

    from timeline.cli import main

    text = "ومن المقرر أن تنطلق الدورة في 12 تشرين الأول"  # a future cue: the coming October
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": text, "published": "2022-01-25"}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    assert main(["tag", str(src), "-o", str(tmp_path / "out.jsonl")]) == 0
    line = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert [t["value"] for t in line["timexes"]] == [t.value for t in tag(text, "2022-01-25")] == ["2022-10-12"]


def test_joined_durations_are_valid_iso_8601() -> None:
    assert values("ظل المنفيون بعيدين عقدين وعامين", PUB) == [("عقدين وعامين", "P22Y")]
    assert values("وامتدت الرحلة أسبوعين وشهراً", PUB) == [("أسبوعين وشهراً", "P1M2W")]


def test_years_at_the_edges_of_the_calendar() -> None:
    assert values("تضاعف الإنتاج العام الماضي", dt.datetime(1, 6, 1)) == []  # no year 0
    assert values("يبدأ المشروع العام المقبل", dt.datetime(9999, 6, 1)) == []  # no year 10000
    assert values("تغلق الأسواق في عيد الفطر المقبل", dt.datetime(300, 6, 1)) == []  # before the Hijra
    assert values("تغلق الأسواق في عيد الفطر المقبل", dt.datetime(5000, 6, 1))[0][0] == "عيد الفطر المقبل"


def test_joins_stop_at_barriers() -> None:
    assert [t.text for t in tag("وصل الوفد أمس\nالاثنين المقبل يبدأ الحوار", PUB)] == ["أمس", "الاثنين المقبل"]
    assert [t.text for t in tag("تنتهي المهلة في 3 آذار | 5 نيسان موعد آخر", PUB)] == ["3 آذار", "5 نيسان"]


def test_a_cover_that_does_not_resolve_leaves_its_parts() -> None:
    # told twice, but a year apart: not one day, so the two dates stand apart
    found = values("صدر العدد في 21 جمادى الآخرة 1443 هـ / 25 يناير 2021 م", PUB)
    assert found == [("21 جمادى الآخرة 1443 هـ", "2022-01-24"), ("25 يناير 2021 م", "2021-01-25")]


def test_inflections_are_derived_from_one_written_form() -> None:
    from timeline.lexicon import accusative, definite, dual, load_lexicon

    assert accusative("عام") == ["عام", "عاما"] and accusative("ساعة") == ["ساعه"]
    assert dual("يوم") == ["يومان", "يومين"] and dual("سنة") == ["سنتان", "سنتين"]
    assert definite("مساء") == ["مساء", "المساء", "لمساء"]
    lex = load_lexicon()
    assert lex.units["عاما"] == ("year", 1) and lex.units["ساعتين"] == ("hour", 2) and lex.units["اياما"][1] is None
    assert values("وعاش في المنفى 32 عاماً ثم عاد", PUB) == [("32 عاماً", "P32Y")]
    assert values("وانتظر الركاب ساعتين في المطار", PUB) == [("ساعتين", "PT2H")]
    assert values("ووصل الوفد صباحاً وغادر عصراً", PUB)[0][0] == "صباحاً"


def test_a_range_start_keeps_its_own_year() -> None:
    text = "وتقام البطولة بين 22 كانون الأول المقبل والرابع من كانون الثاني 2023 في الدوحة"
    assert values(text, PUB) == [("بين 22 كانون الأول المقبل والرابع من كانون الثاني 2023", "2022-12-22/2023-01-04")]


def test_whole_months_ago_span_one_month_around_the_point() -> None:
    # "four months ago" told on 4 June: the month of 4 February, told in whole months, so
    # the interval is one month around that day (it may fall in late January), not February
    [t] = tag("وانطلقت الحملة في العاصمة قبل أربعة أشهر", dt.datetime(2023, 6, 4))
    assert (t.value, t.grain) == ("2023-02", Grain.MONTH)
    assert t.interval == (dt.datetime(2023, 1, 20), dt.datetime(2023, 2, 19))
    [t] = tag("وغادر البلاد منذ عامين", dt.datetime(2023, 6, 4))
    assert (t.value, t.grain) == ("2021", Grain.YEAR)
    assert t.interval[1] - t.interval[0] == dt.timedelta(days=366)
    [t] = tag("ووصل الوفد قبل ثلاثة أيام", dt.datetime(2023, 6, 4))
    assert t.interval == (dt.datetime(2023, 6, 1), dt.datetime(2023, 6, 2))  # days keep the calendar day


def test_bracketed_deictic_is_a_name_unless_it_restates_a_date() -> None:
    assert values("وقال المسؤول لـ(اليوم) إن العمل مستمر") == []
    assert values("وتنطلق الثلاثاء (اليوم) أعمال المؤتمر") == [("الثلاثاء (اليوم)", "2022-01-25")]  # told twice
    assert values("وقال الوزير اليوم (الاثنين) إن") == [("اليوم (الاثنين)", "2022-01-24")]  # written the day before


def test_place_homograph_of_a_month() -> None:
    assert values("وتقدمت القوات في محافظة إب وفي إب نفسها") == []
    assert values("ويصل الوفد في 3 إب 2022") == [("3 إب 2022", "2022-08-03")]  # a date, whatever the spelling


def test_meanings_said_tenseless_resolve_alike_in_every_tense() -> None:
    """The tagger skips the tense cues for these (``_tense._tenseless``): placing them must not read it."""
    from timeline.resolve import resolve
    from timeline.semantics import Duration, Recurring, Shift, Vague, When, Within
    from timeline._tense import _tenseless

    tenseless = [
        When(year=2015, month=8, day=3), When(year=2015, month=8, day=3, weekday=1, mod="APPROX"),
        When(rel_unit="week", rel_offset=-1), When(rel_unit="day", rel_offset=1), When(rel_unit="month", day=5),
        When(rel_unit="year", rel_offset=1, month=3), When(rel_unit="year", season="SU"),
        When(rel_unit="month", rel_offset=-1, soft=True), Shift(3, "day", -1), Shift(2, "year", -1),
        Shift(2, "month", 1), Shift(5, "year", 1, narrative=True), Within(2, "week", 1), Within(3, "day", -1),
        Duration(((3, "day"),)), Recurring("XXXX-WXX-5"), Vague("PAST_REF"),
    ]
    for anchor in (dt.datetime(2024, 3, 1, 9, 30), dt.datetime(2021, 12, 31, 23, 0)):
        for meaning in tenseless:
            assert _tenseless(meaning), meaning
            assert resolve(meaning, anchor, future=True) == resolve(meaning, anchor, future=False) \
                == resolve(meaning, anchor, future=None), meaning
    for meaning in (When(month=3), When(weekday=5), When(rel_unit="day", hour=9), Shift(2, "year", 1),
                    Within(2, "week", None), When(year=1445, month=9, day=1, calendar="hijri")):
        assert not _tenseless(meaning), meaning


@pytest.mark.parametrize("text", [
    '"اليوم" تنشر تحقيقاً عن الموازنة',  # a quoted newspaper name at the very start
    "وتتراجع قيمة العملة ساعةً بعد ساعة وسط قلق التجار",
    "تعلّم الأطفال القراءة سنةً بعد أخرى في مدارس القرية",
])
def test_not_date_phrases_found_where_their_first_word_is(text: str) -> None:
    """Not-date phrases are looked for only where the key-word scan met their first word;
    they must still hide the time words inside them, as a scan of the whole text did."""
    assert values(text) == []


def test_not_date_phrase_hides_only_itself() -> None:
    assert values("يرتفع الدَّين عاماً بعد عام، وأُعلن العجز يوم الأحد") == [("يوم الأحد", "2022-01-23")]


def test_not_date_heads_are_key_words() -> None:
    from timeline.engine import _phrase_heads, load_grammar

    heads = load_grammar("ar").not_date_heads
    assert heads is not None and heads["اليوم"] == (0, 1)  # "اليوم تلو الآخر" and '"اليوم"'
    assert _phrase_heads(("ما زال",), {"زال"}) is None  # a phrase that begins with no key word
    assert _phrase_heads(("في الماضي",), {"في"}) is None  # a weak first word is no key word alone
    assert _phrase_heads(("x_اليوم",), {"اليوم"}) is None  # a letter before the first word
