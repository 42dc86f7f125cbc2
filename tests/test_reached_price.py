"""وصل / وصول with a price or a quantity in a unit after the verb (``وصل فيها إلى 1077 دولارا``،
``وصلت إلى 52 دولارا للبرميل``): a level reached, no arrival (story49: market reports read a
price reached as a visit, and a visit class kept apart reports of one market move). A person's
arrival stays a visit, also with a sum further on in the clause; who arrived is still counted
before the amount (``وصل نحو 800 نازح``)."""
from __future__ import annotations

import pytest

from timeline.happenings import load_triggers
from timeline.normalize import fold


@pytest.mark.parametrize(("clause", "kind"), [
    # a price or a quantity in a unit reached: no happening
    ("وهوت الفضة في موجة بيع حادة وصلت فيها إلى 13 دولارا للأونصة", None),
    ("وارتفع خام القياس الأسبوع الماضي حتى وصل إلى 61 دولارا للبرميل", None),
    ("وكانت الأسعار قد وصلت بالأمس إلى 47 دولارا", None),
    ("وصل الخام إلى 58.4 دولار قبل أن يتراجع", None),
    ("وصلت صادرات الحبوب إلى 12 طنا في الساعة", None),
    ("ووصل المؤشر إلى 9200 نقطة في ختام الجلسة", None),  # already none (نقطة)
    ("وصل السهم أمس إلى 38 ريالا", None),
    ("وصلت إلى 700 درهم للغرام", None),
    # a person or a delegation arriving: still a visit
    ("وصل وزير المالية أمس إلى العاصمة في زيارة تستغرق يومين", "زيارة"),
    ("وصلت بعثة المنتخب فجر اليوم إلى مطار المدينة", "زيارة"),
    # a sum beyond the words read after the verb does not move the arrival
    ("وصل الأمير أمس إلى المحافظة ودشن مشروعات تنموية بقيمة خمسين دولار", "زيارة"),
])
def test_a_price_reached_is_no_arrival(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind
