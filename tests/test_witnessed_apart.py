"""A relative clause whose verb says its antecedent saw, sparked or followed a happening it names
(الذي شهد أعمال الشغب، الذي أشعل مقتله) holds that happening's date, not its host's: it is cut off
at its antecedent and the host keeps no date of it (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline


def _events(text: str, published: str = "2015-08-10T08:00") -> list[tuple[str, str, str]]:
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": published, "text": text}]), merge=False).events
    return sorted(zip(frame["expr"], frame["value"], frame["clause"]))


def test_a_killing_that_sparked_protests_is_not_the_march() -> None:
    text = "ونظم المئات مسيرة صامتة في وسط المدينة إحياء لذكرى الطالب الذي أشعل مقتله في 3 مارس 2014 احتجاجات واسعة."
    assert _events(text) == [
        ("3 مارس 2014", "2014-03-03", "الطالب الذي أشعل مقتله في 3 مارس 2014 احتجاجات واسعة.")]


def test_a_street_that_saw_riots_last_summer() -> None:
    text = "واحتشد المتظاهرون في الشارع الرئيسي الذي شهد أعمال الشغب الصيف الماضي."
    assert _events(text) == [("الصيف الماضي", "2014-SU", "الشارع الرئيسي الذي شهد أعمال الشغب الصيف الماضي.")]


def test_a_feminine_verb_and_a_happening_word_of_the_lexicon() -> None:
    text = "وعاد آلاف النازحين إلى البلدة التي شهدت اشتباكات عنيفة في أبريل الماضي."
    assert _events(text) == [("أبريل الماضي", "2015-04", "البلدة التي شهدت اشتباكات عنيفة في أبريل الماضي.")]


def test_without_a_happening_named_the_clause_stays_whole() -> None:
    text = "واحتشد المتظاهرون في الشارع الرئيسي الذي شهد ازدحاما كبيرا الصيف الماضي."
    assert _events(text) == [("الصيف الماضي", "2014-SU", text)]


def test_an_antecedent_naming_a_happening_stays_whole() -> None:
    # the demonstrations that saw riots: on their own day
    text = "وانتقد رئيس الوزراء بشدة التظاهرات الحاشدة التي شهدت أعمال الشغب يوم الجمعة."
    assert _events(text) == [("يوم الجمعة", "2015-08-07", text)]


def test_an_antecedent_naming_a_happening_is_left_to_the_other_tests() -> None:
    # the clashes that followed a killing: cut as before, by the clash's own happening word
    text = "وفتحت النيابة تحقيقا في الاشتباكات التي أعقبت مقتل الشاب يوم الجمعة."
    assert _events(text) == [("يوم الجمعة", "2015-08-07", "الاشتباكات التي أعقبت مقتل الشاب يوم الجمعة.")]


def test_beside_a_date_of_the_host_each_keeps_its_own() -> None:
    text = "واحتشد المتظاهرون أمس في الشارع الرئيسي الذي شهد أعمال الشغب الصيف الماضي."
    assert _events(text) == [
        ("أمس", "2015-08-09", "واحتشد المتظاهرون أمس في"),
        ("الصيف الماضي", "2014-SU", "الشارع الرئيسي الذي شهد أعمال الشغب الصيف الماضي."),
    ]


def test_the_happening_named_after_its_date() -> None:
    text = ("ويعتزم الناشطون تنظيم اعتصام يوم الجمعة المقبل في المدينة التي كانت قد شهدت الأربعاء الماضي أكبر "
            "مظاهرة في تاريخها.")
    assert [(expr, value) for expr, value, _ in _events(text)] == [
        ("الأربعاء الماضي", "2015-08-05"), ("يوم الجمعة المقبل", "2015-08-14")]


def test_after_a_name_the_clause_is_cut_at_its_pronoun_and_ends_at_its_comma() -> None:
    text = ("وتغير الوضع بعد حلول الظلام إذ أغلق عشرات المحتجين الطريق في شارع كينغز رود الذي شهد معظم أعمال "
            "الشغب في الصيف الماضي، وبدأوا يرشقون الشرطة بالحجارة.")
    assert _events(text) == [("الصيف الماضي", "2014-SU", "الذي شهد معظم أعمال الشغب في الصيف الماضي")]


def test_a_calm_day_names_no_happening() -> None:
    text = "وفي العاصمة التي شهدت هدوءا حذرا الأحد، اعتقل مسلحون عشرة من قياديي الحزب."
    assert _events(text) == [("الأحد", "2015-08-09", text)]


def test_beside_a_date_of_the_host_a_name_is_cut_at_the_pronoun() -> None:
    text = ("ويعتزم الناشطون تنظيم اعتصام يوم الجمعة المقبل في دمشق التي كانت قد شهدت الأربعاء الماضي أكبر مظاهرة "
            "في تاريخها.")
    assert _events(text) == [
        ("الأربعاء الماضي", "2015-08-05", "التي كانت قد شهدت الأربعاء الماضي أكبر مظاهرة في تاريخها."),
        ("يوم الجمعة المقبل", "2015-08-14", "ويعتزم الناشطون تنظيم اعتصام يوم الجمعة المقبل في دمشق"),
    ]
    calm = "ويعتزم الناشطون تنظيم اعتصام يوم الجمعة المقبل في دمشق التي كانت قد شهدت الأربعاء الماضي هدوءا حذرا."
    assert len(_events(calm)) == 1
