"""Outside data is bounded before it is parsed and comes out as plain, encodable values."""
import os
import threading

import pytest

from chatgen_core.untrusted import MAX_DEPTH, UntrustedInputError, clean_text, load_json, read_capped


def test_json_nested_past_the_stack_is_refused_not_a_recursion_error():
    with pytest.raises(UntrustedInputError, match="nested"):
        load_json("[" * 100_000 + "]" * 100_000)


def test_json_nested_past_the_depth_limit_is_refused():
    deep = "[" * (MAX_DEPTH + 2) + "]" * (MAX_DEPTH + 2)
    with pytest.raises(UntrustedInputError, match="nested deeper"):
        load_json(deep, "sidecar x.json")


def test_json_with_a_huge_integer_is_refused_with_its_size():
    with pytest.raises(UntrustedInputError, match="5,000 digits"):
        load_json('{"steps": ' + "9" * 5000 + "}")


def test_nan_and_infinity_become_none():
    assert load_json('{"cfg": NaN, "steps": Infinity}') == {"cfg": None, "steps": None}


def test_lone_surrogates_become_replacement_characters_in_keys_and_values():
    value = load_json('{"na\\ud800me": ["x\\udfff", {"d": "\\ud83d"}]}')
    assert value == {"na\ufffdme": ["x\ufffd", {"d": "\ufffd"}]}
    value["na\ufffdme"][0].encode("utf-8")  # would raise UnicodeEncodeError with the surrogate


def test_paired_surrogates_stay_one_character():
    assert load_json('"\\ud83e\\udd8a"') == "\U0001f98a"


def test_bytes_that_are_not_utf8_are_named():
    with pytest.raises(UntrustedInputError, match="not UTF-8"):
        load_json(b'{"a": "\xff"}', "catalog c.json")


def test_invalid_json_names_line_and_column():
    with pytest.raises(UntrustedInputError, match="line 2 column"):
        load_json('{"a": 1,\n}')


def test_clean_text_leaves_ordinary_text_alone():
    text = "a fox, 狐狸, лиса"
    assert clean_text(text) is text


def test_read_capped_refuses_a_file_over_the_cap(tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 101)
    assert read_capped(path, 101) == b"x" * 101
    with pytest.raises(UntrustedInputError, match="101 bytes"):
        read_capped(path, 100, "catalog")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_read_capped_refuses_a_device_named_like_a_sidecar():
    with pytest.raises(UntrustedInputError, match="not a regular file"):
        read_capped("/dev/zero", 100)


def test_floats_past_the_float_range_become_none_like_infinity():
    assert load_json('{"cfg": 1e400, "steps": -1e400, "x": 1' + "0" * 400 + '.5}') == {
        "cfg": None, "steps": None, "x": None}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_read_capped_refuses_a_fifo_named_like_a_sidecar_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "model.json"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []
    reader = threading.Thread(target=lambda: _record(outcome, read_capped, fifo, 100), daemon=True)
    reader.start()
    reader.join(timeout=30)  # a deadlock guard, not a speed check: the read returns at once or never
    if reader.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # let the blocked open return
        pytest.fail("opening a FIFO blocked until a writer came")
    assert isinstance(outcome[0], UntrustedInputError) and "not a regular file" in str(outcome[0])


def _record(outcome: list[BaseException], fn, *args) -> None:
    try:
        fn(*args)
    except BaseException as exc:  # noqa: BLE001 (handed to the test thread)
        outcome.append(exc)


def test_a_reader_of_known_keys_skips_the_depth_walk_but_nothing_else():
    deep = "[" * (MAX_DEPTH + 2) + "]" * (MAX_DEPTH + 2)
    assert load_json(deep, max_depth=None) is not None
    assert load_json('{"n": ' + "9" * 100 + "}", max_depth=None) == {"n": int("9" * 100)}
    assert load_json(b'{"d": "\\ud800", "e": 1e400}', max_depth=None) == {"d": "\ufffd", "e": None}
    with pytest.raises(UntrustedInputError, match="nested too deeply"):
        load_json("[" * 100_000 + "]" * 100_000, max_depth=None)
    with pytest.raises(UntrustedInputError, match="5,000 digits"):
        load_json('{"n": ' + "9" * 5000 + "}", max_depth=None)
