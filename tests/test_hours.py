"""visits.opening_hours.hours: status, next opening and the hours of a day, without the database."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from visits.opening_hours.hours import (
    TZ,
    OpeningException,
    Period,
    WeeklyRule,
    day_hours,
    days,
    exception_conflicts,
    merge,
    next_opening,
    rule_conflicts,
    status,
    upcoming_exceptions,
)

EVERY_DAY = frozenset(range(7))
DAILY = WeeklyRule(EVERY_DAY, time(9, 30), time(17), None, None)
EASTER = WeeklyRule(EVERY_DAY, time(9, 30), time(18), date(2026, 4, 4), date(2026, 4, 19))
RULES = [DAILY, EASTER]
MAINTENANCE = OpeningException(date(2026, 9, 7), date(2026, 9, 18), reason="annual maintenance")
SPECIAL = OpeningException(date(2026, 10, 10), date(2026, 10, 10), (Period(time(10), time(20)),))
CHRISTMAS = OpeningException(date(2026, 12, 24), date(2026, 12, 25), reason="Christmas")
NEW_YEAR = OpeningException(date(2027, 1, 1), date(2027, 1, 1), reason="New Year's Day")
EXCEPTIONS = [MAINTENANCE, SPECIAL, CHRISTMAS, NEW_YEAR]


def at(*args, fold=0):
    """A moment on the Brussels wall clock."""
    return datetime(*args, tzinfo=TZ).replace(fold=fold)


def now(*args, rules=RULES, exceptions=EXCEPTIONS):
    return status(rules, exceptions, at(*args))


def same(a, b):
    """Equal as instants (the functions answer in UTC)."""
    return a is not None and b is not None and a.astimezone(UTC) == b.astimezone(UTC)


class TestNormalDay:
    def test_before_opening(self):
        s = now(2026, 6, 10, 8, 0)
        assert not s.is_open and s.published
        assert same(s.next_opening, at(2026, 6, 10, 9, 30))
        assert same(s.changes_at, at(2026, 6, 10, 9, 30))

    def test_at_opening_time(self):
        assert now(2026, 6, 10, 9, 30).is_open

    def test_during_hours(self):
        s = now(2026, 6, 10, 12, 0)
        assert s.is_open
        assert same(s.closes_at, at(2026, 6, 10, 17))
        assert same(s.changes_at, at(2026, 6, 10, 17))
        assert s.next_opening is None

    def test_last_minute_and_closing_time(self):
        assert now(2026, 6, 10, 16, 59).is_open
        assert now(2026, 6, 10, 16, 59, 59, 999999).is_open
        s = now(2026, 6, 10, 17, 0)
        assert not s.is_open
        assert same(s.next_opening, at(2026, 6, 11, 9, 30))

    def test_after_hours_changes_at_midnight(self):
        s = now(2026, 6, 10, 17, 30)
        assert not s.is_open
        assert same(s.next_opening, at(2026, 6, 11, 9, 30))
        # "opens again today" becomes true at midnight: the text changes then.
        assert same(s.changes_at, at(2026, 6, 11, 0, 0))

    def test_just_before_and_at_midnight(self):
        assert same(now(2026, 6, 10, 23, 59, 59).next_opening, at(2026, 6, 11, 9, 30))
        s = now(2026, 6, 11, 0, 0)
        assert s.today.day == date(2026, 6, 11)
        assert same(s.changes_at, at(2026, 6, 11, 9, 30))

    def test_any_time_zone_in_gives_the_same_answer(self):
        moment = datetime(2026, 6, 10, 15, 30, tzinfo=UTC)  # 17:30 in Brussels
        assert not status(RULES, EXCEPTIONS, moment).is_open
        assert status(RULES, EXCEPTIONS, moment - timedelta(minutes=31)).is_open


class TestExceptions:
    def test_closure_day(self):
        s = now(2026, 12, 24, 12, 0)
        assert not s.is_open
        assert s.today.exception is CHRISTMAS
        assert same(s.next_opening, at(2026, 12, 26, 9, 30))

    def test_closure_range(self):
        assert now(2026, 9, 6, 12, 0).is_open
        s = now(2026, 9, 7, 10, 0)
        assert not s.is_open
        assert s.today.exception.reason == "annual maintenance"
        assert same(s.next_opening, at(2026, 9, 19, 9, 30))
        assert not now(2026, 9, 18, 16, 0).is_open
        assert now(2026, 9, 19, 9, 30).is_open

    def test_special_hours_override_the_weekly_rule(self):
        morning = now(2026, 10, 10, 9, 45)
        assert not morning.is_open
        assert same(morning.next_opening, at(2026, 10, 10, 10, 0))
        evening = now(2026, 10, 10, 18, 0)
        assert evening.is_open
        assert same(evening.closes_at, at(2026, 10, 10, 20, 0))

    def test_closure_wins_over_special_hours_on_the_same_day(self):
        special = OpeningException(
            date(2026, 12, 24), date(2026, 12, 24), (Period(time(9), time(12)),)
        )
        hours = day_hours(RULES, [special, CHRISTMAS], date(2026, 12, 24))
        assert not hours.is_open and hours.exception is CHRISTMAS

    def test_upcoming_exceptions(self):
        assert upcoming_exceptions(EXCEPTIONS, date(2026, 9, 10), 2) == [MAINTENANCE, SPECIAL]
        assert upcoming_exceptions(EXCEPTIONS, date(2026, 12, 26), 5) == [NEW_YEAR]


class TestPeriodsAndSeasons:
    LUNCH = [
        WeeklyRule(frozenset(range(5)), time(9), time(12)),
        WeeklyRule(frozenset(range(5)), time(13), time(17)),
    ]

    def test_day_with_two_periods(self):
        morning = now(2026, 6, 10, 11, 0, rules=self.LUNCH, exceptions=[])
        assert morning.is_open and same(morning.closes_at, at(2026, 6, 10, 12))
        lunch = now(2026, 6, 10, 12, 30, rules=self.LUNCH, exceptions=[])
        assert not lunch.is_open
        assert same(lunch.next_opening, at(2026, 6, 10, 13))
        assert same(lunch.changes_at, at(2026, 6, 10, 13))

    def test_weekday_without_rule_is_closed(self):
        saturday = now(2026, 6, 13, 11, 0, rules=self.LUNCH, exceptions=[])
        assert saturday.published and not saturday.is_open
        assert same(saturday.next_opening, at(2026, 6, 15, 9))

    def test_touching_periods_are_one(self):
        assert merge([Period(time(12), time(17)), Period(time(9), time(12))]) == (
            Period(time(9), time(17)),
        )

    def test_narrowest_season_wins(self):
        s = now(2026, 4, 10, 17, 30)
        assert s.is_open and same(s.closes_at, at(2026, 4, 10, 18))
        assert not now(2026, 4, 20, 17, 30).is_open

    def test_season_without_this_weekday_closes_it(self):
        expo = [
            WeeklyRule(frozenset({2, 5, 6}), time(9, 30), time(17)),
            WeeklyRule(EVERY_DAY, time(9, 30), time(17), date(2026, 7, 1), date(2026, 8, 31)),
        ]
        assert not day_hours(expo, [], date(2026, 6, 9)).is_open  # a Tuesday in June
        assert day_hours(expo, [], date(2026, 7, 7)).is_open  # a Tuesday in the holidays

    def test_week(self):
        week = days(RULES, EXCEPTIONS, date(2026, 9, 14), 7)
        assert [d.is_open for d in week] == [False] * 5 + [True, True]


class TestDaylightSaving:
    def test_spring_forward_weekend(self):
        # 29 March 2026: clocks go from 02:00 CET to 03:00 CEST.
        saturday = now(2026, 3, 28, 16, 0)
        assert same(saturday.closes_at, datetime(2026, 3, 28, 16, 0, tzinfo=UTC))
        night = now(2026, 3, 29, 1, 30)
        assert same(night.next_opening, datetime(2026, 3, 29, 7, 30, tzinfo=UTC))
        # seven real hours, though the wall clock moves eight
        assert night.next_opening - night.moment == timedelta(hours=7)
        assert now(2026, 3, 29, 16, 59).is_open
        assert not now(2026, 3, 29, 17, 0).is_open

    def test_fall_back_weekend(self):
        # 25 October 2026: clocks go from 03:00 CEST back to 02:00 CET.
        evening = now(2026, 10, 24, 17, 30)
        assert evening.next_opening - evening.moment == timedelta(hours=17)
        for fold in (0, 1):
            s = status(RULES, EXCEPTIONS, at(2026, 10, 25, 2, 30, fold=fold))
            assert not s.is_open
            assert same(s.next_opening, datetime(2026, 10, 25, 8, 30, tzinfo=UTC))
        assert same(now(2026, 10, 25, 12, 0).closes_at, datetime(2026, 10, 25, 16, tzinfo=UTC))


class TestYearEnd:
    def test_new_years_eve_to_new_year(self):
        eve = now(2026, 12, 31, 16, 0)
        assert eve.is_open and same(eve.closes_at, at(2026, 12, 31, 17))
        after = now(2026, 12, 31, 17, 0)
        assert same(after.next_opening, at(2027, 1, 2, 9, 30))
        assert same(after.changes_at, at(2027, 1, 1, 0, 0))
        new_year = now(2027, 1, 1, 0, 0)
        assert new_year.today.exception is NEW_YEAR
        assert same(new_year.next_opening, at(2027, 1, 2, 9, 30))


class TestNothingPublished:
    def test_no_rules_at_all(self):
        s = now(2026, 6, 10, 12, 0, rules=[], exceptions=[])
        assert not s.published and not s.is_open
        assert s.next_opening is None and s.closes_at is None
        assert same(s.changes_at, at(2026, 6, 11, 0, 0))

    def test_closures_alone_do_not_publish_other_days(self):
        s = now(2026, 12, 26, 12, 0, rules=[], exceptions=[CHRISTMAS])
        assert not s.published and not s.is_open

    def test_after_the_last_season(self):
        only_2026 = [WeeklyRule(EVERY_DAY, time(9, 30), time(17), None, date(2026, 12, 31))]
        assert not now(2027, 1, 5, 12, 0, rules=only_2026, exceptions=[]).published

    def test_next_opening_stops_at_an_unpublished_day(self):
        gap = [
            WeeklyRule(EVERY_DAY, time(9, 30), time(17), None, date(2026, 6, 10)),
            WeeklyRule(EVERY_DAY, time(9, 30), time(17), date(2026, 6, 12), None),
        ]
        assert next_opening(gap, [], at(2026, 6, 10, 18, 0)) is None


class TestConflicts:
    def test_overlapping_rules_in_one_season(self):
        rules = [
            WeeklyRule(frozenset({0, 1}), time(9, 30), time(17)),
            WeeklyRule(frozenset({1}), time(16), time(18)),
            WeeklyRule(frozenset({1}), time(17), time(19)),
        ]
        assert rule_conflicts(rules) == [(0, 1), (1, 2)]

    def test_nested_seasons_are_fine_crossing_ones_are_not(self):
        crossing = WeeklyRule(EVERY_DAY, time(9), time(17), date(2026, 4, 15), date(2026, 5, 1))
        assert rule_conflicts(RULES) == []
        assert rule_conflicts([*RULES, crossing]) == [(1, 2)]

    def test_closure_against_special_hours(self):
        special = OpeningException(
            date(2026, 9, 18), date(2026, 9, 20), (Period(time(9), time(12)),)
        )
        assert exception_conflicts([MAINTENANCE, special, CHRISTMAS]) == [(0, 1)]


@pytest.mark.parametrize("year", [2026, 2027, 2028])
def test_every_moment_of_a_year_is_consistent(year):
    """Walk a year by the hour: open exactly when inside a period, and next changes in order."""
    moment = at(year, 1, 1, 0, 0)
    while moment.astimezone(TZ).year == year:
        s = status(RULES, EXCEPTIONS, moment)
        assert s.changes_at > s.moment
        if s.is_open:
            assert s.closes_at > s.moment
        elif s.next_opening:
            assert not status(RULES, EXCEPTIONS, s.next_opening - timedelta(seconds=1)).is_open
            assert status(RULES, EXCEPTIONS, s.next_opening).is_open
        moment += timedelta(hours=1)
