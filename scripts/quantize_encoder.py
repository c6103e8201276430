"""Build the opt-in ``minilm-l6-q8`` encoder graph now, into OUT or the user's cache (see eventwire.events.quantize).

eventwire builds it by itself on first use; this script is for building it ahead (an image, an air-gapped
install) and for checking its sha256.  Run ``python scripts/quantize_encoder.py [OUT]``; needs ``onnx``.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from eventwire.events.embed import ENCODERS, QUANTIZED_ENCODER, encoder_file
from eventwire.events.quantize import EXPECTED_SHA256, build_quantized


def main() -> None:
    spec = ENCODERS[QUANTIZED_ENCODER]
    if len(sys.argv) > 1:
        out = Path(sys.argv[1])
        assert spec.built_from is not None
        build_quantized(encoder_file(spec.built_from).path(), out)
    else:
        out = spec.path()  # the cache eventwire reads, built there when missing
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    verdict = "as documented" if digest == EXPECTED_SHA256 else f"documented: {EXPECTED_SHA256}"
    print(f"{out}: {out.stat().st_size:,} bytes, sha256 {digest} ({verdict})")


if __name__ == "__main__":
    main()
