"""Start an RQ worker on the logo queue with the project's Settings: `python worker.py`.

Equivalent to `rq worker logo.requests --url $REDIS_URL` run from the repository root.
"""

from __future__ import annotations

import logging
import sys

from logostudio.config import get_settings


def main() -> int:
    from redis import Redis
    from rq import Queue, Worker

    settings = get_settings()
    if not settings.redis_url:
        print("REDIS_URL is not set: the embedded default runs jobs inside the app, no worker needed.", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Import and warm the task once here: RQ forks a work horse per job, which inherits all of it.
    import logostudio.tasks  # noqa: F401
    from logostudio.design import Brief, design_variants

    design_variants(Brief("coffee shop"), 1, 0)
    redis = Redis.from_url(settings.redis_url)
    worker = Worker([Queue(settings.queue_name, connection=redis)], connection=redis)
    worker.work(with_scheduler=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
