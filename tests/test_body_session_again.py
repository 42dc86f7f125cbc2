"""A dated lead's session names its holder, whose later acts in the body take the session's day
(timeline._again: session holders, an act after a fronted phrase, a lead dated finer than a day)."""

from __future__ import annotations

import datetime as dt

from timeline._again import AGAIN_CONFIDENCE, SESSION_CONFIDENCE, session_holders
from timeline.events import article_events

PUBLISHED = dt.datetime(2026, 3, 9, 21)  # a Monday evening
SESSION = "رأس ولي العهد الجلسة التي عقدها مجلس الوزراء بعد ظهر اليوم الاثنين في قصر اليمامة بالرياض. "


def _rows(text: str, inherit: bool = False) -> list[tuple[int, str, bool, float, str, str]]:
    """(sentence, value, inherited, confidence, the expression's text, the clause's text) of each event."""
    return [(e.clause.sentence_index, e.timex.value, e.inherited, e.confidence, text[e.timex.start:e.timex.end],
             e.clause.text) for e in article_events("a", text, PUBLISHED, leads=not inherit, inherit=inherit)]


def _again(text: str, inherit: bool = False) -> list[int]:
    """The sentences that took the lead's day as its doer acting again (a session's act or further words)."""
    return [r[0] for r in _rows(text, inherit) if r[2] and r[3] in (AGAIN_CONFIDENCE, SESSION_CONFIDENCE)]


def test_the_holder_of_a_session_is_read_after_held_it_or_in_a_construct() -> None:
    assert session_holders(SESSION) == [("مجلس", "الوزراء")]
    assert session_holders("ترأس الوزير اجتماع مجلس الإدارة الذي عقد صباح اليوم") == [("مجلس", "الاداره")]
    assert session_holders("عقد المجلس اجتماعه الدوري اليوم") == []  # its own meeting: no other holder
    assert session_holders("رأس الأمير الجلسة التي عقدت اليوم") == []  # held, by no one named


def test_the_council_acting_in_the_body_takes_the_session_day() -> None:
    text = (SESSION + "وهنأ مجلس الوزراء دولة الكويت على افتتاح ميناء بحري جديد. "
            "وأثنى مجلس الوزراء على جهود الدفاع المدني في مواجهة السيول.")
    rows = _rows(text)
    assert rows[0][:5] == (0, "2026-03-09TAF", False, 1.0, "بعد ظهر اليوم الاثنين")
    # the session's afternoon dates the session; its holder's acts, that day (the lead's expression kept), each a
    # happening of its own that leads a merge
    assert [r[:5] for r in rows[1:]] == [(1, "2026-03-09", True, SESSION_CONFIDENCE, "بعد ظهر اليوم الاثنين"),
                                         (2, "2026-03-09", True, SESSION_CONFIDENCE, "بعد ظهر اليوم الاثنين")]
    assert _again(text, inherit=True) == [1, 2]


def test_a_decision_after_a_fronted_phrase_is_read_in_the_clause_of_its_verb() -> None:
    text = (SESSION + "بعد الاطلاع على ما رفعه وزير البيئة، وبعد النظر في قرار مجلس الشورى رقم 12، "
            "قرر مجلس الوزراء الموافقة على نظام حماية الشعاب المرجانية.")
    rows = [r for r in _rows(text) if r[0] == 1]
    assert [r[1:4] for r in rows] == [("2026-03-09", True, SESSION_CONFIDENCE)]
    assert "نظام حماية الشعاب المرجانية" in rows[0][5]


def test_the_session_named_after_an_undated_first_sentence() -> None:
    text = ("قرر مجلس الوزراء الموافقة على تنظيم جديد لهيئة النقل العام في المملكة. "
            "وكان ولي العهد قد رأس جلسة مجلس الوزراء التي عقدت بعد ظهر اليوم الاثنين في الرياض. "
            "ووافق مجلس الوزراء على تعيين سفير جديد في وزارة الخارجية.")
    assert _again(text) == [2]


def test_what_stays_undated() -> None:
    assert _again(SESSION + "وكان مجلس الوزراء قد وافق على النظام في العام الماضي بعد دراسته.") == []
    assert _again(SESSION + "وهنأ مجلس الشورى دولة الكويت على افتتاح ميناء بحري جديد.") == []  # another doer
    assert _again(SESSION + "بعد الاطلاع على ما رفعه وزير البيئة، قرر مجلس الشورى إعادة دراسة النظام.") == []
    # a fronted phrase that opens with no preposition of a fronted phrase
    assert _again(SESSION + "وزير البيئة ومعه نائبه، قدم مجلس الوزراء لهما الشكر على الجهود.") == []
    # a session held weeks before: not the news of the day
    old = SESSION.replace("بعد ظهر اليوم الاثنين", "في 2 فبراير 2026")
    assert _again(old + "وهنأ مجلس الوزراء دولة الكويت على افتتاح ميناء بحري جديد.") == []
    # a body act telling a date of its own keeps it
    own = _rows(SESSION + "ووافق مجلس الوزراء في 5 مارس على تعيين سفير جديد.")
    assert [r[1:3] for r in own if r[0] == 1] == [("2026-03-05", False)]


def test_a_heading_before_a_colon_is_passed_over_but_a_speech_verb_before_it_is_read() -> None:
    text = SESSION + "ثالثا: وافق مجلس الوزراء على تعيين سفير جديد في وزارة الخارجية."
    assert _again(text) == [1]
    lead = "استقبل وزير الخارجية مساء اليوم الاثنين في الرياض نظيره الفرنسي وبحث معه العلاقات بين البلدين. "
    rows = _rows(lead + "وأضاف وزير الخارجية: «نعمل معا على تعزيز التعاون في كل المجالات».")
    assert [r[:5] for r in rows if r[0] == 1] == [(1, "2026-03-09", True, AGAIN_CONFIDENCE, "مساء اليوم الاثنين")]


def test_the_doer_named_again_by_its_head_alone_before_a_particle() -> None:
    lead = "أعلنت هيئة الطيران المدني مساء اليوم الاثنين هبوط طائرة ركاب اضطراريا في مطار المدينة. "
    assert _again(lead + "وذكرت الهيئة في بيان أن جميع الركاب بخير ولم يصب أحد.") == [1]
    assert _again(lead + "وأضافت الهيئة أن فريقا فنيا يفحص الطائرة منذ هبوطها.") == [1]
    # a name or an adjective after the head may make another doer
    assert _again(lead + "وذكرت الهيئة العامة للأرصاد أن الرياح كانت شديدة في المنطقة.") == []
    minister = "استقبل وزير الخارجية مساء اليوم الاثنين في الرياض نظيره الفرنسي وبحث معه العلاقات بين البلدين. "
    assert _again(minister + "وقال الوزير الفرنسي إن بلاده تدعم الحل السياسي في المنطقة.") == []
    assert _again(minister + "وقال الوزير إن المملكة تدعم الحل السياسي في المنطقة.") == [1]


def test_the_lead_doers_further_words_follow_and_the_sessions_decisions_lead() -> None:
    lead = "ترأس ولي العهد الجلسة التي عقدها مجلس الوزراء بعد ظهر اليوم الاثنين في قصر اليمامة بالرياض. "
    rows = _rows(lead + "وأكد ولي العهد حرص الدولة على خدمة المواطنين. "
                 "ووافق مجلس الوزراء على تعيين سفير جديد في وزارة الخارجية.")
    assert [(r[0], r[3]) for r in rows if r[2]] == [(1, AGAIN_CONFIDENCE), (2, SESSION_CONFIDENCE)]


def test_a_meeting_with_someone_names_no_holder() -> None:
    # "اجتماع مع …" names who met, no session's holder: the body's "وبحث مع …" is no decision of one (review80)
    assert session_holders("أكد الوزير اليوم خلال اجتماع مع رجال الأعمال أهمية دعم الصادرات") == []
    text = "أكد وزير التجارة اليوم الاثنين خلال اجتماع مع رجال الأعمال أهمية دعم الصادرات. وبحث مع رجال الأعمال سبل الاستثمار. "
    assert [r for r in _rows(text) if r[0] == 1 and r[3] == SESSION_CONFIDENCE] == []
