"""`aoc vault`: the real inputs in one encrypted, committed file, for CI to check real answers."""
import click


@click.group(name="vault")
def command():
    """Seal the cached real inputs into inputs/vault.bin, or open it again.

    The key is read from $AOC_VAULT_KEY (make one with `aoc vault key` and
    keep it as a CI secret). `aoc check` and the pytest known-answer tests
    read the vault in memory when the key is set. A wrong key or a changed
    byte is one clear error, and nothing is overwritten.
    """


@command.command(name="key")
def key():
    """Print a new random key for AOC_VAULT_KEY (keep it secret)."""
    from aoc.store import vault

    click.echo(vault.new_key())


@command.command(name="seal")
def seal():
    """Encrypt every cached real input into inputs/vault.bin (keeping inputs only the old vault has)."""
    from aoc.store import vault

    count, kept = vault.seal()
    extra = f", {kept} of them from the old vault" if kept else ""
    click.echo(f"sealed {count} inputs into {vault.path()}{extra}: commit it")


@command.command(name="open")
def open_():
    """Write the vault's inputs that are not cached here (never overwriting a file)."""
    from aoc.store import vault

    written, differing = vault.open_all()
    click.echo(f"restored {len(written)} inputs from {vault.path()}")
    for name in differing:
        click.echo(f"kept inputs/{name}: it differs from the vault's copy")
