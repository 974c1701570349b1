"""Workers for tests of the worker pool itself (``eventwire.workerpool`` runs any object with a
``process_chunk``): items are strings, ``"die"`` makes the worker process SIGKILL itself."""

import os
import signal
import time


class Echo:
    """Answers each item with a dict naming it; dies on ``"die"``."""

    def process_chunk(self, items: list) -> list:
        out = []
        for item in items:
            if item == "die":
                os.kill(os.getpid(), signal.SIGKILL)
            time.sleep(0.005)
            out.append({"item": str(item)})
        return out


def make_echo() -> Echo:
    time.sleep(0.05)  # a worker takes a moment to load its pipeline
    return Echo()
