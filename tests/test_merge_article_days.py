"""One article that dates two clauses to different days tells two happenings: other
outlets' wording never chains them into one entry."""
from __future__ import annotations

from test_merge import reports_frame

from timeline import Grain
from timeline.merge import merge_events

# the council's demand (Monday) and, in the same sentence of one paper, the plan it
# approved the day before (Sunday): two other papers tell the demand with the plan's words
REPORTS = {
    "sahl": ("نشرة السهل", "2024-03-05",
             "طالب رئيس المجلس البلدي في عين الورد يوم الاثنين المقاول بإصلاح الجسر القديم فوق الوادي، "
             "وذلك في إطار خطة الصيانة التي أقرها المجلس البلدي يوم الأحد."),
    "jabal": ("صدى الجبل", "2024-03-05",
              "طالب رئيس المجلس البلدي في عين الورد يوم الاثنين المقاول بإصلاح الجسر القديم فوق الوادي "
              "في إطار خطة الصيانة البلدية."),
    "rasid": ("الراصد", "2024-03-05",
              "وطالب رئيس المجلس البلدي في عين الورد يوم الاثنين المقاول بإصلاح الجسر القديم في إطار خطة الصيانة."),
}
TABLE = {
    "يوم الاثنين": ("2024-03-04", None, Grain.DAY, "2024-03-04"),
    "يوم الأحد": ("2024-03-03", None, Grain.DAY, "2024-03-03"),
}


def test_two_days_of_one_article_never_share_an_entry() -> None:
    merged = merge_events(reports_frame(list(REPORTS), REPORTS, TABLE))
    by_day = {(r["article_id"], r["start"].day): r["cluster"] for r in merged.iter_rows(named=True)}
    assert len(by_day) == 4
    # the demand: one entry for the three papers; the plan of Sunday: an entry of its own
    assert by_day[("sahl", 4)] == by_day[("jabal", 4)] == by_day[("rasid", 4)]
    assert by_day[("sahl", 3)] != by_day[("sahl", 4)]


def test_outlets_a_day_apart_still_share_an_entry() -> None:
    # the guard is for one article's own days: two papers a day apart stay one entry
    reports = {k: v for k, v in REPORTS.items() if k != "sahl"}
    reports["rasid"] = ("الراصد", "2024-03-05",
                        "وطالب رئيس المجلس البلدي في عين الورد يوم الأحد المقاول بإصلاح الجسر القديم "
                        "فوق الوادي في إطار خطة الصيانة.")
    merged = merge_events(reports_frame(list(reports), reports, TABLE))
    assert merged["cluster"].n_unique() == 1 and merged["date_conflict"].all()
