"""Suite-wide settings.

The semantic layer is on by default (bot.config.semantic_default), and with it every CLI, bot and
console test would load a ~180 MB model: the suite would take most of an hour. Tests run the rules
alone unless they turn the layer on themselves (tests/semantic, `semantic = true` configs), or the
whole suite is run with `LOOKOUT_SEMANTIC=on make test` to exercise the default as users get it.
"""

from __future__ import annotations

import os

os.environ.setdefault("LOOKOUT_SEMANTIC", "off")
