"""Qt's enums for the window, made as Python's enum module makes them, with less of its work per member.

PySide6 makes each Qt enum (Qt.AlignmentFlag, QFont.Weight, QKeySequence.StandardKey...) a Python
enum class the first time its class is asked for, through the enum module's functional API
(`IntEnum("Key", [("Key_Escape", 16777216), ...])`). Some 210 of them, with 3,200 members, are made
before the window's first paint (the Qt namespace alone: 93 enums, 1,195 members, about 8 % of the
start), and Python 3.11's enum machinery works through each class and each member in Python: the
class body checked name by name, each member a placeholder set into the class, then taken out again
and replaced, its class's bases searched for a descriptor of its name, its value looked up among
those made before; the class's own set-up (its data type, __new__, repr) found anew for every class.

`install()` makes the class the functional API would make, only faster, for the one kind of call
PySide6 makes: an Enum, IntEnum, Flag or IntFlag, members given as (name, int) pairs with names
that are plain, distinct and nowhere in the enum's bases. The class is made with the keys and values
the enum module gives a class of that base with no member (a template the enum module itself makes,
once for each base), then each member is made and added as the enum module's
`_proto_member.__set_name__` would, then what the enum module sets behind the members: the same
value, name, order, aliases, flag masks and iteration order, and the same class dictionary in the
same order (tests/test_start_enums.py compares every enum class of QtCore, QtGui and QtWidgets made
both ways). Any other call, and any other Python than the one this follows (3.11), goes to the enum
module as it is.
"""

from __future__ import annotations

import builtins
import enum
import sys
import types

# `typing` is not imported here at run time (mypy reads the name as true), as in wxdesk/__init__.py.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any

    # The enum module's EnumType._create_ (unbound: the enum class first), and what it makes.
    _Create = Callable[..., type[enum.Enum]]
    # A class's keys and values, in order.
    _Items = list[tuple[str, object]]

# The Python whose enum module this follows (its EnumType.__new__ and _proto_member.__set_name__).
FOLLOWS = (3, 11)
# The bases PySide6 gives its enums.
_BASES = (enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag)
# What EnumType.__new__ sets on the class after the class is made, behind its members.
_SET_AFTER = frozenset({"__repr__", "__str__", "__format__", "__reduce_ex__", "__or__", "__and__", "__xor__",
                        "__ror__", "__rand__", "__rxor__", "__invert__", "__new__", "__new_member__"})

_state: dict[str, _Create | None] = {"create": None}


def _plain_members(cls: type, names: object) -> bool:
    """Whether `names` are (name, int) pairs this module makes as the enum module would."""
    if not isinstance(names, list) or cls not in _BASES:
        return False
    seen = set()
    for item in names:
        if type(item) is not tuple or len(item) != 2:
            return False
        name, value = item
        # The enum module's rules for a member's name: a sunder or dunder name, a private one or "mro"
        # is no member or an error.
        if type(name) is not str or type(value) is not int or not name or name[0] == "_" or name == "mro":
            return False
        seen.add(name)
    # A name given twice replaces or fails; a member named like an attribute of the bases (name, value...)
    # gets a redirecting property.
    return len(seen) == len(names) and seen.isdisjoint(_names_in_bases(cls))


def _names_in_bases(cls: type) -> frozenset[str]:
    """Every name in the dictionaries of `cls` and its bases (one of _BASES: the enum module's own classes, int
    and object, which nothing changes), gathered once: looking through them again for every enum, some 200
    names, was two fifths of what this module spends on a small enum."""
    names = _base_names.get(cls)
    if names is None:
        names = _base_names[cls] = frozenset(name for base in cls.__mro__ for name in vars(base))
    return names


_base_names: dict[type, frozenset[str]] = {}


def _template(create: _Create, cls: type[enum.Enum],
              boundary: enum.FlagBoundary | None) -> tuple[type[enum.EnumType], _Items, _Items] | None:
    """What the enum module puts in a class of `cls` made with no member: its metaclass, the keys it sets
    before the members, and those it sets behind them (made once for each base and boundary)."""
    key = (cls, boundary)
    template = _templates.get(key)
    if template is None:
        empty = create(cls, "Template", [], module=__name__, qualname=None, type=None, start=1, boundary=boundary)
        keys = list(vars(empty))
        if "__doc__" not in keys or not all(key in _SET_AFTER for key in keys[keys.index("__doc__") + 1:]):
            return None
        # Its members made by object.__new__ or int.__new__, which set no attribute, and initialised by
        # Enum.__init__, which does nothing (see make_enum).
        if (vars(empty).get("_new_member_") not in _PLAIN_NEW or hasattr(empty, "_value_")
                or empty.__init__ is not enum.Enum.__init__):
            return None
        split = keys.index("__doc__") + 1
        template = _templates[key] = (type(empty), [(k, vars(empty)[k]) for k in keys[:split]],
                                      [(k, vars(empty)[k]) for k in keys[split:]])
    return template


_templates: dict[tuple[type[enum.Enum], enum.FlagBoundary | None], tuple[type[enum.EnumType], _Items, _Items]] = {}
# How the members of the four bases are made (object.__new__ for Enum and Flag, int.__new__ for the int ones):
# neither sets an attribute on what it makes.
_PLAIN_NEW = (object.__new__, int.__new__)


def make_enum(create: _Create, cls: type[enum.Enum], class_name: str, names: Iterable[tuple[str, int]], module: str,
              qualname: str | None, start: int, boundary: enum.FlagBoundary | None) -> type[enum.Enum] | None:
    """The enum class `create` (EnumType._create_) makes for (name, int) pairs: made as the enum module
    makes a class of that base with no member (its keys and values, from a template made by the enum module
    itself), its members then added to it, and what the enum module sets behind them set last. `module`: as
    _create_ would find it."""
    template = _template(create, cls, boundary)
    if template is None:
        return None
    metaclass, before, after = template
    body = {}
    for key, value in before:
        if key == "__module__":
            value = module
        elif type(value) in (list, dict):  # the members' lists and maps, of this class alone
            value = type(value)()
        body[key] = value
    if qualname is not None:
        body["__qualname__"] = qualname
    # (Any: read and set below through the enum module's private names, _new_member_, _flag_mask_... of a class,
    # which typeshed leaves out.)
    enum_class: Any = type.__new__(metaclass, class_name, (cls,), body)
    new_member = enum_class._new_member_
    use_args = enum_class._use_args_
    member_type = enum_class._member_type_
    member_names = enum_class._member_names_
    member_map = enum_class._member_map_
    value_map = enum_class._value2member_map_
    is_flag = issubclass(enum_class, enum.Flag)
    single_bit = enum._is_single_bit  # type: ignore[attr-defined]  # (the enum module's own: typeshed leaves it out)
    # Each member set on the class changes the class, which empties Python's cache of where a name is found on
    # it: each attribute set on the next member then looked through the class's six bases again. The members
    # go onto the class after the last one is made, in the same order (nothing in making a member looks at
    # the class's members: object.__new__ or int.__new__, then Enum.__init__, see _template).
    onto_class: list[tuple[str, object]] = []
    flag_mask = singles_mask = 0
    for name, value in names:
        # As _proto_member.__set_name__ makes a member (the int value: args = (value,)). object.__new__ and
        # int.__new__ set no attribute: the member has no _value_ yet (the enum module asks hasattr, whose
        # AttributeError made and dropped was a third of a member's cost). Enum.__init__, which the enum module
        # calls next, does nothing (`pass`).
        member = new_member(enum_class, value) if use_args else new_member(enum_class)
        if member_type is not object:
            value = member_type(value)
        member._value_ = value
        member._name_ = name
        member.__objclass__ = enum_class
        member._sort_order_ = len(member_names)
        if is_flag:  # the masks, set on the class below as the enum module leaves them after its last member
            one_bit = single_bit(value)
            flag_mask |= value
            if one_bit:
                singles_mask |= value
        canonical = value_map.get(value)
        if canonical is not None:
            member = canonical  # an alias of the first member with that value
        elif not is_flag or one_bit:
            member_names.append(name)
        onto_class.append((name, member))
        member_map[name] = member
        value_map.setdefault(value, member)
    for name, member in onto_class:
        type.__setattr__(enum_class, name, member)
    for key, value in after:
        type.__setattr__(enum_class, key, value)
    if is_flag:  # as EnumType.__new__ sets a flag's iteration order
        enum_class._flag_mask_ |= flag_mask
        enum_class._singles_mask_ |= singles_mask
        enum_class._all_bits_ = 2 ** (enum_class._flag_mask_.bit_length()) - 1
        values = [m._value_ for m in enum_class]
        if values != sorted(values):
            enum_class._iter_member_ = enum_class._iter_member_by_def_
    return enum_class  # type: ignore[no-any-return]  # (the enum class made above, Any for its private names)


def _relay(call: Callable[..., object], *args: object, **kwargs: object) -> object:
    return call(*args, **kwargs)


# _relay with no module name in its globals: the enum module's _create_, called through it twice, finds no
# module in its caller's caller, as it finds none where the functional API was called from such code.
_relay_unnamed: _Create = types.FunctionType(_relay.__code__, {"__builtins__": builtins})


# The enum module's own parameter names (`type` among them), as EnumType.__call__ passes them.
def _create_(cls: type[enum.Enum], class_name: str, names: object = None, *, module: str | None = None,
             qualname: str | None = None, type: type | None = None, start: int = 1,
             boundary: enum.FlagBoundary | None = None) -> type[enum.Enum]:
    create: _Create = _state["create"]  # type: ignore[assignment]  # (not None: install() set it, then this)
    if module is None:
        # As _create_ names the module: its caller's caller (EnumType.__call__'s caller). Named here, since
        # the enum module's own _create_, called from here, would look one frame too near.
        try:
            module = sys._getframe(2).f_globals["__name__"]
        except (AttributeError, ValueError, KeyError):
            return _relay_unnamed(_relay_unnamed, create, cls, class_name, names, module=None, qualname=qualname,
                                  type=type, start=start, boundary=boundary)
    made = None
    if type is None and _plain_members(cls, names):
        # (names: (name, int) pairs, as _plain_members found them.)
        made = make_enum(create, cls, class_name, names, module, qualname, start, boundary)  # type: ignore[arg-type]
    if made is None:
        made = create(cls, class_name, names, module=module, qualname=qualname, type=type, start=start,
                      boundary=boundary)
    return made


# Small enums of each kind PySide6 makes, with an alias and a flag's multi-bit member: made both ways at
# install, they must agree before this module makes any Qt enum (a 3.11 patch release could change what
# the enum module sets). With the boundary PySide6 gives its enums, so that the templates made for the
# probes are the ones its enums are made from.
PROBE_BOUNDARY = enum.KEEP
_PROBES = ((enum.IntEnum, [("FIRST", 1), ("SECOND", 2), ("ALIAS", 1), ("ZERO", 0)]),
           (enum.Enum, [("ONE", 1), ("TWO", 2)]),
           (enum.Flag, [("LOW", 1), ("HIGH", 4), ("BOTH", 5), ("MIDDLE", 2)]),
           (enum.IntFlag, [("NONE", 0), ("A", 1), ("B", 2), ("AB", 3), ("C", 16)]))


def _looks(enum_class: type[enum.Enum]) -> tuple[object, ...]:
    """What a made enum class is: its dictionary's keys in order, its members, aliases and masks."""
    return (list(vars(enum_class)), [(m.name, m.value) for m in enum_class],
            [(name, m.name, m.value) for name, m in enum_class.__members__.items()],
            [(k, v.name) for k, v in enum_class._value2member_map_.items()],
            [getattr(enum_class, key, None) for key in ("_flag_mask_", "_singles_mask_", "_all_bits_")],
            getattr(getattr(enum_class, "_iter_member_", None), "__name__", None))


def _agrees(create: _Create) -> bool:
    for base, names in _PROBES:
        made = make_enum(create, base, "Probe", names, __name__, None, 1, PROBE_BOUNDARY)
        if made is None or _looks(made) != _looks(create(base, "Probe", names, module=__name__,
                                                         boundary=PROBE_BOUNDARY)):
            return False
    return True


def install() -> None:
    """From now on, enums made by the functional API with plain members are made as described above
    (nothing changes under a Python other than FOLLOWS, where the probes disagree, or if it is installed
    already)."""
    if sys.version_info[:2] != FOLLOWS or _state["create"] is not None:
        return
    # EnumType._create_: the functional API's own maker, which typeshed leaves out (and below, replaced).
    create: _Create = enum.EnumType._create_  # type: ignore[attr-defined]
    if not _agrees(create):
        return
    _state["create"] = create
    enum.EnumType._create_ = _create_  # type: ignore[attr-defined]
