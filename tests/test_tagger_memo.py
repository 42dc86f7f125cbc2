"""What the tagger reads once and keeps (numbers, months, patterns per lexicon) and the
faster joins of constraints give what reading them each time gave."""

from __future__ import annotations

from timeline.lang.ar.rules.common import Ctx, _month, _num, _read_month
from timeline.lexicon import load_lexicon
from timeline.semantics import When, amend, combine


def test_numbers_and_months_read_once_mean_what_they_meant():
    lex = load_lexicon("ar")
    c = Ctx(lex, "")
    for phrase in ("خمسه و عشرين", "الحادي عشر", "12", "ثلاث", "كلمه"):
        assert _num(c, phrase) == lex.number(phrase)
        assert _num(c, phrase) == lex.number(phrase)  # the second time from what was kept
    for words in ("تشرين الاول/اكتوبر", "يونيو – يوليو", "مارس", "صفر"):
        for table in ("months_in_context", "months"):
            assert _month(c, words, table) == _read_month(c, words, table)
    # the same words in two tables are kept apart: "صفر" is a month only in context
    assert _month(c, "صفر", "months_in_context") == _read_month(c, "صفر", "months_in_context")
    assert _month(c, "صفر", "months") == _read_month(c, "صفر", "months")


def test_combine_compares_only_what_the_first_sets():
    day = When(year=2024, month=3, day=5)
    evening = When(hour=20, minute=30)
    assert combine(day, evening) == When(year=2024, month=3, day=5, hour=20, minute=30)
    assert combine(evening, day) == When(year=2024, month=3, day=5, hour=20, minute=30)
    assert combine(day, When(day=6)) is None  # two days
    # a default equal to, but not the same object as, the field's default is free
    built = "".join(["greg", "orian"])
    assert built == When().calendar and built is not When().calendar
    assert combine(When(calendar=built), When(calendar="hijri", year=1445)) == When(calendar="hijri", year=1445)
    assert combine(When(direction=1, month=3), When(direction=-1)) == When(direction=1, month=3)


def test_amend_by_position():
    w = When(year=2024, month=3)
    assert amend(w, day=5, mod="APPROX") == When(year=2024, month=3, day=5, mod="APPROX")
    try:
        amend(w, days=5)
    except TypeError as exc:
        assert "days" in str(exc)
    else:
        raise AssertionError("an unknown field is refused")


def test_a_publication_date_string_is_read_once_and_means_what_it_meant():
    import datetime as dt

    from timeline import tag
    from timeline.tagger import _PUBLISHED_READ

    text = "وصل الوفد أمس الاثنين، وتبدأ المحادثات يوم الخميس المقبل"
    given = "2021-03-10T09:30+03:00"
    first = [t.to_dict() for t in tag(text, given)]
    assert given in _PUBLISHED_READ  # the second time from what was kept
    assert [t.to_dict() for t in tag(text, given)] == first
    aware = dt.datetime(2021, 3, 10, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert [t.to_dict() for t in tag(text, aware)] == first
    assert first[0]["value"] == "2021-03-08"
