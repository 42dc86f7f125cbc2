"""A feminine noun's ``ة`` is written ``ت`` before a pronoun (``جلسته``، ``حكومتها``): the merge
reads the word as the noun when the batch knows it (issue 6 item 1, merge19). Arabic written
for these tests."""

from __future__ import annotations

import polars as pl

from timeline.normalize import fold
from timeline.pipeline import build_timeline
from timeline.wording import load_wording


def _stems(text: str, columns: bool = False) -> dict[str, str]:
    words = [fold(w) for w in text.split()]
    wording = load_wording()
    if not columns:
        return wording._stems_by_word(words)
    table = wording.stem_table(pl.Series(words))
    return dict(zip(table["token"].to_list(), table["stem"].to_list()))


def test_a_noun_before_a_pronoun_meets_the_noun(monkeypatch: object) -> None:
    import timeline.wording as wording

    text = ("عقد المجلس جلسته وحضر الجلسة وقالت الحكومة إن حكومتها ووصل في زيارته الأولى "
            "خلال الزيارة وزيارتها هدنة مؤقتة ووقف مؤقت وقيمة ثابتة بسعر ثابت وعاد إلى بيته وهدم البيت")
    for columns in (False, True):
        if columns:
            monkeypatch.setattr(wording, "COLUMNS_FROM", 0)  # type: ignore[attr-defined]
        stems = _stems(text, columns)
        assert stems[fold("جلسته")] == stems[fold("الجلسة")]
        assert stems[fold("حكومتها")] == stems[fold("الحكومة")]
        assert stems[fold("زيارته")] == stems[fold("الزيارة")] == stems[fold("وزيارتها")]
        # a ت of the word itself (مؤقتة، ثابتة: no word مؤق، ثاب) stays, and a short word is left alone
        assert stems[fold("مؤقتة")] == stems[fold("مؤقت")] and stems[fold("ثابتة")] == stems[fold("ثابت")]
        assert stems[fold("بيته")] == stems[fold("البيت")]


def test_the_noun_is_read_only_when_the_batch_knows_it() -> None:
    stems = _stems("عقد المجلس جلسته أمس")
    assert stems[fold("جلسته")] == "جلست"


def test_a_session_told_with_its_pronoun_and_with_the_article_is_one_entry() -> None:
    articles = [
        {"id": "a1", "source": "صدى الساحل", "published": "2024-03-11T18:00",
         "text": "وفي العاصمة، عقد البرلمان أمس الأحد جلسته الطارئة وسط إجراءات أمنية."},
        {"id": "a2", "source": "الأفق", "published": "2024-03-11T20:00",
         "text": "شهدت الجلسة الطارئة للبرلمان أمس الأحد مشادات كلامية بين نواب الكتل حول قانون الضرائب، "
                 "وانسحب عدد من الأعضاء قبل التصويت على تأجيل النظر في مشروع الموازنة."},
        {"id": "a3", "source": "المرصد", "published": "2024-03-11T20:00",
         "text": "وافتتح وزير الطاقة أمس الأحد محطة جديدة لتوليد الكهرباء في المحافظات الجنوبية بحضور "
                 "أعضاء البرلمان عن المنطقة."},
        {"id": "a4", "source": "المرصد", "published": "2024-03-11T20:00",
         "text": "وقال رئيس الوزراء أمس الأحد إن الحكومة ستعرض على البرلمان خطة لإصلاح شبكة الكهرباء."},
    ]
    events = build_timeline(pl.DataFrame(articles)).events
    entry = dict(zip(events["article_id"], events["cluster"]))
    assert entry["a1"] == entry["a2"]
    assert len({entry["a1"], entry["a3"], entry["a4"]}) == 3
