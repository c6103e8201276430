"""Build an opt-in encoder now instead of on first use: ``minilm-l6-q8`` (eventwire.events.quantize, needs
``onnx``) or a static table (eventwire.events.static), for an image, an air-gapped install or shipping it in
``src/eventwire/data/models/encoder/``, and check its sha256.

Run ``python scripts/build_encoder.py NAME [OUT]``: into OUT, else into the cache eventwire reads
(``$EVENTWIRE_CACHE`` or ``~/.cache/eventwire/encoder/``). Nothing is downloaded.
"""

from __future__ import annotations

import sys
from pathlib import Path

from eventwire.errors import StageError
from eventwire.events.embed import build_encoder, encoder_file
from eventwire.events.quantize import cache_dir


def main(argv: list[str]) -> int:
    if not 1 <= len(argv) <= 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        out = Path(argv[1]) if len(argv) == 2 else cache_dir() / "encoder" / encoder_file(argv[0]).file
        digest, expected = build_encoder(argv[0], out)
    except StageError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    verdict = "as documented" if digest == expected else f"documented: {expected}"
    print(f"{out}: {out.stat().st_size:,} bytes, sha256 {digest} ({verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
