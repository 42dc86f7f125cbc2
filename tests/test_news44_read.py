"""What news44's reading of unseen kinds of news (results reports, fixtures, cabinet agendas, flight
schedules, columns told in the past) found (Arabic written for these tests): "قريباً" near to someone,
yesterday as the past beside a nowadays today, a weekday opening the next piece of a schedule, and an hour
of a match counted with a masculine ordinal."""

from __future__ import annotations

import datetime as dt

from timeline.tagger import tag

TOLD = dt.datetime(2022, 1, 26, 10)  # a Wednesday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, TOLD)]


def test_soon_before_from_with_a_pronoun_is_near() -> None:
    assert _found("وطلب الموظف نقله إلى مدينة والدته ليبقى قريباً منها") == []
    assert _found("وأغلق المؤشر قريبا منه في جلسة الأحد") == [("الأحد", "2022-01-23")]
    assert _found("وكان الفريق قريباً منهم في الترتيب") == []


def test_soon_is_still_soon() -> None:
    assert _found("وستعلن الوزارة النتائج قريباً") == [("قريباً", "FUTURE_REF")]
    assert _found("سيصل الوفد قريبا، منهيا جولته") == [("قريبا", "FUTURE_REF")]


def test_yesterday_compared_with_a_nowadays_today_is_the_past() -> None:
    assert _found("لكن الريف اليوم يختلف كثيراً عن البارحة") == [("اليوم", "PRESENT_REF"), ("البارحة", "PAST_REF")]
    assert _found("فالسوق اليوم أكثر ازدحاماً عن الأمس") == [("اليوم", "PRESENT_REF"), ("الأمس", "PAST_REF")]


def test_yesterday_after_a_saying_today_stays_a_day() -> None:
    assert _found("وقال المدير اليوم إن الطلب يختلف عن الأمس") == [("اليوم", "2022-01-26"), ("الأمس", "2022-01-25")]
    assert _found("وتحدث الشهود عن الأمس بكثير من الحزن") == [("الأمس", "2022-01-25")]


def test_yesterday_joined_to_today_after_a_preposition_is_the_past_and_the_present() -> None:
    assert _found("كان الميناء بالأمس واليوم بوابة المدينة") == [("الأمس", "PAST_REF"), ("اليوم", "PRESENT_REF")]
    assert _found("لا فرق في الأمس أو اليوم بين الجيلين") == [("الأمس", "PAST_REF"), ("اليوم", "PRESENT_REF")]


def test_yesterday_and_today_of_two_sittings_stay_days() -> None:
    assert _found("وتراجعت الأسهم خلال جلستي الأمس واليوم") == [("الأمس", "2022-01-25"), ("اليوم", "2022-01-26")]


def test_yesterday_today_and_tomorrow_told_together_are_eras() -> None:
    assert _found("ويحكي الكتاب قصة القرية أمس واليوم وغدا") == [
        ("أمس", "PAST_REF"), ("اليوم", "PRESENT_REF"), ("غدا", "FUTURE_REF")]


def test_days_of_a_narrative_stay_days() -> None:
    assert _found("وصل الوفد أمس واليوم يلتقي الوزير وغدا يغادر") == [
        ("أمس", "2022-01-25"), ("اليوم", "2022-01-26"), ("غدا", "2022-01-27")]


def test_a_weekday_opening_the_next_piece_of_a_schedule_follows_the_one_before() -> None:
    assert _found("ويلعب الشباب الخميس مع الفيصلي، والسبت الرائد مع التعاون") == [
        ("الخميس", "2022-01-27"), ("السبت", "2022-01-29")]
    assert _found("تفتح العيادة اليوم الأربعاء للرجال، والخميس للنساء") == [
        ("اليوم الأربعاء", "2022-01-26"), ("الخميس", "2022-01-27")]


def test_a_weekday_of_a_schedule_after_a_past_day_or_a_sentence_end_is_read_alone() -> None:
    assert _found("التقى الوزير السفير الاثنين، والثلاثاء زار المصنع") == [
        ("الاثنين", "2022-01-24"), ("الثلاثاء", "2022-01-25")]
    assert _found("ويلعب الشباب الخميس مع الفيصلي. والسبت فاز الرائد على التعاون") == [
        ("الخميس", "2022-01-27"), ("السبت", "2022-01-22")]


def test_an_hour_counted_with_a_masculine_ordinal_is_no_clock() -> None:
    assert _found("وتفوق أصحاب الأرض في نصف الساعة الأول") == [("نصف الساعة", "PT0.5H")]
    assert _found("وسجل الضيوف هدفين في الساعة الأولى من المباراة") == []


def test_the_hour_of_a_clock_stays() -> None:
    assert _found("ويبدأ الحفل في الساعة الثانية ظهرا") == [("الساعة الثانية ظهرا", "2022-01-26T14")]
    assert _found("ويبدأ الحفل في الساعة الحادية عشرة صباحا") == [("الساعة الحادية عشرة صباحا", "2022-01-26T11")]
    assert _found("ويفتتح المعرض عند الساعة الأولى بعد الظهر") == [("عند الساعة الأولى بعد الظهر", "2022-01-26T13")]


def test_the_first_hour_of_a_morning_is_one_o_clock() -> None:
    assert _found("وقع الزلزال في الساعة الأولى من صباح الأحد") == [("الساعة الأولى من صباح الأحد", "2022-01-23T01")]


def test_yesterday_of_a_state_set_against_a_later_today_is_the_past() -> None:
    assert _found("فبالأمس كانت القرية معزولة، واليوم تصلها الطرق من كل جهة") == [
        ("الأمس", "PAST_REF"), ("اليوم", "PRESENT_REF")]
    assert _found("بالأمس كان منافساً لنا، أما اليوم فهو شريك") == [("الأمس", "PAST_REF"), ("اليوم", "PRESENT_REF")]


def test_yesterday_of_an_act_before_today_stays_a_day() -> None:
    assert _found("وبالأمس أعلنت اللجنة الأسماء، واليوم تبدأ المقابلات") == [("الأمس", "2022-01-25"), ("اليوم", "2022-01-26")]
    assert _found("بالأمس كانت الحرارة مرتفعة. واليوم انخفضت") == [("الأمس", "2022-01-25"), ("اليوم", "2022-01-26")]


def test_soon_before_from_after_a_future_verb_is_soon() -> None:
    assert _found("وقال الطبيب إن المرضى سيغادرون قريباً من المستشفى") == [("قريباً", "FUTURE_REF")]
    assert _found("وأكد أن البلدية ستنتهي قريبا من أعمال الصيانة") == [("قريبا", "FUTURE_REF")]


def test_near_after_a_future_of_being_stays_near() -> None:
    assert _found("وسيكون الاتفاق قريباً من مطالب النقابة") == []
    assert _found("وستبقى الأسعار قريبا من مستوياتها الحالية") == []
