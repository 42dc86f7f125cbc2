"""A date told inside a purpose phrase (استعدادا لـ، لانطلاق، قبيل…) and ahead of the publication is the
purpose's: the clause is cut there, the purpose piece takes the date and no town of the report, and the
report keeps what dates it or stays undated (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline


def _events(text: str, published: str = "2015-08-05T08:00") -> list[tuple[str, str, str, str | None]]:
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": published, "text": text}]), merge=False).events
    return sorted(zip(frame["expr"], frame["value"], frame["clause"], frame["place"]))


def test_a_local_report_of_a_general_start_dates_the_start_with_no_town() -> None:
    text = ("أنهت لجنة الانتخابات المحلية في محافظة جدة تجهيزاتها لانطلاق مرحلة قيد الناخبين في السابع من "
            "ذي القعدة المقبل.")
    assert _events(text) == [
        ("السابع من ذي القعدة المقبل", "2015-08-22",
         "لانطلاق مرحلة قيد الناخبين في السابع من ذي القعدة المقبل.", None),
    ]


def test_a_preparation_word_opens_the_purpose() -> None:
    text = "يواصل الفريق الأول تدريباته في معسكره الخارجي استعدادا لمواجهة منافسه التقليدي يوم السبت المقبل."
    assert [(e, v, c) for e, v, c, _ in _events(text)] == [
        ("يوم السبت المقبل", "2015-08-08", "استعدادا لمواجهة منافسه التقليدي يوم السبت المقبل."),
    ]


def test_a_report_with_a_date_of_its_own_is_not_cut() -> None:
    # cut, the purpose piece would lose the report's names the merge reads it by (the team)
    text = "أنهى الفريق مساء أمس تحضيراته تأهبا لملاقاة ضيفه القادم من الشمال مساء غد."
    assert {c for _, _, c, _ in _events(text)} == {text}


def test_shortly_before_a_release_told_ahead() -> None:
    text = "تراجعت أسعار الذهب في تعاملات حذرة قبيل صدور بيانات التوظيف الأمريكية غدا."
    assert [(e, c) for e, _, c, _ in _events(text)] == [("غدا", "قبيل صدور بيانات التوظيف الأمريكية غدا.")]


def test_a_past_date_after_a_purpose_stays_the_clause_s() -> None:
    text = "بدأت تمارين الفريق على ملعب النادي استعدادا للموسم الجديد في منتصف شهر يوليو الماضي."
    assert [c for _, _, c, _ in _events(text)] == [text]


def test_a_comma_between_the_purpose_and_the_date_keeps_the_clause_whole() -> None:
    text = "وتقرر أن يجري الفريق تدريبه الأخير استعدادا للمباراة، على الملعب الرئيسي مساء الثلاثاء المقبل."
    assert [c for _, _, c, _ in _events(text)] == [text]


def test_a_date_before_the_purpose_dates_the_report() -> None:
    text = "وصل وزير الخارجية إلى العاصمة الأردنية عمان مساء أمس لحضور اجتماع وزراء الخارجية العرب."
    assert [(e, c) for e, _, c, _ in _events(text)] == [("مساء أمس", text)]


def test_shortly_before_a_season_is_no_purpose() -> None:
    text = "وتعقد الرابطة مؤتمرها السنوي في مقرها الرئيسي قبيل موسم الحج المقبل."
    assert [c for _, _, c, _ in _events(text)] == [text]


def test_a_date_glued_to_the_lam_of_purpose() -> None:
    text = "بدأت مديرية المياه في المنطقة تنفيذ خططها التشغيلية استعدادا لموسم الحج المقبل."
    assert [(e, c) for e, _, c, _ in _events(text)] == [("موسم الحج المقبل", "استعدادا لموسم الحج المقبل.")]


def test_the_preparation_word_stays_with_its_purpose_far_from_the_date() -> None:
    text = ("ويخوض الفريق حصتين تدريبيتين يوميا استعدادا لملاقاة الفريق الضيف القادم من العاصمة في المباراة "
            "الودية الختامية لكرة القدم يوم السبت المقبل.")
    assert [c.split()[0] for _, _, c, _ in _events(text)] == ["استعدادا"]


def test_a_present_report_of_preparing_is_cut_at_a_bare_purpose() -> None:
    # the present «يستعد» / «استعداداته» tells a preparation, before the purpose's day
    for text, purpose in [
        ("وتستعد البعثة لاستقبال الحجاج القادمين من الخارج صباح غد.", "لاستقبال الحجاج القادمين من الخارج صباح غد."),
        ("ويواصل النادي استعداداته لخوض مباراة الكأس مساء السبت المقبل.", "لخوض مباراة الكأس مساء السبت المقبل."),
    ]:
        assert [c for _, _, c, _ in _events(text)] == [purpose]


def test_a_present_report_at_the_purpose_s_time_is_not_cut() -> None:
    # the visit is the opening's, tomorrow: a present report stays whole with the date
    text = "يزور الوزير المحافظة لافتتاح المستشفى الجديد الذي يقام حفله غدا."
    assert [c for _, _, c, _ in _events(text)] == [text]


def test_a_past_report_after_a_comma_is_still_cut() -> None:
    # the present «يأتي» opens another clause: the report before the purpose is «أنهت»
    text = ("يأتي ذلك في إطار خطة الوزارة، وقد أنهت اللجنة في المحافظة تجهيزاتها لانطلاق التسجيل في "
            "السابع من ذي القعدة المقبل.")
    assert [c for _, _, c, _ in _events(text)] == ["لانطلاق التسجيل في السابع من ذي القعدة المقبل."]


def test_the_purpose_words_glued_forms_are_derived() -> None:
    # tidy33: و/ف (lexicon.conjoined), the accusative and the lam before the article (lexicon.after_lam)
    from timeline._clauses import _purpose_cues
    from timeline.lexicon import conjoined
    cues = _purpose_cues()
    assert {"لانطلاق", "للانطلاق", "وللانطلاق", "فلمواجهه", "للقاء"} <= cues.opening
    assert "لللقاء" not in cues.opening and "انطلاق" not in cues.opening  # ل before the article drops its alef
    assert {"استعدادا", "واستعدادا", "فتمهيدا"} <= cues.preparations and "استعداد" not in cues.preparations
    assert {"قبيل", "وقبيل", "فقبيل"} == cues.before
    assert conjoined(["غداً"]) == {"غدا", "وغدا", "فغدا"}
