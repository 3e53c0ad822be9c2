"""Load and validate the data pack: every figure and rule the engine reasons from."""

from __future__ import annotations

import datetime as dt
import re
import weakref
from collections import OrderedDict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from wxdesk import errors
from wxdesk.engine.figure_limits import figure_problem, is_finite_number, pack_problem
from wxdesk.engine.recent import kept
from wxdesk.errors import FileProblem
from wxdesk.paths import resource_path

PACK_FORMAT = "wxdesk-datapack"
PACK_VERSION = 1

# The presences inside WeChat; each has an account panel, eligibility rules and facts.
WECHAT_PRESENCES = ("service", "subscription", "mini_program", "wecom", "channels")
ACCOUNT_IDS = WECHAT_PRESENCES
# Every presence a plan can hold, in the order views list them.
PRESENCES = (*WECHAT_PRESENCES, "native_app")
# The [payments] table: each presence; "individuals", whether individuals may take WeChat Pay;
# "overseas_shop", whether an overseas company may open the WeChat Shop Channels sells through.
# "shop_without_selling", whether that shop takes the payments of a business that sells no goods (a service's
# bookings, fees).
PAYMENT_KEYS = (*PRESENCES, "individuals", "individual_app", "overseas_shop", "shop_without_selling")
OPTION_IDS = ("native_app", "mini_program")
GOALS = ("news", "service", "sell", "experiment", "employees", "relationship", "video")
NEEDS = ("payments", "offline", "hardware", "background", "large_app")
TECH_NEEDS = ("offline", "hardware", "background", "large_app")
ENTITIES = ("company", "individual", "overseas_company")
CONFIDENCES = ("high", "medium–high", "medium", "low–medium", "medium–low", "low")

# The figures the engine reads by name; a pack without any of them is refused.
REQUIRED_FIGURES = (
    "service_broadcasts_per_month", "subscription_broadcasts_per_month",
    "wecom_messages_per_month", "mini_program_free_pushes_per_month",
    "visibility_service", "visibility_subscription", "visibility_wecom",
    "mp_session_min", "session_pivot_min", "session_spread",
    "verification_fee_cny", "verification_fee_individual_cny", "verification_fee_overseas_usd",
    "wecom_free_contacts", "wecom_contact_fee_cny",
    "apple_developer_usd", "apple_developer_cny", "google_play_usd", "software_copyright_cny",
    "open_platform_fee_cny", "open_platform_fee_overseas_usd", "usd_cny", "eur_cny",
    "app_build_cny", "mp_build_cny", "scope_per_need",
    "app_maintenance_share", "app_os_update_share", "mp_maintenance_share",
    "mp_infra_cny", "server_per_1k_users_cny", "app_server_ratio",
    "app_cost_per_install_cny", "install_conversion", "first_open_rate",
    "mp_cost_per_user_cny", "yearly_replacement", "moments_cpm_cny",
    "weight_goal", "weight_push", "weight_need", "weight_session",
    "reach_floor", "extra_account_penalty",
    "strong_fit_from", "weak_fit_below", "sell_fit_without_checkout", "service_pay_pages_share",
    "visibility_native_app", "channels_messages_per_month", "hard_need_met_from",
    "budget_penalty_points", "budget_doublings_from_cny", "cost_points_per_doubling", "cost_points_from_cny",
    "close_call_points",
    "weight_scale", "scale_pivot_users", "scale_spread",
    "content_per_message_cny", "channels_production_cny", "staff_chat_minutes_per_user", "staff_hour_cny",
    "staff_hours_per_month", "staff_effort_points",
    "verification_fee_wecom_overseas_cny", "mp_background_suspend_s", "mp_total_package_mb",
    "wecom_small_members_max", "wecom_medium_members_max", "wecom_scale_fee_medium_cny", "wecom_scale_fee_large_cny",
    # A Mini Program rented as a SaaS template (mp_template.py).
    "mp_template_rent_cny", "mp_template_max_users",
    # WeChat Pay's fee on each payment, which the plans' costs leave out (a warning says so).
    "wechat_pay_fee_share",
    # WeChat's monthly users, beyond which a scenario's audience on WeChat cannot be (a warning says so).
    "wechat_mau_million",
    # The launch timeline's (timeline.TIMELINE_FIGURES).
    "weeks_verification", "weeks_verification_overseas", "weeks_channels_verification", "weeks_developer_accounts",
    "weeks_icp_filing", "weeks_mp_build", "weeks_app_build", "weeks_mp_review", "weeks_store_review",
    "weeks_software_copyright", "weeks_mp_template",
)
# The figures the bundled pack carries for its key facts, its appendix and its sources, which no rule reads. With
# the required ones, the names a figure's misspelling is told by (_misspelt_figure).
FACT_FIGURES = frozenset((
    "app_session_min", "apple_commission_share", "apple_mini_apps_commission_share",
    "apple_small_business_commission_share", "articles_per_push", "mp_local_storage_mb", "mp_main_package_mb",
    "mp_nfc_min_iphone", "mp_opens_per_month", "mp_overdue_lockout_days", "mp_overdue_sharing_days",
    "mp_users_million", "service_window_hours", "service_window_messages", "template_messages_thousands_per_day"))
KNOWN_FIGURES = frozenset(REQUIRED_FIGURES) | FACT_FIGURES


# A pack is some tens of kilobytes; a file far larger is not one, and is not read whole.
MAX_PACK_BYTES = 4 * 1024 * 1024
# The seed goes to NumPy's generator, which takes whole numbers from 0 up.
MAX_SEED = 2**63 - 1

# A fact's text names figures as {figure_id}, and nothing else may stand in braces:
# the text comes from a file, so it is filled by plain substitution, never str.format.
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


# What a pack may hold, besides the rows and columns each table names. Anything else is refused by name:
# a misspelt section or key ("[figure.x]", "notes") would otherwise be left out without a word, and the
# pack read as if the figure, note or table the user wrote were not there.
# (changelog: wxdesk.engine.changelog; sources: the sources of key facts, _fact_sources)
SECTIONS = frozenset({"pack", "sampling", "figures", "affinity", "capability", "session_fit", "scale_fit",
                      "payments", "eligibility", "sources", "accounts", "changelog"})
PACK_KEYS = frozenset({"format", "version", "released", "title", "stale_after_years", "quote_valid_days"})
SAMPLING_KEYS = frozenset({"samples", "low_percentile", "high_percentile", "seed"})
RULE_KEYS = frozenset({"source", "source_date", "checked", "confidence", "url", "no_url_reason", "note"})
FIGURE_KEYS = RULE_KEYS | {"group", "label", "label_zh", "unit", "value", "low", "likely", "high"}
ACCOUNT_KEYS = frozenset({"name", "name_zh", "role", "role_zh", "facts"})
FACT_KEYS = frozenset({"figure", "rule", "text", "text_zh", "entities"})


class DataPackError(ValueError):
    """A data pack that cannot be used: a message naming file, entry and problem, and `problem`, its kind.

    The message is the command line's, in English. `problem` (wxdesk.errors.FileProblem) is what the
    window says in the user's language, set where the pack is refused, when the kind, the entry and the
    name it may have meant are known (the window once worked them out again from the English). None for
    a refusal raised with no kind.
    """

    def __init__(self, message: str, problem: FileProblem | None = None):
        super().__init__(message)
        self.problem = problem

    def __reduce__(self) -> tuple[type[DataPackError], tuple[str, FileProblem | None]]:
        # Whole across processes (a batch's workers): an exception is rebuilt from its args alone.
        return type(self), (str(self), self.problem)


def fill_fact(template: str, values: Mapping[str, str]) -> str:
    """A fact's text with each {figure_id} replaced by its value; anything else stays as written."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def _template_problem(template: str, figures: Mapping[str, Any]) -> str | None:
    """Why a fact text cannot be shown: a brace that is not a {figure_id} of this pack."""
    for match in _PLACEHOLDER.finditer(template):
        if match.group(1) not in figures:
            return f"names unknown figure '{match.group(1)}' in its text"
    if "{" in _PLACEHOLDER.sub("", template) or "}" in _PLACEHOLDER.sub("", template):
        return "may hold braces only around a figure id, such as {usd_cny}"
    return None


@dataclass(frozen=True)
class Figure:
    """One sourced number: a fixed value (low == likely == high) or an estimate range."""

    id: str
    group: str
    label: str
    label_zh: str
    low: float
    likely: float
    high: float
    unit: str
    source: str
    source_date: str
    checked: str
    confidence: str
    url: str = ""
    note: str = ""
    # Why an entry has no url (a wxdesk model weight, a source only on paper...).
    no_url_reason: str = ""

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    @property
    def average(self) -> float:
        """The mean of the figure's triangular range, (low + likely + high) / 3: the value a plan's likely cost
        takes it at (draws.AVERAGE_COLUMN). A fixed figure's is its value."""
        if not self.is_range:
            return self.likely
        return (self.low + self.likely + self.high) / 3

    def with_values(self, low: float, likely: float, high: float) -> Figure:
        return replace(self, low=low, likely=likely, high=high)


@dataclass(frozen=True)
class Rule:
    """A sourced table of non-figure facts (affinities, capabilities, eligibility)."""

    source: str
    source_date: str
    checked: str
    confidence: str
    url: str = ""
    no_url_reason: str = ""
    note: str = ""


@dataclass(frozen=True)
class Fact:
    """A line shown on an account panel, backed by a figure or a rule."""

    text: str
    text_zh: str
    figure: str = ""
    rule: str = ""
    # Who it is true for (ENTITIES); empty: everyone. A fee an overseas company pays differently, say.
    entities: tuple[str, ...] = ()

    def applies_to(self, entity: str) -> bool:
        return not self.entities or entity in self.entities


@dataclass(frozen=True)
class AccountInfo:
    """A WeChat presence's panel: its names, its role and its sourced facts."""

    id: str
    name: str
    name_zh: str
    role: str
    role_zh: str
    facts: tuple[Fact, ...]


# Packs with a scenario's overrides applied, the most recently asked for last: (pack, overridden pack)
# by the pack's id and the overrides' values.
_overridden: OrderedDict[tuple[int, tuple[tuple[str, str, str, str], ...]], tuple[DataPack, DataPack]] = OrderedDict()
_OVERRIDDEN_LIMIT = 16  # a few scenarios with overrides open at once, each evaluated again at every move


class HashOnce(tuple):  # type: ignore[type-arg]
    """A tuple that finds its hash once. A pack's ranges are the key of the caches every evaluation looks
    in (the samples, the cost stores): hashing their four hundred values anew each time took longer than
    most of what the caches keep. Equal to, and hashed as, the plain tuple of the same items."""

    def __hash__(self) -> int:
        found: int | None = self.__dict__.get("hash")
        if found is None:
            found = self.__dict__["hash"] = tuple.__hash__(self)
        return found

    def __reduce__(self) -> tuple[type[HashOnce], tuple[tuple[object, ...]]]:
        # Without the hash found: a text's hash differs from one process to the next.
        return HashOnce, (tuple(self),)


@dataclass(frozen=True)
class DataPack:
    """The validated data pack. Immutable: overrides produce a new pack."""

    path: str
    released: str
    title: str
    stale_after_years: float
    seed: int
    samples: int
    low_percentile: float
    high_percentile: float
    figures: Mapping[str, Figure]
    affinity: Mapping[str, Mapping[str, float]]
    capability: Mapping[str, Mapping[str, float]]
    # How well each presence suits short vs long sessions, and small vs large audiences.
    session_fit: Mapping[str, Mapping[str, float]]
    scale_fit: Mapping[str, Mapping[str, float]]
    payments: Mapping[str, bool]
    eligibility: Mapping[str, tuple[str, ...]]
    rules: Mapping[str, Rule]
    accounts: Mapping[str, AccountInfo]
    overridden: frozenset[str] = field(default_factory=frozenset)
    # The days a handout or long image says its figures hold from the day it is made (None: it names no date).
    quote_valid_days: int | None = None

    def likely(self, figure_id: str) -> float:
        return self.figures[figure_id].likely

    def average(self, figure_id: str) -> float:
        """The figure's average (Figure.average): what a likely cost takes it at, and so what a sentence that
        explains a part of a likely cost quotes."""
        return self.figures[figure_id].average

    @cached_property
    def ranges_key(self) -> tuple[tuple[str, float, float, float], ...]:
        """Every figure's range, in id order: what the samples and the caches built on them depend on.

        Found once per pack (each evaluation asks twice); a pack never changes, overrides make a new one.
        """
        return HashOnce(sorted((f.id, f.low, f.likely, f.high) for f in self.figures.values()))

    def with_overrides(self, overrides: Mapping[str, Mapping[str, float]]) -> DataPack:
        """Return a pack whose named figures take the scenario's values.

        The same overrides of the same pack give the same pack object (the last few are kept): an
        evaluation asks twice, and every slider move of a scenario with overrides asks again, and
        a new pack is a new key for the samples and cost parts to be found under (ranges_key)."""
        if not overrides:
            return self
        # The values as written (repr tells 1 from 1.0 and 0.0 from -0.0), and this pack itself, held
        # beside its id so that the id names no other pack while the entry is kept.
        key = (id(self), tuple(sorted((fid, repr(values["low"]), repr(values["likely"]), repr(values["high"]))
                                      for fid, values in overrides.items())))
        return kept(_overridden, key, lambda: (self, self._overridden_by(overrides)), _OVERRIDDEN_LIMIT)[1]

    def _overridden_by(self, overrides: Mapping[str, Mapping[str, float]]) -> DataPack:
        figures = dict(self.figures)
        for fid, values in overrides.items():
            figures[fid] = figures[fid].with_values(values["low"], values["likely"], values["high"])
        return replace(self, figures=figures, overridden=frozenset(overrides))

    def valid_until(self, made: dt.date) -> dt.date | None:
        """The last day a handout or long image made on `made` says its figures hold; None where the pack names none."""
        return None if self.quote_valid_days is None else made + dt.timedelta(days=self.quote_valid_days)

    def stale_figures(self, today: dt.date) -> list[Figure]:
        """Figures whose source is older than the pack's staleness threshold."""
        limit_days = self.stale_after_years * 365.25
        stale = []
        for fig in self.figures.values():
            when = parse_loose_date(fig.source_date)
            if when is not None and (today - when).days > limit_days:
                stale.append(fig)
        return stale


def _misspelt_figure(figures: Mapping[str, Figure]) -> tuple[str, str] | None:
    """The first figure whose name wxdesk does not know and that reads as a slip of one it does (at least 85% alike),
    with the one it may mean; None where there is none. A figure of a name like no known one is kept: a pack may carry
    a figure for its own texts."""
    import difflib  # only for a pack with figures wxdesk does not know
    known = sorted(KNOWN_FIGURES)
    for fid in sorted(figures.keys() - KNOWN_FIGURES):
        if any(fid.startswith(name + "_") or fid.endswith("_" + name) for name in known):
            continue  # a known name with a word added (apple_commission_share_eu, app_build_cny_low): no slip
        near = difflib.get_close_matches(fid, known, n=1, cutoff=0.85)
        if near:
            return fid, near[0]
    return None


@lru_cache(maxsize=1024)  # a pack's figures give their sources' dates and the day checked, the same few over and over
def parse_loose_date(text: str) -> dt.date | None:
    """Read '2024', '2024-09' or '2024-09-18' as the newest day they can mean; else None."""
    try:
        numbers = [int(part) for part in text.split("-")]
    except ValueError:
        return None
    try:
        if len(numbers) == 1:
            return dt.date(numbers[0], 12, 31)
        if len(numbers) == 2:
            return dt.date(numbers[0], numbers[1], 28)
        if len(numbers) == 3:
            return dt.date(*numbers)
    except (ValueError, OverflowError):
        return None
    return None


def _said(value: Any) -> str:
    """A value from the file as a refusal names it: a text quoted and cut short as a scenario's are, a number as written
    (grouped), anything else by its kind."""
    if value is None:
        return "missing"
    if isinstance(value, str):  # (cut to 30 characters, as a scenario's refusal cuts it: scenario.shortened)
        return f"the text \"{_escaped(value if len(value) <= 30 else value[:27] + '...')}\""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return f"{value:,}" if isinstance(value, int) else repr(value)
    return "a table" if isinstance(value, dict) else "a list" if isinstance(value, list) else "a date"


def _escaped(text: str) -> str:
    """Text from the file, with control characters escaped so a message stays one clean line."""
    from wxdesk.engine.reading import plain
    return plain(text)


class _Reader:
    """Pulls typed fields out of a TOML table, naming the entry in every complaint."""

    def __init__(self, path: str):
        self.name = path  # as given: the window's sentence escapes it where it quotes it
        self.path = _escaped(path)
        self.shown = self.path

    def fail(self, entry: str, problem: str, kind: str = errors.PACK_BAD_ENTRY, near: str = "") -> DataPackError:
        """The refusal of `entry`, for `problem`; `near`, the known name a misspelt one may have meant."""
        return DataPackError(f"Data pack {self.path}, entry '{_escaped(entry)}': {problem}.",
                             FileProblem(kind, self.name, _escaped(entry), near))

    def damaged(self, message: str) -> DataPackError:
        """The refusal of a file that is not TOML text at all (so no entry can be named)."""
        return DataPackError(message, FileProblem(errors.PACK_DAMAGED, self.name))

    def table(self, data: Mapping[str, Any], key: str, entry: str) -> Mapping[str, Any]:
        value = data.get(key)
        if not isinstance(value, dict):
            raise self.fail(entry, f"'{key}' is missing or is not a table")
        return value

    def only(self, data: Mapping[str, Any], allowed: Collection[str], entry: str, what: str = "key") -> None:
        """Refuse a key outside `allowed`, naming it and the nearest allowed one (`entry` "": the top level)."""
        if isinstance(allowed, frozenset) and data.keys() <= allowed:
            return  # the common case, told without building and sorting sets (88 figures at every start)
        unknown = sorted(set(data) - set(allowed), key=str)
        if unknown:
            import difflib  # only for a pack being refused
            name = str(unknown[0])
            near = difflib.get_close_matches(name, sorted(allowed), n=1)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            meant = near[0] if near else ""
            if not entry:  # the file's top level: the unknown section is the entry
                raise self.fail(name, f"not a section a data pack holds{hint}", errors.PACK_UNKNOWN_SECTION, meant)
            if not meant:  # no name to offer: the window names the one it does not know
                raise self.fail(entry, f"unknown {what} '{_escaped(name)}'", errors.PACK_UNKNOWN_NAME, _escaped(name))
            raise self.fail(entry, f"unknown {what} '{_escaped(name)}'{hint}", near=meant)

    def text(self, data: Mapping[str, Any], key: str, entry: str, *, optional: bool = False) -> str:
        value = data.get(key, "" if optional else None)
        if not isinstance(value, str) or (not optional and not value.strip()):
            raise self.fail(entry, f"'{key}' must be a non-empty text")
        return value

    def number(self, data: Mapping[str, Any], key: str, entry: str) -> float:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            # (A text or a table was told it "must be a finite number", as if it were a number too large.)
            raise self.fail(entry, f"'{key}' must be a number, not {_said(value)}")
        if not is_finite_number(value):
            raise self.fail(entry, f"'{key}' must be a finite number")
        return float(value)

    def date(self, data: Mapping[str, Any], key: str, entry: str, *, allow_undated: bool) -> str:
        value = data.get(key)
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, str) and (parse_loose_date(value) or (allow_undated and value == "undated")):
            return value
        raise self.fail(entry, f"'{key}' must be a date such as 2024-09-18, 2024-09 or 2024"
                        + (" (or 'undated')" if allow_undated else ""))

    def rule(self, data: Mapping[str, Any], entry: str) -> Rule:
        return Rule(
            source=self.text(data, "source", entry),
            source_date=self.date(data, "source_date", entry, allow_undated=True),
            checked=self.date(data, "checked", entry, allow_undated=False),
            confidence=self.confidence(data, entry),
            url=self.text(data, "url", entry, optional=True),
            no_url_reason=self.text(data, "no_url_reason", entry, optional=True),
            note=self.text(data, "note", entry, optional=True),
        )

    def confidence(self, data: Mapping[str, Any], entry: str) -> str:
        value = data.get("confidence")
        if value not in CONFIDENCES:
            raise self.fail(entry, f"'confidence' must be one of {', '.join(CONFIDENCES)}")
        confidence: str = value  # one of CONFIDENCES
        return confidence

    def figure(self, fid: str, data: Mapping[str, Any]) -> Figure:
        entry = f"figures.{fid}"
        if not isinstance(data, dict):
            raise self.fail(entry, "must be a table")
        self.only(data, FIGURE_KEYS, entry)
        if "value" in data:
            if any(k in data for k in ("low", "likely", "high")):
                raise self.fail(entry, "give either 'value' or 'low'/'likely'/'high', not both")
            low = likely = high = self.number(data, "value", entry)
        else:
            if not any(k in data for k in ("low", "likely", "high")):
                # (A figure whose `value` line was deleted read "'low' must be a finite number", a key it never had.)
                raise self.fail(entry, "needs a 'value', or 'low', 'likely' and 'high'")
            low, likely, high = (self.number(data, k, entry) for k in ("low", "likely", "high"))
            if not low <= likely <= high:
                raise self.fail(entry, f"needs low ≤ likely ≤ high, got {low:g}, {likely:g}, {high:g}")
        group, unit = self.text(data, "group", entry), self.text(data, "unit", entry)
        problem = figure_problem(fid, unit, group, low, likely, high)
        if problem:
            raise self.fail(entry, problem)
        return Figure(
            id=fid,
            group=group,
            label=self.text(data, "label", entry),
            label_zh=self.text(data, "label_zh", entry),
            low=low, likely=likely, high=high,
            unit=unit,
            source=self.text(data, "source", entry),
            source_date=self.date(data, "source_date", entry, allow_undated=True),
            checked=self.date(data, "checked", entry, allow_undated=False),
            confidence=self.confidence(data, entry),
            url=self.text(data, "url", entry, optional=True),
            note=self.text(data, "note", entry, optional=True),
            no_url_reason=self.text(data, "no_url_reason", entry, optional=True),
        )

    def score_table(self, data: Mapping[str, Any], name: str, rows: tuple[str, ...],
                    cols: tuple[str, ...]) -> dict[str, dict[str, float]]:
        table = self.table(data, name, name)
        self.only(table, (*rows, *RULE_KEYS), name, "row")
        result: dict[str, dict[str, float]] = {}
        for row in rows:
            entry = f"{name}.{row}"
            cells = self.table(table, row, name)
            self.only(cells, cols, entry)
            result[row] = {}
            for col in cols:
                value = self.number(cells, col, entry)
                if not 0 <= value <= 100:
                    raise self.fail(entry, f"'{col}' must be between 0 and 100")
                result[row][col] = value
        return result


def _fact_sources(reader: _Reader, data: Mapping[str, Any]) -> dict[str, Rule]:
    """The [sources.*] entries, as rules named "sources.<id>": the source of a key fact that is neither a figure
    nor one of the model's rules. The Official Account's "Cannot take WeChat Pay" cited [payments], whose
    source starts with WeCom's payments, and a Channels fact no source backs had to borrow one; each now names
    its own (a pack without the section has none)."""
    if "sources" not in data:
        return {}
    found = {}
    for sid, body in reader.table(data, "sources", "sources").items():
        entry = f"sources.{sid}"
        if not isinstance(body, dict):
            raise reader.fail(entry, "must be a table of a key fact's source (its source, dates and confidence)")
        reader.only(body, RULE_KEYS, entry)
        found[entry] = reader.rule(body, entry)
    return found


_bundled: dict[tuple[str, int, int, int], DataPack] = {}


def load_datapack(path: str | Path | None = None) -> DataPack:
    """Read and validate a data pack (the bundled one by default).

    The bundled pack is read once per process while its file stays the same: every window,
    command and fallback asks for it, and its validation is the slow part of a start.
    """
    if path is None:
        bundled = resource_path("datapack.toml")
        try:
            info = bundled.stat()
            key = (str(bundled), info.st_mtime_ns, info.st_size, info.st_ino)
        except OSError:
            key = None
        if key is not None and key in _bundled:
            return _bundled[key]
        pack = _load(bundled, remember_parse=True)
        if key is not None:
            _bundled.clear()
            _bundled[key] = pack
        return pack
    return _load(Path(path))


def _load(path: Path, remember_parse: bool = False) -> DataPack:
    from wxdesk.engine.reading import UnreadableFile, read_bounded, unreadable_problem
    name = str(path)
    reader = _Reader(name)
    try:
        raw = read_bounded(path, MAX_PACK_BYTES, "Data pack")
    except UnreadableFile as exc:
        raise DataPackError(str(exc), unreadable_problem(path, exc, MAX_PACK_BYTES)) from None
    if remember_parse:
        from wxdesk.engine import parse_cache
        remembered = parse_cache.recall(raw)
        if remembered is not None:
            return _read_from(_build_pack(reader, remembered, name), raw)  # validated again, as every time
    # Here, not with the module: a start reads the bundled pack's parsed text back from the cache (above),
    # and the TOML parser's import (some dozen patterns compiled) would only slow it.
    import tomllib
    try:
        # Without a byte-order mark (a pack saved by Notepad or Excel as "UTF-8 with BOM"), as a table or a scenario
        # is read: TOML allows none, and the pack was refused as "Invalid statement (at line 1, column 1)".
        data = tomllib.loads(raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
    except UnicodeDecodeError:
        raise reader.damaged(f"Data pack {reader.shown} is not UTF-8 text.") from None
    except tomllib.TOMLDecodeError as exc:
        raise reader.damaged(f"Data pack {reader.shown} is not valid TOML: {_escaped(str(exc))}.") from None
    except RecursionError:
        raise reader.damaged(f"Data pack {reader.shown} nests tables too deeply to be a data pack.") from None
    except ValueError:  # Python refuses integers of thousands of digits
        raise reader.damaged(f"Data pack {reader.shown} holds a number too long to be a figure.") from None
    if not data:  # (said as such: an empty file, or one of comments only, read as a missing entry 'pack')
        raise DataPackError(f"Data pack {reader.shown} is empty: it holds no entries.",
                            FileProblem(errors.PACK_EMPTY, name))
    pack = _build_pack(reader, data, name)
    if remember_parse:
        parse_cache.remember(raw, data)
    return _read_from(pack, raw)


# The bytes each pack read from a file was made from, by the pack's id while it lives (a pack made
# from another, with overrides say, has none): the answer kept from the last start is keyed on them
# (answer_cache), which is exact and far cheaper than writing the whole pack out.
_sources: dict[int, tuple[weakref.ref[DataPack], bytes]] = {}


def _read_from(pack: DataPack, raw: bytes) -> DataPack:
    key = id(pack)
    _sources[key] = (weakref.ref(pack, lambda _gone: _sources.pop(key, None)), raw)
    return pack


def source_bytes(pack: DataPack) -> bytes | None:
    """The file's bytes `pack` was read and validated from, as they were; None for a pack made otherwise."""
    entry = _sources.get(id(pack))
    return entry[1] if entry is not None and entry[0]() is pack else None


def _build_pack(reader: _Reader, data: Mapping[str, Any], name: str) -> DataPack:
    # First: a pack for a newer wxdesk may hold sections and keys this one does not know, and is told as newer, not as
    # a pack with unknown entries.
    declared = data.get("pack")
    if isinstance(declared, dict) and declared.get("format") == PACK_FORMAT:
        version = declared.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > PACK_VERSION:
            raise DataPackError(f"Data pack {reader.path} was made for a newer version of wxdesk: its format "
                                f"version {version} is newer than this wxdesk reads ({PACK_VERSION}); update "
                                "wxdesk to use it.", FileProblem(errors.PACK_NEWER, reader.name))
    reader.only(data, SECTIONS, "")
    pack = reader.table(data, "pack", "pack")
    reader.only(pack, PACK_KEYS, "pack")
    if pack.get("format") != PACK_FORMAT:
        raise reader.fail("pack", f"'format' must be \"{PACK_FORMAT}\"")
    version = pack.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise reader.fail("pack", "'version' must be a whole number")

    sampling = reader.table(data, "sampling", "sampling")
    reader.only(sampling, SAMPLING_KEYS, "sampling")
    samples = reader.number(sampling, "samples", "sampling")
    if not 100 <= samples <= 100_000 or samples != int(samples):
        raise reader.fail("sampling", "'samples' must be a whole number from 100 to 100000")
    low_pct = reader.number(sampling, "low_percentile", "sampling")
    high_pct = reader.number(sampling, "high_percentile", "sampling")
    if not 0 <= low_pct < 50 < high_pct <= 100:
        raise reader.fail("sampling", "percentiles must satisfy 0 ≤ low < 50 < high ≤ 100")

    raw_figures = reader.table(data, "figures", "figures")
    figures = {fid: reader.figure(fid, body) for fid, body in raw_figures.items()}
    misspelt = None if figures.keys() <= KNOWN_FIGURES else _misspelt_figure(figures)
    for fid in REQUIRED_FIGURES:
        if fid not in figures:
            # Renamed by a slip ("app_biuld_cny"), the figure was said to be missing and the slip never named.
            slip = f"figures.{misspelt[0]}" if misspelt and misspelt[1] == fid else ""
            said = f" (is '{slip}' meant to be it?)" if slip else ""
            raise reader.fail(f"figures.{fid}", f"is missing{said}", kind=errors.PACK_MISSING_FIGURE,
                              near=_escaped(slip))
    if misspelt is not None:
        # Beside the figure it misspells, it was passed over: the pack read as if the value written were not there.
        raise reader.fail(f"figures.{misspelt[0]}", f"is not a figure wxdesk knows (did you mean '{misspelt[1]}'?)",
                          near=misspelt[1])
    across = pack_problem(figures)
    if across:
        raise reader.fail(f"figures.{across[0]}", across[1])
    # Read as written, a whole number: taken as a float, a seed past 2**53 was rounded to another one, and one past the
    # largest NumPy takes was told it "must be a whole number of at least 0", which it was.
    seed = sampling.get("seed")
    if isinstance(seed, float) and seed.is_integer() and abs(seed) < 2**53:
        seed = int(seed)
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= MAX_SEED:
        raise reader.fail("sampling", f"'seed' must be a whole number from 0 to {MAX_SEED:,}, not {_said(seed)}")
    stale_after = reader.number(pack, "stale_after_years", "pack")
    if not 0 < stale_after <= 100:
        raise reader.fail("pack", "'stale_after_years' must be more than 0 and at most 100")
    valid_days = None
    if "quote_valid_days" in pack:
        valid_days = reader.number(pack, "quote_valid_days", "pack")
        if not 1 <= valid_days <= 3660 or valid_days != int(valid_days):
            raise reader.fail("pack", "'quote_valid_days' must be a whole number of days from 1 to 3660")

    affinity = reader.score_table(data, "affinity", PRESENCES, GOALS)
    capability = reader.score_table(data, "capability", TECH_NEEDS, PRESENCES)
    session_fit = reader.score_table(data, "session_fit", PRESENCES, ("short", "long"))
    scale_fit = reader.score_table(data, "scale_fit", PRESENCES, ("small", "large"))

    payments_raw = reader.table(data, "payments", "payments")
    reader.only(payments_raw, (*PAYMENT_KEYS, *RULE_KEYS), "payments")
    payments = {}
    for key in PAYMENT_KEYS:
        value = payments_raw.get(key)
        if not isinstance(value, bool):
            raise reader.fail("payments", f"'{key}' must be true or false")
        payments[key] = value

    eligibility_raw = reader.table(data, "eligibility", "eligibility")
    reader.only(eligibility_raw, ACCOUNT_IDS, "eligibility", "presence")
    eligibility = {}
    rules = {
        "affinity": reader.rule(data["affinity"], "affinity"),
        "capability": reader.rule(data["capability"], "capability"),
        "session_fit": reader.rule(data["session_fit"], "session_fit"),
        "scale_fit": reader.rule(data["scale_fit"], "scale_fit"),
        "payments": reader.rule(payments_raw, "payments"),
    }
    for acct in ACCOUNT_IDS:
        entry = f"eligibility.{acct}"
        body = reader.table(eligibility_raw, acct, "eligibility")
        reader.only(body, ("entities", *RULE_KEYS), entry)
        entities = body.get("entities")
        if not isinstance(entities, list) or not entities or any(e not in ENTITIES for e in entities):
            raise reader.fail(entry, f"'entities' must list some of {', '.join(ENTITIES)}")
        eligibility[acct] = tuple(entities)
        rules[entry] = reader.rule(body, entry)
    rules |= _fact_sources(reader, data)

    accounts_raw = reader.table(data, "accounts", "accounts")
    reader.only(accounts_raw, PRESENCES, "accounts", "presence")
    accounts = {}
    # Every WeChat presence has its panel's names, role and key facts here; a native app may (its panel showed
    # no key facts at all beside five that did, and the stores' fees and filings are what a client asks first).
    for acct in (*ACCOUNT_IDS, *(("native_app",) if "native_app" in accounts_raw else ())):
        entry = f"accounts.{acct}"
        body = reader.table(accounts_raw, acct, "accounts")
        reader.only(body, ACCOUNT_KEYS, entry)
        facts = []
        raw_facts = body.get("facts")
        if not isinstance(raw_facts, list) or not raw_facts:
            raise reader.fail(entry, "'facts' must be a non-empty list")
        for i, fact in enumerate(raw_facts):
            fentry = f"{entry}.facts[{i}]"
            if not isinstance(fact, dict):
                raise reader.fail(fentry, "must be a table")
            reader.only(fact, FACT_KEYS, fentry)
            figure_id = reader.text(fact, "figure", fentry, optional=True)
            rule_id = reader.text(fact, "rule", fentry, optional=True)
            if bool(figure_id) == bool(rule_id):
                raise reader.fail(fentry, "needs exactly one of 'figure' or 'rule' as its source")
            if figure_id and figure_id not in figures:
                raise reader.fail(fentry, f"names unknown figure '{_escaped(figure_id)}'")
            if rule_id and rule_id not in rules:
                raise reader.fail(fentry, f"names unknown rule '{_escaped(rule_id)}'")
            texts = reader.text(fact, "text", fentry), reader.text(fact, "text_zh", fentry)
            for text in texts:
                problem = _template_problem(text, figures)
                if problem:
                    raise reader.fail(fentry, problem)
            entities = fact.get("entities", [])
            if not isinstance(entities, list) or not entities and "entities" in fact \
                    or any(entity not in ENTITIES for entity in entities):
                raise reader.fail(fentry, f"'entities' must be a non-empty list of {', '.join(ENTITIES)}")
            facts.append(Fact(*texts, figure_id, rule_id, tuple(entities)))
        accounts[acct] = AccountInfo(
            id=acct,
            name=reader.text(body, "name", entry), name_zh=reader.text(body, "name_zh", entry),
            role=reader.text(body, "role", entry), role_zh=reader.text(body, "role_zh", entry),
            facts=tuple(facts),
        )

    return DataPack(
        path=name,
        released=reader.date(pack, "released", "pack", allow_undated=False),
        title=reader.text(pack, "title", "pack"),
        stale_after_years=stale_after,
        quote_valid_days=None if valid_days is None else int(valid_days),
        seed=int(seed),
        samples=int(samples),
        low_percentile=low_pct,
        high_percentile=high_pct,
        figures=figures,
        affinity=affinity,
        capability=capability,
        session_fit=session_fit,
        scale_fit=scale_fit,
        payments=payments,
        eligibility=eligibility,
        rules=rules,
        accounts=accounts,
    )
