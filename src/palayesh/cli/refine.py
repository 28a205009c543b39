"""``palayesh refine INPUT... -o OUT``"""
from __future__ import annotations

import argparse
import sys

EPILOG = """examples:
  palayesh refine examples/pages -o OUT
  palayesh refine crawl/*.jsonl.zst pages/ -o OUT --format jsonl --workers 8
  palayesh refine pages/ -o OUT --config palayesh.toml
  palayesh refine --warc-paths warc.paths.gz --warc-base /data/commoncrawl -o OUT
  palayesh refine s3://bucket/crawl/ -o s3://bucket/OUT --executor ray --address auto

Inputs: folders (read recursively) of .txt/.html pages (id = file stem), JSONL (.jsonl, .jsonl.gz,
.jsonl.zst) and Parquet files with a 'text' or 'html' field, WARC files (.warc, .warc.gz), and lists
of WARC paths (Common Crawl's warc.paths.gz; one shard per WARC file). WARC records go through a
language gate on their raw bytes first: pages that are clearly not Persian are rejected as
gate_not_fa before any parsing, and only a sample of them (--keep-rejected-sample) is written.
The run is resumable: after an interruption, rerun the same command. A worker that dies (e.g. killed
for lack of memory) is replaced and its shard run again. --overwrite replaces a previous run in OUT,
deleting only the files palayesh wrote; it never writes into a folder that holds no palayesh run.
Output: OUT/docs, OUT/rejected, OUT/errors, OUT/stats.json, OUT/run.json.
Inputs and OUT may be object-store URLs (s3://, gs://, az://, hf://, through fsspec; pip install
'palayesh[s3]' for S3); credentials come from the store's usual settings (AWS_* for S3).

exit status:
  0  done (inputs that could not be read or processed are in OUT/errors)
  1  the run could not start (no readable input, OUT in use by another run or not a palayesh
     run, ...), or it read no document at all
  2  usage error: a bad option or value, an input that does not exist
  3  stopped by an internal error; the message names the stage, the shard and its input.
     What was done is kept: rerun the same command to resume
  130 interrupted (Ctrl-C); rerun the same command to resume"""


def add_parser(sub) -> None:
    from ..executors import names as executor_names

    p = sub.add_parser("refine", help="refine pages into a clean corpus",
                       description="Read, extract, normalize, filter and deduplicate pages into OUT.",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders to read (local, or s3://... URLs)")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="output folder (local, or an s3://... URL)")
    p.add_argument("--config", metavar="FILE", help="TOML file with options (flags win over it)")
    p.add_argument("--format", choices=("parquet", "jsonl"), help="output files (default parquet)")
    p.add_argument("--workers", type=int, metavar="N", help="worker processes (default: all cores)")
    p.add_argument("--shard-size", type=int, metavar="N", help="pages per shard (default 250)")
    p.add_argument("--shard-bytes", type=int, metavar="N",
                   help="split JSONL (also .gz/.zst, by decompressed bytes) and Parquet files into shards of "
                        "about N bytes (default 32 MiB)")
    p.add_argument("--warc-paths", action="append", metavar="FILE",
                   help="a list of WARC paths to read (Common Crawl's warc.paths.gz format: one relative path a "
                        "line, gzip or plain); the same as giving FILE as an input if its name ends .paths[.gz]")
    p.add_argument("--warc-base", metavar="DIR",
                   help="the folder the paths of --warc-paths are relative to: local, or an object store such as "
                        "s3://commoncrawl/ (default: the list's folder)")
    p.add_argument("--no-gate", dest="gate", action="store_false", default=None,
                   help="no language gate on WARC records (every HTML page is extracted)")
    p.add_argument("--keep-rejected-sample", type=float, metavar="RATE",
                   help="share of the pages the language gate rejects that are written to OUT/rejected "
                        "(default 0.01; the others are counted in stats.json)")
    p.add_argument("--no-raw", dest="keep_raw", action="store_false", default=None,
                   help="do not keep the raw page in the output")
    p.add_argument("--overwrite", action="store_true", default=None,
                   help="start over in OUT, deleting a previous run there")
    p.add_argument("--keep-work", action="store_true", default=None, help="keep OUT/.work after the run")
    p.add_argument("--executor", choices=executor_names(), help="where to run (default local)")
    p.add_argument("--address", help="Ray cluster address for --executor ray")
    p.add_argument("--progress", choices=("auto", "rich", "plain", "none"), help="progress display on stderr")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress display")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..api import refine
    from ..options import OptionsError
    from ..readers import InputError
    from ..runner import RunError, ShardError
    from ..storage import StorageError

    options = {k: getattr(args, k) for k in ("format", "workers", "shard_size", "shard_bytes", "keep_raw", "overwrite",
                                             "keep_work", "executor", "address", "progress", "warc_base", "gate",
                                             "keep_rejected_sample")}
    if args.quiet:
        options["progress"] = "none"
    options = {k: v for k, v in options.items() if v is not None}
    inputs = list(args.inputs)
    for listed in args.warc_paths or ():
        if not listed.lower().endswith((".paths", ".paths.gz")):
            print(f"palayesh refine: error: --warc-paths {listed}: the name of a list of WARC paths ends with "
                  ".paths or .paths.gz (as Common Crawl's warc.paths.gz)", file=sys.stderr)
            return 2
        inputs.append(listed)
    if not inputs:
        print("palayesh refine: error: give at least one INPUT or --warc-paths FILE", file=sys.stderr)
        return 2
    try:
        stats = refine(inputs, args.output, config=args.config, **options)
    except (OptionsError, InputError) as e:
        print(f"palayesh refine: error: {e}", file=sys.stderr)
        return 2
    except (RunError, StorageError) as e:
        print(f"palayesh refine: {e}", file=sys.stderr)
        return 1
    except ShardError as e:
        if args.verbose and e.details:
            print(e.details.rstrip(), file=sys.stderr)
        print(f"palayesh refine: stopped: {e}\n"
              f"palayesh refine: the finished shards are kept in {args.output}; fix the cause (or move the "
              "input away) and rerun the same command to resume", file=sys.stderr)
        return 3
    d = stats["documents"]
    errors = sum(stats["errors"].values())
    if not args.quiet:
        print(f"palayesh: {d['read']:,} read, {d['kept']:,} kept, {d['rejected']:,} rejected, "
              f"{errors:,} errors -> {args.output}", file=sys.stderr)
    if d["read"] == 0:
        print(f"palayesh refine: no input could be read ({errors} errors, see {args.output}/errors)",
              file=sys.stderr)
        return 1
    return 0
