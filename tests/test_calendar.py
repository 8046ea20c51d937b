"""Event lengths, unlock times and the default year and day."""
from datetime import datetime, timedelta, timezone

import pytest

from aoc import calendar
from aoc.errors import UnknownDay

EST = calendar.UNLOCK_TZ


def test_days_in_each_event():
    assert calendar.days_in(2015) == 25 and calendar.days_in(2024) == 25
    assert calendar.days_in(2025) == 12 and calendar.days_in(2026) == 12


def test_unlock_is_midnight_utc_minus_five():
    assert calendar.unlock_time(2023, 24) == datetime(2023, 12, 24, 5, tzinfo=timezone.utc)
    just_before = datetime(2023, 12, 24, 4, 59, 30, tzinfo=timezone.utc)
    assert calendar.time_until_unlock(2023, 24, just_before) == timedelta(seconds=30)


@pytest.mark.parametrize("at, year", [
    (datetime(2026, 11, 26, tzinfo=EST), 2025), (datetime(2026, 12, 1, tzinfo=EST), 2026), (datetime(2027, 1, 3, tzinfo=EST), 2026),
])
def test_latest_year(at, year):
    assert calendar.latest_year(at) == year


def test_default_day_only_during_the_event():
    assert calendar.default_day(datetime(2026, 12, 8, 9, tzinfo=EST)) == 8
    assert calendar.default_day(datetime(2026, 12, 20, tzinfo=EST)) is None
    assert calendar.default_day(datetime(2024, 12, 20, tzinfo=EST)) == 20
    assert calendar.default_day(datetime(2026, 11, 30, tzinfo=EST)) is None


def test_require_day():
    calendar.require_day(2024, 25)
    with pytest.raises(UnknownDay):
        calendar.require_day(2025, 13)
