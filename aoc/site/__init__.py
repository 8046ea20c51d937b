"""The puzzle site, and only HTTP: the client every request goes through, the session token, the
cross-process throttle and answer cooldown, and the readers of the site's HTML (puzzle pages and
answer verdicts).

Nothing here decides where a text is cached: `aoc.inputs` asks the site only when the store lacks it.
"""
