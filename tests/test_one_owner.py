"""Each word list has one owner, read by every layer that needs it (Arabic written for these tests):
the "nowadays" cues are relative.yaml's, the relative pronouns one source with each reader's
boundaries, the range words before a clock separators.yaml's, the clitics one derivation, the
present shape's non-verbs data, the subordinators triggers.yaml's."""

from __future__ import annotations

import datetime as dt

from merge_helpers import clause_rows

from timeline import tag
from timeline._yaml import load_language_yaml
from timeline.engine import _opens_no_name, _without_clitics, load_grammar
from timeline.events import _date_cues, article_events
from timeline.happenings import load_triggers
from timeline.lexicon import load_lexicon, relative_pronoun, relative_pronouns
from timeline.wording import consequences

PUBLISHED = dt.datetime(2015, 8, 6, 9)


def _tags(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, PUBLISHED)]


def _dated(text: str) -> list[str]:
    return [e.as_row()["expr"] for e in article_events("a", text, PUBLISHED)]


def test_event_dates_keeps_only_until_today() -> None:
    data = load_language_yaml("ar", "event_dates.yaml")
    assert data["nowadays_until"] == ["إلى", "حتى", "لغاية"]
    assert not {"nowadays_after", "nowadays_states", "nowadays_pronouns"} & set(data)
    lex, cues = load_lexicon(), _date_cues()
    assert cues.nowadays_states == lex.nowadays_states and "تعد" in lex.nowadays_states
    assert lex.nowadays_pronouns <= cues.nowadays_after and {"حتي", "الي"} <= cues.nowadays_after


def test_a_subject_pronoun_before_today_is_these_days_for_the_tagger_and_the_events() -> None:
    text = "تأسست الجمعية قبل ثلاثين عاما، وهي اليوم أكبر جمعية خيرية في المحافظة."
    assert ("اليوم", "PRESENT_REF") in _tags(text)
    assert "اليوم" not in _dated(text)


def test_the_speaker_before_today_keeps_its_day_but_dates_no_clause() -> None:
    text = "كتبت أمس عن زحام الطرق في المدينة، وها أنا اليوم أعود إلى الموضوع نفسه."
    assert ("اليوم", "2015-08-06") in _tags(text)
    assert "اليوم" not in _dated(text)


def test_a_verb_of_state_after_today_from_relative_yaml() -> None:
    assert "اليوم" not in _dated("والمدينة اليوم تعيش أزمة سكن خانقة.")
    assert "اليوم" in _dated("وافتتح المحافظ اليوم مدرسة جديدة في المدينة.")


def test_one_source_of_relative_pronouns_with_each_readers_boundaries() -> None:
    listed = {str(w) for w in load_language_yaml("ar", "event_dates.yaml")["relative_pronouns"]}
    assert relative_pronouns() == listed
    tagger = relative_pronoun(r"(?<!\w)[وف]?", r"(?!\w)")  # the tagger's, on folded text
    events = _date_cues().relative  # the clause cuts', on the original text
    assert tagger.search("فالذي حدث امس") and tagger.search("والتي.")
    assert events.search("زار المعهد، والذي افتتح عام 2001") and events.search("الطائرة التي اختفت")
    assert not events.search("وقال فالذي حدث أمس") and not events.search("وهو الذي.")


def test_the_range_words_before_a_clock_come_from_separators() -> None:
    range_end = load_grammar().joins.range_end
    for before in ("العاشره حتي ", "العاشره وحتي ", "العاشره ولغايه ", "العاشره الي غايه ", "10 - ", "10-"):
        assert range_end.search(before), before
    assert not range_end.search("الساعه ")
    # the second end of a range is no time of every Friday, whatever the range word
    for to in ("حتى", "وحتى", "ولغاية"):
        told = _tags(f"يفتح المتحف أبوابه العاشرة {to} 12 ظهرا كل جمعة")
        assert ("كل جمعة", "XXXX-WXX-5") in told, to
    assert _tags("يفتح المتحف أبوابه 12 ظهرا كل جمعة") == [("12 ظهرا كل جمعة", "XXXX-WXX-5T12")]


def test_one_clitic_derivation_for_key_words_and_names() -> None:
    assert [stem for _, stem in _without_clitics("وبالامس")] == ["وبالامس", "بالامس", "الامس"]
    assert [stem for _, stem in _without_clitics("بلغد")] == ["بلغد", "لغد"]
    never = load_lexicon().name_never_opens
    for text in ("لمده يومين", "ولمده يومين", "فلمده يومين", "مده يومين"):
        assert _opens_no_name(text, 0, never), text
    assert not _opens_no_name("الخميس", 0, never)
    assert _tags("وتوقفت حركة القطارات ولمدة يومين") == [("لمدة يومين", "P2D")]


def test_the_present_shape_non_verbs_are_data() -> None:
    assert {"يوم", "يناير"} <= set(load_lexicon().present_not_verb_starts)
    assert _tags("وينتظر أن يعود للتدريبات بعد أسبوعين.") == [("بعد أسبوعين", "2015-08-20")]
    assert _tags("وأمضى الوفد يومين هناك بعد أسبوعين.")[-1] == ("بعد أسبوعين", "P2W")


def test_the_subordinators_are_not_repeated_as_consequences() -> None:
    subordinators = load_triggers().subordinators
    assert not subordinators & set(consequences())
    rows = clause_rows([
        "وتواجد اليوم وبموقع التفجير عشرات من رجال الأمن.",  # two clitics: not only background
        "وتواجد اليوم في موقع التفجير عشرات من رجال الأمن.",
        "وفجر انتحاري نفسه اليوم في مسجد البلدة.",
    ])
    assert [(rows[k]["trigger"], rows[k]["own"]) for k in ("c-0", "c-1", "c-2")] == [
        ("تفجير", False), ("تفجير", False), ("تفجير", True)]
