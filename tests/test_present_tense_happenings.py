"""A happening told in the present or future tense (يجتمع، يفتتح، تدشن، سيجتمع) is of its verb's class, as its
perfect is: news tells what is scheduled that way. An opening told of a match (تفتتح البطولة بمواجهة…، في
افتتاح مباريات الفريقين) is no opening (Arabic written for these tests)."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of

from timeline.happenings import load_triggers


def test_the_present_of_a_verb_written_as_a_beginning_is_derived() -> None:
    lex = load_triggers()
    for word, cls in [("يجتمع", "اجتماع"), ("تجتمع", "اجتماع"), ("سيجتمع", "اجتماع"), ("يجتمعون", "اجتماع"),
                      ("تدشن", "افتتاح"), ("يعتقل", "اعتقال"), ("ينسحب", "انسحاب"), ("تحاصر", "حصار"),
                      ("يختطف", "اعتقال")]:
        assert lex.word_class(word) == cls, word
    assert lex.word_class("القصف") == "غارة"  # the noun of قصف keeps its class: قصف is no derived verb
    assert lex.word_class("يستهدف") is None  # aims at


def test_a_scheduled_happening_is_of_its_class() -> None:
    rows = clause_rows([
        "يجتمع مجلس الأمناء ظهر غد الأربعاء في مقر الجامعة لإقرار الميزانية.",
        "ويفتتح وزير الثقافة مساء الخميس المقبل معرض الكتاب في مدينة الوادي.",
        "تدشن البلدية صباح الأحد المقبل حديقة الحي الجديدة.",
        "وتحاصر قوات الأمن الحي منذ فجر اليوم بحثا عن المطلوبين.",
        "وتواصل القصف على البلدة حتى فجر اليوم.",
    ])
    assert [rows[f"c-{k}"]["trigger"] for k in range(5)] == ["اجتماع", "افتتاح", "افتتاح", "حصار", "غارة"]


def test_an_opening_told_of_a_match_is_no_opening() -> None:
    rows = clause_rows([
        "تفتتح البطولة مساء الخميس بمواجهة منتخبي الجبل والساحل في قاعة المدينة.",
        "وسجل الفريق هدفين أمس في افتتاح مباريات الدوري على ملعبه.",
        "وحقق فريق الساحل فوزا كبيرا أمس في افتتاح مشواره في البطولة.",
        "حضر الوزير أمس افتتاح الموسم الثقافي في المسرح الوطني.",
        "افتتح الأمير أمس مهرجان الزهور في الحديقة العامة.",
        "وكانت القناة قد افتتحت في 17 نوفمبر 1869.",
        "وشهد الافتتاح الرسمي للمعرض صباح اليوم حضورا كبيرا.",
        "وكان المحافظ قد افتتحه صباح اليوم بحضور الأهالي.",
    ])
    assert [rows[f"c-{k}"]["trigger"] for k in range(3)] == [None, None, None]
    assert [rows[f"c-{k}"]["trigger"] for k in range(3, 8)] == ["افتتاح"] * 5


def test_the_opening_round_of_a_league_is_no_opening() -> None:
    rows = clause_rows([
        "وتختتم المرحلة الافتتاحية للدوري مساء الاثنين المقبل بلقاء الفريقين.",
        "ويغيب المهاجم عن اللقاء الافتتاحي لفريقه مساء السبت المقبل.",
        "وخسر الفريق مباراته الافتتاحية أمس أمام ضيفه.",
        "وألقى الوزير كلمة في الجلسة الافتتاحية للمؤتمر صباح اليوم.",
        "وأقيم الحفل الافتتاحي للبطولة مساء أمس في الصالة الكبرى.",
    ])
    assert [rows[f"c-{k}"]["trigger"] for k in range(5)] == [None, None, None, "افتتاح", "افتتاح"]


def test_a_meeting_told_in_the_present_stays_apart_from_an_opening() -> None:
    # a council meets in a new park the morning its chairman opens it: two outlets tell the opening (one in the
    # present tense), a third the meeting; at base the meeting's present named no class and joined the opening
    entry = entry_of([
        {"id": "meets", "source": "صدى الساحل", "published": "2024-05-14T08:00",
         "text": "يجتمع المجلس البلدي لمدينة الوادي صباح اليوم الثلاثاء في حديقة الوادي الجديدة مع سكان الحي."},
        {"id": "opened", "source": "الأفق", "published": "2024-05-14T09:00",
         "text": "افتتح رئيس المجلس البلدي لمدينة الوادي صباح اليوم الثلاثاء حديقة الوادي الجديدة بحضور سكان الحي."},
        {"id": "opens", "source": "نشرة الوادي", "published": "2024-05-14T09:30",
         "text": "يفتتح رئيس المجلس البلدي لمدينة الوادي صباح اليوم الثلاثاء حديقة الوادي الجديدة."},
    ])
    assert entry["opened"] == entry["opens"] != entry["meets"]
