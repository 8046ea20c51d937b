"""The user's repository on disk: its files and paths, answers.toml, the cross-process locks.

This package never talks to the site: `aoc.inputs` joins it to `aoc.site`
when a text is missing. The names below are the store's API; each lives in
the module of its concern (files, answers, locks). The vault is apart, in
`aoc.store.vault`, so that only the commands that open it import cryptography.
"""
from aoc.store.answers import (
    ANSWER_KEYS,
    Known,
    account_entry,
    add_day_entry,
    as_toml_value,
    edit_answers,
    known,
    last_answers,
    load_answers,
    save_last_answers,
    table_in,
    title,
)
from aoc.store.files import (
    EXAMPLE_FILE,
    account,
    answers_path,
    calendar_path,
    create_new,
    example_name,
    example_path,
    example_paths,
    input_path,
    is_account,
    page_path,
    read_text,
    root,
    state_dir,
    write_atomic,
    year_dir,
)
from aoc.store.locks import cache_dir, exclusive

__all__ = [
    "ANSWER_KEYS", "EXAMPLE_FILE", "Known", "account", "account_entry", "add_day_entry", "answers_path",
    "as_toml_value", "cache_dir", "calendar_path", "create_new", "edit_answers", "example_name", "example_path",
    "example_paths", "exclusive", "input_path", "is_account", "known", "last_answers", "load_answers", "page_path",
    "read_text", "root", "save_last_answers", "state_dir", "table_in", "title", "write_atomic", "year_dir",
]
