"""Happening words with a sense of their own that the words around them move or cancel
(``default`` and ``before`` of a sense in triggers.yaml, the cue class ``none``): لقاء is
a meeting, لقاء الفريق a match; وصل is a visit, وصلت قيمة الصفقة إلى an amount; اتفاق is an
agreement, نادي الاتفاق a club; الاجتماعية (social) is no meeting, الشيعة no funeral (Arabic
written for these tests)."""

from __future__ import annotations

import copy
from typing import Any

import polars as pl
import pytest
from merge_helpers import clause_rows, entry_of

from timeline import happenings
from timeline.errors import LanguageDataError
from timeline.happenings import load_triggers
from timeline.normalize import fold


@pytest.mark.parametrize(("clause", "kind"), [
    # a meeting: by its default, or told by who meets (the verb's persons derived)
    ("التقى وزير الخارجية أمس نظيره الفرنسي في باريس", "اجتماع"),
    ("وعقد اللقاء أمس في مقر الوزارة", "اجتماع"),
    ("سيلتقي الرئيس غدا رئيس الوزراء الجديد", "اجتماع"),
    ("والتقت الوزيرة أمس ممثلي النقابات", "اجتماع"),
    # a meeting during a visit is the visit
    ("والتقى خلال زيارته للمحافظة أمس عددا من الأهالي", "زيارة"),
    # a match: a cue after the word, or before it (up to four words)
    ("يلتقي الفريق الأول غدا نظيره فريق الوادي في الدوري", None),
    ("وكان لقاء الفريقين أمس قد انتهى بالتعادل", None),
    ("ويستعد النادي لخوض اللقاء أمام منافسه غدا", None),
    # the nearest cue tells: a minister meeting the players is a meeting
    ("التقى وزير الرياضة أمس لاعبي المنتخب", "اجتماع"),
    ("وبعد لقاء الفريق مع وزير الرياضة أمس", None),
    # وصل: a visit, unless an amount, a count or an agreement is what reached
    ("وصل وزير الخارجية أمس إلى الرياض في زيارة رسمية", "زيارة"),
    ("وصلت قيمة الصفقة أمس إلى مليار ريال", None),
    ("وصل عدد القتلى أمس إلى عشرين قتيلا", "قتلى"),
    # بدأ / انطلق: an operation begun only when what begins is fighting; else no happening
    ("وبدأت القوات أمس هجوما واسعا على مواقع المسلحين", "انطلاق عملية"),
    ("وانطلقت معركة تحرير المدينة فجر اليوم", "انطلاق عملية"),
    ("وبدأت الجامعة أمس استقبال طلبات الالتحاق", None),
    ("وانطلقت أمس فعاليات المهرجان الصيفي", "مهرجان"),  # the festival names it
    ("وبدا الوزير متفائلا أمس بنتائج الحوار", None),
    # تحريك: troops moved, or nothing (تحريك عجلة الاقتصاد)
    ("وبدأ الجيش أمس تحريك قوات إضافية إلى الحدود", "تمشيط"),
    # دخل / سقط: control taken only by fighters; سقطت طائرة is a crash, سقط قتلى a toll
    ("ودخلت القوات الحكومية البلدة فجر اليوم", "سيطرة"),
    ("وأعلن المتحدث سقوط المدينة في أيدي المسلحين أمس", "سيطرة"),
    ("ودخل المنتخب أمس معسكره الإعدادي في النمسا", None),
    ("وسقطت أمس طائرة تدريب في منطقة صحراوية", "تحطم"),
    ("وسقط أمس عشرات الجرحى في مواجهات مع الشرطة", "اشتباك"),
    # مواجهات: clashes, unless words of football stand beside it (then matches: no armed clash)
    ("واندلعت أمس مواجهات بين الجيش والمسلحين في البلدة", "اشتباك"),
    ("ودارت مواجهات أمس بين دوريات الشرطة ومهربين قرب الحدود", "اشتباك"),
    ("وتختتم الجولة اليوم بأربع مواجهات، حيث يلتقي النجم والشباب", None),
    ("ويخوض الفريق ثلاث مواجهات ودية خلال معسكره الأسبوع المقبل", None),
    ("وتنطلق مواجهات الدوري الممتاز يوم الخميس المقبل", None),
    ("وسقطت قذائف صاروخية على حي سكني أمس", "غارة"),
    # جولة: a minister's tour is a visit; a league's round is none; a round of talks, talks
    ("وبدأ وزير الخارجية أمس جولته في العواصم الأوروبية", "زيارة"),
    ("وتقام اليوم مباريات الجولة الخامسة من الدوري", None),
    ("وتنطلق غدا جولة مفاوضات جديدة بين الطرفين", "اجتماع"),
    # وصول: a person's arrival, not a shipment's or a share's; تفقد: an inspection, not a loss
    ("وينتظر النادي وصول مدربه الجديد مساء اليوم", "زيارة"),
    ("ويتوقع وصول الشحنة الثالثة إلى الميناء الشهر المقبل", None),
    ("وتراجع المؤشر أمس بنسبة وصلت نسبته إلى 3 في المائة", None),
    ("وتفقد المحافظ أمس المصابين في المستشفى", "زيارة"),
    ("وتراجعت الأسهم أمس لتفقد مكاسبها المبكرة", None),
    # اتفاق: an agreement, with a player too; the club named right after نادي or فريق is none
    ("توصل الطرفان أمس إلى اتفاق لوقف القتال", "اتفاق"),
    ("تم الاتفاق مع اللاعب أمس على تفاصيل العقد", "اتفاق"),
    ("تعاقد نادي الاتفاق أمس مع مهاجم جديد", None),
    # social is no meeting, the Shia no funeral
    ("أطلقت وزارة الشؤون الاجتماعية أمس برنامجا للأسر المحتاجة", None),
    ("انتشرت على مواقع التواصل الاجتماعي أمس صور المدينة", None),
    ("وعقد المجلس اجتماعه الدوري أمس", "اجتماع"),
    ("قال زعماء العشائر الشيعية أمس إن الطريق آمن", None),
    ("وشيعت البلدة أمس جثمان الطبيب", "تشييع"),
    # المضرب: tennis after كرة (a sport, none); the strikers (المضربون عن الطعام) still a strike
    ("وتأهلت اللاعبة أمس إلى نهائي بطولة كرة المضرب للشابات", None),
    ("وواصل الأسرى المضربون عن الطعام أمس احتجاجهم", "إضراب"),
    ("وقال المضرب عن الطعام منذ أسبوعين إنه لن يتراجع", "إضراب"),
])
def test_a_word_keeps_its_sense_unless_the_words_around_it_move_it(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind


def test_a_default_holds_without_context_and_before_reads_only_its_words() -> None:
    lexicon = load_triggers()
    assert lexicon.word_class("لقاء") == "اجتماع"
    assert lexicon.word_class("اللقاء", after=("الودي",)) is None
    # a word without a default still names nothing without a cue
    assert lexicon.word_class(fold("تبنى")) is None
    # اتفاق reads one word before it: النادي two words before is not read
    assert lexicon.word_class("الاتفاق", before=("النادي", "بعد")) == "اتفاق"
    assert lexicon.word_class("الاتفاق", before=("بعد", "النادي")) is None
    # at one distance the word after is read first
    assert lexicon.word_class("لقاء", after=("الوزير",), before=("الفريق",)) == "اجتماع"
    assert lexicon.word_class("لقاء", after=("الفريق",), before=("الوزير",)) is None


def test_in_context_gives_a_sense_read_around_the_word_and_its_default() -> None:
    lexicon = load_triggers()
    texts = [fold(text) for text in ("عقد اللقاء في الرياض", "خاض الفريق اللقاء الاخير", "لقاء",
                                     "وصلت قيمة الصفقة", "وصل الوزير")]
    positions = pl.DataFrame(
        [(c, pos, token) for c, text in enumerate(texts) for pos, token in enumerate(text.split())],
        schema={"c": pl.UInt32, "pos": pl.Int64, "token": pl.String}, orient="row",
    )
    classes = {w: cls for w in positions["token"].unique() if (cls := lexicon.word_class(w)) is not None}
    found = lexicon.in_context(positions, classes)
    # the lone word keeps its default; the match and the amount name none
    assert found.rows() == [(0, 1, "اجتماع"), (2, 0, "اجتماع"), (4, 0, "زيارة")]
    for c, pos, cls in found.rows():
        words = texts[c].split()
        assert lexicon.word_class(words[pos], words[pos + 1:], words[:pos]) == cls


def test_the_features_read_the_senses_as_the_scan_does() -> None:
    clauses = [
        "التقى وزير الخارجية أمس نظيره الفرنسي في باريس",
        "ويستعد النادي لخوض اللقاء أمام منافسه أمس",
        "وصلت قيمة الصفقة أمس إلى مليار ريال",
        "تعاقد نادي الاتفاق أمس مع مهاجم جديد",
        "توصل الطرفان أمس إلى اتفاق لوقف القتال",
    ]
    found = clause_rows(clauses)
    kinds = [found[f"c-{k}"]["trigger"] for k in range(len(clauses))]
    assert kinds == ["اجتماع", None, None, None, "اتفاق"]
    assert kinds == [load_triggers().happening(fold(clause)) for clause in clauses]


def test_two_matches_told_with_a_meeting_word_are_no_meeting() -> None:
    # one meeting of two ministers told twice is one entry; two matches the same day, told
    # with يلتقي and لقاء, are neither in it nor one entry together
    entry = entry_of([
        {"id": "met", "source": "نشرة الوادي", "published": "2024-07-06T08:00",
         "text": "التقى وزير الخارجية سالم العمري أمس في عمان نظيره الأردني لبحث أزمة المياه."},
        {"id": "meeting", "source": "صدى الساحل", "published": "2024-07-06T09:00",
         "text": "بحث وزير الخارجية سالم العمري مع نظيره الأردني أمس في عمان أزمة المياه خلال لقاء جمعهما."},
        {"id": "match-1", "source": "أخبار التلال", "published": "2024-07-06T10:00",
         "text": "يلتقي فريق النخيل أمس نظيره فريق الساحل في الدوري."},
        {"id": "match-2", "source": "نشرة الشمال", "published": "2024-07-06T11:00",
         "text": "انتهى لقاء فريق الوادي ونادي الجبل أمس بالتعادل في الكأس."},
    ])
    assert entry["met"] == entry["meeting"]
    assert entry["match-1"] != entry["met"] and entry["match-2"] != entry["met"]
    assert entry["match-1"] != entry["match-2"]


def _triggers_with(change: Any) -> Any:
    """What :func:`load_triggers` reads from triggers.yaml after ``change`` (on a copy)."""
    data = copy.deepcopy(happenings.load_language_yaml("ar", "triggers.yaml"))
    change(data)
    return data


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["senses"].append({"forms": ["رفع"], "default": "لا صنف", "cues": {"none": ["علم"]}}),
     r"senses\[\d+\]: default: unknown class"),
    (lambda d: d["senses"].append({"forms": ["رفع"], "before": -1, "cues": {"none": ["علم"]}}),
     r"senses\[\d+\]: before: a count of words"),
    (lambda d: d["senses"].append({"forms": ["رفع"], "before": "two", "cues": {"none": ["علم"]}}),
     r"senses\[\d+\]: before: a count of words"),
])
def test_a_bad_default_or_before_names_its_sense(monkeypatch: pytest.MonkeyPatch, change: Any, message: str) -> None:
    real = happenings.load_language_yaml
    data = _triggers_with(change)
    monkeypatch.setattr(happenings, "load_language_yaml",
                        lambda code, name: data if name == "triggers.yaml" else real(code, name))
    with pytest.raises(LanguageDataError, match=message):
        load_triggers.__wrapped__("ar")
