"""A negation of the past after a conditional (relative.yaml ``negation_conditions``: إذا لم، إن لم، ما لم،
في حال لم) is no past cue: an ultimatum's or a deadline's date is ahead, or told by the clause's other cues
(Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import tag

_PUBLISHED = dt.datetime(2026, 8, 4, 9, 15)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, _PUBLISHED)]


@pytest.mark.parametrize(("text", "want"), [
    ("لوّح اتحاد الصيادلة بإغلاق الصيدليات إذا لم تصرف الحكومة مستحقاته حتى 25 سبتمبر",
     ("حتى 25 سبتمبر", "2026-09-25")),
    ("وحذرت الفصائل من أنها سترد إن لم يطلق سراح الأسرى قبل 12 أكتوبر", ("12 أكتوبر", "2026-10-12")),
    ("يتوقف المصنع عن العمل ما لم تصل شحنة القطن بحلول 3 سبتمبر", ("3 سبتمبر", "2026-09-03")),
    ("وفي حال لم يدفع النادي غرامته حتى 30 نوفمبر يحرم من التسجيل", ("حتى 30 نوفمبر", "2026-11-30")),
    ("فإذا لم يوقع الطرفان الاتفاق قبل 14 ديسمبر تستأنف المعارك", ("14 ديسمبر", "2026-12-14")),
])
def test_a_conditional_negation_tells_what_may_still_happen(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(("text", "want"), [
    # the true past: no conditional before "لم"
    ("لم ترد البلدية على شكاوى السكان حتى 20 يوليو", ("حتى 20 يوليو", "2026-07-20")),
    ("ولم يتسلم العمال أجورهم منذ 9 سبتمبر", ("منذ 9 سبتمبر", "2025-09-09")),
    # a threat of the past: "كان" before the conditional tells it
    ("وكانت النقابة قد توعدت بالاعتصام إذا لم تحل أزمتها حتى 9 أغسطس", ("حتى 9 أغسطس", "2025-08-09")),
    # "وإن لم": as often "even though", a past
    ("افتتحت الصالة وإن لم يكتمل تجهيزها في 21 سبتمبر", ("21 سبتمبر", "2025-09-21")),
    # "لو لم": what did not happen
    ("لو لم تتدخل فرق الإنقاذ في 28 سبتمبر لغرق المركب", ("28 سبتمبر", "2025-09-28")),
])
def test_a_negation_without_a_conditional_stays_past(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)
