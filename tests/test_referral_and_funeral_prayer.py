"""One happening told in other words by other outlets (issue 6 item 1, split45): a case sent to a court
(«أحالت النيابة… إلى محكمة الجنايات» / «أحيلوا للمحاكمة») is the court's; a funeral prayer («صلاة الميت على
الشهيد»، «صلاة الجنازة») is the funeral. Their other senses name no happening. Arabic written for these tests."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of


def test_a_case_sent_to_a_court_is_the_court_s() -> None:
    rows = clause_rows([
        "قال النائب العام أمس إنه أحال رئيس البلدية السابق وخمسة من موظفي الإدارة المالية في المدينة إلى "
        "محكمة الجنايات بتهمة الاختلاس.",
        "وقالت النيابة في بيان اليوم إن المتهمين الستة أحيلوا للمحاكمة.",
        "أعلنت الوزارة أمس إحالة 12 متهما إلى المحكمة العليا في قضية التهريب.",
        # turned into, retired, sent to prosecutors: no court
        "أحالت الحرب البلدة أمس إلى ركام.",
        "أحيل العميد أمس إلى التقاعد.",
        "وتمت أمس إحالة المخالفين إلى النيابة للتحقيق.",
    ])
    assert [rows[f"c-{k}"]["trigger"] for k in range(3)] == ["محاكمة"] * 3
    assert [rows[f"c-{k}"]["trigger"] for k in range(3, 6)] == [None] * 3



def test_a_court_word_past_a_bill_a_retirement_or_another_body_is_no_trial() -> None:
    # the court must be where the case is sent: a bill, a retirement or a non-court body met first
    # tells none (fix45, review45's counter-examples)
    rows = clause_rows([
        "أحال رئيس الوزراء أمس مشروع قانون المحكمة الدستورية إلى مجلس النواب.",
        "أحالت وزارة العدل أمس القاضي إلى التقاعد بعد ثلاثين عاما من العمل في المحكمة العليا.",
        "أحالت الحكومة ملف الأراضي أمس إلى ديوان المحاسبة بعد شكاوى من القضاء.",
        "أحال الوزير أمس المقترح إلى لجنة الشؤون القانونية قبل عرضه على المحكمة.",
        # sent to a court: still the court's
        "أحالت النيابة العامة أمس 12 متهما إلى محكمة الجنايات.",
        "أحيل المتهمون أمس للمحاكمة.",
        "أحال المجلس العسكري أمس ثلاثة ضباط إلى محكمة عسكرية.",
    ])
    assert [rows[f"c-{k}"]["trigger"] for k in range(4)] == [None] * 4
    assert [rows[f"c-{k}"]["trigger"] for k in range(4, 7)] == ["محاكمة"] * 3

def test_a_referral_told_two_ways_is_one_entry() -> None:
    entry = entry_of([
        {"id": "sent", "source": "صدى الساحل", "published": "2024-03-11T18:00",
         "text": "أحالت النيابة العامة في الكويت أمس الأحد 17 شخصا إلى القضاء بتهمة الانتماء إلى خلية إرهابية وتمويلها."},
        {"id": "tried", "source": "الأفق", "published": "2024-03-11T20:00",
         "text": "أعلن في الكويت أمس عن إحالة 17 متهما من عدة جنسيات إلى محكمة الجنايات بتهمة الانتماء إلى خلية إرهابية."},
    ])
    assert entry["sent"] == entry["tried"]


def test_a_funeral_prayer_is_the_funeral() -> None:
    rows = clause_rows([
        "أدت جموع غفيرة ظهر أمس صلاة الميت على الشهيد الذي استشهد في الاشتباكات.",
        "وأقيمت صلاة الجنازة على الضحايا الثلاثة عصر أمس في الجامع الكبير.",
        "أدى المصلون صلاة الغائب أمس على ضحايا السيول.",
        "أدى المصلون صلاة الظهر أمس في الجامع الكبير.",
        # an obituary's «أديت الصلاة عليه» is none: obituaries are told alike, day after day (a class
        # let two of one outlet, two days apart, join: 5k corpus)
        "انتقل إلى رحمة الله الشيخ سالم، وأديت الصلاة عليه فجر أمس في الجامع الكبير ودفن في مقبرة البلدة.",
        # the death told before its date stays the death
        "توفي الشيخ أمس وأقيمت صلاة الميت عليه في الجامع الكبير.",
    ])
    assert [rows[f"c-{k}"]["trigger"] for k in range(6)] == ["تشييع", "تشييع", "تشييع", None, None, "وفاة"]


def test_one_funeral_told_as_its_prayer_and_as_its_escort_is_one_entry() -> None:
    entry = entry_of([
        {"id": "prayer", "source": "صدى الساحل", "published": "2024-06-02T10:00",
         "text": "أدى أمير المنطقة عصر أمس السبت صلاة الميت على الشهيد الجندي سالم حمد المري بجامع الوادي."},
        {"id": "escort", "source": "الأفق", "published": "2024-06-02T12:00",
         "text": "شيعت جموع غفيرة عصر أمس السبت الشهيد سالم المري."},
    ])
    assert entry["prayer"] == entry["escort"]


def test_two_funerals_or_two_referrals_of_one_day_and_town_stay_apart() -> None:
    # the same day, the same mosque and prince: two martyrs' funeral prayers are two funerals
    # (one told as the prayer, one as the escort), and two cases sent to one court are two referrals
    entry = entry_of([
        {"id": "p1", "source": "صدى الساحل", "published": "2024-06-02T10:00",
         "text": "أدى أمير المنطقة عصر أمس السبت صلاة الميت على الشهيد الجندي سالم حمد المري بجامع الوادي."},
        {"id": "p2", "source": "الأفق", "published": "2024-06-02T12:00",
         "text": "شيعت جموع غفيرة عصر أمس السبت بجامع الوادي الشهيد الرقيب خالد ناصر العتيبي."},
        {"id": "r1", "source": "صدى الساحل", "published": "2024-03-11T18:00",
         "text": "أحالت النيابة العامة في الكويت أمس الأحد 17 شخصا إلى محكمة الجنايات بتهمة تمويل خلية إرهابية."},
        {"id": "r2", "source": "الأفق", "published": "2024-03-11T20:00",
         "text": "أحالت النيابة العامة في الكويت أمس الأحد مدير شركة مقاولات إلى محكمة الجنايات بتهمة الرشوة."},
    ])
    assert entry["p1"] != entry["p2"]
    assert entry["r1"] != entry["r2"]
