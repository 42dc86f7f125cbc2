"""A happening told as planned (``سيفتتح … غدا``) and another outlet's report of it done on the day
next to the planned one are one entry; a plan and a different happening of the day after, a
plan called off or moved, a preparatory meeting and the meeting it prepares stay apart (Arabic
written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline
from timeline.tense import tenses

_PLAN = ("كشفت مصادر رسمية أن وزير الصحة سيرعى خلال زيارته لمحافظة الخبر غدا حفل افتتاح المستشفى التخصصي "
         "الجديد الذي تبلغ سعته 400 سرير.")
_DONE = "دشنت وزارة الصحة اليوم الثلاثاء مستشفى الخبر التخصصي الجديد، وتفقد الوزير أقسامه برفقة أمير المنطقة."
_OTHER = ("دشنت وزارة الصحة اليوم الثلاثاء مركز أبحاث السكري الجديد في جامعة الدمام، وتفقد الوزير أقسامه برفقة "
          "مدير الجامعة.")


def _articles(plan: str, done: str) -> list[dict[str, str]]:
    return [
        {"id": "p", "source": "صحيفة الشرق", "published": "2024-03-10T18:00", "text": plan},
        {"id": "d", "source": "وكالة النهر", "published": "2024-03-12T20:00", "text": done},
    ]


def _entries(plan: str, done: str) -> dict[str, int]:
    events = build_timeline(pl.DataFrame(_articles(plan, done))).events
    return dict(zip(events["article_id"], events["cluster"]))


def _tense(text: str, published: str = "2024-03-10T18:00") -> dict[str, bool]:
    events = build_timeline(pl.DataFrame([{"id": "a", "source": "س", "published": published, "text": text}]),
                            merge=False).events
    assert events.height == 1
    return tenses(events).row(0, named=True)


def test_a_clause_is_read_planned_or_done() -> None:
    assert _tense(_PLAN) == {"planned": True, "done": False, "unsure": False}
    assert _tense(_DONE, "2024-03-12T20:00") == {"planned": False, "done": True, "unsure": False}
    # a future verb before a date of the publication day; a present one opening the clause; a date
    # ahead told without a cue
    assert _tense("من المقرر أن يصل الوفد الوزاري إلى العاصمة اليوم لبحث ملف المياه.")["planned"]
    assert _tense("يترأس أمير المنطقة صباح اليوم اجتماع المجلس المحلي في مقر الإمارة.")["planned"]
    assert _tense("وقالت الوزارة إن الرئيس الفرنسي يزور البلاد يوم الخميس المقبل.")["planned"]
    # a past predicate of the publication day or the day before (a masculine perfect of relative.yaml)
    assert _tense("أعلن مجلس الشورى اليوم موافقته على نظام المرور الجديد.")["done"]
    assert _tense("عقد المجلس البلدي أمس جلسته الأسبوعية في مقره.")["done"]
    # a future verb past a comma tells another predicate; a past cue before the plan: no longer one;
    # a past habit (كان + present); a plan told after the date of a saying; a date bounding a count
    assert not _tense("وصل الوفد إلى العاصمة أمس، وسيلتقي رئيس الوزراء لبحث ملف المياه.")["planned"]
    reading = _tense("وكان من المقرر أن يصل الوفد إلى العاصمة اليوم لبحث ملف المياه.")
    assert not reading["planned"] and not reading["done"]
    reading = _tense("وكان يقول لأصدقائه اليوم إنه سعيد بعودته إلى قريته.")
    assert not reading["planned"]
    assert not _tense("وقال السفير أمس إن ولي العهد سيترأس وفد المملكة إلى الحفل.")["done"]
    assert _tense("بلغ عدد الزوار حتى أمس خمسة آلاف زائر.") == {"planned": False, "done": False, "unsure": False}
    assert _tense("أعلنت الوزارة تأجيل افتتاح المستشفى الذي كان الوزير سيفتتحه غدا.")["unsure"]
    assert _tense("يعقد وزراء الخارجية غدا اجتماعا تحضيريا للقمة العربية.")["unsure"]


def test_a_plan_and_the_report_of_it_done_the_day_after_are_one() -> None:
    entry = _entries(_PLAN, _DONE)
    assert entry["p"] == entry["d"]


def test_a_plan_and_another_happening_of_the_next_day_stay_apart() -> None:
    entry = _entries(_PLAN, _OTHER)
    assert entry["p"] != entry["d"]


def test_a_plan_for_another_day_stays_apart() -> None:
    entry = _entries(_PLAN.replace("غدا", "بعد غد"), _DONE.replace("الثلاثاء", "الأربعاء"))
    assert entry["p"] != entry["d"]


def test_a_postponed_plan_stays_apart() -> None:
    postponed = ("أعلنت مصادر رسمية تأجيل افتتاح المستشفى التخصصي الجديد في الخبر الذي كان وزير الصحة "
                 "سيفتتحه غدا بسعة 400 سرير.")
    entry = _entries(postponed, _DONE)
    assert entry["p"] != entry["d"]


def test_a_preparatory_ceremony_stays_apart() -> None:
    def plan(kind: str) -> str:
        return (f"كشفت مصادر رسمية أن وزير الصحة سيرعى خلال زيارته لمحافظة الخبر غدا حفلا {kind} لافتتاح "
                "المستشفى التخصصي الجديد الذي تبلغ سعته 400 سرير.")
    entry = _entries(plan("رسميا"), _DONE)
    assert entry["p"] == entry["d"]
    entry = _entries(plan("تحضيريا"), _DONE)
    assert entry["p"] != entry["d"]


def test_a_plan_told_after_the_day_done_stays_apart() -> None:
    # told the morning after the other outlet's day: a next occurrence, not that one
    articles = [
        {"id": "p", "source": "صحيفة الشرق", "published": "2024-03-13T08:00", "text": _PLAN.replace("غدا", "اليوم")},
        {"id": "d", "source": "وكالة النهر", "published": "2024-03-12T20:00", "text": _DONE},
    ]
    events = build_timeline(pl.DataFrame(articles)).events
    entry = dict(zip(events["article_id"], events["cluster"]))
    assert entry["p"] != entry["d"]


def test_a_name_or_a_place_adjective_before_the_date_is_no_present_verb() -> None:
    # "يمني" and "يوسف" have the shape of a present verb (review29): the clause tells no plan
    assert _tense("وقال مصدر عسكري يمني اليوم إن القوات استعادت السيطرة على الموقع.")["done"]
    assert not _tense("واستقبل رئيس الوزراء الأمير يوسف اليوم في مكتبه بالعاصمة.")["planned"]


def test_a_word_opening_with_fi_or_a_plural_with_ta_is_read_as_it_is() -> None:
    # "فيسبوك" is no present verb "يسبوك": the perfect before it tells the clause done
    assert _tense("وأوضح الوزير في صفحته على موقع فيسبوك أمس أن الطريق مفتوح.")["done"]
    # a perfect plural beginning with ت ("تماثلوا") is one
    assert _tense("ثلاثة مرضى من نزلاء المستشفى تماثلوا للشفاء اليوم.")["done"]


def test_a_clause_with_marks_is_read_as_folded() -> None:
    # diacritics and tatweel before and after the date (folding drops them: the windows are cut
    # from the clause as written, then folded); a preparatory word read in the folded clause
    assert _tense("سَيُـفْتَتِـحُ وزيرُ الصحة غداً المستشفى الجديد في الخبر.")["planned"]
    assert _tense("أَعْلَنَ المجلسُ البلديُّ اليومَ موافقتَه على المشروع.")["done"]
    assert not _tense("عَقَدَ المجلسُ أمسِ جلستَه، وسَيُصدِرُ قراراته لاحقاً.")["done"]
    assert _tense("يَعْقِدُ وزراءُ الخارجيةِ غداً اجتماعاً تحضيرياً للقمةِ.")["unsure"]
