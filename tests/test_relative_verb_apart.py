"""A relative clause told by its verb alone (وقعت، بدأت، انطلقت) is cut off with its antecedent
when the antecedent names a happening of another group than the main clause's, or names none
while the main clause's happening word stands far from it; not after a comma or a bound
(Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2024, 5, 8, 9, 0)  # a Wednesday


def _dated(text: str) -> list[tuple[str, str]]:
    """(value, clause) of each event of ``text``."""
    return [(e.timex.value, e.clause.text) for e in article_events("t", text, PUBLISHED)]


def test_an_antecedent_naming_another_happening() -> None:
    # the governor visits now; the fire broke out on 12 April
    text = "وتفقد المحافظ برفقة مدير الدفاع المدني موقع الحريق الذي وقع في 12 أبريل في السوق القديم."
    [(value, clause)] = _dated(text)
    assert value == "2024-04-12"
    assert clause.startswith("الحريق الذي وقع")


def test_an_antecedent_naming_none_far_from_the_main_happening() -> None:
    # the clashes are the main clause's; the process began in 2019
    text = ("وقال زعيم الحزب بعد يوم من مقتل أربعة أشخاص في اشتباكات بين الشرطة ومسلحين إن على "
            "الحكومة أن تعلن استئناف عملية الحوار التي بدأت مع المعارضة عام 2019.")
    events = _dated(text)
    assert ("2019", "عملية الحوار التي بدأت مع المعارضة عام 2019.") in events
    assert all(not c.startswith("وقال") or v != "2019" for v, c in events)


def test_the_main_happening_right_before_the_antecedent_keeps_it() -> None:
    text = "ويشارك عشرون نحالا في مهرجان العسل بمنطقة الجبل الذي انطلقت فعالياته أمس."
    assert _dated(text) == [("2024-05-07", text)]


def test_not_after_a_comma() -> None:
    # the meetings start on Monday: the pronoun after a comma goes back past the nearest noun
    text = ("يشارك الأمين العام للاتحاد في اجتماعات اللجنة الدائمة لأمناء السر ممثلا للمملكة، "
            "التي ستنعقد لمدة يومين في العاصمة بدءا من يوم الاثنين المقبل.")
    [(value, clause)] = _dated(text)
    assert value == "2024-05-13"
    assert clause.startswith("يشارك الأمين العام")


def test_not_after_a_bound() -> None:
    # told right after the talks ended: the same day
    text = ("وشدد الوزير خلال مؤتمر صحفي مشترك مع نظيره عقب اختتام أعمال الحوار الثنائي الذي عقد "
            "في العاصمة أمس، على متانة العلاقات بين البلدين.")
    [(value, clause)] = _dated(text)
    assert value == "2024-05-07"
    assert clause.startswith("وشدد الوزير")


def test_an_antecedent_of_another_class_of_one_group() -> None:
    # the campaign is launched now; the bombing it answers took place on 12 April
    text = ("وأطلق الرئيس حملة عسكرية واسعة على الجماعة المتهمة بالوقوف خلف العملية الانتحارية "
            "التي وقعت في 12 أبريل في المدينة.")
    [(value, clause)] = _dated(text)
    assert value == "2024-04-12"
    assert clause.startswith("العملية الانتحارية التي وقعت")
