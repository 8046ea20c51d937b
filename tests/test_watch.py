"""The watch's files and its polling: a run at once, then one per change, a change during a run counted."""
from aoc import store, watch


def test_changes_yields_at_once_then_once_per_change(tmp_path):
    day, extra = tmp_path / "d03.py", tmp_path / "03.example2.txt"
    day.write_text("a")
    edits = {2: lambda: day.write_text("bb"), 5: lambda: extra.write_text("new")}
    looks = []

    def sleep(seconds):  # the test edits the files between the watch's looks at them
        looks.append(seconds)
        edits.get(len(looks), lambda: None)()

    runs = watch.changes(lambda: [day, extra], runs=3, interval=0.01, sleep=sleep)
    assert next(runs) == []
    assert next(runs) == [day]
    assert next(runs) == [extra]
    assert list(runs) == []
    assert set(looks) == {0.01}


def test_an_edit_made_during_a_run_starts_the_next(tmp_path):
    day = tmp_path / "d03.py"
    day.write_text("a")
    runs = watch.changes(lambda: [day], runs=2, sleep=lambda seconds: None)
    assert next(runs) == []
    day.write_text("edited while the first run ran")
    assert next(runs) == [day]


def test_the_files_of_a_day(project, helpers):
    module = helpers.write_day(project, 2016, 3, helpers.SUM_DAY)
    example = helpers.write_input(project, 2016, "03.example.txt", "1 2\n")
    assert watch.day_file(2016, 3) == module
    watched = watch.watched(2016, 3, module, user="alice")
    assert watched == [module, example, store.input_path(2016, 3, "alice"), store.answers_path(2016)]
    assert watch.watched(2016, 3, module, file=project / "mine.txt") == [module, project / "mine.txt"]


def test_what_a_run_of_the_watch_runs(project, helpers):
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY)
    jobs, why = watch.jobs(2016, 3, example=False, file=None, user=None)
    assert jobs == [] and "03.example.txt does not exist" in why
    helpers.write_input(project, 2016, "03.example.txt", "1 2\n")
    helpers.write_input(project, 2016, "03.txt", "2 3 4\n")
    assert [job.name for job in watch.jobs(2016, 3, example=False, file=None, user=None)[0]] == ["example", "input"]
    assert [job.name for job in watch.jobs(2016, 3, example=True, file=None, user=None)[0]] == ["example"]
