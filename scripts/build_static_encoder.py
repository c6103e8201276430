"""Build the opt-in ``static-minilm-l6-256`` table now, into OUT or the user's cache (see eventwire.events.static).

eventwire builds it by itself on first use (about a minute); this script is for building it ahead (an image, an
air-gapped install, or ``src/eventwire/data/models/encoder/`` to ship it) and for checking its sha256.
Run ``python scripts/build_static_encoder.py [OUT]``; nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from eventwire.events.embed import ENCODERS, STATIC_ENCODER, SentenceEncoder
from eventwire.events.static import EXPECTED_SHA256, build_static


def main() -> None:
    spec = ENCODERS[STATIC_ENCODER]
    if len(sys.argv) > 1:
        out = Path(sys.argv[1])
        assert spec.built_from is not None
        source = SentenceEncoder(name=spec.built_from)
        build_static(source, out)
    else:
        out = spec.path()  # the cache eventwire reads, built there when missing
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    verdict = "as documented" if digest == EXPECTED_SHA256 else f"documented: {EXPECTED_SHA256}"
    print(f"{out}: {out.stat().st_size:,} bytes, sha256 {digest} ({verdict})")


if __name__ == "__main__":
    main()
