"""One dossier row of a one-stop export: its columns, how each cell is read, and what is derived from it
(the due date in working days, the result, the months its events fall in)."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from portal.calendar import Calendar
from portal.text import fold

# Việt Nam keeps no daylight saving time: a fixed offset parses a million rows faster than zoneinfo.
VN = timezone(timedelta(hours=7))
CUTOFF = time(15, 0)  # received after this hour, a dossier counts from the next working day

# field -> header as the national statistics and most one-stop exports name it.
COLUMNS = {
    "code": "Mã hồ sơ",
    "procedure": "Mã TTHC",
    "unit": "Đơn vị tiếp nhận",
    "submitted_at": "Ngày nộp",
    "received_at": "Ngày tiếp nhận",
    "due_on": "Ngày hẹn trả",
    "completed_at": "Ngày có kết quả",
    "returned_at": "Ngày trả kết quả",
    "channel": "Kênh nộp",
    "additions": "Số lần yêu cầu bổ sung",
    "additions_requested_at": "Ngày yêu cầu bổ sung",
    "additions_received_at": "Ngày nhận bổ sung",
    "fee": "Phí, lệ phí",
    "fee_paid": "Đã nộp phí",
    "paid_online": "Thanh toán trực tuyến",
    "digitised": "Số hóa",
    "e_result": "Kết quả điện tử",
    "reused": "Tái sử dụng dữ liệu",
    "vneid": "Xác thực VNeID",
    "apology": "Thư xin lỗi",
    "cancelled": "Hủy kết quả",
}
REQUIRED = ("code", "procedure", "received_at")
DATETIMES = ("submitted_at", "received_at", "completed_at", "returned_at", "additions_requested_at")
DATETIMES += ("additions_received_at",)
FLAGS = ("fee_paid", "paid_online", "digitised", "e_result", "reused", "vneid", "apology", "cancelled")
TRUE = {"1", "x", "co", "true", "yes", "dung", "da", "c"}
FALSE = {"", "0", "khong", "false", "no", "chua", "k"}
CHANNELS = {"1": 1, "2": 2, "3": 3, "truc tiep": 1, "truc tuyen": 2, "buu chinh": 3, "dvc": 2}

# Columns written to the database, in this order, by both import paths.
DB_COLUMNS = (
    "code",
    "procedure_id",
    "unit_id",
    "submitted_at",
    "received_at",
    "due_on",
    "due_computed",
    "completed_at",
    "returned_at",
    "channel",
    "additions",
    "additions_requested_at",
    "additions_received_at",
    "fee",
    *FLAGS,
    "received_on",
    "completed_on",
    "result",
    "processing_days",
    "received_month",
    "completed_month",
    "overdue_month",
    "overdue_closed_month",
)


class CellError(ValueError):
    """A cell that cannot be read; the message says why."""


def parse_datetime(value):
    """dd/mm/yyyy[ hh:mm[:ss]], yyyy-mm-dd[ hh:mm[:ss]] or an Excel datetime; local time unless it says."""
    if value.__class__ is str and len(value) == 16 and value[2] == "/" and value[5] == "/" and value[13] == ":":
        # The usual export format, read by position: a million rows make this the hot path.
        try:
            return datetime(
                int(value[6:10]), int(value[3:5]), int(value[:2]), int(value[11:13]), int(value[14:]), tzinfo=VN
            )
        except ValueError:
            pass  # the general path below words the error
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=VN)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=VN)
    text = str(value).strip()
    try:
        if "/" in text[:6]:
            day, month, rest = text.split("/", 2)
            year, _sep, clock = rest.partition(" ")
            parts = [int(p) for p in clock.split(":")] if clock else []
            return datetime(int(year), int(month), int(day), *parts, tzinfo=VN)
        parsed = datetime.fromisoformat(text.replace("T", " "))
    except (ValueError, TypeError):
        raise CellError(_("“%(v)s” không phải ngày giờ (dd/mm/yyyy hh:mm).") % {"v": text}) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=VN)


_QUICK_FLAGS = {"0": False, "1": True, "x": True, "X": True}


def parse_flag(value):
    quick = _QUICK_FLAGS.get(value) if value.__class__ is str else None
    if quick is not None:
        return quick
    if isinstance(value, bool | int):
        return bool(value)
    key = fold(str(value))
    if key in TRUE:
        return True
    if key in FALSE:
        return False
    raise CellError(_("“%(v)s” không phải Có/Không.") % {"v": value})


def parse_channel(value):
    channel = CHANNELS.get(value) or CHANNELS.get(fold(str(value)))
    if channel is None:
        raise CellError(_("Kênh “%(v)s” không hợp lệ: 1 trực tiếp, 2 trực tuyến, 3 bưu chính.") % {"v": value})
    return channel


def parse_count(value):
    if value.__class__ is str and value.isdigit():
        return int(value)
    try:
        number = int(Decimal(str(value).replace(",", ".")))
    except InvalidOperation:
        raise CellError(_("“%(v)s” không phải số.") % {"v": value}) from None
    if number < 0:
        raise CellError(_("Số không được âm."))
    return number


def parse_money(value):
    if value.__class__ is str and value.isdigit():
        return Decimal(value)
    text = str(value).replace(".", "").replace(",", "").replace(" ", "").removesuffix("đ")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise CellError(_("“%(v)s” không phải số tiền.") % {"v": value}) from None
    if amount < 0:
        raise CellError(_("Số tiền không được âm."))
    return amount


def month_of(d):
    return d.year * 100 + d.month


class Workdays:
    """Working days of a range of years as an array, so that "n working days after" and "working days
    between" are two list lookups: a million dossiers cannot walk the calendar day by day."""

    def __init__(self, first_year, last_year):
        self.first, self.last = first_year, last_year
        calendar = Calendar(first_year, last_year)
        self.start = date(first_year, 1, 1)
        self.rank_of, self.days = [], []
        d, end = self.start, date(last_year, 12, 31)
        while d <= end:
            if calendar.is_working_day(d):
                self.days.append(d)
            self.rank_of.append(len(self.days))  # working days up to and including d
            d += timedelta(days=1)

    def covers(self, d):
        return self.first <= d.year <= self.last - 1  # the last year leaves room for deadlines to run into

    def rank(self, d):
        return self.rank_of[(d - self.start).days]

    def add(self, d, n):
        """The n-th working day after d; d itself when n is 0 and it is a working day."""
        if n == 0 and self.rank(d) and self.days[self.rank(d) - 1] == d:
            return d
        return self.days[self.rank(d) + n - 1] if n else self.days[self.rank(d)]

    def between(self, start, end):
        return self.rank(end) - self.rank(start)

    def reception_day(self, moment):
        """The working day a dossier counts from: its own day, or the next working day when it came on a day
        off or after the cut-off hour."""
        d = moment.date()
        if moment.time() >= CUTOFF:
            d += timedelta(days=1)
        return self.add(d, 0)


class WorkdayCache:
    """Builds the Workdays of the years the file needs, rebuilding wider when a row falls outside."""

    def __init__(self):
        self.workdays = None

    def for_date(self, d):
        if self.workdays is None or not self.workdays.covers(d):
            first = d.year if self.workdays is None else min(d.year, self.workdays.first)
            last = d.year + 2 if self.workdays is None else max(d.year + 2, self.workdays.last)
            self.workdays = Workdays(first, last)
        return self.workdays


@dataclass
class Procedure:
    """What a row needs of its procedure."""

    id: int
    working_days: int


def derive(values, procedure, workdays):
    """Fill the derived columns of one row (a dict of parsed cells) in place and return it."""
    received = values["received_at"].astimezone(VN)
    start = workdays.reception_day(received)
    paused = 0
    asked, answered = values.get("additions_requested_at"), values.get("additions_received_at")
    if asked and answered and answered > asked:
        # Time spent waiting for the applicant's additions does not count against the agency.
        paused = workdays.between(asked.astimezone(VN).date(), answered.astimezone(VN).date())
    if values.get("due_on") is None:
        values["due_on"] = workdays.add(start, procedure.working_days + paused)
        values["due_computed"] = True
    else:
        values["due_computed"] = False
    due = values["due_on"]
    values["received_on"] = received.date()
    values["received_month"] = month_of(received)
    overdue = due + timedelta(days=1)
    values["overdue_month"] = month_of(overdue)
    completed = values.get("completed_at")
    if completed is None:
        values.update(completed_on=None, completed_month=None, result="", processing_days=None)
        values["overdue_closed_month"] = None
        return values
    done = completed.astimezone(VN).date()
    values["completed_on"] = done
    values["completed_month"] = month_of(done)
    values["overdue_closed_month"] = max(values["overdue_month"], values["completed_month"])
    values["processing_days"] = max(workdays.between(start, done) - paused, 0) if done >= start else 0
    # Decision 766: more than one request for additions makes a dossier late whatever its dates.
    if done > due or values.get("additions", 0) > 1:
        values["result"] = "late"
    elif done < due:
        values["result"] = "early"
    else:
        values["result"] = "on_time"
    return values


def foreign_error(label, code):
    """The error of a row whose code another unit's dossier holds; that unit is not named to the importer."""
    message = _("Mã hồ sơ “%(c)s” đã có ở một đơn vị khác, không thuộc đơn vị đang nhập.") % {"c": code}
    return {"column": label("code"), "message": message}
