"""The loss curve of a lab run as a small standalone SVG (no plotting library needed for one line).

The loss falls over orders of magnitude, so the y axis is logarithmic.
"""
import math
from xml.sax.saxutils import escape

WIDTH, HEIGHT, MARGIN = 640, 360, 56
FONT = 'font-family="sans-serif"'


def loss_curve_svg(history, title: str = "loss") -> str:
    """An SVG line plot of `history` (loss per step) on a log scale."""
    values = [max(float(v), 1e-300) for v in history if math.isfinite(float(v))]
    if not values:
        values = [1.0]
    logs = [math.log10(v) for v in values]
    low, high = math.floor(min(logs)), math.ceil(max(logs))
    high = high if high > low else low + 1
    points = " ".join(f"{_x(i, len(logs)):.1f},{_y(v, low, high):.1f}" for i, v in enumerate(logs))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">',
        '<rect width="100%" height="100%" fill="white"/>',
        f'<text x="{WIDTH / 2}" y="20" text-anchor="middle" {FONT} font-size="14">{escape(title)}</text>',
        *_axes(low, high, len(logs)),
        f'<polyline fill="none" stroke="#c0392b" stroke-width="2" points="{points}"/>',
        "</svg>",
    ]
    return "\n".join(parts) + "\n"


def _x(step: int, count: int) -> float:
    """Horizontal position of a step."""
    return MARGIN + (WIDTH - 2 * MARGIN) * (step / max(1, count - 1))


def _y(log_value: float, low: int, high: int) -> float:
    """Vertical position of a log10 loss."""
    return HEIGHT - MARGIN - (HEIGHT - 2 * MARGIN) * (log_value - low) / (high - low)


def _axes(low: int, high: int, count: int) -> list[str]:
    """Axis lines, a tick label per decade, and the step count."""
    bottom, right = HEIGHT - MARGIN, WIDTH - MARGIN
    lines = [f'<path d="M{MARGIN},{MARGIN} V{bottom} H{right}" stroke="black" fill="none"/>']
    stride = max(1, (high - low) // 8)
    for decade in range(low, high + 1, stride):
        y = _y(decade, low, high)
        lines.append(f'<text x="{MARGIN - 6}" y="{y + 4:.1f}" text-anchor="end" {FONT} font-size="11">'
                     f'1e{decade}</text>')
    lines.append(f'<text x="{right}" y="{bottom + 20}" text-anchor="end" {FONT} font-size="11">{count} steps</text>')
    return lines
