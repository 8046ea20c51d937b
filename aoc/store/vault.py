"""The vault: every cached real input, every account's, in one encrypted, committed file, inputs/vault.bin.

Inputs must not be published, yet CI should check the real answers: CI gets
the key as the secret AOC_VAULT_KEY and reads the vault in memory, never
writing an input to disk. The cipher is AES-256-GCM from `cryptography`
(authenticated: a wrong key or any changed byte fails to open, it never
yields garbage). The header names the format and a fingerprint of the key, so
a wrong key and a tampered file get different messages; the header is also
authenticated, as GCM's associated data.
"""
import base64
import hashlib
import json
import os
import re
import zlib

from aoc import store
from aoc.errors import AlreadyExists, VaultError

MAGIC = b"aoc-vault 1\n"
FINGERPRINT_BYTES = 8
NONCE_BYTES = 12
# fullmatch: no "..", no other folder; an account's input carries its name (2023/08.alice.txt)
INPUT_NAME = re.compile(r"(?P<year>[0-9]{4})/(?P<day>[0-9]{2})(?:\.(?P<user>[^./]+))?\.txt")


def path():
    """inputs/vault.bin."""
    return store.root() / "inputs" / "vault.bin"


def new_key() -> str:
    """A fresh random key, as AOC_VAULT_KEY holds it (URL-safe base64 of 32 bytes)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return base64.urlsafe_b64encode(AESGCM.generate_key(bit_length=256)).decode()


def key_from_env() -> bytes:
    """The key in $AOC_VAULT_KEY as 32 bytes, or a VaultError saying how to make one."""
    key = key_if_set()
    if key is None:
        raise VaultError("AOC_VAULT_KEY is not set: `aoc vault key` makes one (keep it secret, e.g. as a CI secret)")
    return key


def key_if_set() -> bytes | None:
    """The key in $AOC_VAULT_KEY as 32 bytes; None when it is unset."""
    raw = os.environ.get("AOC_VAULT_KEY", "").strip()
    if not raw:
        return None
    try:
        key = base64.urlsafe_b64decode(raw.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        key = b""
    if len(key) != 32:
        raise VaultError("AOC_VAULT_KEY is not a vault key (32 bytes in URL-safe base64, as `aoc vault key` prints)")
    return key


def _fingerprint(key: bytes) -> bytes:
    """A short, one-way name of the key (the key is random, so this reveals nothing usable)."""
    return hashlib.sha256(b"aoc-vault key fingerprint" + key).digest()[:FINGERPRINT_BYTES]


def seal_bytes(inputs: dict[str, str], key: bytes) -> bytes:
    """Encrypt {'2023/08.txt': text, …} into the vault's bytes."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = MAGIC + _fingerprint(key)
    nonce = os.urandom(NONCE_BYTES)
    plain = zlib.compress(json.dumps(inputs, sort_keys=True).encode("utf-8"))
    return header + nonce + AESGCM(key).encrypt(nonce, plain, header)


def open_bytes(data: bytes, key: bytes) -> dict[str, str]:
    """Decrypt the vault's bytes; VaultError for a wrong key or a changed byte."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    size = len(MAGIC) + FINGERPRINT_BYTES
    header, nonce, sealed = data[:size], data[size:size + NONCE_BYTES], data[size + NONCE_BYTES:]
    if not header.startswith(MAGIC) or len(nonce) < NONCE_BYTES:
        raise VaultError(f"{path()} is not an aoc vault (damaged or another file)")
    if header[len(MAGIC):] != _fingerprint(key):
        raise VaultError(f"{path()} was sealed with another key: AOC_VAULT_KEY is wrong")
    try:
        plain = AESGCM(key).decrypt(nonce, sealed, header)
    except InvalidTag:
        raise VaultError(f"{path()} has been tampered with or damaged: it fails authentication") from None
    return json.loads(zlib.decompress(plain))


def cached_inputs() -> dict[str, str]:
    """Every real input cached in inputs/, every account's too, by vault name ('2023/08.txt', '2023/08.alice.txt')."""
    found = {}
    for year_dir in sorted((store.root() / "inputs").glob("[0-9][0-9][0-9][0-9]")):
        for file in sorted(year_dir.glob("[0-9][0-9]*.txt")):
            name = f"{year_dir.name}/{file.name}"
            match = INPUT_NAME.fullmatch(name)
            if match and _is_input(match):
                found[name] = store.read_text(file)
    return found


def _is_input(match: re.Match) -> bool:
    """Is a file name's match a real input (the default account's or another's), not an example?"""
    return match["user"] is None or store.is_account(match["user"])


def read(key: bytes | None = None) -> dict[tuple[int, int], str]:
    """The vault's inputs of the default account in memory by (year, day); empty when there is no vault."""
    return {(year, day): text for (year, day, user), text in read_all(key).items() if user is None}


def read_all(key: bytes | None = None) -> dict[tuple[int, int, str | None], str]:
    """Every account's inputs in the vault, in memory, by (year, day, account name or None for the default)."""
    if not path().exists():
        return {}
    key = key if key is not None else key_from_env()
    contents = open_bytes(path().read_bytes(), key)
    named = ((INPUT_NAME.fullmatch(name), text) for name, text in contents.items())
    return {(int(m["year"]), int(m["day"]), m["user"]): text for m, text in named if m and _is_input(m)}


def seal() -> tuple[int, int]:
    """Seal the cached inputs, keeping the ones only the old vault has; return (inputs sealed, from the old vault)."""
    key = key_from_env()
    old = open_bytes(path().read_bytes(), key) if path().exists() else {}
    cached = cached_inputs()
    merged = {**old, **cached}
    if not merged:
        raise VaultError("no cached real inputs to seal: `aoc fetch DAY` caches them")
    store.write_atomic(path(), seal_bytes(merged, key))
    return len(merged), len(set(old) - set(cached))


def open_all() -> tuple[list[str], list[str]]:
    """Write the vault's inputs that are not cached here; return (written, kept because a file differs).

    Only names of the form <YYYY>/<DD>.txt or <YYYY>/<DD>.<NAME>.txt are written, so a crafted vault
    cannot reach outside inputs/; a file already there is never overwritten.
    """
    contents = open_bytes(_vault_bytes(), key_from_env())
    written, differing = [], []
    for name, text in sorted(contents.items()):
        match = INPUT_NAME.fullmatch(name)
        if not (match and _is_input(match)):
            continue
        target = store.root() / "inputs" / name
        try:
            store.create_new(target, text)
            written.append(name)
        except AlreadyExists:
            if store.read_text(target) != text:
                differing.append(name)
    return written, differing


def _vault_bytes() -> bytes:
    """The vault file's bytes, or a clear error when there is none."""
    if not path().exists():
        raise VaultError(f"no vault at {path()}: `aoc vault seal` makes one")
    return path().read_bytes()
