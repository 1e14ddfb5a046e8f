"""Start RQ workers on the logo queue with the project's Settings, and the reconciler beside them:

    python worker.py                  # one worker process (WORKER_PROCESSES)
    python worker.py --processes 0    # one per CPU core

Unlike a bare `rq worker logo.requests --url $REDIS_URL`, each worker process loads the engine and
its clients once and runs every job in itself (no fork per job), outlives Redis and PostgreSQL
restarts, and a reconciler re-enqueues whatever the queue lost or a dead worker left behind.
"""

from __future__ import annotations

import argparse
import logging
import sys

from logostudio.config import get_settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python worker.py", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--processes", type=int, default=None, help="worker processes (0: one per CPU core; default WORKER_PROCESSES)"
    )
    args = parser.parse_args(argv)
    settings = get_settings()
    if not settings.redis_url:
        print("REDIS_URL is not set: the embedded default runs jobs inside the app, no worker needed.", file=sys.stderr)
        return 2
    from logostudio.pipeline.worker import LOG_FORMAT, process_count, supervise

    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    return supervise(process_count(args.processes, settings), settings)


if __name__ == "__main__":
    sys.exit(main())
