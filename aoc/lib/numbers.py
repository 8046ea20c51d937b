"""Number theory the puzzles lean on (math.lcm and math.gcd cover the rest)."""
from collections.abc import Iterable
from math import gcd


def crt(congruences: Iterable[tuple[int, int]]) -> int:
    """The least x >= 0 with x ≡ r (mod m) for every (r, m); moduli need not be coprime."""
    x, modulus = 0, 1
    for remainder, m in congruences:
        if m <= 0:
            raise ValueError(f"modulus must be positive, not {m}")
        g = gcd(modulus, m)
        difference = remainder - x
        if difference % g:
            raise ValueError(f"no x is {x} mod {modulus} and {remainder} mod {m}")
        # Step x by multiples of the current modulus, which keeps every earlier congruence true.
        k = (difference // g) * pow(modulus // g, -1, m // g) % (m // g)
        x += k * modulus
        modulus = modulus // g * m
        x %= modulus
    return x
