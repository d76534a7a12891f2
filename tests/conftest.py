"""Suite-wide settings.

The semantic layer is on by default (bot.config.semantic_default), and with it every CLI, bot and
console test would load a ~180 MB model: the suite would take most of an hour. Tests run the rules
alone unless they turn the layer on themselves (tests/semantic, `semantic = true` configs), or the
whole suite is run with `LOOKOUT_SEMANTIC=on make test` to exercise the default as users get it.

The start-up cache (rules/startup_cache.py) and the semantic index go to a temporary folder of this
run, not the user's ~/.cache/lookout: a test run neither depends on what an earlier run left there
nor leaves anything behind. Subprocesses the tests start inherit it.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("LOOKOUT_SEMANTIC", "off")
if "LOOKOUT_CACHE_DIR" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="lookout-test-cache-")
    os.environ["LOOKOUT_CACHE_DIR"] = _cache
    atexit.register(shutil.rmtree, _cache, True)
