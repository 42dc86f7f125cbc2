"""Evidence that lets two reports of one happening under the shared-information floor join (issue 6 item 1,
floor56): one far deadline two reports of one class set in one way (``حتى 20 سبتمبر``: ``merge._deadline``,
read by ``merge._far_day``), a toll and a death on one day naming the one who died (``merge._one_dead``), a
team playing (``يلعب``) as a match word (``matches`` of ``lang/ar/actors.yaml``). Arabic written for these
tests."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_holding, entry_of, told_rows, two_outlets

from timeline.wording import matches

# one deadline weeks ahead told by two outlets in their own words, both «حتى» the day
DEADLINE = ("وأمام البرلمان التونسي حتى {day} للتصويت على قانون الموازنة العامة الجديد، بحسب ما أعلنته "
            "رئاسة المجلس في بيان وزعته على الصحفيين.")
DEADLINE_TOO = ("ويتعين على البرلمان التصويت على قانون الموازنة الذي يثير جدلا واسعا بين الأحزاب والنقابات حتى {day}، "
                "وهي المهلة التي حددها الدستور قبل انتهاء الدورة البرلمانية.")


def test_one_far_deadline_told_twice_is_one_entry() -> None:
    entry = entry_of(two_outlets(DEADLINE.format(day="20 سبتمبر المقبل"), DEADLINE_TOO.format(day="20 سبتمبر"),
                                 "2024-08-02T09:00"))
    assert entry["a"] == entry["b"]


def test_two_far_deadlines_stay_apart() -> None:
    entry = entry_of(two_outlets(DEADLINE.format(day="20 سبتمبر المقبل"), DEADLINE_TOO.format(day="27 سبتمبر"),
                                 "2024-08-02T09:00"))
    assert entry["a"] != entry["b"]


def test_another_class_with_the_same_deadline_stays_apart() -> None:
    # (the candidates' filing closes that day too: another happening bounded by one day)
    filing = ("ويتعين على الأحزاب تقديم قوائم مرشحيها للانتخابات البلدية إلى الهيئة المستقلة حتى {day}، وهي "
              "المهلة التي حددها القانون قبل انطلاق الحملة.")
    entry = entry_of(two_outlets(DEADLINE.format(day="20 سبتمبر المقبل"), filing.format(day="20 سبتمبر"),
                                 "2024-08-02T09:00"))
    assert entry["a"] != entry["b"]


# a man's death of his wounds told as a toll («استشهاد») and as a death («توفي») on one day
TOLL = ("وأعلن مسؤول في وزارة الصحة فجر أمس عن استشهاد المزارع يوسف القاضي الذي أمضى عشرة أيام في العناية "
        "المركزة يصارع من أجل الحياة، بعد إصابته بحروق بالغة في قريته.")
DEATH = "وتوفي السبت يوسف القاضي متأثرا بجروحه في المستشفى."
OTHER_DEATH = "وتوفيت السبت مريم الحلبي متأثرة بجروحها في المستشفى."


def test_a_toll_and_the_death_it_names_join_under_the_floor() -> None:
    entry = entry_of(two_outlets(TOLL, DEATH, "2024-08-11T10:00"))
    assert entry["a"] == entry["b"]


def test_a_toll_and_another_ones_death_that_day_stay_apart() -> None:
    entry = entry_of(two_outlets(TOLL, OTHER_DEATH, "2024-08-11T10:00"))
    assert entry["a"] != entry["b"]


# a team playing («يلعب») a match today, and its coach on «مباراة اليوم»: a team plays one match a day
PLAYS = ("يلعب فريق النصر عند الساعة السابعة مساء اليوم الثلاثاء أولى مبارياته الودية في معسكره الحالي بمدينة "
         "فيينا أمام فريق محلي من الدرجة الثانية.")
COACH = ("وأوضح مدرب النصر أنه سيمنح الفرصة لجميع اللاعبين في مباراة اليوم بعد أسبوعين من التدريبات الشاقة، "
         "مشيرا إلى أن الفريق سيعود إلى الرياض نهاية الشهر.")


def test_a_team_playing_is_a_match_word() -> None:
    assert {"يلعب", "تلعب"} <= set(matches().words)


def test_a_team_playing_today_and_its_coach_on_todays_match_are_one_entry() -> None:
    rows = told_rows(two_outlets(PLAYS, COACH, "2024-08-06T09:00"))
    assert entry_holding(rows, "a", "يلعب") == entry_holding(rows, "b", "مباراة اليوم")


def test_playing_a_role_is_no_match() -> None:
    # «يلعب/تلعب … دورا» plays a role (not «يلعب الفريق الدور نصف النهائي», a round)
    rows = clause_rows(["وتلعب رابطة المشجعين دورا في أزمة النصر بالدوري منذ أمس.",
                        "ويلعب الوكيل دورا في تجديد عقد حارس الهلال بالدوري منذ الأحد.",
                        "ويلعب النصر مساء غد أمام الهلال في الدوري."])
    assert [row["trigger"] for _, row in sorted(rows.items())] == [None, None, matches().label]
