"""Wall times and epoch times into aware times, with clock changes flagged, never guessed
silently: the user gives the time zone (exports rarely carry one)."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..i18n import _
from .record import ExportRefused

DEFAULT_ZONE = "Europe/Brussels"


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ExportRefused(_("unknown time zone `{name}`; give one such as Europe/Brussels or Europe/Paris")
                              .format(name=name)) from None


def from_wall(naive: datetime, tz: ZoneInfo) -> tuple[datetime, str | None]:
    """The wall time in tz, and 'ambiguous' (the hour occurred twice: the first, summer
    time, is taken) or 'nonexistent' (the hour was skipped: the offset before the change
    is taken, as the phone's clock read) or None."""
    first = naive.replace(tzinfo=tz, fold=0)
    second = naive.replace(tzinfo=tz, fold=1)
    if first.utcoffset() == second.utcoffset():
        return first, None
    round_trip = first.astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None)
    return first, "ambiguous" if round_trip == naive else "nonexistent"


def from_epoch(seconds: float, tz: ZoneInfo) -> datetime | None:
    """The moment, or None for a number no calendar holds (a damaged export)."""
    try:
        return datetime.fromtimestamp(seconds, tz)
    except (OverflowError, OSError, ValueError):
        return None


def utc_stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat()
