"""Declares aoc.nn's C extension; the project's metadata lives in pyproject.toml."""
import ctypes.util
import platform
from pathlib import Path

from setuptools import Extension, setup

CSRC = Path("aoc/nn/csrc")
SOURCES = sorted(str(p) for p in CSRC.glob("*.c"))
X86 = platform.machine().lower() in {"x86_64", "amd64"}
# glibc's libmvec gives the SIMD paths vector exp/log/tanh/pow; without it they go lane by lane.
LIBMVEC = X86 and platform.system() == "Linux" and ctypes.util.find_library("mvec") is not None

setup(
    ext_modules=[
        Extension(
            "aoc.nn._core",
            sources=SOURCES,
            depends=sorted(str(p) for p in CSRC.glob("*.[hd]*")),
            # hidden visibility: only PyInit__core is exported, so calls between the C files
            # can be inlined instead of going through the PLT
            extra_compile_args=["-O3", "-std=c11", "-fvisibility=hidden", "-Wall", "-Wextra",
                                "-Wno-missing-field-initializers"],
            define_macros=[("NN_LIBMVEC", "1")] if LIBMVEC else [],
            libraries=["mvec", "m"] if LIBMVEC else ["m"],
        )
    ]
)
