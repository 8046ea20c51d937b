"""The persisted wait between answers: per puzzle, shared by every process through one file."""
import json

import pytest

from aoc import store
from aoc.site import cooldown


def test_a_wait_is_remembered_per_puzzle(project):
    assert cooldown.remaining(2016, 3) == 0
    cooldown.start(2016, 3, 90, now=1000.0)
    assert cooldown.remaining(2016, 3, now=1030.0) == 60
    assert cooldown.remaining(2016, 4, now=1030.0) == 0
    assert cooldown.remaining(2016, 3, now=2000.0) == 0


def test_it_lives_in_the_shared_state_file_and_drops_expired_deadlines(project):
    cooldown.start(2016, 3, 10, now=1000.0)
    cooldown.start(2016, 4, 10, now=5000.0)
    stored = json.loads((store.cache_dir() / cooldown.FILE).read_text())
    assert stored == {"2016-04": 5010.0}


def test_a_damaged_file_means_no_wait(project):
    store.cache_dir().mkdir(parents=True, exist_ok=True)
    (store.cache_dir() / cooldown.FILE).write_text("{not json")
    assert cooldown.remaining(2016, 3) == 0
    cooldown.start(2016, 3, 30)
    assert 29 < cooldown.remaining(2016, 3) <= 30


@pytest.mark.parametrize("stored", ['[1, 2]', '{"2016-03": "soon"}', '{"2016-03": null}', '{"2016-03": [5]}',
                                    '{"2016-03": true}', '"2016-03"', '{"2016-03": Infinity}'])
def test_a_file_of_the_wrong_shape_means_no_wait(project, stored):
    store.cache_dir().mkdir(parents=True, exist_ok=True)
    (store.cache_dir() / cooldown.FILE).write_text(stored)
    assert cooldown.remaining(2016, 3) == 0
    cooldown.start(2016, 4, 30)
    assert 29 < cooldown.remaining(2016, 4) <= 30
    assert list(json.loads((store.cache_dir() / cooldown.FILE).read_text())) == ["2016-04"]


def test_a_bad_entry_drops_only_itself(project):
    store.cache_dir().mkdir(parents=True, exist_ok=True)
    (store.cache_dir() / cooldown.FILE).write_text('{"2016-03": "soon", "2016-04": 5010.0}')
    assert cooldown.remaining(2016, 4, now=5000.0) == 10
    assert cooldown.remaining(2016, 3, now=5000.0) == 0
