"""A happening's class read right (issue 6): words that name a happening in one sense and
none, or another, in others. A player's injury or an illness is no toll; a court's sentence
is a trial, rule or a referee is none; an arrest is one of a person, a flight stopped is
none; an abduction is no title snatched; a march that protests is a protest, a career's is
none; a state that condemns in the present tense condemns (Arabic written for these tests)."""

from __future__ import annotations

import pytest
from merge_helpers import clause_rows, entry_of

from timeline.happenings import load_triggers
from timeline.normalize import fold


@pytest.mark.parametrize(("clause", "kind"), [
    # إصابة: the wounded of an attack or an accident are its toll; a player's injury or an
    # illness is a happening of its own (إصابة)
    ("أسفر الانفجار أمس عن إصابة سبعة أشخاص بجروح", "تفجير"),
    ("وأصيب أمس أربعة من رجال الأمن في الهجوم", "هجوم"),
    ("وأصيب أمس ثلاثة مارة بجروح طفيفة", "قتلى"),
    ("وتعرض مدافع الفريق أمس لإصابة في الركبة خلال التدريبات", "إصابة"),
    ("وسيغيب اللاعب عن المباراة المقبلة بسبب إصابة عضلية تعرض لها أمس", "إصابة"),
    ("وسجلت الوزارة أمس حالة إصابة جديدة بالفيروس في العاصمة", "إصابة"),
    # حكم: a sentence, or none (rule, a referee, "because of", the governor's palace)
    ("وحكم القاضي أمس على المتهم بالسجن عشر سنوات", "محاكمة"),
    ("ونفذت السلطات أمس حكم الإعدام في قاتل المعلم", "محاكمة"),
    ("وحكمت المحكمة أمس ببراءة الصحفيين الثلاثة", "محاكمة"),
    ("وانتهى حكم الأسرة للبلاد عام 1958", None),
    ("واحتج لاعبو الفريق أمس على الحكم بعد نهاية الشوط الأول", None),
    ("واستقبل المحافظ أمس في قصر الحكم وفد الغرفة التجارية", None),
    # أوقف: an arrest of a person, or a stop (none)
    ("وأوقفت الشرطة أمس شخصين يشتبه بتورطهما في السرقة", "اعتقال"),
    ("وأوقفت دوريات الأمن أمس ثلاثة مهربين على الحدود", "اعتقال"),
    ("وأوقفت شركة الطيران أمس رحلاتها إلى المدينة", None),
    ("وأوقف المصنع أمس خط الإنتاج الثاني للصيانة", None),
    # خطف: an abduction, not a title or a win snatched
    ("وخطف مسلحون أمس مهندسا أجنبيا في الجنوب", "اعتقال"),
    ("وخطف الفريق أمس اللقب في الدقيقة الأخيرة", None),
    ("ونجح الضيوف أمس في خطف الفوز من أصحاب الأرض", None),
    # مسيرة: a march that protests, not a career or a process
    ("وخرجت أمس مسيرة حاشدة تندد بارتفاع الأسعار", "احتجاج"),
    ("ونظم الطلاب أمس مسيرات احتجاجية أمام الوزارة", "احتجاج"),
    ("ويأتي القرار أمس في إطار مسيرة التنمية التي تشهدها البلاد", None),
    ("وختم اللاعب أمس مسيرته مع النادي", None),
    # the present tense of a condemnation condemns; يدين بفوزه owes
    ("وقالت الوزارة أمس إن المملكة تدين بشدة الهجوم على السفارة", "إدانة"),
    ("وأكد البيان أمس أن الحكومة تستنكر الاعتداء على المصلين", "إدانة"),
    ("ويدين الفريق أمس بفوزه لحارس مرماه", None),
])
def test_a_word_names_the_happening_its_sense_tells(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind


def test_the_features_read_these_senses_as_the_scan_does() -> None:
    clauses = [
        "وتعرض مدافع الفريق أمس لإصابة في الركبة خلال التدريبات",
        "وأصيب أمس ثلاثة مارة بجروح طفيفة",
        "وحكم القاضي أمس على المتهم بالسجن عشر سنوات",
        "واستقبل المحافظ أمس في قصر الحكم وفد الغرفة التجارية",
        "وأوقفت شركة الطيران أمس رحلاتها إلى المدينة",
        "وخطف الفريق أمس اللقب في الدقيقة الأخيرة",
        "وقالت الوزارة أمس إن المملكة تدين بشدة الهجوم على السفارة",
    ]
    found = clause_rows(clauses)
    kinds = [found[f"c-{k}"]["trigger"] for k in range(len(clauses))]
    assert kinds == ["إصابة", "قتلى", "محاكمة", None, None, None, "إدانة"]
    assert kinds == [load_triggers().happening(fold(clause)) for clause in clauses]


def test_a_player_injured_told_by_two_outlets_is_one_entry_apart_from_an_attack() -> None:
    # two outlets tell one player's injury; an attack's wounded on the same day are another
    # happening (before, the injury was a toll and could join the attack's entry)
    entry = entry_of([
        {"id": "injury-1", "source": "نشرة الوادي", "published": "2024-07-06T08:00",
         "text": "تعرض مدافع فريق النخيل سامي الحربي أمس لإصابة في الركبة خلال التدريبات وسيغيب عن المباراة المقبلة."},
        {"id": "injury-2", "source": "صدى الساحل", "published": "2024-07-06T09:00",
         "text": "أكد الجهاز الطبي لفريق النخيل أمس إصابة المدافع سامي الحربي في الركبة خلال التدريبات."},
        {"id": "attack", "source": "أخبار التلال", "published": "2024-07-06T10:00",
         "text": "أصيب أمس سبعة أشخاص في هجوم مسلح على حاجز أمني قرب ملعب النخيل."},
    ])
    assert entry["injury-1"] == entry["injury-2"]
    assert entry["attack"] != entry["injury-1"]


@pytest.mark.parametrize(("clause", "kind"), [
    # a body's vote on a text is a legislative act (تصويت); a people's vote is an election
    ("صوت مجلس الأمن أمس بالإجماع على القرار", "تصويت"),
    ("ويأتي تصويت البرلمان اليوم على مشروع الموازنة", "تصويت"),
    ("وأقر مجلس النواب أمس قانون الاستثمار الجديد", "تصويت"),
    ("وصوت الناخبون أمس لصالح المرشح المستقل", "انتخابات"),
    ("وبدأ التصويت صباح اليوم في الانتخابات البلدية", "انتخابات"),
    # a sound, a voice: none
    ("وتطير الطائرة بسرعة الصوت لتكون قادرة على عبور القارة", None),
])
def test_a_body_voting_on_a_text_is_no_election(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind


def test_a_vote_and_an_election_are_two_groups() -> None:
    # reports of two groups never pair: a parliament's vote is never one entry with an election
    lexicon = load_triggers()
    assert lexicon.group("تصويت") != lexicon.group("انتخابات")


@pytest.mark.parametrize(("clause", "kind"), [
    # a claim of an attack is a happening of its own, however far its verb stands
    ("أعلن التنظيم في بيان نشره على موقعه أمس مسؤوليته عن التفجير", "تبني"),
    ("وأعلنت الجماعة أمس المسؤولية عن الهجوم على الحاجز", "تبني"),
    ("وتبنى التنظيم أمس الهجوم على القاعدة", "تبني"),
    # responsibility held or laid is no claim
    ("وتبقى القطعة الأثرية أمس تحت مسؤوليتها حتى إعادتها", None),
    ("وقال إن الحكومة تتحمل مسؤوليتها أمس أمام المواطنين", None),
    ("وحمل الوزير أمس الشركة المسؤولية عن التأخير", None),
])
def test_a_claim_of_an_attack_is_its_own_happening(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind


def test_two_outlets_claims_of_one_bombing_are_one_entry_apart_from_the_bombing() -> None:
    entry = entry_of([
        {"id": "bombing", "source": "نشرة الوادي", "published": "2024-07-06T08:00",
         "text": "فجر انتحاري نفسه أمس داخل مسجد في بلدة الريان خلال صلاة الجمعة."},
        {"id": "claim-1", "source": "صدى الساحل", "published": "2024-07-06T09:00",
         "text": "أعلن تنظيم جند الشمال في بيان نشره على موقعه أمس مسؤوليته عن تفجير مسجد الريان."},
        {"id": "claim-2", "source": "أخبار التلال", "published": "2024-07-06T10:00",
         "text": "وتبنى تنظيم جند الشمال أمس تفجير مسجد الريان في بيان على موقعه."},
    ])
    assert entry["claim-1"] == entry["claim-2"]
    assert entry["bombing"] != entry["claim-1"]


def test_titles_do_not_count_in_a_senses_reach() -> None:
    # وقف على is a visit; the titles between the verb and على tell rank, not what happened, so the
    # visit is read, not the bombing named after موقع (a background fallback)
    clauses = [
        "ووقف صاحب السمو الملكي الأمير سالم بن ناصر أمير منطقة الوادي أمس على موقع التفجير",
        "ووقف المحافظ سالم ناصر عبدالله الحربي مع وفد الوزارة ومدير الشرطة أمس على موقع التفجير",
    ]
    assert [load_triggers().happening(fold(clause)) for clause in clauses] == ["زيارة", "تفجير"]
    found = clause_rows(clauses)
    assert [found[f"c-{k}"]["trigger"] for k in range(len(clauses))] == ["زيارة", "تفجير"]
    lexicon = load_triggers()
    assert lexicon.is_title("السمو") and lexicon.is_title("والأمير".replace("أ", "ا")) and not lexicon.is_title("سالم")


@pytest.mark.parametrize(("clause", "kind"), [
    # control taken by fighters; a fire brought under control is the fire; prices, a match: none
    ("وسيطرت القوات أمس على المعسكر بعد معارك عنيفة", "سيطرة"),
    ("وسيطرت فرق الدفاع المدني أمس على حريق في مستودع للأخشاب", "حريق"),
    ("وتمكنت المنظمة أمس من السيطرة على أسعار النفط", None),
    ("وسيطر الفريق أمس على المباراة منذ البداية", None),
    # fire opened on troops is an attack; the fire of strife is none
    ("وتعرضت الدورية أمس لنيران القناصة قرب الجسر", "هجوم"),
    ("وحذر الشيخ أمس من إشعال نيران الفتنة", None),
    # a martyr's death is a toll; a quotation cited is none
    ("واستشهد أمس جندي بقذيفة على الحدود", "قتلى"),
    ("واستشهد الكاتب أمس بقول الفيلسوف في مقاله", None),
    # a press conference is a meeting, its accusative too; an inauguration told by its noun with a pronoun
    ("ويعقد المدربان اليوم مؤتمرا صحفيا في الفندق", "اجتماع"),
    ("وقال الوزير عقب تدشينه الحملة أمس إن الحملة تستمر شهرا", "افتتاح"),
])
def test_more_words_name_the_happening_their_sense_tells(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind


@pytest.mark.parametrize(("clause", "kind"), [
    # air strikes told by the verb that launches them (the strikes right after it qualify it)
    ("وشنت طائرات التحالف أمس غارات على مواقع المسلحين", "غارة"),
    ("وأعلن الجيش أمس شن ضربات جوية على القرية", "غارة"),
    ("وشن مسلحون أمس هجوما على الحاجز الأمني", "هجوم"),
    # a war launched is an operation begun
    ("وكانت الحكومة قد أطلقت في مايو حربا على المهربين", "انطلاق عملية"),
    # information or funds released are no release
    ("وأفرجت الوزارة أمس عن معلومات جديدة حول الصفقة", None),
    ("وأفرجت السلطات أمس عن ثلاثة صحفيين", "إفراج"),
])
def test_air_strikes_wars_and_releases(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind


@pytest.mark.parametrize(("clause", "kind"), [
    # strikes from the air are air strikes; a sunstroke or a penalty is none
    ("ونفذت الطائرات أمس ضربات جوية على مواقع المسلحين", "غارة"),
    ("وحذرت الوزارة أمس من ضربة الشمس في الصيف", None),
    # a military campaign begun is an operation begun; an awareness campaign is none
    ("وبدأ التحالف أمس حملة جوية على مواقع المتمردين", "انطلاق عملية"),
    ("وأطلقت الوزارة أمس حملة توعية بمخاطر التدخين", None),
    ("وشنت الحكومة أمس حربا على المهربين في الجنوب", "انطلاق عملية"),
    # an attack told by its means: a car bomb
    ("واستهدفت سيارة مفخخة أمس مركزا للشرطة في المدينة", "تفجير"),
])
def test_strikes_campaigns_and_car_bombs(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind


def test_one_campaign_told_as_a_campaign_of_strikes_or_a_war_launched_is_one_entry() -> None:
    # outlets tell one campaign's start as a campaign of air strikes begun or as a war launched
    entry = entry_of([
        {"id": "campaign", "source": "نشرة الوادي", "published": "2024-07-06T08:00",
         "text": "وبدأت حكومة الوادي أمس حملة ضربات جوية على معسكرات جبهة الجبل في الشمال."},
        {"id": "war", "source": "صدى الساحل", "published": "2024-07-06T09:00",
         "text": "وشنت حكومة الوادي أمس حربا على معسكرات جبهة الجبل في الشمال."},
        {"id": "awareness", "source": "أخبار التلال", "published": "2024-07-06T10:00",
         "text": "وأطلقت وزارة الصحة أمس حملة توعية في الشمال."},
    ])
    assert entry["campaign"] == entry["war"]
    assert entry["awareness"] != entry["campaign"]


@pytest.mark.parametrize(("clause", "kind"), [
    # وصل: a person's arrival; a level, information, a deal or a storm reaching is none
    ("ووصل وزير الخارجية أمس إلى العاصمة في زيارة رسمية", "زيارة"),
    ("ووصلت أسعار العقارات أمس إلى مستويات قياسية", None),
    ("ووصلت معلومات أمس إلى الشرطة عن مكان المطلوب", None),
    ("ووصل الإعصار صباح اليوم إلى الساحل الشرقي", None),
])
def test_what_reaches_is_no_visit(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind


@pytest.mark.parametrize(("clause", "kind"), [
    # فجر: a bombing when what is blown up follows; dawn is none
    ("وفجر انتحاري نفسه أمس في سوق المدينة", "تفجير"),
    ("وفجر المسلحون أمس سيارة مفخخة قرب الحاجز", "تفجير"),
    ("وتقام المحاضرة بعد صلاة الفجر في الجامع", None),
    ("وأطلقت القوات مع ساعات الفجر الأولى قنابل مضيئة", None),
])
def test_dawn_is_no_bombing(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind


@pytest.mark.parametrize(("clause", "kind"), [
    # تحرير: a town liberated, not an editor-in-chief; انهيار: a building, not prices or talks
    ("وأعلنت القوات أمس تحرير المدينة من المسلحين", "سيطرة"),
    ("وتولى أمس رئاسة تحرير الصحيفة", None),
    ("وأدى انهيار المبنى أمس إلى محاصرة السكان", "انهيار"),
    ("وتراجعت العملة أمس بعد انهيار أسعار النفط", None),
])
def test_liberations_and_collapses(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind


@pytest.mark.parametrize(("clause", "kind"), [
    # a verb never takes the article: الكشف عن هويته (anonymity), الصادق (a name), الصوت (a sound)
    ("وقال مسؤول طلب عدم الكشف عن هويته إن القوات تقدمت أمس", None),
    ("وكشفت الشرطة أمس هوية المهاجم", "هوية"),
    ("وقال المتحدث علي الصادق أمس إن الحكومة على اتصال بالطرفين", None),
    ("وصادق مجلس النواب أمس على القانون", "تصويت"),
])
def test_a_verb_never_takes_the_article(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind


def test_the_article_keeps_a_verb_out_of_the_lookups_and_the_sensed_tokens() -> None:
    lexicon = load_triggers()
    assert lexicon.sensed("الكشف") is None and lexicon.sensed("وكشفت") == "كشفت"
    assert lexicon.word_class("الصوت") is None and lexicon.word_class("اختفت") == "اختفاء"
    assert "الكشف" not in lexicon.sensed_tokens and "وكشف" in lexicon.sensed_tokens
    # a noun form listed as such keeps the article (اللقاء، الجولة)
    assert lexicon.sensed("اللقاء") == "لقاء"


def test_an_attacks_wounded_near_a_guard_cannons_or_a_general_stay_a_toll() -> None:
    # حارس (a guard), مدافع الهاون (cannons), نجم عن (resulted from), الفريق (a general) tell no sport
    lexicon = load_triggers()
    assert lexicon.happening(fold("وأصيب أمس حارس أمن بشظايا في الهجوم")) == "هجوم"
    assert lexicon.happening(fold("وأسفر القصف بمدافع الهاون أمس عن إصابة خمسة مدنيين")) == "غارة"
    assert lexicon.happening(fold("وأصيب أمس ثلاثة مارة بجروح نجمت عن شظايا")) == "قتلى"
    assert lexicon.happening(fold("وتعرض لاعب الوسط أمس لإصابة مع فريقه في التدريبات")) == "إصابة"
