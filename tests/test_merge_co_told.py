"""Two happenings of one day told in the same articles (one wire copy printed by two outlets, a
list of calls) stay apart, though every article tells both; an article's lead and its detail
clause of one attack are one entry (``merge._lead_links``). Arabic written for these tests."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline


def _entries(articles: list[dict[str, str]]) -> list[tuple[str, str, int]]:
    """Each told event's (article, clause, entry) in the build of ``articles``."""
    events = build_timeline(pl.DataFrame(articles)).events
    return list(zip(events["article_id"], events["clause"], events["cluster"]))


def _entry(rows: list[tuple[str, str, int]], article: str, words: str) -> int:
    """The entry of the one clause of ``article`` holding ``words``."""
    found = {entry for art, clause, entry in rows if art == article and words in clause}
    assert len(found) == 1, (article, words, rows)
    return found.pop()


TWO_BOMBINGS = ("شهدت البلاد اليوم الأحد موجة عنف جديدة. واستهدف هجوم بشاحنة مفخخة مقرا للأمن العام في حي "
                "النخيل شرق مدينة الساحل بعد منتصف ليل السبت، ما أسفر عن إصابة تسعة أشخاص بينهم أربعة من "
                "رجال الأمن. وفي الجنوب قتل خمسة جنود اليوم الأحد في انفجار لغم أرضي زرع على طريق جبلي قرب "
                "الحدود.")


def test_two_bombings_of_one_day_in_one_wire_copy_stay_apart() -> None:
    # both outlets print both paragraphs: sharing every article is no sign of one happening
    rows = _entries([
        {"id": "w1", "source": "صدى الساحل", "published": "2024-05-12T18:00", "text": TWO_BOMBINGS},
        {"id": "w2", "source": "الأفق", "published": "2024-05-12T19:00", "text": TWO_BOMBINGS},
    ])
    truck = {_entry(rows, art, "بشاحنة مفخخة") for art in ("w1", "w2")}
    mine = {_entry(rows, art, "انفجار لغم") for art in ("w1", "w2")}
    assert truck.isdisjoint(mine)


CALLS = ("تلقى وزير الخارجية اليوم الثلاثاء اتصالا هاتفيا من نظيره النرويجي جرى خلاله بحث العلاقات "
         "الثنائية. كما تلقى وزير الخارجية اليوم الثلاثاء اتصالا هاتفيا من رئيس وزراء مالطا جرى خلاله "
         "استعراض تطورات الأوضاع في المنطقة.")


def test_two_calls_of_one_day_listed_by_two_outlets_stay_apart() -> None:
    rows = _entries([
        {"id": "c1", "source": "صدى الساحل", "published": "2024-05-14T18:00", "text": CALLS},
        {"id": "c2", "source": "الأفق", "published": "2024-05-14T19:00", "text": CALLS},
    ])
    norway = {_entry(rows, art, "النرويجي") for art in ("c1", "c2")}
    malta = {_entry(rows, art, "مالطا") for art in ("c1", "c2")}
    assert len(norway) == 1 and len(malta) == 1 and norway != malta


LEAD = ("تصاعد العنف في الشمال اليوم الجمعة مع وقوع عملية انتحارية استهدفت مركزا للدرك وأوقعت ثلاثة قتلى "
        "و11 جريحا. ")
DETAIL = ("وأفادت وكالة الأنباء الرسمية بأن انتحاريا اقتحم بشاحنة مفخخة بطن من المتفجرات فجر اليوم مركزا "
          "للدرك في محيط بلدة وادي الصخور قرب الحدود.")


def test_the_lead_and_the_detail_of_one_attack_in_two_outlets_are_one_entry() -> None:
    rows = _entries([
        {"id": "a1", "source": "صدى الساحل", "published": "2024-05-17T18:00", "text": LEAD + DETAIL},
        {"id": "a2", "source": "الأفق", "published": "2024-05-17T19:00", "text": LEAD + DETAIL},
    ])
    assert _entry(rows, "a1", "عملية انتحارية") == _entry(rows, "a1", "اقتحم")
