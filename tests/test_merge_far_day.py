"""Two reports of one class of happening naming one exact day weeks away from their publication
are one entry even when each clause mostly tells something else: the far day tells which
(``merge.FAR_DAYS``, ``merge.FAR_SHARE``; issue 6 item 1, ahead33). A near day asks the usual
floor; two classes never meet on a far day. Arabic written for these tests."""

from __future__ import annotations

from merge_helpers import entry_of

CANDIDATE = ("وأعلن المرشح سامي الهادي من مدينة صفاقس عزمه خوض الانتخابات الرئاسية التونسية المقررة في "
             "{day}، مؤكدا أن برنامجه يركز على التشغيل ودعم الفلاحين.")
BOARD = ("وقالت رئيسة الهيئة العليا في مقابلة تلفزيونية إن تجهيز مراكز الاقتراع يسير وفق الجدول، وإن "
         "الانتخابات الرئاسية التونسية ستجري في {day} بحضور مراقبين.")
FESTIVAL = ("وأكدت إدارة مهرجان قرطاج أن افتتاح الدورة الجديدة للمهرجان سيكون في {day} بحضور فرق من "
            "عدة بلدان.")


def _articles(*texts: tuple[str, str, str]) -> list[dict[str, str]]:
    return [{"id": i, "source": f"المصدر {n}", "published": when, "text": text}
            for n, (i, when, text) in enumerate(texts)]


def test_two_reports_of_one_vote_two_months_ahead_join() -> None:
    entry = entry_of(_articles(("a", "2024-06-01T09:00", CANDIDATE.format(day="15 أغسطس المقبل")),
                               ("b", "2024-06-03T18:00", BOARD.format(day="15 أغسطس 2024"))))
    assert entry["a"] == entry["b"]


def test_the_same_reports_of_a_day_close_by_stay_apart() -> None:
    # five days ahead: many happenings of a class are told for the coming days, the day tells little
    entry = entry_of(_articles(("a", "2024-08-10T09:00", CANDIDATE.format(day="15 أغسطس الجاري")),
                               ("b", "2024-08-11T18:00", BOARD.format(day="15 أغسطس 2024"))))
    assert entry["a"] != entry["b"]


def test_two_classes_on_one_far_day_stay_apart() -> None:
    entry = entry_of(_articles(("a", "2024-06-01T09:00", CANDIDATE.format(day="15 أغسطس المقبل")),
                               ("f", "2024-06-02T12:00", FESTIVAL.format(day="15 أغسطس 2024"))))
    assert entry["a"] != entry["f"]


def test_one_class_in_two_countries_on_one_far_day_stays_apart() -> None:
    # review33: two countries' local elections set for one day weeks ahead are two happenings; the
    # far day relieves the wording, not where the happening is
    tunis = "وأكد رئيس الوزراء التونسي أن الانتخابات البلدية التونسية ستجري في 18 أكتوبر المقبل وفق القانون الجديد."
    iraq = ("وأعلنت المفوضية العليا في العراق أن الانتخابات المحلية في إقليم كردستان ستجري في 18 أكتوبر المقبل "
            "رغم الخلافات.")
    entry = entry_of(_articles(("t", "2015-08-04T09:00", tunis), ("i", "2015-08-05T10:00", iraq)))
    assert entry["t"] != entry["i"]


def test_its_people_s_nationalities_tell_no_place_of_one_far_day() -> None:
    # review33: the countries are read in the happening word's own phrase, not in the whole clause:
    # the candidates' nationalities (المغربي، المصري) tell no two happenings
    one = ("ويعد المغربي كريم السعدي أبرز المرشحين في انتخابات رئاسة الاتحاد القاري للسباحة المقررة في 12 "
           "ديسمبر المقبل.")
    two = ("وحدد المكتب التنفيذي 12 ديسمبر المقبل موعدا لانتخاب رئيس الاتحاد القاري للسباحة، ويبدو المصري "
           "هشام فؤاد الأوفر حظا.")
    entry = entry_of(_articles(("m", "2015-08-04T09:00", one), ("e", "2015-08-06T10:00", two)))
    assert entry["m"] == entry["e"]
