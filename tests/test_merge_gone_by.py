"""A background told gone by at two grains by two outlets, one date holding the other (``مطلع أبريل
الماضي`` inside ``في أبريل الماضي``), one class of happening and the same rare words (who and where),
pairs as two reports of one day do (cand43, ``GONE_SPAN``). Two happenings of one class in that month
and town, and two reports naming no happening, stay apart; a happening told with its verb by one
outlet and with its verbal noun by another is one entry, two such happenings of one day and town are
two. Arabic written for these tests."""

from __future__ import annotations

from merge_helpers import entry_of, two_outlets

FIRE = ("وقالت الشركة في بيانها إن الحريق الذي اندلع في مستودع شركة الفارس للأخشاب بمدينة ينبع في أبريل "
        "الماضي أتلف معدات قيمتها أربعة ملايين ريال، وإن التحقيق في أسبابه لم ينته بعد.")
FIRE_AGAIN = ("وكان حريق قد شب في مستودع الفارس للأخشاب بينبع مطلع أبريل الماضي، وتعمل الشركة على تعويض "
              "المتضررين من العمال وإعادة تشغيل خطوط الإنتاج.")
SCHOOL_FIRE = ("وكان حريق قد شب في مدرسة الأمل الابتدائية بينبع مطلع أبريل الماضي، وتعمل إدارة التعليم على "
               "ترميم الفصول وإعادة الطلاب إليها.")
PROFITS = ("وارتفع إنتاج شركة الفارس للأخشاب في الربع الثاني من العام الحالي إلى 40 ألف طن بدعم من "
           "مصنع ينبع.")  # (not أرباح: a quarter of results dates nothing, period47)
EXPORTS = ("وسجلت شركة الفارس للأخشاب خلال النصف الأول من العام الحالي تراجعا في صادراتها إلى أوروبا بسبب "
           "ضعف الطلب في ينبع.")
STORMED = "اقتحم مسلحون مقر البلدية في مدينة سرت صباح اليوم واحتجزوا عددا من الموظفين قبل أن ينسحبوا."
STORMING = "وأفاد شهود بأن اقتحام مقر البلدية في سرت جرى صباح اليوم على يد مسلحين احتجزوا موظفين لساعات."
BANK = ("وأفاد شهود بأن اقتحام مسلحين فرع المصرف التجاري في سرت جرى صباح اليوم وسرقوا خزنته قبل أن يلوذوا "
        "بالفرار.")


def _articles(first: str, second: str, published: str = "2024-05-20T10:00") -> list[dict[str, str]]:
    return two_outlets(first, second, published)


def test_a_fire_told_in_a_month_gone_by_and_at_its_start_is_one() -> None:
    entry = entry_of(_articles(FIRE, FIRE_AGAIN))
    assert entry["a"] == entry["b"]


def test_two_fires_of_that_month_and_town_stay_apart() -> None:
    entry = entry_of(_articles(FIRE, SCHOOL_FIRE))
    assert entry["a"] != entry["b"]


def test_a_quarter_inside_a_half_year_naming_no_happening_stays_apart() -> None:
    # a company's second-quarter output and its first-half exports: two figures of one firm
    entry = entry_of(_articles(PROFITS, EXPORTS, "2024-07-20T10:00"))
    assert entry["a"] != entry["b"]


def test_a_storming_told_by_its_verb_and_by_its_verbal_noun_is_one() -> None:
    entry = entry_of(_articles(STORMED, STORMING, "2024-05-20T13:00"))
    assert entry["a"] == entry["b"]


def test_two_stormings_of_one_morning_and_town_stay_apart() -> None:
    entry = entry_of(_articles(STORMED, BANK, "2024-05-20T13:00"))
    assert entry["a"] != entry["b"]


WAREHOUSE_FIRE = ("وكان حريق قد اندلع في مستودع شركة الفارس للأخشاب بمدينة ينبع مطلع أبريل الماضي وأتلف معدات "
                  "بملايين الريالات.")
MOVED = ("وكانت شركة الفارس للأخشاب قد نقلت مقرها الرئيسي إلى مدينة ينبع في أبريل الماضي لتكون قريبة من "
         "الميناء.")


def test_a_fire_and_what_else_its_firm_did_that_month_stay_apart() -> None:
    # review43: the firm moving its head office «في أبريل الماضي» names no happening of the lexicon; the fire
    # «مطلع أبريل الماضي» in the firm's warehouse is another happening of that month, though both name the firm
    # and the town (a coarse date gone by holding another pairs only two reports of one class)
    entry = entry_of(_articles(WAREHOUSE_FIRE, MOVED))
    assert entry["a"] != entry["b"]
