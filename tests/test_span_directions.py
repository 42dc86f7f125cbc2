"""The direction after a span counted from now (deictic ``<n> <units> next``): each relative.yaml
``span_directions`` adjective's feminine and its masculine and feminine oblique duals, derived
(:attr:`timeline.lexicon.Lexicon.span_directions`), so that no agreement is missing ("الفائتتين",
"السابقتين", "المنصرمين"). Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline import tag
from timeline.lexicon import load_lexicon

_SUNDAY = dt.datetime(2024, 6, 9, 10, 0)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, _SUNDAY)]


def test_each_adjective_gives_its_feminine_and_both_duals() -> None:
    lex = load_lexicon()
    for masculine, female, men, women in (("الماضي", "الماضيه", "الماضيين", "الماضيتين"),
                                          ("الفائت", "الفائته", "الفائتين", "الفائتتين"),
                                          ("الاخير", "الاخيره", "الاخيرين", "الاخيرتين")):
        assert lex.span_directions[female] == lex.span_directions[men] == lex.span_directions[women] == -1
        assert masculine not in lex.span_directions  # a span is plural or dual: no masculine singular
    assert lex.span_directions["القادمتين"] == lex.span_directions["المقبلين"] == 1
    assert "التاليه" not in lex.span_directions and "المنتهيه" not in lex.span_directions


def test_the_feminine_duals_once_missing_are_spans_from_now() -> None:
    assert _found("وارتفع مؤشر البورصة خلال الساعتين الفائتتين.") == [
        ("الساعتين الفائتتين", "2024-06-09T08:00/2024-06-09T10:00")]
    assert _found("وتراجعت الصادرات في السنتين السابقتين.")[0] == ("السنتين السابقتين", "2022-01-01/2023-12-31")
    assert _found("وتحسن الطقس في الدقيقتين المنصرمتين.") == [
        ("الدقيقتين المنصرمتين", "2024-06-09T09:58/2024-06-09T10:00")]


def test_the_masculine_duals_once_missing_are_spans_from_now() -> None:
    assert _found("وتوقفت الرحلات طوال اليومين الفائتين.") == [("اليومين الفائتين", "2024-06-07/2024-06-08")]
    assert _found("ولم يصدر أي بيان في الشهرين المنصرمين.") == [("الشهرين المنصرمين", "2024-04-01/2024-05-31")]


def test_the_forms_the_hand_list_had_read_as_before() -> None:
    assert _found("وستعقد اللجنة اجتماعاتها في الأسبوعين القادمين.") == [
        ("الأسبوعين القادمين", "2024-06-16/2024-06-29")]
    assert _found("وتجمع المحتجون خلال الأيام الثلاثة الأخيرة.")[0] == ("الأيام الثلاثة الأخيرة", "2024-06-06/2024-06-08")
    assert _found("وسترتفع الأسعار في الأشهر القادمة.")[0][0] == "الأشهر القادمة"


def test_units_with_no_article_take_the_feminine_without_it() -> None:
    lex = load_lexicon()
    assert lex.span_directions_bare == {"ماضيه": -1, "منصرمه": -1, "فائته": -1, "سابقه": -1, "مقبله": 1, "قادمه": 1}
    assert _found("وستبقى هذه القضية مطروحة لسنوات قادمة.") == [("سنوات قادمة", "FUTURE_REF")]
    assert _found("وشهدت المنطقة أزمات مماثلة في أعوام منصرمة.") == [("أعوام منصرمة", "PAST_REF")]
    assert all("أخيرة" not in t for t, _ in _found("وتكررت الشكاوى خلال أيام أخيرة."))  # no span without the article
