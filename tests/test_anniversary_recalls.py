"""An anniversary told in a dated clause dates what it recalls: «أحيت المدينة أمس الذكرى العاشرة
للزلزال» tells an earthquake ten years before (anchors.recalled_happening). Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline._elapsed import ELAPSED_CONFIDENCE
from timeline.anchors import RECALLED_CONFIDENCE, THIS_YEAR_CONFIDENCE
from timeline.events import article_events

_PUBLISHED = dt.datetime(2015, 8, 10, 8, 0)


def _rows(text: str) -> list[tuple[str, str, str, str | None, float]]:
    rows = [e.as_row() for e in article_events("a", text, _PUBLISHED)]
    for r in rows:
        assert text[r["expr_start"]:r["expr_end"]] == r["expr"]  # offsets are sacred
    return [(r["expr"], r["value"], r["grain"], r["anchor"], r["date_confidence"]) for r in rows]


def test_a_ceremony_on_the_day_dates_the_happening_to_the_day() -> None:
    text = "أحيت المدينة أمس الذكرى العاشرة للزلزال الذي دمر أحياءها القديمة."
    assert _rows(text) == [("أمس", "2015-08-09", "day", "event:زلزال", 1.0),
                           ("الذكرى العاشرة للزلزال", "2005-08-09", "day", "event:زلزال", RECALLED_CONFIDENCE)]


def test_a_day_that_falls_on_the_anniversary() -> None:
    text = "واليوم يصادف الذكرى الثالثة لاختفاء الصحفي في الصحراء."
    assert ("الذكرى الثالثة لاختفاء", "2012-08-10", "day") in [r[:3] for r in _rows(text)]


def test_the_celebration_of_a_founding_stays_this_years() -> None:
    # the celebration is of 2015; the founding, twenty years before, gets its year only (no day told)
    text = "احتفلت الجامعة أمس بمرور 20 عاما على تأسيسها في حفل كبير."
    rows = _rows(text)
    assert rows[0][:3] == ("أمس", "2015-08-09", "day")
    assert rows[1][:3] == ("بمرور 20 عاما على تأسيسها", "1995", "year")
    assert len(rows) == 2


def test_an_occasion_counted_with_words() -> None:
    text = "وعقد المنتدى اليوم احتفالا بمرور خمسين عاما على افتتاح الميناء."
    assert ("بمرور خمسين عاما على افتتاح", "1965", "year") in [r[:3] for r in _rows(text)]


def test_years_after_are_left_alone() -> None:
    assert [r[2] for r in _rows("وما زال المبنى قائما أمس رغم مرور 30 عاما على بنائه.")] == ["day"]
    # no anniversary either: the return is no commemoration of the displacement; the count after «بعد»
    # dates the displacement itself, 30 years back (timeline._elapsed)
    for text in ("وعاد اللاجئ إلى قريته أمس بعد 30 عاما على تهجيره.",
                 "وعاد اللاجئ إلى قريته أمس بعد مرور 30 عاما على تهجيره."):
        rows = _rows(text)
        assert rows[0] == ("أمس", "2015-08-09", "day", "published", 1.0)
        assert rows[1][1:] == ("1985", "year", "event:تهجيره", ELAPSED_CONFIDENCE)
        assert rows[1][0].endswith("30 عاما على تهجيره") and len(rows) == 2


def test_a_count_of_hijri_years_is_left_alone() -> None:
    text = "احتفلت الجمعية أمس بمرور 40 عاما هجريا على تأسيسها."
    assert [r[0] for r in _rows(text)] == ["أمس"]


def test_a_happening_the_article_dates_is_not_dated_again() -> None:
    text = ("أحيت القرية أمس الذكرى الأولى للفيضان بمسيرة صامتة. "
            "وكان الفيضان قد وقع في 9 أغسطس 2014 وأغرق عشرات المنازل.")
    assert not [r for r in _rows(text) if r[0].startswith("الذكرى")]


def test_a_date_past_the_phrase_and_a_comma_is_no_commemorations() -> None:
    text = "وأرجئ المهرجان في الذكرى العاشرة للاستقلال، إلى العام المقبل."
    assert [r[0] for r in _rows(text)] == ["العام المقبل"]


# a clause with no date of its own: what its anniversary recalls is the publication's year less the count
# (anchors.recalled_this_year), at a lower confidence; the commemoration itself stays undated


def test_an_undated_anniversary_recalls_the_publications_year_less_the_count() -> None:
    text = "وأقيم الحفل بمناسبة الذكرى الأربعين لرحيل المطربة الكبيرة، وحضره عدد من السفراء."
    assert _rows(text) == [("الذكرى الأربعين لرحيل", "1975", "year", "event:رحيل", THIS_YEAR_CONFIDENCE)]
    assert THIS_YEAR_CONFIDENCE < RECALLED_CONFIDENCE


def test_an_undated_occasion_with_its_count() -> None:
    text = "وألقى الوزير كلمة في المؤتمر احتفالا بمرور ثلاثين عاما على توقيع المعاهدة بين البلدين."
    rows = [e.as_row() for e in article_events("a", text, _PUBLISHED)]
    assert [(r["expr"], r["value"], r["grain"]) for r in rows] == [("بمرور ثلاثين عاما على توقيع", "1985", "year")]
    assert rows[0]["clause"] == "بمرور ثلاثين عاما على توقيع المعاهدة بين البلدين"


def test_an_undated_anniversary_told_of_another_year_is_left_alone() -> None:
    for text in ("وكانت الجمعية قد احتفلت بالذكرى العاشرة لتأسيسها بحضور الوزير.",  # of the past
                 "في عام 2009، وبمناسبة الذكرى الخامسة للزلزال، شيدت البلدية نصبا تذكاريا.",  # the sentence's year:
                 # the clause itself holds it here, so the quake is 2004 (recalled_happening)
                 "وسيجتمع الأعضاء بمناسبة الذكرى العاشرة للاستقلال، على أن يعقد المؤتمر العام المقبل."):
        assert not [r for r in _rows(text) if r[4] == THIS_YEAR_CONFIDENCE], text


def test_the_same_count_dated_in_another_clause_gives_the_year() -> None:
    text = ("* المغني يريد جمع الفرقة بمناسبة مرور 20 عاما على انطلاقها\n"
            "* وقال المغني إنه يريد جمع الفرقة في العام المقبل لإحياء مرور 20 عاما على انطلاق الفرقة.")
    assert [r[:3] for r in _rows(text) if r[0].startswith("مرور")] == [("مرور 20 عاما على انطلاق", "1996", "year")]


def test_an_undated_anniversary_of_a_happening_the_article_dates() -> None:
    # the commemoration is then dated from it (anchors.commemoration); nothing at the publication's year
    text = "وتجمع الأهالي بمناسبة الذكرى الأولى للفيضان. وكان الفيضان قد وقع في 9 أغسطس 2014 وأغرق عشرات المنازل."
    assert [r for r in _rows(text) if r[0].startswith("الذكرى")] == [
        ("الذكرى الأولى للفيضان", "2015-08-09", "day", "event:فيضان", 1.0)]
    # the article's year of it and the count disagree (2006 + 10 is next year): nothing either
    text = "وتجمع الأهالي بمناسبة الذكرى العاشرة للفيضان. وكان الفيضان قد أغرق عشرات المنازل في عام 2006."
    assert not [r for r in _rows(text) if r[0].startswith("الذكرى")]


# every count of a clause, not only the first


def test_a_second_count_past_punctuation_gets_its_year() -> None:
    text = "واليوم يصادف الذكرى الثالثة لاختفائه، وهي التي تتزامن مع الذكرى الثالثة لصدور روايته الأولى."
    rows = [e.as_row() for e in article_events("a", text, _PUBLISHED)]
    assert [(r["expr"], r["value"], r["grain"], r["anchor"]) for r in rows[1:]] == [
        ("الذكرى الثالثة لاختفائه", "2012-08-10", "day", "event:اختفائه"),
        ("الذكرى الثالثة لصدور", "2012", "year", "event:صدور")]
    assert [r["clause"] for r in rows[1:]] == ["الذكرى الثالثة لاختفائه", "الذكرى الثالثة لصدور روايته الأولى"]


def test_two_anniversaries_joined_by_and_share_the_day() -> None:
    text = "وأحيت المدينة أمس الذكرى العاشرة للزلزال والذكرى العشرين للفيضان بمسيرة صامتة."
    rows = [e.as_row() for e in article_events("a", text, _PUBLISHED)]
    assert [(r["expr"], r["value"]) for r in rows] == [("أمس", "2015-08-09"), ("الذكرى العاشرة للزلزال", "2005-08-09"),
                                                       ("الذكرى العشرين للفيضان", "1995-08-09")]
    assert rows[1]["clause"] == "الذكرى العاشرة للزلزال"  # its telling ends where the next phrase opens


def test_two_undated_anniversaries() -> None:
    text = "وسيقام حفل بمناسبة الذكرى العاشرة لافتتاح المكتبة والذكرى الخامسة لافتتاح المتحف."
    assert [r[:3] for r in _rows(text)] == [("الذكرى العاشرة لافتتاح", "2005", "year"),
                                            ("الذكرى الخامسة لافتتاح", "2010", "year")]


# the recalled happening's clause ends before the next verb (events._before_a_verb)


def test_the_recalled_telling_stops_at_the_next_verb() -> None:
    for text, clause in (("وتزامنا مع مرور عام كامل على احتلال المسلحين مدينة الجبل تظاهر أمس مئات السكان.",
                          "مرور عام كامل على احتلال المسلحين مدينة الجبل"),
                         ("أحيت البلاد أمس الذكرى العاشرة لانهيار السد الكبير أدت إلى غرق القرى.",
                          "الذكرى العاشرة لانهيار السد الكبير"),
                         # not at a verb of X's own relative clause
                         ("احتفل النادي أمس بالذكرى الخمسين للفوز الذي حققه الفريق في البطولة.",
                          "الذكرى الخمسين للفوز الذي حققه الفريق في البطولة")):
        rows = [e.as_row() for e in article_events("a", text, _PUBLISHED)]
        assert rows[-1]["clause"] == clause, text
        assert text[rows[-1]["clause_start"]:rows[-1]["clause_end"]] == clause


def test_a_year_with_no_number_after_an_elapsed_word_counts_one() -> None:
    # the tagger leaves «عام» alone; after «مرور» it is one year (anchors._bare_counts)
    text = "وتحولت المسيرة بمناسبة ذكرى مرور عام على مقتل الشاب إلى مواجهات مع الشرطة."
    assert _rows(text) == [("مرور عام على مقتل", "2014", "year", "event:مقتل", THIS_YEAR_CONFIDENCE)]
    text = "وتظاهر العمال أمس بمناسبة مرور سنة على إغلاق المصنع."
    assert ("مرور سنة على إغلاق", "2014", "year") in [r[:3] for r in _rows(text)]
    for text in ("وبعد مرور عام على الحادث عاد السكان إلى بيوتهم.", "وعاد السكان أمس بعد مرور عام على الفيضان."):
        assert not [r for r in _rows(text) if r[0].startswith("مرور")], text


def test_the_bare_count_is_read_from_the_elapsed_word_itself() -> None:
    # anchors._bare_counts finds the elapsed word first, then the whole word around it: its clitics
    # (وبمرور), not a word that only holds its letters (مضيفا), nor a year past a comma or a mark
    from timeline.anchors import _bare_counts

    def counts(text: str) -> list[tuple[str, str]]:
        return [(t.text, t.value) for t in _bare_counts(text, 0, len(text), [])]

    assert counts("وبمرور عامين على افتتاح الجسر") == [("عامين", "P2Y")]
    assert counts("احتفلوا بمضي سنة على الافتتاح") == [("سنة", "P1Y")]
    assert counts("وقال مضيفا عام الانتخابات قريب") == []
    assert counts("بمناسبة مرور، عام على الحادث") == []
    assert counts("بمناسبة مرورٍ عام على الحادث") == []  # a mark is no space: as the words were read
    assert counts("مرور عام ثم مرور سنة على الحادث") == [("عام", "P1Y"), ("سنة", "P1Y")]
    text = "قال إنه بعد مرور عام على الحادث"
    assert [(t.text, t.value) for t in _bare_counts(text, text.index("رور"), len(text), [])] == []  # the clause opens inside it
