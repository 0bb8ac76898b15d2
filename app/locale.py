"""Locale-aware formatting and parsing of money, numbers and dates with Babel (no Qt)."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers

SUPPORTED = ("fi", "sv", "en")
# Cooperatives work in Finnish time; times are stored in UTC.
FINLAND = ZoneInfo("Europe/Helsinki")

# English as used in Finland: day-first dates and euro amounts written like Finnish ones.
_BABEL_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_FI"}
# Explicit patterns: Babel's short sv_FI date is ISO, and every language gets a 4-digit year.
_DATE_PATTERNS = {"fi": "d.M.yyyy", "sv": "d.M.yyyy", "en": "dd/MM/yyyy"}
_NBSP = "\u00a0"
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_NUMBER = re.compile(r"\d+|\d*\.\d+")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY_DATE = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})")


def _lang(lang: str) -> str:
    if lang not in SUPPORTED:
        raise ValueError(f"Unsupported language {lang!r}; use one of {', '.join(SUPPORTED)}.")
    return lang


def babel_locale(lang: str) -> Locale:
    """Return the Babel locale for an app language: fi_FI, sv_FI or en_FI."""
    return Locale.parse(_BABEL_LOCALES[_lang(lang)])


def _half_up(value: Decimal | int, digits: int) -> Decimal:
    # Babel rounds half to even; invoices round half up, so round before formatting.
    if isinstance(value, float):
        raise TypeError("Use Decimal, not float, for amounts and quantities.")
    return Decimal(value).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def format_money(amount: Decimal | int, lang: str, currency: str = "EUR") -> str:
    """Format money with two decimals, e.g. fi ``1 234,50 €`` (with no-break spaces)."""
    return babel_numbers.format_currency(_half_up(amount, 2), currency, locale=babel_locale(lang))


def format_decimal(value: Decimal | int, lang: str, digits: int = 2) -> str:
    """Format a number with exactly ``digits`` decimals and grouped thousands."""
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return babel_numbers.format_decimal(
        _half_up(value, digits), format=pattern, locale=babel_locale(lang)
    )


def format_hours(hours: Decimal | int, lang: str, unit: bool = True) -> str:
    """Format hours with one or two decimals, e.g. fi ``7,5 h``."""
    text = babel_numbers.format_decimal(
        _half_up(hours, 2), format="#,##0.0#", locale=babel_locale(lang)
    )
    return f"{text}{_NBSP}h" if unit else text


def format_date(d: date, lang: str) -> str:
    """Format a date numerically with a four-digit year: fi/sv ``22.11.2026``."""
    return babel_dates.format_date(d, _DATE_PATTERNS[_lang(lang)], locale=babel_locale(lang))


def format_datetime(dt: datetime, lang: str) -> str:
    """Format a date and time in Finnish time, e.g. fi ``22.11.2026 14.05``."""
    if dt.tzinfo is not None:
        dt = dt.astimezone(FINLAND)
    time_text = babel_dates.format_time(dt, "short", tzinfo=dt.tzinfo, locale=babel_locale(lang))
    return f"{format_date(dt.date(), lang)} {time_text}"


def parse_decimal(text: str, lang: str) -> Decimal:
    """Read a number typed as ``1 234,50``, ``1234.50`` or ``1.234,50``; comma or dot."""
    _lang(lang)
    raw = _SPACES.sub("", str(text).replace("\u2212", "-").replace("€", ""))
    sign = raw[0] if raw[:1] in ("+", "-") else ""
    raw = raw[len(sign) :]
    marks = [ch for ch in raw if ch in ".,"]
    whole, fraction = raw, None
    if len(marks) == 1 or len(set(marks)) == 2:
        # The last mark is the decimal separator; any earlier one is thousands grouping.
        whole, fraction = raw.rsplit(marks[-1], 1)
        if len(marks) > 1:
            whole = _ungroup(whole, text)
    elif marks:
        # One kind of mark used more than once can only be grouping, e.g. 1.234.567.
        whole = _ungroup(raw, text)
    if not _NUMBER.fullmatch(f"{whole}.{fraction}" if fraction is not None else whole):
        raise ValueError(f"Cannot read {text!r} as a number; write it like 1234,50.")
    return Decimal(sign + (f"{whole or 0}.{fraction}" if fraction is not None else whole))


def _ungroup(whole: str, text: str) -> str:
    if not _GROUPED.fullmatch(whole) or len(set(re.findall(r"[.,]", whole))) != 1:
        raise ValueError(f"Cannot read {text!r} as a number; write it like 1234,50.")
    return re.sub(r"[.,]", "", whole)


def _full_year(year_text: str) -> int:
    year = int(year_text)
    if len(year_text) == 4:
        return year
    # Two-digit years: the nearest century, but not more than 20 years ahead.
    full = 2000 + year
    return full - 100 if full > date.today().year + 20 else full


def parse_date(text: str, lang: str) -> date:
    """Read a date typed as d.m.yyyy, d.m.yy, d/m/yyyy or ISO yyyy-mm-dd."""
    _lang(lang)
    value = str(text).strip()
    try:
        if match := _ISO_DATE.fullmatch(value):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DMY_DATE.fullmatch(value):
            return date(_full_year(match[4]), int(match[3]), int(match[1]))
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a real date.") from exc
    raise ValueError(f"Cannot read {text!r} as a date; write it like 22.11.2026 or 2026-11-22.")
