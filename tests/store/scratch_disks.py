"""Small and read-only disks for the full-disk tests: a tmpfs mounted in a temp dir (root only)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def small_disk(size: str, owner: int = 0) -> Iterator[Path]:
    """A tmpfs of ``size`` ("1m") owned by ``owner``, unmounted after; skips where mounting is not allowed."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("simulating a small or read-only disk needs root to mount a tmpfs")
    where = Path(tempfile.mkdtemp(prefix="eventwire-disk-", dir="/tmp"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True, text=True, check=False
    )
    if mounted.returncode != 0:
        where.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        os.chown(where, owner, owner)
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)
        where.rmdir()


def remount(where: Path, mode: str) -> None:
    """Make a ``small_disk`` read-only ("ro") or writable again ("rw")."""
    subprocess.run(["mount", "-o", f"remount,{mode}", str(where)], check=True)
