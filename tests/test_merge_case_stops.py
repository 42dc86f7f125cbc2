"""A word naming a case (``cases`` of wording.yaml) followed by a connective that opens another clause
(``case_stops``: ``وذلك``، ``كما``، ``حيث``) names no case there: ``لعدد من المتهمين وذلك لما أوجبه القانون``
is no case «أوجبه القانون», so a hearing's report saying so is not kept apart from the other reports of
that hearing by the case guard (pair45, the Kuwaiti hearing kw-R07). Arabic written for these tests."""

from __future__ import annotations

import polars as pl
import pytest

from timeline import wording
from timeline.errors import LanguageDataError
from timeline.pipeline import build_timeline
from timeline.wording import clause_features, load_wording


def _cases(texts: list[str]) -> dict[str, list[str]]:
    """The stems each article's clause names as its case."""
    frame = build_timeline(pl.DataFrame([
        {"id": f"c-{k}", "published": "2024-05-12T08:00", "text": text} for k, text in enumerate(texts)
    ]), merge=False).events
    features = clause_features(frame)
    stems = dict(zip(features.words["word"], features.words["stem"]))
    return {article: sorted(stems[w] for w in case)
            for article, case in zip(frame["article_id"], features.events["case"].to_list())}


def test_a_case_word_a_connective_follows_names_no_case() -> None:
    cases = _cases([
        "وقررت المحكمة اليوم تأجيل الجلسة وتكليف نقابة المحامين بتوفير محامين لعدد من المتهمين وذلك لما أوجبه "
        "قانون الإجراءات.",
        "وقررت المحكمة اليوم تأجيل النظر في قضية تهريب الآثار إلى الأسبوع المقبل، كما قررت إخلاء سبيل متهمين.",
    ])
    wording_ = load_wording()
    assert cases["c-0"] == []
    assert {wording_.stem(w) for w in ("تهريب", "اثار")} <= set(cases["c-1"])


def test_a_bad_case_stops_entry_names_its_field(monkeypatch: pytest.MonkeyPatch) -> None:
    real = wording.load_language_yaml
    data = dict(real("ar", "wording.yaml"))
    data["case_stops"] = "وذلك"
    monkeypatch.setattr(wording, "load_language_yaml",
                        lambda code, name: data if name == "wording.yaml" else real(code, name))
    with pytest.raises(LanguageDataError, match="wording.yaml: case_stops: a list"):
        wording.case_stops.__wrapped__("ar")
