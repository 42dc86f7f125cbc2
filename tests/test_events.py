"""Sentences, clauses and events: offsets, و-chained clauses, inheritance, the batch function.

Unit tests build Timex objects by hand (``PhraseTagger``) so they test the event logic
alone; the tests named ``*_tagger_*`` run the real tagger on the same kind of text.
Every Arabic sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import polars as pl
import pytest

from timeline import Grain, Timex, TimexType
from timeline.articles import Article
from timeline.events import (
    article_events,
    events_from_articles,
    extract_events,
    split_clauses,
    split_sentences,
)
from timeline.frame import ARTICLE_SCHEMA, EVENT_SCHEMA

DAY = dt.timedelta(days=1)


def d(iso: str) -> dt.datetime:
    return dt.datetime.fromisoformat(iso)


def timex_at(
    text: str,
    phrase: str,
    start: str,
    end: str | None = None,
    *,
    grain: Grain = Grain.DAY,
    value: str | None = None,
    nth: int = 0,
) -> Timex:
    """A resolved DATE expression for the ``nth`` occurrence of ``phrase`` in ``text``."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(phrase, pos + 1)
    first = d(start)
    last = d(end) if end else first + DAY
    return Timex(pos, pos + len(phrase), phrase, TimexType.DATE, value or start[:10], grain,
                 (first, last))


class PhraseTagger:
    """A stand-in for ``tag``: every occurrence of a known phrase, resolved from a table."""

    def __init__(self, table: Mapping[str, tuple[str, str | None, Grain, str]]) -> None:
        # phrase -> (start, end or None, grain, TIMEX3 value); longest phrases win
        self.table = dict(sorted(table.items(), key=lambda kv: -len(kv[0])))

    def __call__(self, text: str, published: object, *, prefer: object = "past") -> list[Timex]:
        taken: list[tuple[int, int]] = []
        found: list[Timex] = []
        for phrase, (start, end, grain, value) in self.table.items():
            pos = text.find(phrase)
            while pos >= 0:
                span = (pos, pos + len(phrase))
                if all(span[1] <= s or span[0] >= e for s, e in taken):
                    taken.append(span)
                    first = d(start)
                    found.append(Timex(span[0], span[1], phrase, TimexType.DATE, value, grain,
                                       (first, d(end) if end else first + DAY)))
                pos = text.find(phrase, pos + 1)
        return sorted(found, key=lambda t: t.start)


# -- sentences and clauses ------------------------------------------------------------

def test_sentences_split_on_arabic_punctuation_with_exact_offsets() -> None:
    text = "هطلت أمطار غزيرة. هل تعود الكهرباء؟ نعم! قال المهندس؛ وانتهى الأمر\nسطر آخر"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "هطلت أمطار غزيرة.", "هل تعود الكهرباء؟", "نعم!", "قال المهندس؛", "وانتهى الأمر", "سطر آخر",
    ]


def test_sentences_keep_decimal_numbers_and_expressions_whole() -> None:
    text = "ارتفع المنسوب 3.5 أمتار في 12.03.2024 مساءً. ثم انخفض."
    expr = timex_at(text, "12.03.2024", "2024-03-12")
    spans = split_sentences(text, [expr])
    assert [text[s:e] for s, e in spans] == ["ارتفع المنسوب 3.5 أمتار في 12.03.2024 مساءً.", "ثم انخفض."]


def test_waw_chained_clause_with_its_own_date_starts_a_new_clause() -> None:
    text = "وصل وفد المزارعين إلى بلدة السنديان يوم السبت وغادر إلى العاصمة صباح الأحد."
    times = [timex_at(text, "يوم السبت", "2024-04-06"), timex_at(text, "صباح الأحد", "2024-04-07")]
    clauses = split_clauses(text, times)
    assert [c.text for c in clauses] == [
        "وصل وفد المزارعين إلى بلدة السنديان يوم السبت",
        "وغادر إلى العاصمة صباح الأحد.",
    ]
    assert all(text[c.start:c.end] == c.text for c in clauses)


def test_waw_between_two_dates_alone_does_not_split() -> None:
    text = "زار الخبراء مزارع الزيتون في يناير وفبراير من العام الماضي."
    times = [timex_at(text, "يناير", "2023-01-01", "2023-02-01", grain=Grain.MONTH),
             timex_at(text, "فبراير", "2023-02-01", "2023-03-01", grain=Grain.MONTH)]
    assert [c.text for c in split_clauses(text, times)] == [text]


def test_no_split_before_a_dated_part_when_the_first_part_has_no_date() -> None:
    text = "قال رئيس البلدية، إن الطريق سيفتح أمام السيارات يوم الخميس."
    times = [timex_at(text, "يوم الخميس", "2024-05-02")]
    assert [c.text for c in split_clauses(text, times)] == [text.rstrip(".") + "."]


def test_waw_starting_a_noun_is_not_a_conjunction() -> None:
    text = "استقبل المحافظ يوم الأحد وزير الزراعة الذي وصل مساء الاثنين."
    times = [timex_at(text, "يوم الأحد", "2024-04-07"), timex_at(text, "مساء الاثنين", "2024-04-08")]
    assert len(split_clauses(text, times)) == 1


def test_comma_then_connective_splits_and_undated_piece_stays_with_previous() -> None:
    text = "أغلقت الشرطة الجسر ليلة الجمعة، والتقى المحافظ السكان، ثم أعيد فتحه ظهر السبت."
    times = [timex_at(text, "ليلة الجمعة", "2024-04-05"), timex_at(text, "ظهر السبت", "2024-04-06")]
    assert [c.text for c in split_clauses(text, times)] == [
        "أغلقت الشرطة الجسر ليلة الجمعة، والتقى المحافظ السكان",
        "ثم أعيد فتحه ظهر السبت.",
    ]


def test_a_boundary_never_falls_inside_an_expression() -> None:
    text = "تواصلت الاحتجاجات بين الأحد والثلاثاء وتوقفت بعد ذلك يوم الخميس."
    times = [timex_at(text, "بين الأحد والثلاثاء", "2024-04-07", "2024-04-10"),
             timex_at(text, "يوم الخميس", "2024-04-11")]
    clauses = split_clauses(text, times)
    assert [c.text for c in clauses] == [
        "تواصلت الاحتجاجات بين الأحد والثلاثاء", "وتوقفت بعد ذلك يوم الخميس.",
    ]


# -- two happenings in one sentence ------------------------------------------------------

RAID = "قصفت الطائرات مخازن الوقود قرب بلدة النخيل ظهر الخميس، فيما دخلت وحدات من الجيش إلى سوق البلدة."


def test_a_connective_of_simultaneity_splits_two_happenings_and_shares_the_day() -> None:
    times = [timex_at(RAID, "ظهر الخميس", "2024-04-04T12:00", "2024-04-04T13:00", grain=Grain.HOUR,
                      value="2024-04-04T12")]
    assert [c.text for c in split_clauses(RAID, times)] == [
        "قصفت الطائرات مخازن الوقود قرب بلدة النخيل ظهر الخميس", "فيما دخلت وحدات من الجيش إلى سوق البلدة."]
    raid, entry = (e.as_row() for e in article_events("n-1", RAID, d("2024-04-05T08:00"), timexes=times))
    assert (raid["value"], raid["grain"], raid["inherited"], raid["date_confidence"]) == (
        "2024-04-04T12", "hour", False, 1.0)
    # the second happening shares the day (not the hour) of the first, and says so
    assert (entry["value"], entry["grain"], entry["inherited"], entry["date_confidence"]) == (
        "2024-04-04", "day", True, 0.9)
    assert (entry["start"], entry["end"]) == (d("2024-04-04"), d("2024-04-05"))
    assert entry["expr"] == "ظهر الخميس" and not entry["clause"].count("ظهر")


def test_a_second_attack_opened_by_waw_and_a_past_verb_is_an_event_of_its_own() -> None:
    text = ("انفجرت سيارة مفخخة أمس قرب مبنى البلدية في وسط المدينة، وقتل ثلاثة جنود في بلدة حدودية "
            "إثر هجوم بعبوة ناسفة على عربتهم.")
    times = [timex_at(text, "أمس", "2024-04-06")]
    assert [c.text for c in split_clauses(text, times)] == [
        "انفجرت سيارة مفخخة أمس قرب مبنى البلدية في وسط المدينة",
        "وقتل ثلاثة جنود في بلدة حدودية إثر هجوم بعبوة ناسفة على عربتهم."]
    rows = [e.as_row() for e in article_events("n-60", text, d("2024-04-07T08:00"), timexes=times)]
    assert [(r["clause"][:6], r["value"], r["inherited"]) for r in rows] == [
        ("انفجرت", "2024-04-06", False), ("وقتل ث", "2024-04-06", True)]  # the second shares the day


def test_a_waw_past_verb_after_simultaneity_cuts_again() -> None:
    text = ("أطلق مسلحون النار أمس على حراس السفارة، فيما استهدفت سيارة مفخخة مقرا للشرطة في الميناء "
            "وأصيب خمسة شرطيين في الجنوب عقب استهداف حافلتهم بقذائف.")
    times = [timex_at(text, "أمس", "2024-04-06")]
    assert [c.text.split()[0] for c in split_clauses(text, times)] == ["أطلق", "فيما", "وأصيب"]
    rows = [e.as_row() for e in article_events("n-61", text, d("2024-04-07T08:00"), timexes=times)]
    assert [r["value"] for r in rows] == ["2024-04-06"] * 3


def test_waw_and_a_toll_of_the_same_attack_does_not_cut() -> None:
    for text in ("انفجرت سيارة مفخخة أمس قرب سوق شعبي في المدينة وقتل 12 شخصا وأصيب 30 آخرون بجروح.",
                 "انفجرت سيارة مفخخة أمس قرب سوق شعبي في المدينة وقتل 12 شخصا في الانفجار.",
                 "هاجم مسلحون أمس حاجزا للجيش شمال المدينة وقتلوا أربعة جنود بالهجوم."):
        times = [timex_at(text, "أمس", "2024-04-06")]
        assert [c.text for c in split_clauses(text, times)] == [text]


def test_a_dated_piece_after_a_second_happening_keeps_its_own_date() -> None:
    text = ("سقطت قذيفة على سوق الخضار أمس، وقتل جنديان في كمين على طريق المطار، "
            "وكانت القوات استعادت البلدة عام 2019 بعد معارك طويلة.")
    times = [timex_at(text, "أمس", "2024-04-06"), timex_at(text, "عام 2019", "2019-01-01", "2020-01-01",
                                                          grain=Grain.YEAR, value="2019")]
    rows = [e.as_row() for e in article_events("n-62", text, d("2024-04-07T08:00"), timexes=times)]
    assert [(r["clause"].split()[0], r["value"]) for r in rows] == [
        ("سقطت", "2024-04-06"), ("وقتل", "2024-04-06"), ("وكانت", "2019")]


def test_waw_and_a_noun_of_a_list_or_a_means_does_not_cut() -> None:
    for text in ("شنت الطائرات غارة أمس على البلدة وسط أعمال قصف وقتل ودمار في الأحياء الشرقية.",
                 "اقتحم مسلحون أمس فندقا في المدينة وقتل مهاجم يرتدي حزاما ناسفا."):
        times = [timex_at(text, "أمس", "2024-04-06")]
        assert [c.text for c in split_clauses(text, times)] == [text]


def test_a_plans_date_is_not_shared() -> None:
    text = "يلتقي الفريق منافسه في المباراة الحاسمة يوم الجمعة المقبل، فيما يجري المهاجم صور الأشعة في مستشفى العاصمة."
    times = [timex_at(text, "يوم الجمعة المقبل", "2024-04-12")]
    events = article_events("n-5", text, d("2024-04-07T08:00"), timexes=times)
    assert [e.clause.text[:5] for e in events] == ["يلتقي"]  # the x-ray is not on Friday


def test_a_second_happening_with_its_own_date_keeps_it() -> None:
    text = "اقتحمت الشرطة مستودعا في بلدة النخيل أمس، بينما أفرجت المحكمة عن الموقوفين يوم الأحد."
    times = [timex_at(text, "أمس", "2024-04-06"), timex_at(text, "يوم الأحد", "2024-04-07")]
    events = [e.as_row() for e in article_events("n-2", text, d("2024-04-07T08:00"), timexes=times)]
    assert [(r["clause"][:6], r["value"], r["inherited"]) for r in events] == [
        ("اقتحمت", "2024-04-06", False), ("بينما ", "2024-04-07", False)]


def test_fima_that_means_as_for_or_later_does_not_split() -> None:
    for text in ("أعلنت البلدية أمس خطتها للنقل، فيما يتعلق بالمدارس قال رئيسها إنها تفتح قريبا.",
                 "وقع الطرفان الاتفاق أمس، على أن يناقشا فيما بعد تفاصيل التمويل."):
        times = [timex_at(text, "أمس", "2024-04-06")]
        assert [c.text for c in split_clauses(text, times)] == [text]


def test_an_aside_connective_splits_without_sharing_the_date() -> None:
    text = "افتتح المحافظ الجسر الجديد صباح أمس، إلى ذلك، أعلنت شركة الكهرباء قطع التيار عن حي الزيتون."
    times = [timex_at(text, "صباح أمس", "2024-04-06T06:00", "2024-04-06T12:00", grain=Grain.PART_OF_DAY)]
    clauses = split_clauses(text, times)
    assert [c.text for c in clauses] == [
        "افتتح المحافظ الجسر الجديد صباح أمس", "إلى ذلك، أعلنت شركة الكهرباء قطع التيار عن حي الزيتون."]
    events = article_events("n-3", text, d("2024-04-07T08:00"), timexes=times)
    assert [e.clause.text[:6] for e in events] == ["افتتح "]  # the power cut is not dated
    # but "أشار إلى ذلك" (pointed to it) is no connective
    text = "أشار الوزير إلى ذلك أمس في مؤتمر صحفي بالعاصمة."
    assert len(split_clauses(text, [timex_at(text, "أمس", "2024-04-06")])) == 1


def test_real_tagger_two_happenings_in_one_sentence() -> None:
    text = ("قالت مصادر محلية إن طائرات حربية قصفت مستودعات الوقود في أطراف بلدة النخيل ليل الخميس، "
            "في حين أكدت مصادر عسكرية دخول وحدات الجيش إلى وسط البلدة.")
    events = [e.as_row() for e in article_events("n-4", text, d("2024-04-05T08:00"))]
    assert len(events) == 2
    assert events[1]["clause"].startswith("في حين") and "مستودعات" not in events[1]["clause"]
    assert events[1]["start"].date() == events[0]["start"].date() == dt.date(2024, 4, 4)
    assert events[1]["grain"] == "day" and events[1]["inherited"]


# -- events ------------------------------------------------------------------------------

ARTICLE = (
    "افتتح مجلس بلدية عين الورد جسراً جديداً فوق الوادي يوم الاثنين، ثم زار المحافظ الموقع صباح الثلاثاء. "
    "وقال مهندسون في الموقع إن الأعمال ستستمر. وأكد المقاول أن المرحلة الثانية تبدأ في آذار."
)
PUBLISHED = d("2024-02-28T09:00")
TABLE = {
    "يوم الاثنين": ("2024-02-26", None, Grain.DAY, "2024-02-26"),
    "صباح الثلاثاء": ("2024-02-27T06:00", "2024-02-27T12:00", Grain.PART_OF_DAY, "2024-02-27TMO"),
    "في آذار": ("2024-03-01", "2024-04-01", Grain.MONTH, "2024-03"),
}


def test_events_carry_clause_and_expression_offsets_and_provenance() -> None:
    times = PhraseTagger(TABLE)(ARTICLE, PUBLISHED)
    events = article_events("ain-1", ARTICLE, PUBLISHED, source="نشرة السهل",
                            url="https://sahl.example/1", title="جسر جديد", timexes=times)
    assert [e.timex.text for e in events] == ["يوم الاثنين", "صباح الثلاثاء", "في آذار"]
    for e in events:
        row = e.as_row()
        assert ARTICLE[row["clause_start"]:row["clause_end"]] == row["clause"]
        assert ARTICLE[row["expr_start"]:row["expr_end"]] == row["expr"]
        assert row["clause_start"] <= row["expr_start"] < row["expr_end"] <= row["clause_end"]
        assert row["source"] == "نشرة السهل" and row["title"] == "جسر جديد"
        assert row["inherited"] is False
    month = events[2].as_row()
    assert (month["start"], month["end"], month["grain"]) == (d("2024-03-01"), d("2024-04-01"), "month")
    assert events[0].as_row()["hijri_start"] == "1445-08-16"
    assert events[0].as_row()["hijri_label"] == "16 شعبان 1445 هـ"


def test_undated_clause_is_dropped_by_default_and_inherited_on_request() -> None:
    text = ("اقتحم مسلحون مخفر بلدة عين الورد صباح الثلاثاء. وقتل المسلحون حارسين في المخفر. "
            "وقال مهندسون في البلدة إن أعمال الترميم ستستمر.")
    times = PhraseTagger(TABLE)(text, PUBLISHED)
    plain = article_events("a", text, PUBLISHED, timexes=times)
    inherited = article_events("a", text, PUBLISHED, timexes=times, inherit=True)
    assert not any("وقتل" in e.clause.text for e in plain)
    extra = [e for e in inherited if e.inherited]
    # the killing goes on with the raid; the engineers' remark tells no happening
    assert [e.clause.text for e in extra] == ["وقتل المسلحون حارسين في المخفر."]
    assert extra[0].timex.text == "صباح الثلاثاء"  # the date the narrative last set
    assert len(inherited) == len(plain) + 1
    assert len({e.event_id for e in inherited}) == len(inherited)
    # a statement about what will go on inherits nothing
    assert not any(e.inherited for e in article_events("a", ARTICLE, PUBLISHED, timexes=PhraseTagger(TABLE)(
        ARTICLE, PUBLISHED), inherit=True))


def test_an_expression_nested_in_a_finer_one_of_the_same_clause_is_dropped() -> None:
    text = "بدأ موسم القطاف في أيار، وتحديداً في الخامس من أيار."
    times = [timex_at(text, "في أيار", "2024-05-01", "2024-06-01", grain=Grain.MONTH),
             timex_at(text, "الخامس من أيار", "2024-05-05")]
    events = article_events("x", text, d("2024-05-20"), timexes=times)
    assert [e.timex.text for e in events] == ["الخامس من أيار"]


def test_extract_events_is_a_pure_batch_function(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("timeline.events.tag", PhraseTagger(TABLE))
    batch = pl.DataFrame(
        {"id": ["a", "b"], "text": [ARTICLE, "لا تاريخ هنا."], "published": [PUBLISHED, PUBLISHED],
         "title": [None, None], "url": [None, None], "source": ["س", "ص"], "place": [None, None],
         "prefer": [None, None]},
        schema=ARTICLE_SCHEMA,
    )
    before = batch.clone()
    first = extract_events(batch)
    assert first.schema == EVENT_SCHEMA
    assert first.height == 3 and set(first["article_id"]) == {"a"}
    assert first.equals(extract_events(batch))
    assert batch.equals(before)
    assert first["cluster"].null_count() == 3


class ArrowStream:
    """Any Arrow producer (pyarrow, DuckDB...): only the Arrow C stream interface."""

    def __init__(self, frame: pl.DataFrame) -> None:
        self._frame = frame

    def __arrow_c_stream__(self, requested_schema: object = None) -> object:
        return self._frame.__arrow_c_stream__(requested_schema)


def test_extract_events_takes_arrow_and_gives_an_arrow_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("timeline.events.tag", PhraseTagger(TABLE))
    batch = pl.DataFrame(
        {"id": ["a"], "text": [ARTICLE], "published": [PUBLISHED], "title": [None], "url": [None],
         "source": ["س"], "place": [None], "prefer": [None]},
        schema=ARTICLE_SCHEMA,
    )
    events = extract_events(ArrowStream(batch))
    assert events.equals(extract_events(batch))
    assert pl.DataFrame(ArrowStream(events)).equals(events)  # and back out as Arrow
    with pytest.raises(TypeError, match="Arrow"):
        extract_events([{"id": "a"}])


def test_events_from_article_objects(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("timeline.events.tag", PhraseTagger(TABLE))
    aware = PUBLISHED.replace(tzinfo=dt.timezone(dt.timedelta(hours=3)))
    frame = events_from_articles([Article("a", ARTICLE, aware, 1, source="نشرة السهل")])
    assert frame.height == 3
    assert frame["published"].to_list() == [PUBLISHED] * 3


# -- with the real tagger ---------------------------------------------------------------------

def test_real_tagger_events_of_a_short_report() -> None:
    text = "اندلع حريق في سوق الخضار بمدينة الرمان مساء أمس، وأعلن الدفاع المدني السيطرة عليه صباح اليوم."
    events = article_events("rumman-1", text, d("2024-06-12T10:00"))
    assert len(events) == 2
    first, second = (e.as_row() for e in events)
    assert first["start"].date() == dt.date(2024, 6, 11)
    assert second["start"].date() == dt.date(2024, 6, 12)
    assert second["clause"].startswith("وأعلن")
    assert text[first["expr_start"]:first["expr_end"]] == first["expr"]


@pytest.mark.parametrize(("sentence", "dated"), [
    # pluperfect reported speech: «اليوم» is the day of the saying, which the text does not give
    ("وكان متحدث باسم الدفاع المدني قد قال للصحفيين إن النيران أتت اليوم على المستودع كله.", []),
    ("وكانت مصادر محلية ذكرت أنها شاهدت الليلة الماضية أرتالا تتجه نحو الجسر.", []),
    # the same speech told as it is said: the day is the publication's
    ("وقال متحدث باسم الدفاع المدني للصحفيين إن النيران أتت اليوم على المستودع كله.", ["2024-06-12"]),
    # a deictic before the complementizer dates the saying itself
    ("وكانت البلدية أعلنت أمس أن الطريق سيغلق أمام الشاحنات.", ["2024-06-11"]),
    # a day the speech names keeps its day
    ("وكان المتحدث قد قال إن النيران اندلعت مساء الاثنين في المستودع.", ["2024-06-10"]),
    # no saying: a plan told in the pluperfect counts from the publication
    ("وكان من المقرر أن يفتتح المحافظ الجسر اليوم بعد أشهر من العمل.", ["2024-06-12"]),
])
def test_real_tagger_a_day_inside_pluperfect_reported_speech_dates_nothing(
        sentence: str, dated: list[str]) -> None:
    events = article_events("rumman-2", sentence, d("2024-06-12T10:00"))
    assert [e.as_row()["start"].date().isoformat() for e in events] == dated


BOMBING = "أعلنت الشرطة أن الانفجار وقع يوم الخميس الماضي في جامع البلدة. "


@pytest.mark.parametrize(("text", "dated"), [
    # the hour of a prayer names no day: it takes the day the article set before
    (BOMBING + "وأوضحت أن الانتحاري فجر نفسه أثناء أداء المصلين صلاة الظهر.",
     [("2024-06-13", "published"), ("2024-06-13T12", "narrative")]),
    # no day set before: the tagger's day stays
    ("وأوضحت الشرطة أن الانتحاري فجر نفسه أثناء أداء المصلين صلاة الظهر.",
     [("2024-06-16T12", "published")]),
    # not a prayer's hour: a noon of the publication day (a council meets after the bombing)
    (BOMBING + "واجتمع المجلس البلدي الظهر لبحث الأضرار.",
     [("2024-06-13", "published"), ("2024-06-16T12", "published")]),
])
def test_real_tagger_the_hour_of_a_prayer_takes_the_day_the_article_told(
        text: str, dated: list[tuple[str, str]]) -> None:
    events = article_events("rumman-3", text, d("2024-06-16T18:00"))  # a Sunday
    rows = [e.as_row() for e in events]
    assert [(r["value"], r["anchor"]) for r in rows] == dated
    assert all(text[r["expr_start"]:r["expr_end"]] == r["expr"] for r in rows)
    assert rows[-1]["start"].isoformat().startswith(dated[-1][0][:10])


# -- places -------------------------------------------------------------------------------

PLACE_ARTICLE = (
    "عقدت لجنة المياه اجتماعها أمس في حلب، وأصدرت بيانها الختامي اليوم. "
    "وسافر الوفد إلى أنقرة يوم الاثنين. "
    "وتعود اللجنة إلى الانعقاد في آذار."
)
PLACE_TABLE = {
    "أمس": ("2024-02-25", None, Grain.DAY, "2024-02-25"),
    "اليوم": ("2024-02-26", None, Grain.DAY, "2024-02-26"),
    "يوم الاثنين": ("2024-02-26", None, Grain.DAY, "2024-02-26"),
    "في آذار": ("2024-03-01", "2024-04-01", Grain.MONTH, "2024-03"),
}


def test_place_comes_from_the_clause_then_the_sentence_then_the_article() -> None:
    times = PhraseTagger(PLACE_TABLE)(PLACE_ARTICLE, PUBLISHED)
    events = article_events("m-1", PLACE_ARTICLE, PUBLISHED, place="بلدة الينابيع", timexes=times)
    assert [(e.clause.text, e.place) for e in events] == [
        ("عقدت لجنة المياه اجتماعها أمس في حلب", "حلب"),          # named in its clause
        ("وأصدرت بيانها الختامي اليوم.", "حلب"),                   # only in its sentence
        ("وسافر الوفد إلى أنقرة يوم الاثنين.", "أنقرة"),
        ("وتعود اللجنة إلى الانعقاد في آذار.", "بلدة الينابيع"),   # the article's field
    ]
    assert events[0].as_row()["place"] == "حلب"
    bare = article_events("m-2", PLACE_ARTICLE, PUBLISHED, timexes=times)
    assert bare[-1].place is None and bare[-1].as_row()["place"] is None


def test_a_place_introduced_by_fi_wins_within_a_clause() -> None:
    text = "وصل الموفد القادم من بيروت إلى عمان وعقد لقاءاته في الدوحة يوم الاثنين."
    times = PhraseTagger(PLACE_TABLE)(text, PUBLISHED)
    (event,) = article_events("m-3", text, PUBLISHED, timexes=times)
    assert event.place == "الدوحة"


def test_inherited_events_take_the_place_of_their_own_clause() -> None:
    text = "اندلع حريق في غابة قرب اللاذقية أمس. وامتدت النيران إلى أطراف طرطوس."
    times = PhraseTagger(PLACE_TABLE)(text, PUBLISHED)
    events = article_events("m-4", text, PUBLISHED, timexes=times, inherit=True)
    assert [(e.inherited, e.place) for e in events] == [(False, "اللاذقية"), (True, "طرطوس")]


def test_article_place_field_is_canonicalised_and_travels_through_the_batch(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("timeline.events.tag", PhraseTagger(PLACE_TABLE))
    text = "وتعود اللجنة إلى الانعقاد في آذار."
    articles = [Article("a", text, PUBLISHED, 1, place="القاهره"),
                Article("b", text, PUBLISHED, 2, place="قرية البلوط")]
    frame = events_from_articles(articles)
    assert frame["place"].to_list() == ["القاهرة", "قرية البلوط"]


def test_a_year_in_brackets_after_a_noun_dates_that_noun_not_the_clause() -> None:
    published = dt.datetime(2024, 5, 12, 9)
    text = ("وكانت القاعدة قبل استقلال البلاد عن الاستعمار (1962) أهم مواقع الجيش في المنطقة. "
            "وأعلن الوزير أمس أن المطار الذي افتتح (1998) سيغلق للصيانة.")
    events = article_events("y-1", text, published)
    assert [e.timex.value for e in events] == ["2024-05-11"]
    # a year with a cue word still dates its clause
    told = article_events("y-2", "وافتتح المطار في عام 1998 بحضور الوزير.", published)
    assert [e.timex.value for e in told] == ["1998"]
    # after a year word the bracketed year is the clause's
    moved = article_events("y-3", "وانتقل اللاعب إلى النادي عام (2014) بعقد لثلاثة مواسم.", published)
    assert [e.timex.value for e in moved] == ["2014"]


def test_share_widget_words_at_a_sentence_start_are_not_the_event_text() -> None:
    text = ("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك افتتح المحافظ أمس جسراً جديداً فوق النهر. "
            "شارك من خلال واتساب أو البريد الإلكتروني اكتب رأيك شارك المئات أمس في تشييع الصياد.")
    events = article_events("w", text, dt.datetime(2023, 3, 9))
    clauses = [(e.clause.text, text[e.clause.start:e.clause.end]) for e in events]
    assert [c for c, _ in clauses] == ["افتتح المحافظ أمس جسراً جديداً فوق النهر.",
                                       "شارك المئات أمس في تشييع الصياد."]  # the article's own شارك stays
    assert all(c == span for c, span in clauses)  # offsets still those of the text
    # one or two such words are the sentence's own
    assert split_sentences("شارك في الحوار على تويتر أمس وزير الإعلام.") == [(0, 42)]


def test_a_clause_that_is_only_a_date_tells_no_happening() -> None:
    text = ("افتتح الوزير أمس المعرض الدولي للكتاب في المدينة. "
            "الأحد 12/3\n"
            "14:05 ت م")
    events = article_events("stamp", text, dt.datetime(2023, 3, 9, 15))
    assert [e.clause.text for e in events] == ["افتتح الوزير أمس المعرض الدولي للكتاب في المدينة."]
    # a date heading still sets the day the narrative goes on from
    heading = article_events("heading", "الخميس 9 آذار\nوصل الوفد مساء الخميس.", dt.datetime(2023, 3, 12))
    assert [(e.clause.text, e.timex.value) for e in heading] == [("وصل الوفد مساء الخميس.", "2023-03-09TEV")]


def test_a_dispatch_dateline_tells_no_happening_but_a_town_and_a_date_may() -> None:
    text = "صيدا 3 رمضان 1444 هـ الموافق 25 مارس 2023 م واس\nافتتح المحافظ أمس سوقا شعبيا جديدا."
    events = article_events("line", text, dt.datetime(2023, 3, 25, 18))
    assert [e.clause.text for e in events] == ["افتتح المحافظ أمس سوقا شعبيا جديدا."]
    fragment = article_events("part", "وتقام الدورة المقبلة في\nصيدا خلال شهر أيار المقبل.", dt.datetime(2023, 3, 25))
    assert [e.clause.text for e in fragment] == ["صيدا خلال شهر أيار المقبل."]  # no agency: kept


def test_a_full_stop_after_an_abbreviation_ends_no_sentence() -> None:
    from timeline.events import split_sentences

    def sentences(text: str) -> list[str]:
        return [text[a:b] for a, b in split_sentences(text)]

    # Dr., Prof. Dr., Eng., a flight number: one sentence each
    for text in ("استقبل رئيس الجامعة د. سليم الناصر وفد الطلاب أمس.",
                 "قال أ.د. محمد العلي إن النتائج جيدة.",
                 "وقال م. خالد الحربي إن العمل بدأ.",
                 "اختفت الطائرة رقم (إم.إتش. 370) العام الماضي."):
        assert sentences(text) == [text]
    # a year's era letter after a number, a URL: the full stop ends the sentence
    assert sentences("افتتح المشروع عام 2015 م. وقال المدير إنه جاهز.") == [
        "افتتح المشروع عام 2015 م.", "وقال المدير إنه جاهز."]
    assert sentences("نشر المعهد الأسماء على موقعه www.edu.sa. وحدد يوم الثلاثاء موعدا.") == [
        "نشر المعهد الأسماء على موقعه www.edu.sa.", "وحدد يوم الثلاثاء موعدا."]


def test_a_full_stop_glued_to_the_next_word_ends_its_sentence() -> None:
    from timeline.events import split_sentences

    def sentences(text: str) -> list[str]:
        return [text[a:b] for a, b in split_sentences(text)]

    # some outlets drop the space after a full stop: the word glued after it opens a sentence
    assert sentences("افتتح الأمير المعرض مساء أمس.وقال المنظمون إن الزوار كثر.") == [
        "افتتح الأمير المعرض مساء أمس.", "وقال المنظمون إن الزوار كثر."]
    assert sentences("أعلن المحافظ إغلاق الطريق الرئيسي.في غضون ذلك اعتقلت الشرطة عشرة أشخاص.") == [
        "أعلن المحافظ إغلاق الطريق الرئيسي.", "في غضون ذلك اعتقلت الشرطة عشرة أشخاص."]
    # letters' names of a dotted abbreviation, a web name: one sentence each
    for text in ("ارتفع سهم شركة إيه.بي.سي للإعلام أمس.", "قال مصرف جيه.بي مورغان إن الأرباح زادت.",
                 "اختفت الرحلة إم.إتش 370 فوق المحيط.", "نشر موقع سوق.كوم قائمة الأسعار الجديدة.",
                 "اشترت شركة (آر.دابليو.إي) المبنى القديم."):
        assert sentences(text) == [text], text
    assert sentences("وصلت البعثة إلى المدينة أمس.وسيجري الفريق تدريبه الأخير مساء اليوم.") == [
        "وصلت البعثة إلى المدينة أمس.", "وسيجري الفريق تدريبه الأخير مساء اليوم."]
    assert sentences("وقال المدرب إن «المباراة صعبة».وأضاف أن الفريق جاهز.") == [
        "وقال المدرب إن «المباراة صعبة».", "وأضاف أن الفريق جاهز."]
    # an abbreviation or a dotted run glued to the next word: no sentence end
    for text in ("وأكدت مجموعة د.سليم الطبية أنها جاهزة.", "وأشار م.الحربي إلى أن العمل بدأ.",
                 "ونقلت هيئة الإذاعة (بي.بي.سي) عن الوزير قوله إن الوضع هادئ.",
                 "وذكرت الإذاعة (إيه.بي.سي) أن الطريق مغلق."):
        assert sentences(text) == [text], text


def test_a_full_stop_glued_after_a_vowel_a_bracket_or_a_number_ends_its_sentence() -> None:
    from timeline.events import split_sentences

    def sentences(text: str) -> list[str]:
        return [text[a:b] for a, b in split_sentences(text)]

    # a word ending in a short vowel's mark, a closing bracket, a number or a percentage before the glued stop
    assert sentences("أنهى الفريق تدريباته المقررة مسبقًا.وغادر اللاعبون إلى الفندق.") == [
        "أنهى الفريق تدريباته المقررة مسبقًا.", "وغادر اللاعبون إلى الفندق."]
    assert sentences("لعب المهاجم موسمين في الدوري الإيطالي (الكالتشو).من جانبه يعقد المدرب مؤتمرا صحفيا غدا.") == [
        "لعب المهاجم موسمين في الدوري الإيطالي (الكالتشو).", "من جانبه يعقد المدرب مؤتمرا صحفيا غدا."]
    assert sentences("افتتح الجسر عام 2019.وتم توسيعه العام الماضي.") == [
        "افتتح الجسر عام 2019.", "وتم توسيعه العام الماضي."]
    assert sentences("تراجع المؤشر بنسبة 2.75%.وكانت السوق قد ارتفعت أمس.") == [
        "تراجع المؤشر بنسبة 2.75%.", "وكانت السوق قد ارتفعت أمس."]
    # an ellipsis glued to the next word ends its sentence, as it does before a space
    assert sentences("انتظرنا طويلا في المطار..وقد وصلت الطائرة مساء أمس.") == [
        "انتظرنا طويلا في المطار..", "وقد وصلت الطائرة مساء أمس."]
    # not inside a number, a dotted date, a list's item number, initials or a web name
    for text in ("ارتفع السهم 3.5 نقطة أمس.", "وقع الحادث في 1.8.2015 قرب الميناء.",
                 "وأكدت وكالة (د.ب.أ) أن الطريق مغلق.", "وشارك م.أحمد السالم في الافتتاح.",
                 "نشر موقع سوق.كوم قائمة الأسعار الجديدة."):
        assert sentences(text) == [text], text
    assert sentences("الشروط:\n1.وثيقة تأمين السفر سارية.") == ["الشروط:", "1.وثيقة تأمين السفر سارية."]
    assert sentences("وجاءت الشروط كما يلي. 2.وثيقة تأمين السفر.") == ["وجاءت الشروط كما يلي.", "2.وثيقة تأمين السفر."]


def test_a_glued_full_stop_gives_a_date_to_its_own_sentence() -> None:
    text = "أعلنت البلدية أمس إغلاق السوق القديم.في غضون ذلك، اعتقلت الشرطة عشرات الباعة قرب السوق."
    events = article_events("g", text, dt.datetime(2024, 3, 11, 10))
    assert [(e.timex.value, e.clause.text, e.inherited) for e in events] == [
        ("2024-03-10", "أعلنت البلدية أمس إغلاق السوق القديم.", False),
        ("2024-03-10", "في غضون ذلك، اعتقلت الشرطة عشرات الباعة قرب السوق.", True)]


def test_what_a_saying_says_is_not_dated_by_a_relative_clause_inside_it() -> None:
    # the team is sent on the announcement's day; "last year" is the cargo plane's loss
    text = ("أعلنت وزارة النقل اليوم الاثنين أنها أرسلت فريقا إلى الجزيرة للتحقق من قطع الحطام "
            "التي عثر عليها سكان لطائرة الشحن التي فقدت العام الماضي.")
    events = [e.as_row() for e in article_events("a", text, dt.datetime(2024, 3, 11, 10))]
    assert [(r["expr"], r["value"], r["clause"]) for r in events] == [("اليوم الاثنين", "2024-03-11", text)]
    # with a date of its own, what is said stays a clause of its own
    text = "أعلن المتحدث أمس أن القوات سيطرت على البلدة السبت."
    events = [e.as_row() for e in article_events("a", text, dt.datetime(2024, 3, 11, 10))]
    assert [(r["expr"], r["value"]) for r in events] == [("أمس", "2024-03-10"), ("السبت", "2024-03-09")]


def test_a_background_state_after_fi_waqt_is_cut_off_and_shares_no_date() -> None:
    text = "قتل أربعة جنود أمس في انفجار قنبلة في شمال البلاد، في وقت تتواصل المعارك بين الجيش والمسلحين في الجنوب."
    times = [timex_at(text, "أمس", "2024-04-06")]
    assert [c.text for c in split_clauses(text, times)] == [
        "قتل أربعة جنود أمس في انفجار قنبلة في شمال البلاد",
        "في وقت تتواصل المعارك بين الجيش والمسلحين في الجنوب."]
    rows = [e.as_row() for e in article_events("n-63", text, d("2024-04-07T08:00"), timexes=times)]
    assert [(r["clause"], r["value"]) for r in rows] == [
        ("قتل أربعة جنود أمس في انفجار قنبلة في شمال البلاد", "2024-04-06")]


def test_fi_waqt_before_an_adjective_or_after_an_undated_part_does_not_cut() -> None:
    for text, expr in (("افتتح الوزير أمس المعرض الدولي للكتاب، في وقت متأخر من المساء.", "أمس"),
                       ("وصل الوفد إلى العاصمة، في وقت تشهد البلاد أزمة سياسية منذ أمس.", "أمس")):
        times = [timex_at(text, expr, "2024-04-06")]
        assert [c.text for c in split_clauses(text, times)] == [text]


def test_a_second_happening_is_found_in_a_sentence_written_with_marks() -> None:
    # a damma on the verb (وقُتل): folding deletes it, the و is still found in the text
    text = ("انفجرت سيارة مفخخة أمسِ قرب مبنى البلدية في وسط المدينة، وقُتل ثلاثة جنود في بلدة حدودية "
            "إثر هجوم بعبوة ناسفة على عربتهم.")
    times = [timex_at(text, "أمسِ", "2024-04-06")]
    assert [c.text.split()[0] for c in split_clauses(text, times)] == ["انفجرت", "وقُتل"]
