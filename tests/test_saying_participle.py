"""A comma then a saying participle («، مشيرًا إلى أن …») after a clause's date opens another statement
of the speaker: it is cut off undated, its words and town are not the dated happening's (Arabic written
for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline


def _events(text: str, *, inherit: bool = False, published: str = "2015-08-11T08:00") -> list[tuple[str, str, str]]:
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": published, "text": text}]), merge=False,
                           inherit=inherit).events
    return sorted(zip(frame["expr"], frame["value"], frame["clause"]))


def test_the_statement_after_the_participle_is_cut_off() -> None:
    text = ("وأعلن رئيس اللجنة أن تسجيل المرشحين يبدأ يوم الأحد المقبل، مشيرًا إلى أن اللجنة حددت مركزين "
            "في مدينة جدة لاستقبال الطلبات.")
    assert _events(text) == [("يوم الأحد المقبل", "2015-08-16", "وأعلن رئيس اللجنة أن تسجيل المرشحين يبدأ يوم الأحد المقبل")]


def test_each_form_of_the_participle() -> None:
    for said in ("مؤكدة", "موضحين", "لافتاً", "ومضيفا"):
        text = f"وافتتح الوزير المستشفى الجديد أمس، {said} أن المشروع يخدم آلاف السكان."
        expected = "وافتتح الوزير المستشفى الجديد أمس"
        if said.startswith("و"):  # a و glued: no participle cut (a noun may follow و: ومتابعة)
            expected = text
        assert _events(text) == [("أمس", "2015-08-10", expected)], said


def test_spaces_around_the_comma() -> None:
    for comma in ("،  ", " ،", "،"):
        text = f"وافتتح الوزير المستشفى الجديد أمس{comma}مؤكدا أن المشروع يخدم آلاف السكان."
        assert [c for _, _, c in _events(text)] == ["وافتتح الوزير المستشفى الجديد أمس"], comma


def test_no_cut_without_a_date_before_it_or_with_a_date_after_it() -> None:
    text = "وقال المدير، مشيرا إلى أن الطريق سيفتتح الخميس المقبل."
    assert [c for _, _, c in _events(text)] == [text]
    text = "وافتتح الوزير المستشفى أمس، مشيرا إلى أن المرحلة الثانية تنتهي في ديسمبر المقبل."
    assert [e[0] for e in _events(text)] == ["أمس", "ديسمبر المقبل"]


def test_a_noun_after_the_comma_is_no_participle() -> None:
    text = "ووصلت السفينة إلى الميناء أمس، ناقلة شحنة من القمح إلى المطاحن."
    assert [c for _, _, c in _events(text)] == [text]


def test_what_follows_while_shares_the_day_and_the_statement_inherits_none() -> None:
    text = ("وسيطرت القوات على البلدة أمس، مؤكدة أن المعارك كانت عنيفة، فيما قتل خمسة من المسلحين "
            "في الاشتباكات.")
    for inherit in (False, True):
        assert [(e, c) for e, _, c in _events(text, inherit=inherit)] == [
            ("أمس", "فيما قتل خمسة من المسلحين في الاشتباكات."),
            ("أمس", "وسيطرت القوات على البلدة أمس"),
        ], inherit


def test_a_statement_dated_after_the_participle_is_cut_from_the_saying_before_it() -> None:
    text = ("وقال المتحدث باسم الجماعة إن هذه ليست المرة الأولى التي تلجأ فيها إلى الهجمات، مشيرًا إلى أن "
            "هذه الهجمات بلغت ذروتها في ثمانينات القرن الماضي.")
    assert _events(text) == [("ثمانينات القرن الماضي", "198",
                              "مشيرًا إلى أن هذه الهجمات بلغت ذروتها في ثمانينات القرن الماضي.")]


def test_the_saying_before_may_be_a_quotation() -> None:
    text = "وأوضح المدير: «الموسم كان صعبا على الجميع»، مضيفا أن الفريق سيبدأ معسكره الخميس المقبل."
    assert _events(text) == [("الخميس المقبل", "2015-08-13", "مضيفا أن الفريق سيبدأ معسكره الخميس المقبل.")]


def test_in_a_sentence_of_several_dates_and_at_the_last_participle() -> None:
    text = ("وأكد الوزير أن العلاقات بين البلدين متينة، مشيرا إلى أن الحوار مستمر، لافتا إلى أن الاتفاق "
            "وقع في مايو الماضي، فيما يعقد الطرفان اجتماعا جديدا في أكتوبر المقبل.")
    clauses = {e: c for e, _, c in _events(text)}
    assert clauses["مايو الماضي"] == "لافتا إلى أن الاتفاق وقع في مايو الماضي"
    assert "أكتوبر المقبل" in clauses and "العلاقات" not in clauses["أكتوبر المقبل"]


def test_no_cut_when_the_saying_before_says_nothing_of_its_own() -> None:
    text = "وصرح رئيس البلدية، موضحا أن المشروع سينتهي في ديسمبر المقبل."
    assert [c for _, _, c in _events(text)] == [text]


def test_a_date_before_what_the_participle_says_is_the_saying_s_own_day() -> None:
    text = "وجدد الوزير التأكيد على أن العلاقات متينة، مشددا خلال لقائه نظيره أمس على أن التعاون مستمر."
    assert _events(text) == [("أمس", "2015-08-10", text)]
    text = "وقال الوزير إن العلاقات متينة، مضيفا: «وقعنا الاتفاق في مايو الماضي»."
    assert _events(text) == [("مايو الماضي", "2015-05", "مضيفا: «وقعنا الاتفاق في مايو الماضي».")]
