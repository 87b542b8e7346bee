"""The occurrence function: schedule rows, school holidays, opening hours, closures, daylight
saving, the year's end and cancellations. Pure values, no database."""

from datetime import UTC, date, datetime, time, timedelta

from visits.agenda.occurrences import (
    IN_HOLIDAYS,
    OUTSIDE_HOLIDAYS,
    Cancellation,
    Slot,
    between,
    next_change,
    skipped,
    upcoming,
)
from visits.agenda.times import parse_times
from visits.opening_hours import hours

EVERY_DAY = frozenset(range(7))
WEEKEND = frozenset({5, 6})
BUILDING = (hours.WeeklyRule(EVERY_DAY, time(9, 30), time(17)),)
CHRISTMAS = hours.OpeningException(date(2026, 12, 24), date(2026, 12, 25), (), "Christmas")
NEW_YEAR = hours.OpeningException(date(2027, 1, 1), date(2027, 1, 1), (), "New Year")
# The Christmas holidays of 2026–2027, weekends included.
HOLIDAYS = ((date(2026, 12, 19), date(2027, 1, 3)),)
TEN_MINUTES = timedelta(minutes=10)


def starts(found):
    return [o.starts.astimezone(hours.TZ).strftime("%a %d %H:%M") for o in found]


def test_weekend_shows_on_saturdays_and_sundays_only():
    slot = Slot(weekdays=WEEKEND, times=(time(15),))
    found = between(
        [slot], BUILDING, (), (), date(2026, 12, 7), date(2026, 12, 13), timedelta(minutes=25)
    )
    assert starts(found) == ["Sat 12 15:00", "Sun 13 15:00"]


def test_holiday_rows_run_only_in_the_holidays_and_others_only_outside():
    in_holidays = Slot(times=(time(11), time(14, 30)), holidays=IN_HOLIDAYS)
    outside = Slot(weekdays=frozenset({2}), times=(time(14),), holidays=OUTSIDE_HOLIDAYS)
    found = between(
        [in_holidays, outside],
        BUILDING,
        (),
        HOLIDAYS,
        date(2026, 12, 16),
        date(2026, 12, 20),
        TEN_MINUTES,
    )
    # Wednesday 16th is a school day; the holidays start on Saturday 19th.
    assert starts(found) == [
        "Wed 16 14:00",
        "Sat 19 11:00",
        "Sat 19 14:30",
        "Sun 20 11:00",
        "Sun 20 14:30",
    ]


def test_nothing_on_closed_days_and_the_year_end_is_crossed():
    slot = Slot(times=(time(11),))
    found = between(
        [slot],
        BUILDING,
        (CHRISTMAS, NEW_YEAR),
        (),
        date(2026, 12, 23),
        date(2027, 1, 2),
        TEN_MINUTES,
    )
    days = [o.day for o in found]
    assert date(2026, 12, 24) not in days and date(2026, 12, 25) not in days
    assert date(2027, 1, 1) not in days
    assert days[0] == date(2026, 12, 23) and days[-1] == date(2027, 1, 2)
    assert len(days) == 11 - 3


def test_a_session_must_end_by_closing_time():
    late = Slot(times=(time(16, 40), time(16, 50), time(9, 0)))
    found = between(
        [late], BUILDING, (), (), date(2026, 12, 7), date(2026, 12, 7), timedelta(minutes=20)
    )
    # 09:00 is before opening, 16:50 + 20 min ends after 17:00
    assert starts(found) == ["Mon 07 16:40"]


def test_special_hours_replace_the_days_hours():
    evening = hours.OpeningException(
        date(2026, 12, 11),
        date(2026, 12, 11),
        (hours.Period(time(9, 30), time(17)), hours.Period(time(19), time(23))),
        "Night",
    )
    slot = Slot(times=(time(20),))
    found = between(
        [slot], BUILDING, (evening,), (), date(2026, 12, 10), date(2026, 12, 12), TEN_MINUTES
    )
    assert starts(found) == ["Fri 11 20:00"]


def test_own_hours_ignore_the_time_but_not_a_closure():
    slot = Slot(first_day=date(2026, 12, 18), last_day=date(2026, 12, 25), times=(time(19),))
    found = between(
        [slot],
        BUILDING,
        (CHRISTMAS,),
        (),
        date(2026, 12, 18),
        date(2026, 12, 25),
        timedelta(hours=4),
        own_hours=True,
    )
    assert [o.day.day for o in found] == [18, 19, 20, 21, 22, 23]


def test_daylight_saving_keeps_the_wall_clock_time():
    slot = Slot(weekdays=frozenset({6}), times=(time(11),))
    found = between([slot], BUILDING, (), (), date(2027, 3, 21), date(2027, 4, 4), TEN_MINUTES)
    # 11:00 in Brussels is 10:00 UTC in winter and 09:00 UTC from 28 March 2027 (summer time)
    assert [o.starts.astimezone(UTC).hour for o in found] == [10, 9, 9]
    assert {o.starts.astimezone(hours.TZ).time() for o in found} == {time(11)}


def test_an_all_day_exhibition_takes_the_venues_hours_from_a_date_to_a_date():
    expo_hours = (
        hours.WeeklyRule(frozenset({2}), time(12, 30), time(17)),
        hours.WeeklyRule(WEEKEND, time(9, 30), time(17)),
    )
    slot = Slot(first_day=date(2026, 12, 9), last_day=date(2026, 12, 13))
    found = between([slot], expo_hours, (), (), date(2026, 12, 7), date(2026, 12, 20), timedelta())
    assert [(o.day.day, o.periods[0].opens) for o in found] == [
        (9, time(12, 30)),
        (12, time(9, 30)),
        (13, time(9, 30)),
    ]
    assert all(o.all_day for o in found)


def test_a_cancelled_session_stays_listed_with_its_reason():
    slot = Slot(times=(time(11), time(14, 30)))
    cancelled = (Cancellation(date(2026, 12, 8), time(14, 30), "the presenter is ill"),)
    found = between(
        [slot],
        BUILDING,
        (),
        (),
        date(2026, 12, 8),
        date(2026, 12, 8),
        TEN_MINUTES,
        cancellations=cancelled,
    )
    assert [(o.starts.astimezone(hours.TZ).time(), o.cancelled) for o in found] == [
        (time(11), ""),
        (time(14, 30), "the presenter is ill"),
    ]


def test_a_whole_day_can_be_cancelled():
    slot = Slot(times=(time(11), time(14, 30)))
    cancelled = (Cancellation(date(2026, 12, 8), None, "fully booked"),)
    found = between(
        [slot],
        BUILDING,
        (),
        (),
        date(2026, 12, 8),
        date(2026, 12, 9),
        TEN_MINUTES,
        cancellations=cancelled,
    )
    assert [bool(o.cancelled) for o in found] == [True, True, False, False]


def test_what_is_still_to_come_drops_a_session_once_it_starts():
    slot = Slot(times=(time(11), time(14, 30)))
    found = between([slot], BUILDING, (), (), date(2026, 12, 8), date(2026, 12, 8), TEN_MINUTES)
    before = datetime(2026, 12, 8, 14, 29, tzinfo=hours.TZ)
    after = datetime(2026, 12, 8, 14, 30, tzinfo=hours.TZ)
    assert starts(upcoming(found, before)) == ["Tue 08 14:30"]
    assert upcoming(found, after) == []
    assert next_change(found, before) == datetime(2026, 12, 8, 14, 30, tzinfo=hours.TZ)


def test_an_all_day_occurrence_is_gone_at_closing_time():
    found = between([Slot()], BUILDING, (), (), date(2026, 12, 8), date(2026, 12, 8), timedelta())
    assert upcoming(found, datetime(2026, 12, 8, 16, 59, tzinfo=hours.TZ)) == found
    assert upcoming(found, datetime(2026, 12, 8, 17, 0, tzinfo=hours.TZ)) == []


def test_skipped_names_the_times_the_hours_do_not_allow():
    slot = Slot(times=(time(11), time(17, 30)))
    found = skipped(
        [slot], BUILDING, (CHRISTMAS,), (), date(2026, 12, 23), date(2026, 12, 24), TEN_MINUTES
    )
    assert [(s.day.day, s.at) for s in found] == [
        (23, time(17, 30)),
        (24, time(11)),
        (24, time(17, 30)),
    ]
    assert found[1].day_hours.exception.reason == "Christmas"


def test_start_times_are_read_as_editors_type_them():
    assert parse_times("14:30, 11:00; 11.00 9u") == (time(9), time(11), time(14, 30))
    assert parse_times("") == ()
    for bad in ("25:00", "11:75", "noon", "99999999999999999999"):
        try:
            parse_times(bad)
        except ValueError as error:
            assert bad in str(error)
        else:
            raise AssertionError(bad)
