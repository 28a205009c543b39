"""tests/floors.toml: every quality floor in one file, each pinned to the data it was measured on."""
import numbers

import pytest

import floors

GATES = floors.gates()


@pytest.mark.parametrize("name", sorted(GATES))
def test_gate_was_measured_on_this_data(name):
    gate = GATES[name]
    if gate.missing():
        pytest.skip(f"not on this machine: {', '.join(gate.missing())}")
    gate.check()


@pytest.mark.parametrize("name", sorted(GATES))
def test_gate_is_complete_and_held(name):
    gate = GATES[name]
    assert gate.measures and gate.sha256 and (gate.min or gate.max)
    assert all(len(d) == 64 for d in gate.sha256.values()), f"record them: python tests/floors.py --record {name}"

    def values(d):
        return [x for v in d.values() for x in (values(v) if isinstance(v, dict) else [v])]

    assert all(isinstance(v, numbers.Real) for v in values(gate.min) + values(gate.max))
    for test in gate.tests:  # the tests named hold the gate
        assert f'"{name}"' in (floors.REPO / test).read_text(encoding="utf-8"), (name, test)


def test_a_changed_file_fails_loudly(tmp_path, monkeypatch):
    (tmp_path / "data.txt").write_text("سلام\n", encoding="utf-8")
    monkeypatch.setattr(floors, "REPO", tmp_path)
    gate = floors.Gate(name="g", measures="m", tests=("tests/test_g.py",), min={"f1": 0.9},
                       sha256={"data.txt": floors.digest(tmp_path / "data.txt")})
    gate.check()
    (tmp_path / "data.txt").write_text("سلام!\n", encoding="utf-8")
    with pytest.raises(AssertionError, match=r"\[g\].*changed since: data.txt.*--record g"):
        gate.check()
