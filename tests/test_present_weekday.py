"""A bare weekday that no tense cue places is the coming one when the nearest verb of its clause
before it is a present (يـ) one ("يزور الوزير موسكو الثلاثاء"), not the past one; the publication's
own weekday stays today's, and a perfect, a relative clause, a verb of state, لم, منذ, the Friday
prayer or a nisba adjective leave the past reading alone (Arabic written for these tests;
``_tense._weekday_ahead``)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

_SATURDAY = dt.datetime(2015, 8, 8, 9, 0)
_THURSDAY = dt.datetime(2015, 8, 6, 20, 0)
_MONDAY = dt.datetime(2015, 8, 10, 9, 0)


def _value(text: str, published: dt.datetime, expression: str) -> str:
    found = [t.value for t in tag(text, published) if t.text == expression]
    assert len(found) == 1, tag(text, published)
    return str(found[0])


@pytest.mark.parametrize(("text", "published", "expression", "want"), [
    ("إلى ذلك يزور وزير الخارجية العاصمة الروسية الثلاثاء لبحث الملف السوري.", _SATURDAY, "الثلاثاء",
     "2015-08-11"),
    ("مجلس الأمن يصوت الجمعة على مشروع القرار.", _THURSDAY, "الجمعة", "2015-08-07"),
    ("ويعقد المجلس جلسته صباح الجمعة في نيويورك.", _THURSDAY, "صباح الجمعة", "2015-08-07TMO"),
    ("ومنح الجهاز الفني اللاعبين راحة على أن يعود الفريق إلى التدريبات الأربعاء.", _SATURDAY, "الأربعاء",
     "2015-08-12"),
    ("وينتظر أن يغادر اللاعب الثلاثاء إلى لندن.", _SATURDAY, "الثلاثاء", "2015-08-11"),
    # a hope is told ahead (relative.yaml future_cues)
    ("وقال المتحدث: نأمل بإجراء التصويت يوم الجمعة.", _THURSDAY, "يوم الجمعة", "2015-08-07"),
])
def test_a_present_verb_tells_the_coming_weekday(text: str, published: dt.datetime, expression: str,
                                                 want: str) -> None:
    assert _value(text, published, expression) == want


def test_the_publication_weekday_stays_today() -> None:
    # told on a Monday about that Monday, not the next one
    assert _value("ويلتقي الوزير نظراءه الاثنين في الدوحة.", _MONDAY, "الاثنين") == "2015-08-10"


@pytest.mark.parametrize(("text", "published", "expression", "want"), [
    ("وتعرض المشروع الذي يناقشه البرلمان لانتقاد حاد يوم الخميس.", _SATURDAY, "يوم الخميس", "2015-08-06"),
    ("وقال المصدر إن الطرد الذي يحتوي على القطعة والذي نقل إلى باريس السبت سيفحص قريبا.", _MONDAY, "السبت",
     "2015-08-08"),
    ("لم يصدر المجلس قراره الخميس كما كان متوقعا.", _SATURDAY, "الخميس", "2015-08-06"),
    ("ويرجح أن يكون الموكب قد غادر، وقد يكون الوزير وصل الخميس إلى الحدود.", _SATURDAY, "الخميس", "2015-08-06"),
    ("وتوفي السبت الجريح متأثرا بإصابته.", _MONDAY, "السبت", "2015-08-08"),
    ("وأفادت مصادر محلية يمنية السبت بسقوط قتلى في المواجهات.", _MONDAY, "السبت", "2015-08-08"),
    ("ويفرض المسلحون حصارا على البلدة منذ مساء السبت.", _MONDAY, "منذ مساء السبت", "2015-08-08TEV"),
    ("ولا يزال الحادث قيد التحقيق حتى صباح الأحد.", _MONDAY, "حتى صباح الأحد", "2015-08-09TMO"),
    ("وتجمع المصلون لأداء صلاة الجمعة في المسجد الكبير.", _SATURDAY, "الجمعة", "2015-08-07"),
])
def test_what_leaves_the_past_reading(text: str, published: dt.datetime, expression: str, want: str) -> None:
    assert _value(text, published, expression) == want


@pytest.mark.parametrize("text", [
    # a masculine perfect nearer the day than a present verb (review29)
    "وبينما يستعد الفريق للموسم الجديد أكد المدرب الأربعاء جاهزية اللاعبين.",
    "وفي وقت يواصل فيه الجيش تقدمه قال المتحدث العسكري الأربعاء إن البلدة سقطت.",
    # a given name that looks like a present verb (يـ and three letters) is no verb
    "واستقبل الرئيس يوسف الشاهد رئيس الحكومة الأربعاء في القصر.",
    # a place's adjective (a nisba of the gazetteer's اليمن، اليابان) is no present verb either
    "وقال مصدر عسكري يمني الأربعاء إن القوات تقدمت نحو المدينة.",
    "وذكر دبلوماسي ياباني الأربعاء أن المفاوضات تعثرت.",
    # a present verb inside an aside between dashes is not the clause's
    "وتوفي المسعف سامر - وهو أب لثلاثة أطفال ويعمل في الإسعاف منذ سنوات - الأربعاء خلال مهمة.",
])
def test_a_perfect_a_name_or_an_adjective_before_the_day_leaves_the_past_reading(text: str) -> None:
    assert _value(text, _MONDAY, "الأربعاء") == "2015-08-05"


def test_a_present_verb_before_a_place_adjective_still_tells_the_coming_day() -> None:
    assert _value("ويزور وفد يمني موسكو الأربعاء لبحث الأزمة.", _MONDAY, "الأربعاء") == "2015-08-12"
    assert _value("القاهرة - يزور الوزير - وهو في جولة إقليمية - موسكو الأربعاء.", _MONDAY, "الأربعاء") == "2015-08-12"


@pytest.mark.parametrize(("text", "expression", "want"), [
    # a weekday with a clock time, or a range of days: a present تـ opening its clause
    # tells a timetable, as it does for a clock time alone (``_tense._schedule``)
    ("وتنطلق المسابقة الساعة العاشرة صباح الأربعاء.", "الساعة العاشرة صباح الأربعاء", "2015-08-12T10"),
    ("تنعقد الجلسة من الثالثة إلى الخامسة عصر الثلاثاء.", "من الثالثة إلى الخامسة عصر الثلاثاء",
     "2015-08-11T15:00/2015-08-11T18:00"),
    ("تستمر الورشة من الأحد إلى الأربعاء في مقر النقابة.", "من الأحد إلى الأربعاء", "2015-08-09/2015-08-12"),
    ("ويغلق المتحف أبوابه يومي الثلاثاء والأربعاء للصيانة.", "يومي الثلاثاء والأربعاء", "2015-08-11/2015-08-12"),
    # a longer تـ/نـ opening is a present whatever the weekday carries
    ("وتنطلق البطولة الخميس بمشاركة ثمانية فرق.", "الخميس", "2015-08-13"),
    ("تستأنف المدارس الدراسة صباح الأحد.", "صباح الأحد", "2015-08-09TMO"),
])
def test_a_schedule_of_weekdays_is_the_coming_one(text: str, expression: str, want: str) -> None:
    assert _value(text, _SATURDAY, expression) == want


@pytest.mark.parametrize(("text", "expression", "want"), [
    # a bare weekday, or one with a part of the day, after a تـ opening is left alone: a perfect as often as
    # a present
    ("وتوقع المحلل الخميس ارتفاع الأسعار.", "الخميس", "2015-08-06"),
    ("وتعرض الموكب لإطلاق نار مساء الخميس.", "مساء الخميس", "2015-08-06TEV"),
    # a noun opening the clause, however long: "تظاهرة", "تنظيم"
    ("تظاهرة حاشدة في العاصمة الخميس ضد الغلاء.", "الخميس", "2015-08-06"),
    ("تنظيم مسيرة للطلاب الخميس في الجامعة.", "الخميس", "2015-08-06"),
])
def test_a_perfect_opening_leaves_the_past_weekday(text: str, expression: str, want: str) -> None:
    assert _value(text, _SATURDAY, expression) == want


@pytest.mark.parametrize("text", [
    # a fixed phrase shaped like a present verb ("فيما يتصل بـ": about) is no verb (relative.yaml
    # verb_shapes.not_predicates): the perfect before it tells the day
    "وأوقفت الشرطة رجلين فيما يتصل بغرق قارب صيد قبالة الساحل يوم الأربعاء.",
    "واستدعت النيابة شاهدين في ما يتعلق بسرقة خزنة المصرف يوم الأربعاء.",
    # an adjective participle right before the day is the day's predicate, as a relative clause
    "ويستأنف المحامي الحكم الصادر يوم الأربعاء بحق موكله.",
    "ويتابع المحققون ملابسات الحادثة الواقعة الأربعاء على الطريق السريع.",
])
def test_a_fixed_phrase_or_a_participle_before_the_day_leaves_the_past_reading(text: str) -> None:
    assert _value(text, _MONDAY, "يوم الأربعاء" if "يوم الأربعاء" in text else "الأربعاء") == "2015-08-05"


@pytest.mark.parametrize("text", [
    "ويصل النائب الأربعاء إلى العاصمة في زيارة رسمية.",  # a subject of the shape فاعل, no adjective
    "ويلتقي الفريق نظيره القادم من الرياض الأربعاء.",  # a direction is no such participle
    "وفيما يستعد المنتخب للبطولة يلتقي الفريقان الأربعاء.",  # فيما + a verb that is one
])
def test_a_present_verb_past_a_subject_still_tells_the_coming_day(text: str) -> None:
    assert _value(text, _MONDAY, "الأربعاء") == "2015-08-12"


def test_a_fixed_phrase_opening_before_the_words_read_is_still_one() -> None:
    # "فيما" lies more than eight words before the day: the phrase is still read whole
    text = "ووجهت النيابة تهما لرجلين فيما يتصل بغرق قارب صيد كبير قبالة ساحل البلدة يوم الأربعاء."
    assert _value(text, _MONDAY, "يوم الأربعاء") == "2015-08-05"


@pytest.mark.parametrize(("text", "expression"), [
    # review31: a noun of the participle's shape that does not agree with the definite word before it is
    # an object (a city, a university), not an adjective: the present verb tells the coming day
    ("يزور الرئيس الفرنسي القاهرة يوم الأربعاء في أول زيارة له.", "يوم الأربعاء"),
    ("ويصل الوزير العاصمة الأربعاء قادماً من الشمال.", "الأربعاء"),
    ("يفتتح الأمير الجامعة الأربعاء بحضور المسؤولين.", "الأربعاء"),
])
def test_a_noun_of_the_participle_shape_that_does_not_agree_is_an_object(text: str, expression: str) -> None:
    assert _value(text, _MONDAY, expression) == "2015-08-12"


@pytest.mark.parametrize(("text", "expression", "want"), [
    # review31: a noun of تـ opening the clause is no present verb for a timetable either (a weekday with a
    # clock, a range of days): only a word of four letters is let through for one, a longer one must be
    # a present by its shape (verbs.Shapes.long_present)
    ("وتنظيم الحفل الساعة العاشرة مساء الخميس كان ناجحاً.", "الساعة العاشرة مساء الخميس", "2015-08-06T22"),
    ("وتفعيل الخطة يومي الثلاثاء والأربعاء أربك المسافرين.", "يومي الثلاثاء والأربعاء", "2015-08-04/2015-08-05"),
    # a present verb of five letters or more still tells the coming one
    ("وتنطلق البطولة الساعة الرابعة عصر الخميس.", "الساعة الرابعة عصر الخميس", "2015-08-13T16"),
])
def test_a_noun_opening_a_timetable_is_no_present_verb(text: str, expression: str, want: str) -> None:
    assert _value(text, _MONDAY, expression) == want


def test_a_verbal_noun_of_the_shape_taf3al_is_no_present_verb() -> None:
    # review31: «تكرار» (تفعال) has five letters and ا before its last; a present of that shape has ت or د
    # third (تختار، تحتاج، تزداد: افتعل)
    assert _value("وتكرار الانقطاع يومي الجمعة والسبت أغضب السكان.", _MONDAY, "يومي الجمعة والسبت") \
        == "2015-08-07/2015-08-08"
    assert _value("وتختار اللجنة الفائزين يومي الجمعة والسبت.", _MONDAY, "يومي الجمعة والسبت") \
        == "2015-08-14/2015-08-15"


_TUESDAY = dt.datetime(2015, 8, 11, 14, 0)


@pytest.mark.parametrize(("text", "published", "expression", "want"), [
    # the lam of purpose before a verb the future cues hold (سيخوض → ليخوض): what the act is for comes after it
    ("ووصلت بعثة النادي أمس إلى مدريد ليخوض الفريق مباراته الودية يوم الجمعة.", _TUESDAY, "يوم الجمعة",
     "2015-08-14"),
    ("وتوجهت اللجنة إلى المدينة لتبدأ أعمال التفتيش الخميس.", _TUESDAY, "الخميس", "2015-08-13"),
    # set between two commas, the day is read with the piece before it
    ("وستدشن الهيئة اليوم الخط الجديد في المنطقة الشرقية، لتبدأ الرحلات المنتظمة، يوم الجمعة، بعد تجارب.",
     _TUESDAY, "يوم الجمعة", "2015-08-14"),
    ("ويبدأ المعرض الدولي للكتاب، الخميس، استقبال الزوار.", _TUESDAY, "الخميس", "2015-08-13"),
])
def test_a_purpose_tells_the_coming_weekday(text: str, published: dt.datetime, expression: str, want: str) -> None:
    assert _value(text, published, expression) == want


@pytest.mark.parametrize(("text", "published", "expression", "want"), [
    # a relative clause after the purpose verb tells what is done, a perfect set between commas its own day
    ("ووصل الفريق إلى مدريد ليخوض المباراة التي أقيمت يوم الجمعة.", _TUESDAY, "يوم الجمعة", "2015-08-07"),
    ("وأعلنت الهيئة، الخميس، أن الخط الجديد جاهز.", _TUESDAY, "الخميس", "2015-08-06"),
    # not a purpose: a name glued to ل, a noun after the lam
    ("وانتقل اللاعب إلى ليفربول الخميس.", _TUESDAY, "الخميس", "2015-08-06"),
])
def test_what_is_no_purpose_ahead(text: str, published: dt.datetime, expression: str, want: str) -> None:
    assert _value(text, published, expression) == want
