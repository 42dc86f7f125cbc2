"""Who did what: reactions told apart by their actor (who condemned, who called), a
reaction opening its clause after a lead-in or a dateline, and a big story whose reports
of one bombing end in one entry while the reactions of different actors stay apart
(Arabic written for these tests, real tagger)."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of

from timeline.happenings import load_triggers


def test_a_reaction_after_a_lead_in_or_a_dateline_opens_its_clause() -> None:
    found = clause_rows([
        "إلى ذلك، أدانت البحرين أمس الهجوم الذي استهدف سوق المدينة.",
        "واس - الرياض : أدانت الحكومة أمس الهجوم الذي استهدف سوق المدينة.",
        "من جانبها، أدانت الجامعة العربية أمس الهجوم الذي استهدف سوق المدينة.",
    ])
    assert [found[f"c-{k}"]["trigger"] for k in range(3)] == ["إدانة"] * 3
    # who condemned, up to the happening condemned (not the market it targeted)
    assert found["c-0"]["object"] == ["بحر"]
    assert found["c-2"]["object"] == ["جامع", "عرب"]
    lexicon = load_triggers()
    assert lexicon.happening("الي ذلك، ادانت البحرين الهجوم الذي استهدف السوق", at=40) == "إدانة"
    assert lexicon.happening("واس - الرياض : ادانت الحكومه الهجوم الذي استهدف السوق", at=50) == "إدانة"


def test_a_call_is_told_by_its_caller_titles_passed_over() -> None:
    found = clause_rows([
        "تلقى الوزير أمس اتصالا هاتفيا من صاحب السمو الأمير سالم بن فهد أعرب خلاله عن إدانته للهجوم.",
    ])
    # the call, not the condemnation voiced in it; its actor the caller, not his titles
    assert found["c-0"]["trigger"] == "اتصال"
    assert {"سالم", "فهد"} <= set(found["c-0"]["object"])
    assert not {"صاحب", "سمو", "امير", "بن"} & set(found["c-0"]["object"])


def test_calls_from_two_callers_on_one_day_are_two_entries() -> None:
    # one receiver, one day, nearly the same words: who called tells the two calls apart;
    # each call told by two outlets is one entry
    call = "تلقى وزير الداخلية {} اتصالا هاتفيا من {} أعرب خلاله عن إدانته للهجوم الإرهابي على سوق مدينة النخيل."
    entry = entry_of([
        {"id": "nasser-1", "source": "نشرة الوادي", "published": "2024-07-04T08:00",
         "text": call.format("أمس", "معالي الشيخ ناصر الحمود وزير داخلية دولة الواحة")},
        {"id": "nasser-2", "source": "صدى الساحل", "published": "2024-07-04T09:00",
         "text": call.format("يوم الأربعاء", "الشيخ ناصر الحمود وزير الداخلية في دولة الواحة")},
        {"id": "faisal-1", "source": "أخبار التلال", "published": "2024-07-04T10:00",
         "text": call.format("أمس", "صاحب السمو الأمير فيصل الراشد ولي عهد مملكة الجبل")},
        {"id": "faisal-2", "source": "نشرة الشمال", "published": "2024-07-04T11:00",
         "text": call.format("يوم الأربعاء", "الأمير فيصل الراشد ولي عهد مملكة الجبل")},
    ])
    assert entry["nasser-1"] == entry["nasser-2"]
    assert entry["faisal-1"] == entry["faisal-2"]
    assert entry["nasser-1"] != entry["faisal-1"]


def test_one_actor_spelled_two_ways_is_one_entry() -> None:
    entry = entry_of([
        {"id": "us-1", "source": "نشرة الوادي", "published": "2024-07-04T08:00",
         "text": "أدانت وزارة الخارجية الأمريكية أمس الهجوم الإرهابي الذي استهدف سوق مدينة النخيل."},
        {"id": "us-2", "source": "صدى الساحل", "published": "2024-07-05T08:00",
         "text": "دانت وزارة الخارجية الأميركية أول من أمس الهجوم الإرهابي الذي استهدف سوق النخيل."},
    ])
    assert entry["us-1"] == entry["us-2"]


# a bombing of a mosque in the invented town of النخيل on Wednesday 3 July 2024: three
# outlets tell it in their own words (a suicide bomber, an explosive belt, the attacker
# named differently), and several reactions follow, in nearly the same words each
STORY = [
    {"id": "bomb-1", "source": "نشرة الوادي", "published": "2024-07-04T08:00",
     "text": "فجر انتحاري نفسه بحزام ناسف أمس داخل مسجد الرحمة في مدينة النخيل أثناء صلاة الظهر، ما أسفر عن مقتل 12 مصليا."},
    {"id": "bomb-2", "source": "صدى الساحل", "published": "2024-07-04T09:00",
     "text": "قتل 12 مصليا يوم الأربعاء في تفجير انتحاري استهدف مسجد الرحمة بالنخيل خلال صلاة الظهر."},
    {"id": "bomb-3", "source": "أخبار التلال", "published": "2024-07-03T20:00",
     "text": "فجر مهاجم يرتدي حزاما ناسفا نفسه اليوم في مسجد الرحمة بمدينة النخيل خلال صلاة الظهر وقتل 12 مصليا."},
    {"id": "gcc-1", "source": "نشرة الوادي", "published": "2024-07-04T10:00",
     "text": "أدانت الأمانة العامة لمجلس التعاون أمس التفجير الإرهابي الذي استهدف مسجد الرحمة في مدينة النخيل."},
    {"id": "gcc-2", "source": "نشرة الشمال", "published": "2024-07-04T10:30",
     "text": "من جانبها، أدانت الأمانة العامة لمجلس التعاون يوم الأربعاء التفجير الإرهابي الذي استهدف مسجد الرحمة في النخيل."},
    {"id": "jordan", "source": "صدى الساحل", "published": "2024-07-04T11:00",
     "text": "إلى ذلك، أدانت الحكومة الأردنية أمس التفجير الإرهابي الذي استهدف مسجد الرحمة في مدينة النخيل."},
    {"id": "egypt", "source": "أخبار التلال", "published": "2024-07-04T11:30",
     "text": "وأدانت مصر أمس التفجير الإرهابي الذي استهدف مسجد الرحمة في مدينة النخيل."},
]


def test_a_big_story_one_bombing_entry_and_reactions_apart_by_actor() -> None:
    entry = entry_of(STORY)
    assert entry["bomb-1"] == entry["bomb-2"] == entry["bomb-3"]
    assert entry["gcc-1"] == entry["gcc-2"]
    reactions = {entry["gcc-1"], entry["jordan"], entry["egypt"]}
    assert len(reactions) == 3 and entry["bomb-1"] not in reactions


def test_a_toll_and_the_bombing_it_counts_are_one_entry() -> None:
    # one outlet tells the bombing, another only what it did (its happening word a toll);
    # a toll of the same day in another town stays apart
    entry = entry_of([
        {"id": "bomb", "source": "نشرة الوادي", "published": "2024-07-04T08:00",
         "text": "فجر انتحاري نفسه أمس أثناء قيام مجموعة من المصلين بأداء الصلاة جماعة في مسجد الرحمة "
                 "بمدينة النخيل، وأسفر التفجير عن مقتل 12 مصليا وإصابة 30 آخرين."},
        {"id": "toll", "source": "صدى الساحل", "published": "2024-07-04T09:00",
         "text": "أثناء قيام مجموعة من المصلين بأداء الصلاة جماعة في مسجد الرحمة بمدينة النخيل أمس، "
                 "قتل 12 مصليا وأصيب 30 آخرون."},
        {"id": "elsewhere", "source": "أخبار التلال", "published": "2024-07-04T10:00",
         "text": "قتل ثلاثة أشخاص أمس في قصف استهدف سوق قرية الوادي."},
    ])
    assert entry["bomb"] == entry["toll"]
    assert entry["elsewhere"] != entry["bomb"]


def test_an_attack_and_a_bombing_of_one_academy_on_one_day_are_one_entry() -> None:
    # a suicide attack and a suicide bombing (one class: test_merge_means) tell one happening
    # when the rest agrees closely; a raid on a bank the same day in the same town stays apart
    entry = entry_of([
        {"id": "attack", "source": "نشرة الوادي", "published": "2024-07-05T20:00",
         "text": "قتل 20 طالبا على الأقل في هجوم انتحاري استهدف اليوم الجمعة مدخل أكاديمية الشرطة في مدينة النخيل."},
        {"id": "bombing", "source": "صدى الساحل", "published": "2024-07-06T08:00",
         "text": "ووقع تفجير انتحاري مساء أمس أمام مدخل أكاديمية الشرطة في مدينة النخيل وقتل 20 طالبا."},
        {"id": "bank", "source": "أخبار التلال", "published": "2024-07-05T21:00",
         "text": "اقتحم مسلحون اليوم مصرف الرافدين في مدينة النخيل وسرقوا خزنته."},
    ])
    assert entry["attack"] == entry["bombing"]
    assert entry["bank"] != entry["attack"]


def test_calls_between_namesakes_to_two_receivers_are_two_entries() -> None:
    # the caller of one call shares his names with the receiver and the caller of the
    # other (a prince and his father): whom each call was addressed to tells them apart
    entry = entry_of([
        {"id": "prince-1", "source": "نشرة الوادي", "published": "2024-07-04T08:00",
         "text": "تلقى نائب الملك الأمير خالد بن فهد أمس اتصالا هاتفيا من الأمير فيصل بن راشد آل مرزوق "
                 "أعرب خلاله عن إدانته للهجوم الإرهابي على سوق مدينة النخيل."},
        {"id": "prince-2", "source": "صدى الساحل", "published": "2024-07-04T09:00",
         "text": "تلقى نائب الملك الأمير خالد بن فهد يوم الأربعاء اتصالا هاتفيا من الأمير فيصل بن راشد آل مرزوق "
                 "أعرب فيه عن إدانته للهجوم الإرهابي على سوق النخيل."},
        {"id": "king-1", "source": "أخبار التلال", "published": "2024-07-04T10:00",
         "text": "تلقى الملك فيصل بن سعود أمس اتصالا هاتفيا من الملك راشد بن حمود آل مرزوق "
                 "أعرب خلاله عن إدانته للهجوم الإرهابي على سوق مدينة النخيل."},
        {"id": "king-2", "source": "نشرة الشمال", "published": "2024-07-04T11:00",
         "text": "تلقى الملك فيصل بن سعود يوم الأربعاء اتصالا هاتفيا من الملك راشد بن حمود آل مرزوق "
                 "أعرب فيه عن إدانته للهجوم الإرهابي على سوق النخيل."},
    ])
    assert entry["prince-1"] == entry["prince-2"]
    assert entry["king-1"] == entry["king-2"]
    assert entry["prince-1"] != entry["king-1"]
