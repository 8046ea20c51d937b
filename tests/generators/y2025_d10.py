"""2025 day 10: machines like the real input's (up to 13 buttons on up to 10 counters, targets up
to about 300), their joltage reached by planted presses and their lights by a planted set of buttons;
and references that know nothing of the day's method: every subset of buttons, every press count
up to a small limit, scipy's `milp` and z3."""
import itertools
import random


def machine_line(rng: random.Random, counters: int, buttons: int, most: int) -> str:
    """One machine: distinct buttons (at most 2^counters − 2 exist) covering every counter, lights and
    targets both planted."""
    wiring: set[tuple[int, ...]] = set()
    while len(wiring) < buttons or set().union(*wiring) != set(range(counters)):
        if len(wiring) == buttons:
            wiring.pop()
        size = rng.randint(1, max(1, counters - 1))
        wiring.add(tuple(sorted(rng.sample(range(counters), size))))
    order = sorted(wiring, key=lambda b: (len(b), b))
    presses = [rng.randint(0, most) for _ in order]
    top = max(sum(p for p, button in zip(presses, order, strict=True) if i in button) for i in range(counters))
    presses = [p * min(top, 300) // max(top, 1) for p in presses]  # targets stay at 300 or under
    targets = [sum(p for p, button in zip(presses, order, strict=True) if i in button) for i in range(counters)]
    chosen = [button for button in order if rng.random() < 0.5]
    lights = "".join("#" if sum(i in button for button in chosen) % 2 else "." for i in range(counters))
    wires = " ".join("(" + ",".join(map(str, button)) + ")" for button in order)
    return f"[{lights}] {wires} {{{','.join(map(str, targets))}}}"


def generate(seed: int, machines: int = 160) -> str:
    """A full-size input: 4–10 counters, up to 13 buttons, presses scaled so targets stay near 300."""
    rng = random.Random(seed)
    lines = []
    for _ in range(machines):
        counters = rng.randint(4, 10)
        buttons = rng.randint(max(2, counters - 3), min(13, counters + 3))
        lines.append(machine_line(rng, counters, buttons, rng.randint(5, 300 * 2 // buttons)))
    return "\n".join(lines) + "\n"


def small(seed: int, machines: int = 30) -> str:
    """Machines small enough to try every press count: 2–4 buttons, each pressed up to 4 times."""
    rng = random.Random(seed)
    lines = []
    for _ in range(machines):
        counters = rng.randint(2, 4)
        lines.append(machine_line(rng, counters, rng.randint(2, min(4, 2**counters - 2)), 4))
    return "\n".join(lines) + "\n"


def fewest_toggles(lights, buttons) -> int:
    """Part 1 by trying every subset of buttons, smallest first."""
    for size in range(len(buttons) + 1):
        for subset in itertools.combinations(buttons, size):
            if all(sum(i in b for b in subset) % 2 == on for i, on in enumerate(lights)):
                return size
    raise ValueError("no subset of buttons lights the diagram")


def fewest_presses_by_trying(buttons, targets) -> int:
    """Part 2 by trying every press count up to the smallest target each button raises (small machines only)."""
    best = None
    limits = [min(targets[i] for i in button) for button in buttons]
    for presses in itertools.product(*(range(limit + 1) for limit in limits)):
        reached = [sum(p for p, b in zip(presses, buttons, strict=True) if i in b) for i in range(len(targets))]
        if reached == list(targets) and (best is None or sum(presses) < best):
            best = sum(presses)
    if best is None:
        raise ValueError("no presses reach the targets")
    return best


def matrix(buttons, counters: int):
    """A[i][j] = 1 when button j raises counter i."""
    return [[int(i in button) for button in buttons] for i in range(counters)]


def milp_presses(buttons, targets) -> int:
    """Part 2 of one machine by scipy's HiGHS branch and cut."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp

    A = np.array(matrix(buttons, len(targets)), dtype=float)
    n = len(buttons)
    found = milp(np.ones(n), constraints=LinearConstraint(A, targets, targets), integrality=np.ones(n),
                 bounds=Bounds(0, np.inf))
    if found.status != 0:
        raise ValueError(f"milp: {found.message}")
    return round(found.fun)


def z3_presses(buttons, targets) -> int:
    """Part 2 of one machine by z3's Optimize."""
    import z3

    presses = [z3.Int(f"p{j}") for j in range(len(buttons))]
    opt = z3.Optimize()
    opt.add(*(p >= 0 for p in presses))
    for i, target in enumerate(targets):
        opt.add(z3.Sum([p for p, b in zip(presses, buttons, strict=True) if i in b] or [z3.IntVal(0)]) == target)
    total = opt.minimize(z3.Sum(presses))
    if opt.check() != z3.sat:
        raise ValueError("z3: no presses reach the targets")
    return opt.lower(total).as_long()
