"""X's day where its sentence tells it across a comma, not where an adjective naming a means
(``الحزام الناسف``) looks like a bombing; X read with the words after it (``الهجوم الانتحاري``:
a bombing) (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

_PUBLISHED = dt.datetime(2024, 8, 5, 8)
# the bombing (a Friday, 12 July) told across a comma; later a trial's confessions, with a
# Friday noon that the tagger counts from the publication
_TEXT = ("وأسفر التفجير الذي نفذه انتحاري في سوق المدينة، وتعرض له المصلون خلال صلاة جمعة 12 يوليو الماضي، "
         "عن مقتل عشرة أشخاص. "
         "وكانت النيابة وجهت في 20 يوليو الماضي الاتهام إلى سبعة أشخاص في حادث التفجير. "
         "وقال المتهم إنه ألبس المنفذ الحزام الناسف قبل إيصاله إلى السوق ظهر الجمعة. "
         "وأضاف أن شريكه أحضر المتفجرات قبل يوم من التفجير. "
         "وادعى أنه انضم إلى التنظيم قبل يوم واحد من الهجوم الانتحاري على السوق.")


def _values() -> dict[str, str]:
    return {r["expr"]: r["value"] for r in (e.as_row() for e in article_events("a", _TEXT, _PUBLISHED))}


def test_the_day_before_the_bombing_counts_from_the_sentence_that_tells_it() -> None:
    # 11 July: not the day before the Friday noon of the confession (2 August), nor the charge's
    assert _values()["قبل يوم من التفجير"] == "2024-07-11"


def test_a_suicide_attack_is_the_bombing_its_sentence_tells() -> None:
    assert _values()["قبل يوم واحد من الهجوم"] == "2024-07-11"


def test_a_date_after_a_comma_with_its_own_predicate_is_that_predicates() -> None:
    text = ("وقال الشهود إن الهجوم استهدف السوق، واعتقلت الشرطة يوم 20 يوليو ثلاثة أشخاص. "
            "وأضاف أن المنفذ وصل قبل يوم واحد من الهجوم.")
    values = {r["expr"]: r["value"] for r in (e.as_row() for e in article_events("a", text, _PUBLISHED))}
    # the arrests' day does not date the attack: the phrase names X only, no dated sentence tells it
    assert values.get("قبل يوم واحد من الهجوم") != "2024-07-19"


def test_the_day_of_the_bombing_is_the_bombings_day() -> None:
    text = ("ووقع التفجير في المسجد يوم الجمعة 12 يوليو الماضي. "
            "وقال المتهم إنه استقبل المنفذ فجر يوم التفجير وآواه في بيته.")
    rows = [e.as_row() for e in article_events("a", text, _PUBLISHED)]
    assert ("فجر يوم التفجير", "2024-07-12", "event:تفجير") in [(r["expr"], r["value"], r["anchor"]) for r in rows]


def test_the_day_of_a_bombing_nothing_dates_waits_for_it_and_its_weekday_is_no_last_friday() -> None:
    text = "وقال المتهم إنه استقبل المنفذ فجر يوم التفجير الجمعة وآواه في بيته."
    rows = [e.as_row() for e in article_events("a", text, _PUBLISHED, pending=True)]
    # not the Friday before the publication (2 August): pending, anchored to the bombing
    assert [(r["expr"], r["value"]) for r in rows] == [("فجر يوم التفجير الجمعة", "event:تفجير+P0D")]


def test_election_day_alone_is_any_elections_day() -> None:
    assert list(article_events("a", "ويحق للناخب التصويت في يوم الاقتراع.", _PUBLISHED, pending=True)) == []


def test_the_day_of_the_incident_is_the_day_of_what_the_article_calls_it() -> None:
    text = ("وأسفر التفجير الذي نفذه انتحاري، وتعرض له المصلون خلال صلاة جمعة 12 يوليو الماضي، عن مقتل عشرة. "
            "ووجهت النيابة في 20 يوليو الاتهام إلى سبعة في حادث التفجير. "
            "وقال إنه استقبل المنفذ الذي وصل فجر يوم الحادث إلى المدينة.")
    rows = [e.as_row() for e in article_events("a", text, _PUBLISHED)]
    assert ("فجر يوم الحادث", "2024-07-12") in [(r["expr"], r["value"]) for r in rows]


def test_the_day_of_an_incident_the_article_never_names_is_no_date() -> None:
    text = "وقال إنه استقبل المنفذ الذي وصل فجر يوم الحادث إلى المدينة."
    assert list(article_events("a", text, _PUBLISHED, pending=True)) == []
