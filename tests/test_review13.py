"""Bugs found in the review of this session's tagger changes (review13), on Arabic written for them."""

from __future__ import annotations

import datetime as dt
import time

import timeline

PUBLISHED = dt.datetime(2022, 1, 25, 12)  # a Tuesday


def _tags(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in timeline.tag(text, PUBLISHED)]


def test_amount_from_now_counts_from_the_publication_in_a_past_sentence() -> None:
    # "من الآن" is inside the expression: it still counts from now, though the verb is past
    assert _tags("وأعلن الوزير افتتاح المحطة بعد ثلاثة أشهر من الآن") == [("بعد ثلاثة أشهر من الآن", "2022-04")]
    assert _tags("وأعلن الوزير افتتاح المحطة خمسة أيام من الآن") == [("خمسة أيام من الآن", "2022-01-30")]


def test_minutes_before_a_word_that_is_no_hour_stay_an_amount() -> None:
    # "بعد البداية", "قبل النهاية": no hour, the minutes are still an amount
    assert _tags("وتوقفت المباراة عشر دقائق بعد البداية") == [("عشر دقائق", "PT10M")]
    assert _tags("وتعطل المصعد خمس دقائق قبل النهاية") == [("خمس دقائق", "PT5M")]
    assert _tags("ولعب الفريق 90 دقيقة بعد الثانية") == [("90 دقيقة", "PT90M")]
    assert _tags("وانطلق القطار عشر دقائق بعد السابعة") == [("عشر دقائق بعد السابعة", "2022-01-25T07:10")]


def test_a_day_with_a_direction_does_not_take_the_year_told_before() -> None:
    assert _tags("وقعت الحادثة في 3 مارس 2010، وتعقد الجلسة في 9 مارس المقبل") == [
        ("3 مارس 2010", "2010-03-03"), ("9 مارس المقبل", "2022-03-09")]


def test_one_sense_per_text_is_not_quadratic() -> None:
    text = "«نيسان» ونيسان " * 7000  # about 100 KB: every month alone inside a name, and as many names
    start = time.process_time()
    assert timeline.tag(text, PUBLISHED) == []
    assert time.process_time() - start < 2.0  # was 2.8 s (quadratic: 11 s at 200 KB); about 0.4 s linear


def test_an_amount_after_a_name_head_with_two_clitics_is_kept() -> None:
    # "حركة" heads names; "ولمدة" (و + ل + مدة) opens no name's second term, as "لمدة" does
    assert _tags("وظل المصاب دون حركة ولمدة عشر ساعات") == [("لمدة عشر ساعات", "PT10H")]
    assert _tags("وظل المصاب دون حركة لمدة عشر ساعات") == [("لمدة عشر ساعات", "PT10H")]


def test_the_day_of_a_happening_stays_fast_on_a_long_article() -> None:
    from timeline.events import article_events

    # "فجر يوم التفجير الجمعة", "يوم الحادث" after "حادث التفجير", in one long sentence of commas
    text = "وقال شهود إن فجر يوم التفجير الجمعة شهد حادث التفجير في يوم الحادث الجمعة، " * 500  # about 40 KB
    start = time.process_time()
    assert article_events("a", text, dt.datetime(2015, 8, 10, 10))
    # was 10 s at 20 KB and cubic (a sentence's whole beginning folded for each date before each
    # phrase; the whole article read again for each "يوم الحادث"); main f769788 0.14 s at 40 KB
    assert time.process_time() - start < 1.5


def test_a_bare_weekday_after_many_dated_days_stays_fast() -> None:
    from timeline.events import article_events

    # 21 June 2015 is a Sunday: each "ظهر الأحد" looks back at every earlier day told on a Sunday
    text = "وقع الانفجار في 21 يونيو 2015 في السوق، وأعلنت الشرطة أن الانفجار وقع ظهر الأحد. " * 250  # 20 KB
    start = time.process_time()
    events = article_events("a", text, dt.datetime(2015, 8, 10, 10))
    assert any(e.timex.value == "2015-06-21T12" and e.timex.text == "ظهر الأحد" for e in events)
    assert time.process_time() - start < 1.0  # was 1.8 s at 20 KB, 6.9 s at 40 KB (quadratic)
