"""The shared per-class table: a class under its threshold fails and shows its failing rows."""

from tests.class_table import class_table


def test_a_class_under_threshold_fails_with_its_rows() -> None:
    results = {
        "passive": [("A was received by B", True, ["A", "B"])] * 19
        + [("C was hosted by D", False, [])],
        "phone": [("E phoned F", True, ["E", "F"])] * 9 + [("G rang H", False, [])],
    }
    lines, failing = class_table(results, 0.95, lambda case, got: f"{case!r} -> {got}")
    assert failing == ["phone"]
    assert "    FAIL 'G rang H' -> []" in lines
    assert not any("C was hosted by D" in line for line in lines)  # its class passed (95%)
    assert lines[0].startswith("passive") and "19/ 20" in lines[0]


def test_a_threshold_over_one_lists_every_failing_row() -> None:
    results = {"phone": [("E phoned F", True, []), ("G rang H", False, [])]}
    lines, _ = class_table(results, 2.0, lambda case, got: case)
    assert lines == ["phone                        1/  2  50.0%", "    FAIL G rang H"]
