"""A number before a time unit (a duration, an age: «خلال 40 دقيقة»، «منذ 35 عاما») or after a
product's or a version's name («ويندوز 10»، «النسخة 10»، «iOS 9») counts nothing of the happening:
it is not in a clause's ``numbers``, so the merge neither pairs two reports by it nor holds them
apart for it (count52). Arabic written for these tests."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of, two_outlets

TOLL = "قتل سبعة جنود وأصيب أربعة آخرون أمس الأحد في هجوم شنه مسلحون على حاجز للجيش قرب الحدود الشرقية."
TOLL_TIMED = ("هاجم مسلحون أمس الأحد حاجزا للجيش قرب الحدود الشرقية في اشتباك دام 45 دقيقة قبل أن "
              "ينسحبوا، بحسب مصدر عسكري.")
CLOCK = ("تؤخر حكومة الجزيرة الساعة الرسمية يوم السبت المقبل 30 دقيقة عن توقيت جيرانها، بحسب ما أعلنه "
         "المتحدث باسمها.")
CLOCK_AGAIN = ("تطوي حكومة الجزيرة يوم السبت المقبل صفحة توقيت فرضه حكم أجنبي دام 35 عاما، باعتماد ساعة "
               "رسمية لها، كما قال مسؤولون.")
RELEASE = ("أطلقت الشركة أمس الثلاثاء النسخة 10 من نظام تشغيل الهواتف الذكية، مع تطبيق جديد للصور "
           "وتحسينات في عمر البطارية.")
RELEASE_AGAIN = ("طرحت الشركة أمس الثلاثاء نظام تشغيل الهواتف الذكية في نسخته الجديدة، وقالت إن 3 ملايين "
                 "مستخدم حملوه في الساعات الأولى مع تطبيق جديد للصور.")


def test_a_duration_an_age_and_a_version_give_no_count_but_a_toll_does() -> None:
    rows = clause_rows([
        "قتل 12 شخصا أمس في اشتباك دام 30 دقيقة في البلدة.",
        "وأقيل أمس المدرب البالغ من العمر ثلاثين عاما بعد خمس هزائم.",
        "أطلقت الشركة ويندوز 10 أمس وحمله 14 مليون مستخدم.",
        "وزعت الوزارة أمس النسخة 10 من الدليل على المدارس.",
        "وقعت الهيئة أمس 12 عقدا لصيانة الطرق.",
        "كشفت الشركة أمس عن هاتفها لوميا8 وباعت منه 9 آلاف جهاز.",  # a model glued to its name
        "وصل أمس الـ12 لاعبا المختارون إلى المعسكر.",  # the article glued: a count
    ])
    assert rows["c-0"]["numbers"] == [12]
    assert rows["c-1"]["numbers"] == [5]
    assert rows["c-2"]["numbers"] == [14]
    assert rows["c-3"]["numbers"] == []
    assert rows["c-4"]["numbers"] == [12]  # عقود: contracts as well as decades, a count
    assert rows["c-5"]["numbers"] == [9000]  # آلاف: a thousand times (review54m: «9000 جهاز» is the same count)
    assert rows["c-6"]["numbers"] == [12]


def _articles(first: str, second: str, published: str = "2024-08-05T10:00") -> list[dict[str, str]]:
    return two_outlets(first, second, published)


def test_a_toll_and_the_same_attack_told_with_its_length_are_one() -> None:
    # 7 dead beside «45 دقيقة» of fighting: no two counts that disagree
    entry = entry_of(_articles(TOLL, TOLL_TIMED))
    assert entry["a"] == entry["b"]


def test_a_clock_change_told_with_its_minutes_and_with_years_of_rule_is_one() -> None:
    # «30 دقيقة» and «35 عاما» were two counts that disagree: the pair lost MISMATCH_PENALTY (kr-R02's shape)
    entry = entry_of(_articles(CLOCK, CLOCK_AGAIN))
    assert entry["a"] == entry["b"]


def test_a_release_named_by_its_version_and_told_with_its_downloads_is_one() -> None:
    # «النسخة 10» is the release's name, no count against «3 ملايين»
    entry = entry_of(_articles(RELEASE, RELEASE_AGAIN, "2024-08-07T10:00"))
    assert entry["a"] == entry["b"]
