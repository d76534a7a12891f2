"""Child process for the crash test: writes alerts and announces each only after its commit.

It opens each case with its evidence in one call, as the service does, and floods the writer
with fire-and-forget pair events so that the kill lands while batches are in flight.
Usage: python -m tests.storage.crash_writer URL [--two-step]
"""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime

from storage import EvidenceInput, PairEvent, open_storage


async def main(url: str) -> None:
    store = await open_storage(url, writer_options={"linger_s": 0.01})
    now = datetime.now(UTC)

    async def flood() -> None:
        for round_ in range(100_000):  # bounded; the parent kills us long before
            await store.add_pair_events([
                PairEvent("g-crash", f"u-s{i % 50}", f"u-c{i % 7}", f"m{round_}-{i}", now, ("secrecy",), ("r1",), 0.3)
                for i in range(200)
            ])
            await asyncio.sleep(0.005)  # about 40,000 events/s: a very busy community

    flooder = asyncio.create_task(flood())
    two_step = "--two-step" in sys.argv  # the old way, to show what the test catches
    for index in range(100_000):
        evidence = [EvidenceInput(f"e{index}", "ch", f"u-suspect-{index}", "Sky", now, "lets talk somewhere else",
                                  flagged=True)]
        case = await store.open_case(
            community_id="g-crash", platform="discord", suspect_id=f"u-suspect-{index}", targets=["u-c1"],
            severity="high", risk=0.9, stage="platform_move", categories=["platform_move"],
            evidence=() if two_step else evidence, decision={"kind": "alert", "message_id": f"e{index}"},
        )
        if two_step:
            await store.add_evidence(case.id, evidence)
        await store.set_alert_ref(case.id, f"alert-{index}")
        print(f"announced {case.id}", flush=True)
    flooder.cancel()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
