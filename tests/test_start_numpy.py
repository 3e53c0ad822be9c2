"""NumPy as the window's start imports it (wxdesk.start_numpy): what it leaves unmade, and that each part
it leaves works, with the same results, the moment it is used."""

from __future__ import annotations

import textwrap
from pathlib import Path

from fresh_python import last_json

# In a fresh interpreter: NumPy imported as the window's start imports it (with SKIP; SETUP may change the
# module's settings first), what is loaded then, and NumPy's deferred parts at work afterwards.
AFTER_IMPORT = textwrap.dedent("""
    import json, os, sys
    from types import ModuleType
    from wxdesk import start_numpy
    exec(os.environ.get("SETUP", ""))
    if os.environ.get("SKIP"):
        start_numpy.skip_docstrings()
    import numpy as np
    loaded = {name: name in sys.modules and type(sys.modules[name]) is ModuleType
              for name in ("numpy.linalg", "numpy._typing", "numpy._core._internal", "ctypes")}
    seen = {"loaded": loaded, "finder_left": any(type(f).__name__ == "_WithoutDocstrings" for f in sys.meta_path),
            "linalg_attribute": "linalg" in vars(np)}
    import numpy.matrixlib.defmatrix as defmatrix, numpy.lib._polynomial_impl as polynomial
    # The functions NumPy's own modules took from numpy.linalg, called there.
    m = np.matrix([[1.0, 2.0], [3.0, 4.0]])
    seen["matrix_power"] = (m ** 3).tolist() + defmatrix.matrix_power(m, -1).tolist()
    seen["roots"] = sorted(np.roots([1.0, -6.0, 11.0, -6.0]).round(12).tolist())
    seen["polyfit"] = np.polyfit([0.0, 1.0, 2.0, 3.0], [1.0, 3.1, 4.9, 7.2], 1).tolist()
    seen["poly1d_inv"] = polynomial.inv(np.array([[2.0, 0.0], [0.0, 4.0]])).tolist()
    # numpy.linalg itself, however it is asked for: one module, NumPy's own.
    import numpy.linalg
    from numpy.linalg import LinAlgError, solve
    seen["one_linalg"] = (np.linalg is numpy.linalg is sys.modules["numpy.linalg"]
                          and solve is np.linalg.solve and LinAlgError is np.linalg.LinAlgError
                          and type(np.linalg) is ModuleType and np.linalg.__name__ == "numpy.linalg")
    seen["solve"] = solve(np.array([[3.0, 1.0], [1.0, 2.0]]), np.array([9.0, 8.0])).tolist()
    try:
        np.linalg.inv(np.zeros((2, 2)))
    except LinAlgError as exc:
        seen["singular"] = str(exc)
    # What numpy._core._internal does (with ctypes): ctypes views, structured buffers.
    a = np.arange(6, dtype=np.float64)
    seen["ctypes_view"] = a.ctypes.data == a.__array_interface__["data"][0] and a.ctypes.shape[0] == 6
    record = np.array([(1, 2.5)], dtype=[("a", "<i4"), ("b", "<f8")])
    seen["buffer"] = np.asarray(memoryview(record)).dtype.descr
    print(json.dumps(seen))
""")


def _run(tmp_path: Path, skip: bool, setup: str = "") -> dict:
    env = {"SETUP": setup, "XDG_CACHE_HOME": str(tmp_path / "cache"), **({"SKIP": "1"} if skip else {})}
    return last_json(AFTER_IMPORT, tmp_path, env, drop=["SKIP"])


def _results(seen: dict) -> dict:
    return {key: value for key, value in seen.items() if key not in ("loaded", "finder_left", "linalg_attribute")}


def test_the_window_start_leaves_linear_algebra_and_ctypes_for_first_use(tmp_path):
    plain, skipped = _run(tmp_path, skip=False), _run(tmp_path, skip=True)
    assert all(plain["loaded"].values()), plain["loaded"]  # what NumPy's own import makes
    assert not any(skipped["loaded"].values()), skipped["loaded"]
    assert not skipped["linalg_attribute"]  # np.linalg: made by NumPy's __getattr__ when asked for
    assert not skipped["finder_left"]
    # Every part left unmade gives what it gives without the start's changes.
    assert _results(skipped) == _results(plain)
    assert skipped["one_linalg"] and skipped["singular"] == "Singular matrix"
    assert skipped["roots"] == [1.0, 2.0, 3.0] and skipped["matrix_power"][0] == [37.0, 54.0]


def test_numpy_reading_another_name_of_linalg_gets_the_real_module(tmp_path):
    # As another NumPy might: its import reads more of numpy.linalg than the stand-in answers for.
    setup = "start_numpy.LINALG_NAMES_READ_BY_NUMPY = frozenset({'matrix_power'})"
    plain, seen = _run(tmp_path, skip=False), _run(tmp_path, skip=True, setup=setup)
    assert seen["loaded"]["numpy.linalg"] and seen["linalg_attribute"]
    assert not seen["finder_left"]
    assert _results(seen) == _results(plain)


def test_a_numpy_of_another_major_version_loads_linalg_as_it_always_does(tmp_path):
    seen = _run(tmp_path, skip=True, setup="start_numpy.NUMPY_MAJOR_VERSIONS = ('1',)")
    assert seen["loaded"]["numpy.linalg"] and seen["linalg_attribute"]
    assert not seen["loaded"]["numpy._core._internal"]
    assert not seen["finder_left"]
    assert _results(seen) == _results(_run(tmp_path, skip=False))


# In a fresh interpreter: NumPy imported as the window's start imports it (SETUP may change the module's
# settings first), with NumPy's check of each overridable function against its dispatcher counted, and what
# it decorated.
DISPATCH = textwrap.dedent("""
    import importlib.util, inspect, json, os, sys
    from wxdesk import start_numpy
    exec(os.environ.get("SETUP", ""))
    start_numpy.skip_docstrings()
    checked = []

    class CountChecks:  # NumPy's check, counted from the moment NumPy's overrides module has run
        def find_spec(self, name, path=None, target=None):
            if name != "numpy._core.overrides":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)  # by the start's finder too, when it is there
            own = spec.loader.loader if type(spec.loader).__name__ == "_OverridesUnchecked" else spec.loader
            load = own.exec_module

            def run(module):
                load(module)
                check = module.verify_matching_signatures

                def counting(*pair):
                    checked.append(pair[0].__name__)
                    return check(*pair)
                module.verify_matching_signatures = checks[0] = counting
            own.exec_module = run
            return spec

    checks = [None]
    sys.meta_path.insert(0, CountChecks())
    import numpy as np
    from numpy._core import overrides
    check_after = overrides.verify_matching_signatures is checks[0]

    def signature(function):
        try:
            return str(inspect.signature(function))
        except ValueError:  # a function NumPy wrote in C
            return None
    functions = sorted((f.__module__, f.__qualname__, signature(f))
                       for f in overrides.ARRAY_FUNCTIONS)

    def implementation(a, b):
        return a
    def dispatcher(a):  # not the implementation's arguments
        return (a,)
    try:
        overrides.array_function_dispatch(dispatcher)(implementation)
        mismatch = None
    except RuntimeError as exc:
        mismatch = str(exc).split(" for ")[0]
    print(json.dumps({"checked": len(checked), "check_after": check_after, "functions": functions,
                      "mismatch": mismatch, "sum": float(np.sum(np.arange(4.0))),
                      "median": float(np.median([3, 1, 2]))}))
""")


def test_numpys_own_check_of_its_functions_is_taken_as_passed_while_it_loads_and_no_longer(tmp_path):
    # The start as it would be without taking the check as passed: NumPy's own overrides module, as it is.
    checking = last_json(DISPATCH, tmp_path, {"SETUP": "start_numpy.OVERRIDES = 'numpy.not_a_module'"})
    started = last_json(DISPATCH, tmp_path, {"SETUP": ""})
    # NumPy's own import checks each of its Python functions, and they pass: NumPy loads. At the window's start
    # only the function decorated after NumPy has loaded is checked.
    assert checking["checked"] > 150 and started["checked"] == 1
    assert checking["check_after"] is started["check_after"] is True
    # The same functions, decorated the same; and another library's function is checked as ever.
    assert {key: value for key, value in started.items() if key != "checked"} == \
        {key: value for key, value in checking.items() if key != "checked"}
    assert started["mismatch"] == "implementation and dispatcher"
    assert len(started["functions"]) > 200 and started["median"] == 2.0
