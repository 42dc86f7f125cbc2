"""«ودّعت/ودّعوا» (bade farewell) folds to و + دعت/دعوا (a call): the shadda is dropped by folding, so
what follows tells them apart (the ``senses`` entry of ودعت in triggers.yaml): the dead bid farewell
is a funeral, guests, a team or a season none, a call asks for something (إلى) or is the default
(Arabic written for these tests)."""

from __future__ import annotations

import pytest

from timeline.happenings import load_triggers
from timeline.normalize import fold


@pytest.mark.parametrize(("clause", "kind"), [
    # a call: و + دعت, told by إلى or by default
    ("ودعت الوزارة المواطنين إلى التسجيل في البرنامج قبل نهاية الشهر", "دعوة"),
    ("ودعت الهيئة الطلاب الراغبين في الالتحاق للتقدم بطلباتهم", "دعوة"),
    ("ودعوا الحكومة إلى التدخل العاجل", "دعوة"),
    ("فدعت النقابة أعضاءها إلى الإضراب", "دعوة"),
    # a farewell to the dead: a funeral, the object far after the verb
    ("ودّعت بلدة الخرمة صباح اليوم الشهيد علي بن سعد", "تشييع"),
    ("ودعت قرية العين الشمالية جنوب المحافظة أمس جثمان الفقيد", "تشييع"),
    ("وودّعوا شهداءهم في موكب مهيب", "تشييع"),
    # a farewell to the living, a team's: no happening; a year named before the object leaves a call one
    ("ودعت الحكومة العام الماضي الشركات إلى خفض الأسعار", "دعوة"),
    ("ودّعت الجمعية الخيرية المصابين العائدين إلى بلادهم", None),
    ("ودعوا ضيوفهم في المطار مساء أمس", None),
    ("ودّعت منافسات البطولة فريق الساحل", None),
    # the plain verbs are untouched
    ("دعت الوزارة المواطنين إلى الحذر", "دعوة"),
    ("ودعا الوزير الشركات إلى الالتزام بالأنظمة", "دعوة"),
])
def test_farewell_or_call(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind
