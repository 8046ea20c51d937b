"""2025 day 11: a rack of devices like the real input's, in layers from svr down to out, and two references."""
import random
from functools import cache
from string import ascii_lowercase

SPECIAL = ("svr", "you", "out", "dac", "fft")


def generate(seed: int, layers: int = 30, per_layer: int = 20) -> str:
    """Devices in layers, each wired to 2 to 4 devices of the next layer or two; fft and dac in middle
    layers, you near the end so that its paths can be listed one by one."""
    rng = random.Random(seed)
    names = set()
    while len(names) < layers * per_layer:
        name = "".join(rng.choices(ascii_lowercase, k=3))
        if name not in SPECIAL:
            names.add(name)
    pool = sorted(names)
    rng.shuffle(pool)
    grid = [pool[k * per_layer:(k + 1) * per_layer] for k in range(layers)]
    grid[0] = ["svr"]
    grid[layers // 3][0], grid[2 * layers // 3][0], grid[layers - 5][0] = "fft", "dac", "you"
    grid.append(["out"])
    lines = []
    for k, layer in enumerate(grid[:-1]):
        for device in layer:
            ahead = grid[k + 1] + (grid[k + 2] if k + 2 < len(grid) and rng.random() < 0.3 else [])
            outputs = rng.sample(ahead, min(len(ahead), rng.randint(2, 4) if device != "svr" else 4))
            lines.append(f"{device}: {' '.join(outputs)}")
    rng.shuffle(lines)
    return "\n".join(lines) + "\n"


def wiring(text: str) -> dict[str, list[str]]:
    """Each device's outputs."""
    return {name: outputs.split() for name, outputs in (line.split(":") for line in text.strip().splitlines())}


def every_path(text: str, source: str, target: str) -> int:
    """Part 1 by listing the paths themselves, depth first."""
    devices, count, todo = wiring(text), 0, [[source]]
    while todo:
        path = todo.pop()
        if path[-1] == target:
            count += 1
            continue
        todo += [path + [output] for output in devices.get(path[-1], []) if output not in path]
    return count


def through_both(text: str) -> int:
    """Part 2 in one pass: paths from svr to out, memoised on the device and which of dac and fft were seen."""
    devices = wiring(text)

    @cache
    def count(device: str, seen_dac: bool, seen_fft: bool) -> int:
        seen_dac, seen_fft = seen_dac or device == "dac", seen_fft or device == "fft"
        if device == "out":
            return int(seen_dac and seen_fft)
        return sum(count(output, seen_dac, seen_fft) for output in devices.get(device, []))

    return count("svr", False, False)
