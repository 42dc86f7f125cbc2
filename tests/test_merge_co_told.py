"""Two happenings of one day told in the same articles (one wire copy printed by two outlets, a
list of calls) stay apart, though every article tells both; an article's lead and its detail
clause of one attack are one entry (``merge._lead_links``). Arabic written for these tests."""

from __future__ import annotations

from merge_helpers import entry_holding, told_rows


TWO_BOMBINGS = ("شهدت البلاد اليوم الأحد موجة عنف جديدة. واستهدف هجوم بشاحنة مفخخة مقرا للأمن العام في حي "
                "النخيل شرق مدينة الساحل بعد منتصف ليل السبت، ما أسفر عن إصابة تسعة أشخاص بينهم أربعة من "
                "رجال الأمن. وفي الجنوب قتل خمسة جنود اليوم الأحد في انفجار لغم أرضي زرع على طريق جبلي قرب "
                "الحدود.")


def test_two_bombings_of_one_day_in_one_wire_copy_stay_apart() -> None:
    # both outlets print both paragraphs: sharing every article is no sign of one happening
    rows = told_rows([
        {"id": "w1", "source": "صدى الساحل", "published": "2024-05-12T18:00", "text": TWO_BOMBINGS},
        {"id": "w2", "source": "الأفق", "published": "2024-05-12T19:00", "text": TWO_BOMBINGS},
    ])
    truck = {entry_holding(rows, art, "بشاحنة مفخخة") for art in ("w1", "w2")}
    mine = {entry_holding(rows, art, "انفجار لغم") for art in ("w1", "w2")}
    assert truck.isdisjoint(mine)


CALLS = ("تلقى وزير الخارجية اليوم الثلاثاء اتصالا هاتفيا من نظيره النرويجي جرى خلاله بحث العلاقات "
         "الثنائية. كما تلقى وزير الخارجية اليوم الثلاثاء اتصالا هاتفيا من رئيس وزراء مالطا جرى خلاله "
         "استعراض تطورات الأوضاع في المنطقة.")


def test_two_calls_of_one_day_listed_by_two_outlets_stay_apart() -> None:
    rows = told_rows([
        {"id": "c1", "source": "صدى الساحل", "published": "2024-05-14T18:00", "text": CALLS},
        {"id": "c2", "source": "الأفق", "published": "2024-05-14T19:00", "text": CALLS},
    ])
    norway = {entry_holding(rows, art, "النرويجي") for art in ("c1", "c2")}
    malta = {entry_holding(rows, art, "مالطا") for art in ("c1", "c2")}
    assert len(norway) == 1 and len(malta) == 1 and norway != malta


LEAD = ("تصاعد العنف في الشمال اليوم الجمعة مع وقوع عملية انتحارية استهدفت مركزا للدرك وأوقعت ثلاثة قتلى "
        "و11 جريحا. ")
DETAIL = ("وأفادت وكالة الأنباء الرسمية بأن انتحاريا اقتحم بشاحنة مفخخة بطن من المتفجرات فجر اليوم مركزا "
          "للدرك في محيط بلدة وادي الصخور قرب الحدود.")


def test_the_lead_and_the_detail_of_one_attack_in_two_outlets_are_one_entry() -> None:
    rows = told_rows([
        {"id": "a1", "source": "صدى الساحل", "published": "2024-05-17T18:00", "text": LEAD + DETAIL},
        {"id": "a2", "source": "الأفق", "published": "2024-05-17T19:00", "text": LEAD + DETAIL},
    ])
    assert entry_holding(rows, "a1", "عملية انتحارية") == entry_holding(rows, "a1", "اقتحم")
