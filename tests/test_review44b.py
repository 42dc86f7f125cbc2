"""review44b: a bare weekday after «، و» follows a schedule's weekday before it only when its own piece
has no verb told done and it falls a few days on (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.tagger import tag

SUNDAY = dt.datetime(2026, 3, 1)
WEDNESDAY = dt.datetime(2026, 3, 4)


def _found(text: str, published: dt.datetime) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


def test_a_weekday_with_a_past_verb_of_its_own_is_not_the_schedules() -> None:
    # the piece after «، والسبت» has its own perfect (أعلنت) or a past cue (كان): yesterday's Saturday
    assert _found("يلتقي الفريقان الخميس، والسبت أعلنت الرابطة تأجيل مباراة أخرى", WEDNESDAY)[1] == ("السبت", "2026-02-28")
    assert _found("يلتقي الفريقان الخميس، والسبت كان الفريق قد تعادل مع منافسه", WEDNESDAY)[1] == ("السبت", "2026-02-28")


def test_a_weekday_far_on_in_the_week_is_not_the_schedules() -> None:
    # published on a Sunday: a Saturday six days after today's match is the day before, not next week's
    assert _found("تقام مباراة الفريقين اليوم الأحد، والسبت فاز الضيف على منافسه", SUNDAY)[1] == ("السبت", "2026-02-28")
    assert _found("يستعد الفريق لمباراة الثلاثاء، والأحد تدرب اللاعبون على الكرات الثابتة", SUNDAY)[1] == ("الأحد", "2026-03-01")


def test_the_pieces_of_a_round_still_follow_each_other() -> None:
    assert _found("يلعب الخميس الأهلي مع الزمالك، والجمعة الهلال مع النصر، والسبت الاتحاد مع الشباب", WEDNESDAY) == [
        ("الخميس", "2026-03-05"), ("الجمعة", "2026-03-06"), ("السبت", "2026-03-07")]
    assert _found("يلعب الجمعة الأهلي مع الزمالك، والأحد الهلال مع النصر", WEDNESDAY)[1] == ("الأحد", "2026-03-08")


def test_yesterday_and_today_of_two_acts_told_done_stay_days() -> None:
    # a pluperfect (كانت … قد اعتقلت) or a perfect after «واليوم» (أعلنت): two days' deeds, no eras
    assert _found("وبالأمس كانت الشرطة قد اعتقلت اثنين، واليوم أفرجت عنهما", WEDNESDAY) == [
        ("الأمس", "2026-03-03"), ("اليوم", "2026-03-04")]
    assert _found("وبالأمس كانت الشرطة تحتجز اثنين، واليوم أعلنت الإفراج عنهما", WEDNESDAY) == [
        ("الأمس", "2026-03-03"), ("اليوم", "2026-03-04")]


def test_yesterday_of_a_state_set_against_today_is_still_an_era() -> None:
    assert _found("بالأمس كانوا جيرانا في الحي، واليوم هم خصوم في الانتخابات", WEDNESDAY) == [
        ("الأمس", "PAST_REF"), ("اليوم", "PRESENT_REF")]


def test_withdrawing_onto_something_is_applying_to_it_no_withdrawal() -> None:
    from timeline.happenings import load_triggers
    from timeline.normalize import fold
    happening = load_triggers().happening
    for said in ("وهذا ينسحب على كل الموظفين الجدد", "ينسحب هذا الحكم على بقية المدارس",
                 "الأزمة التي انسحبت على كل نشاط تجاري", "وانسحب هذا التوتر على القرى المجاورة"):
        assert happening(fold(said)) is None, said
    for said in ("انسحب الجيش من البلدة فجراً", "ينسحب المرشح من السباق غدا", "سينسحب الحزب من الحكومة"):
        assert happening(fold(said)) == "انسحاب", said
