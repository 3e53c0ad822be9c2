"""Qt's enums made the quicker way (wxdesk.start_enums): the very classes Python's enum module makes."""

from __future__ import annotations

import enum
import pickle
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from fresh_python import last_json

from wxdesk import start_enums


pytestmark = pytest.mark.skipif(sys.version_info[:2] != start_enums.FOLLOWS,
                                reason="follows the enum module of one Python; others make their enums as ever")


def _stdlib_create():
    """The enum module's own _create_, whether or not install() ran in this process."""
    return start_enums._state["create"] or enum.EnumType._create_


def _shape(cls: type) -> tuple:
    """All that tells one enum class from another: its dictionary in order (members by name, value and
    place; methods bound to it by function), its bases, names, members in iteration order and their texts."""
    body = {}
    for key, value in vars(cls).items():
        if isinstance(value, cls):
            body[key] = ("member", value._name_, value._value_, value._sort_order_, value.__objclass__ is cls)
        elif key in ("_member_map_", "_value2member_map_"):
            body[key] = [(k, m._name_) for k, m in value.items()]
        elif getattr(value, "__self__", None) is cls:
            body[key] = ("bound", value.__func__)
        else:
            body[key] = value
    members = list(cls)
    return (list(vars(cls)), body, cls.__mro__[1:], cls.__module__, cls.__qualname__,
            [(m._name_, m._value_, repr(m), str(m), format(m)) for m in members])


def _both(base: type, pairs: list[tuple[str, int]]) -> tuple[type, type]:
    create = _stdlib_create()
    made = start_enums.make_enum(create, base, "Made", list(pairs), "somewhere", None, 1, enum.KEEP)
    assert made is not None
    return create(base, "Made", list(pairs), module="somewhere", qualname=None, type=None, start=1,
                  boundary=enum.KEEP), made


def _qt_enums() -> list[enum.EnumType]:
    """Every enum class of QtCore, QtGui and QtWidgets (their classes', their namespaces' and nested ones')."""
    import PySide6.QtCore
    import PySide6.QtGui
    import PySide6.QtWidgets
    found: dict[int, enum.EnumType] = {}
    looked: set[int] = set()

    def look(holder: type) -> None:
        looked.add(id(holder))
        for value in list(vars(holder).values()):
            if isinstance(value, enum.EnumType):
                found.setdefault(id(value), value)
            elif isinstance(value, type) and value.__module__.startswith("PySide6") and id(value) not in looked:
                look(value)

    for module in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets):
        for name in dir(module):
            value = getattr(module, name)
            if isinstance(value, type) and id(value) not in looked:
                look(value)
    return list(found.values())


def test_every_qt_enum_is_made_as_the_enum_module_makes_it():
    enums = _qt_enums()
    assert len(enums) > 500  # Qt's namespace alone has some 95
    differ = []
    for qt_enum in enums:
        pairs = [(name, member._value_) for name, member in qt_enum._member_map_.items()]  # with aliases, in order
        base = qt_enum.__mro__[1]
        assert start_enums._plain_members(base, pairs), qt_enum.__qualname__
        stdlib, made = _both(base, pairs)
        if _shape(stdlib) != _shape(made):
            differ.append(qt_enum.__qualname__)
    assert differ == []


names = st.from_regex(r"[A-Za-z][A-Za-z0-9_]{0,8}", fullmatch=True).filter(lambda n: n not in ("mro",))
values = st.one_of(st.integers(-3, 70), st.sampled_from([0, 1, 2, 3, 4, 6, 8, 12, 2**31, 2**32 - 1, -(2**31)]))


@settings(max_examples=150, deadline=None)
@given(base=st.sampled_from([enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag]),
       pairs=st.lists(st.tuples(names, values), max_size=12, unique_by=lambda pair: pair[0]))
def test_any_plain_members_make_the_same_class(base, pairs):
    """Aliases, zero, negative and multi-bit values, members out of order: the same class either way."""
    if not start_enums._plain_members(base, pairs):  # a name the bases hold (name, value...): left to the module
        assert any(name in vars(b) for b in base.__mro__ for name, _ in pairs)
        return
    stdlib, made = _both(base, pairs)
    assert _shape(stdlib) == _shape(made)


@pytest.mark.parametrize("pairs", [
    [("_hidden", 1)],  # sunder or private: the enum module's own rules
    [("name", 1)],  # an attribute of Enum: its member is reached through a property
    [("A", 1), ("A", 2)],  # given twice: the enum module says so
    [("A", 1.5)],  # not an int
    [("A", (1, 2))],  # a tuple: the member's arguments
    [("A", True)],
    "A B C",  # names only
])
def test_other_calls_are_left_to_the_enum_module(pairs):
    assert not start_enums._plain_members(enum.IntEnum, pairs)


def test_installed_the_functional_api_names_the_callers_module_and_pickles():
    start_enums.install()
    made = enum.IntEnum("Made", [("A", 1), ("B", 2), ("C", 1)])
    assert made.__module__ == __name__
    assert made.C is made.A and list(made) == [made.A, made.B]
    globals()["Made"] = made  # where pickle looks for it
    try:
        assert pickle.loads(pickle.dumps(made.B)) is made.B
    finally:
        del globals()["Made"]
    unnamed: dict = {"IntEnum": enum.IntEnum}
    exec("made = IntEnum('Made', [('A', 1)])", unnamed)  # code with no module name: an unpicklable class
    with pytest.raises(TypeError):
        pickle.dumps(unnamed["made"].A)
    assert enum.Flag("Other", "X Y").Y.value == 2  # names only: the enum module's own way


# In a fresh interpreter, with the window's start (the hook installed as PySide6 loads) or without it: some
# Qt enums as shiboken leaves them once made, and how they behave.
DESCRIBE = textwrap.dedent("""
    import enum, json, os
    if os.environ.get("WINDOW_START"):
        from wxdesk.ui import pyside_setup  # noqa: F401
    from wxdesk import start_enums
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QKeySequence, QPalette
    from PySide6.QtWidgets import QMessageBox, QSizePolicy
    out = {"installed": start_enums._state["create"] is not None}
    for cls in (Qt.AlignmentFlag, Qt.Key, Qt.WindowType, QFont.Weight, QKeySequence.StandardKey,
                QPalette.ColorRole, QMessageBox.StandardButton, QSizePolicy.Policy):
        out[cls.__qualname__] = {
            "module": cls.__module__, "bases": [b.__name__ for b in cls.__mro__],
            "keys": list(vars(cls)), "names": cls._member_names_,
            "map": [(k, m._name_, m._value_) for k, m in cls._member_map_.items()],
            "members": [(m._name_, m._value_, repr(m), str(m)) for m in cls]}
    both = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    out["flags"] = [repr(both), int(both), repr(Qt.AlignmentFlag(0x21)), repr(~Qt.AlignmentFlag.AlignLeft),
                    repr(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)]
    print(json.dumps(out))
""")


def _described(window_start: bool) -> dict:
    env = {"QT_QPA_PLATFORM": "offscreen", **({"WINDOW_START": "1"} if window_start else {})}
    return last_json(DESCRIBE, env=env, drop=["WINDOW_START"])


def test_the_window_start_makes_qt_enums_as_pyside6_makes_them():
    quick, plain = _described(True), _described(False)
    assert quick.pop("installed") and not plain.pop("installed")
    assert quick == plain


def test_it_stays_out_where_its_probes_disagree_with_the_enum_module(monkeypatch):
    """A Python whose enum module sets something this module does not (a patch release) keeps its own."""
    stdlib = _stdlib_create()
    assert start_enums._agrees(stdlib)
    real = start_enums.make_enum

    def reordered(create, cls, class_name, names, *rest):
        return real(create, cls, class_name, list(reversed(names)), *rest)

    monkeypatch.setattr(start_enums, "make_enum", reordered)
    assert not start_enums._agrees(stdlib)
    monkeypatch.setattr(enum.EnumType, "_create_", stdlib)
    monkeypatch.setitem(start_enums._state, "create", None)
    start_enums.install()
    assert enum.EnumType._create_ is stdlib and start_enums._state["create"] is None
