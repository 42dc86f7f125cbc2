"""An election's registration of voters or candidates (``قيد الناخبين``، ``تسجيل المرشحين``) names the
election's happening (``lang/ar/triggers.yaml`` ``senses``: قيد، تسجيل before a voter or candidate
word), so its reports are no plain clauses in the merge; ``قيد الإنشاء``، ``تسجيل هدف`` name none."""

from __future__ import annotations

from test_merge import clusters, reports_frame

from timeline import Grain
from timeline.happenings import load_triggers
from timeline.merge import merge_events
from timeline.normalize import fold


def test_registration_names_the_election() -> None:
    lexicon = load_triggers()
    told = ["وتبدأ عملية قيد الناخبين في المحافظة يوم الأحد المقبل",
            "للشروع في تسجيل المرشحين للمجالس المحلية مطلع الشهر المقبل",
            "وستبدأ عملية القيد للناخبين والناخبات في أحياء العاصمة غدا"]
    none = ["وما زال المبنى الجديد قيد الإنشاء منذ عامين",
            "ونجح المهاجم في تسجيل هدف التعادل قبل نهاية المباراة",
            "وأعلنت الوزارة تسجيل ثلاث إصابات جديدة بالفيروس أمس"]
    assert [lexicon.happening(fold(c)) for c in told] == ["انتخابات"] * 3
    assert [lexicon.happening(fold(c)) for c in none] == [None] * 3


REG = {
    # one registration told by four outlets: two name its early start in the capital, two tell it
    # in a purpose phrase after a local committee's work
    "reg-1": ("نشرة السهل", "2024-02-26",
              "وبلدية العاصمة التي قدم موعد قيد الناخبين فيها أسبوعا كاملا إلى يوم الأحد، نظرا لازدحام المواسم."),
    "reg-2": ("صدى الجبل", "2024-02-26",
              "في حين تبدأ عملية القيد للناخبين في بلدية العاصمة يوم الأحد نظرا لازدحام المواسم فيها."),
    "reg-3": ("الراصد", "2024-02-26",
              "وأنهت اللجنة المحلية في العاصمة تجهيز ثلاثين مركزا للرجال والنساء للبدء بمرحلة قيد الناخبين يوم الأحد."),
    "reg-4": ("المرصد", "2024-02-26",
              "وأتمت اللجنة المحلية في العاصمة استعداداتها وجهزت عشرين مقرا للبدء بمرحلة قيد الناخبين يوم الأحد."),
    # later news of the registration: its words are common in the batch, as in an election's weeks
    "oth-1": ("نشرة السهل", "2024-03-20", "وأعلنت اللجنة يوم الخميس تمديد قيد الناخبين أسبوعا في المحافظات الشمالية بسبب الإقبال."),
    "oth-2": ("صدى الجبل", "2024-03-20", "وبلغ عدد المسجلين في قيد الناخبين يوم الخميس نحو أربعين ألفا في المحافظات الشمالية."),
    "oth-3": ("الراصد", "2024-04-02", "وأغلقت مراكز قيد الناخبين أبوابها يوم الثلاثاء بعد انتهاء المهلة المحددة للقيد."),
    "oth-4": ("المرصد", "2024-04-02", "وانتهت مرحلة قيد الناخبين يوم الثلاثاء وسط إقبال ضعيف من الشباب في الأرياف."),
}
TABLE = {"يوم الأحد": ("2024-03-03", None, Grain.DAY, "2024-03-03"),
         "يوم الخميس": ("2024-03-21", None, Grain.DAY, "2024-03-21"),
         "يوم الثلاثاء": ("2024-04-02", None, Grain.DAY, "2024-04-02")}


def test_a_registration_told_two_ways_is_one_entry() -> None:
    """Named by neither clause's class, the two wordings met only on common words and stayed two
    entries (the grown entries' telling words, ``_Components._core``, did not meet)."""
    c = clusters(merge_events(reports_frame(list(REG), REG, TABLE)))
    assert c["reg-1"] == c["reg-2"] == c["reg-3"] == c["reg-4"], c
    assert c["reg-1"] != c["oth-1"] and c["reg-1"] != c["oth-3"]
