"""Real-news readings fixed in gen9b, on sentences written for this project."""

from __future__ import annotations

from timeline import tag

PUB = "2022-01-25T10:00"  # a Tuesday


def values(text: str, published: str = PUB) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


def test_a_piece_written_before_its_date_counts_from_the_day_it_was_written() -> None:
    # dated Tuesday, "اليوم الاثنين": written on Monday, so "أمس" is Sunday
    found = tag("وقال الوزير اليوم الاثنين إن الوفد وصل أمس إلى العاصمة", PUB)
    assert [(t.text, t.value) for t in found] == [("اليوم الاثنين", "2022-01-24"), ("أمس", "2022-01-23")]
    assert found[0].conflict  # the disagreement is still told
    # a pair that agrees with the date keeps every other deictic on it
    assert values("وقال الوزير اليوم الثلاثاء إن الوفد وصل أمس") == [("اليوم الثلاثاء", "2022-01-25"),
                                                                   ("أمس", "2022-01-24")]


def test_a_deictic_and_a_weekday_in_brackets_are_one_day() -> None:
    assert values("وأعلنت الشركة أمس (الاثنين) نتائجها") == [("أمس (الاثنين)", "2022-01-24")]


def test_bare_years_of_the_hijri_era() -> None:
    (t,) = tag("وأحرز النادي اللقب عام 1407 للمرة الأولى", PUB)
    assert t.value == "1986-09-05/1987-08-24"
    assert values("وسقطت المدينة عام 1453 بعد حصار طويل") == [("عام 1453", "1453")]


def test_a_pair_of_years_after_bin_is_a_range_unless_it_counts() -> None:
    assert values("ولعب للنادي بين 2012 و2014 قبل أن يعتزل") == [("بين 2012 و2014", "2012-01-01/2014-12-31")]
    assert values("وتراوح عدد الزوار بين 1800 و2000 شخص يومياً")[:1] != [("بين 1800 و2000", "1800-01-01/2000-12-31")]
    assert values("وبلغ العجز أعلى مستوى منذ 2009 كما تقول التقديرات") == [("منذ 2009", "2009")]


def test_an_ordinal_after_fi_alone_is_no_hour() -> None:
    for text in ("وخسر الفريق في الثالثة أمام ضيفه", "ونقلت طفلة في السابعة إلى المستشفى",
                 "وتبلغ السرعة مئة ميغابايت في الثانية", "وتوزعت المساعدات في الخمسة المخيمات"):
        assert values(text) == [], text
    assert values("سأعود في الثامنة") == [("الثامنة", "2022-01-25T20")]  # the next eight o'clock


def test_clock_ranges_over_midnight_and_to_noon() -> None:
    assert values("وتواصل القصف من العاشرة مساءً حتى الثالثة فجراً") == [
        ("من العاشرة مساءً حتى الثالثة فجراً", "2022-01-24T22:00/2022-01-25T04:00")]
    assert values("ويفتح المعرض يوم الخميس المقبل من التاسعة صباحاً حتى الظهر") == [
        ("يوم الخميس المقبل من التاسعة صباحاً حتى الظهر", "2022-01-27T09:00/2022-01-27T13:00")]


def test_not_dates() -> None:
    for text in ("ويمكن اختيار أحد العرضين أو الاثنين معاً", "وهبط المؤشر بعدما لامس مستوى قياسياً",
                 "وباعت \"نيسان\" مليون سيارة", "وانضم اللاعب بعد أن تعلق بكرة القدم منذ طفولته"):
        assert values(text) == [], text


def test_a_weekday_named_again_is_the_same_day() -> None:
    text = "ويلعب الفريق الأحد المقبل أمام ضيفه. وقال المدرب إن مباراة الأحد صعبة"
    assert values(text) == [("الأحد المقبل", "2022-01-30"), ("الأحد", "2022-01-30")]
    # unless the tense says another one
    assert values("التقى الوزير نظيره يوم الخميس الماضي. وسيعود الخميس إلى العاصمة") == [
        ("يوم الخميس الماضي", "2022-01-20"), ("الخميس", "2022-01-27")]


def test_a_verb_before_fi_and_a_year_is_no_start_of_it() -> None:
    assert values("وكان القرار صدر في عام 2014 بعد دراسة") == [("عام 2014", "2014")]
