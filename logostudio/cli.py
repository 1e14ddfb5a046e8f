"""Command line: `python -m logostudio migrate | generate | result | reconcile | sheet | keys create|list|revoke`.

Each command imports what it needs when it runs, so `--help` and the quick commands start fast."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from logostudio import studio
from logostudio.design.styles import STYLE_NAMES, THEMES


def _cmd_migrate(args: argparse.Namespace) -> int:
    from logostudio.storage.db import current_revision, migrate

    migrate()
    print(f"database at revision {current_revision()}")
    return 0


def _cmd_generate(args: argparse.Namespace) -> int:
    studio.ensure_schema()
    brief = {
        "business_type": args.business_type,
        "business_name": args.name,
        "slogan": args.slogan,
        "preferences": {
            k: v
            for k, v in (("style", args.style), ("theme", args.theme), ("color", args.color), ("icon", args.icon))
            if v
        },
        "variants": args.variants,
        "seed": args.seed,
    }
    try:
        submission = studio.submit_job(brief)
    except studio.InvalidBrief as exc:
        for field, message in exc.errors.items():
            print(f"error: {field}: {message}", file=sys.stderr)
        return 2
    except studio.ServiceUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    job_id = submission.job_id
    print(job_id, flush=True)
    if submission.notice:
        print(f"accepted: {submission.notice}", file=sys.stderr, flush=True)
    if not (args.wait or args.out):
        return 0
    job = _wait(job_id, args.timeout)
    if job is None or job.status != studio.JobStatus.done:
        reason = job.error if job else "the job disappeared"
        status = job.status if job else "missing"
        print(f"job {job_id} ended {status}: {reason}", file=sys.stderr)
        return 1
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        for v in job.variants:
            for key in (v.svg_key, v.png_key):
                (out / Path(key).name).write_bytes(studio.read_object(key))
        print(f"wrote {2 * len(job.variants)} files to {out}", file=sys.stderr)
    return 0


def _wait(job_id: str, timeout: float) -> studio.JobView | None:
    deadline = time.monotonic() + timeout
    last = None
    job: studio.JobView | None = None
    while True:
        try:
            job = studio.get_job(job_id)
            if job is None:
                return None
            line = f"{job.status}: {job.progress}/{job.total} variants"
            if job.error and not job.finished:
                line += f" ({job.error})"
        except studio.ServiceUnavailable as exc:  # the job goes on: keep waiting for it
            line = f"waiting: {exc}"
        if line != last:
            print(line, file=sys.stderr, flush=True)
            last = line
        if job is not None and job.finished:
            return job
        if time.monotonic() > deadline:
            print(f"gave up waiting after {timeout:.0f} s (is a worker running?)", file=sys.stderr)
            return job
        time.sleep(0.2)


def _cmd_result(args: argparse.Namespace) -> int:
    from logostudio.web.api.schemas import JobResult  # the API's /result answer: the one shape

    try:
        print(json.dumps(JobResult.from_view(studio.result(args.job_id)).model_dump(mode="json"), indent=2))
    except studio.NoSuchJob:
        print(f"error: no such job: {args.job_id}", file=sys.stderr)
        return 1
    except studio.ServiceUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    return 0


def _cmd_reconcile(args: argparse.Namespace) -> int:
    import logging

    from sqlalchemy.exc import SQLAlchemyError

    from logostudio.pipeline import reconciler

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not args.once:
        reconciler.run_forever()
        return 0
    try:
        print(reconciler.reconcile_once())
    except SQLAlchemyError as exc:
        print(f"error: {studio.database_down(exc)}", file=sys.stderr)
        return 3
    return 0


def _cmd_keys_create(args: argparse.Namespace) -> int:
    studio.ensure_schema()
    try:
        caller = studio.operator_caller(args.email)
        view, key = studio.create_api_key(caller, args.name, by_operator=True)
    except (studio.InvalidInput, studio.ServiceUnavailable) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, studio.InvalidInput) else 3
    print(key)
    print(
        f"key {view.id} ({view.name!r}) for {caller.email}: shown only this once; "
        "send it as 'Authorization: Bearer <key>'",
        file=sys.stderr,
    )
    return 0


def _cmd_keys_list(args: argparse.Namespace) -> int:
    studio.ensure_schema()
    try:
        caller = studio.operator_caller(args.email) if args.email else None
        keys = studio.list_api_keys(caller=caller)
    except studio.ServiceUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    print(f"{'id':36}  {'prefix':10}  {'state':7}  {'owner':30}  {'last used':16}  name")
    for k in keys:
        owner = k.email or f"browser {str(k.anon_id)[:8]}"
        used = f"{k.last_used_at:%Y-%m-%d %H:%M}" if k.last_used_at else "never"
        state = "active" if k.active else "revoked"
        print(f"{k.id!s:36}  {k.prefix:10}  {state:7}  {owner[:30]:30}  {used:16}  {k.name}")
    return 0


def _cmd_keys_revoke(args: argparse.Namespace) -> int:
    studio.ensure_schema()
    try:
        view = studio.revoke_api_key(args.key)
    except studio.NoSuchKey as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except studio.ServiceUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    print(f"revoked key {view.id} ({view.prefix}…, {view.name!r})")
    return 0


def _cmd_sheet(args: argparse.Namespace) -> int:
    from logostudio.artwork.sheet import render_sheet

    try:
        listed = json.loads(Path(args.briefs).read_text())
        if not isinstance(listed, list):
            raise ValueError("the file must hold a JSON list of briefs")
        briefs = [studio.parse_brief(data).design_brief() for data in listed]
    except (OSError, ValueError) as exc:
        print(f"error: {args.briefs}: {exc}", file=sys.stderr)
        return 2
    except studio.InvalidBrief as exc:
        print(f"error: {args.briefs}: {'; '.join(exc.errors.values())}", file=sys.stderr)
        return 2
    render_sheet(briefs, Path(args.out), per_brief=args.per_brief, seed=args.seed)
    print(f"wrote {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m logostudio", description="AI Logo Studio")
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("migrate", help="apply database migrations (safe to run concurrently)").set_defaults(
        func=_cmd_migrate
    )

    gen = sub.add_parser("generate", help="submit a logo job")
    gen.add_argument("business_type")
    gen.add_argument("--name")
    gen.add_argument("--slogan")
    gen.add_argument("--style", choices=STYLE_NAMES)
    gen.add_argument("--theme", choices=THEMES)
    gen.add_argument("--color")
    gen.add_argument("--icon", help="icon keyword or slug that overrides the automatic match")
    gen.add_argument("--variants", type=int, default=None)
    gen.add_argument("--seed", type=int, default=None)
    gen.add_argument("--wait", action="store_true", help="show progress; exit non-zero if the job fails")
    gen.add_argument("--out", help="write every variant's SVG and PNG to this folder (implies --wait)")
    gen.add_argument("--timeout", type=float, default=300)
    gen.set_defaults(func=_cmd_generate)

    res = sub.add_parser("result", help="print a job's result JSON")
    res.add_argument("job_id")
    res.set_defaults(func=_cmd_result)

    rec = sub.add_parser(
        "reconcile", help="re-enqueue the jobs the queue lost or a dead worker left (a loop; --once for one pass)"
    )
    rec.add_argument("--once", action="store_true", help="one pass, then print what it did")
    rec.set_defaults(func=_cmd_reconcile)

    sheet = sub.add_parser("sheet", help="render a contact sheet of logos for a briefs file")
    sheet.add_argument("--briefs", required=True)
    sheet.add_argument("--out", required=True)
    sheet.add_argument("--per-brief", type=int, default=3)
    sheet.add_argument("--seed", type=int, default=1)
    sheet.set_defaults(func=_cmd_sheet)

    keys = sub.add_parser("keys", help="API keys: create, list, revoke").add_subparsers(dest="keys", required=True)
    create = keys.add_parser("create", help="make a key for a person (their users row is made if new); prints it once")
    create.add_argument("--email", required=True, help="the owner: jobs made with the key are theirs")
    create.add_argument("--name", default="API key", help="what the key is for (shown in lists)")
    create.set_defaults(func=_cmd_keys_create)
    listing = keys.add_parser("list", help="every key (or one person's), revoked ones included")
    listing.add_argument("--email", help="only this person's keys")
    listing.set_defaults(func=_cmd_keys_list)
    revoke = keys.add_parser("revoke", help="revoke a key, named by its id, its prefix or the key itself")
    revoke.add_argument("key")
    revoke.set_defaults(func=_cmd_keys_revoke)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
