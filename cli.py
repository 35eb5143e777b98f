"""policylens command line: parse arguments, open the store, call one nlp function, format, map errors.

Exit codes: 0 success, 1 bad input or partial failure, 2 usage error.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from nlp.errors import InputError, PolicylensError, QueryError
from nlp.jsonl import read_jsonl
from nlp.settings import get_setting
from nlp.types import EVENT_TYPES

__version__ = "0.1.0"


def _store(args: argparse.Namespace, *, read_only: bool = False):
    from nlp.store import open_store

    return open_store(get_setting("store", args.store), read_only=read_only)


def _err(msg: str) -> None:
    print(f"policylens: {msg}", file=sys.stderr)


def cmd_ingest(args: argparse.Namespace) -> int:
    from nlp.pipeline import ingest_paths

    missing = [p for p in args.paths if not Path(p).exists()]
    for p in missing:
        _err(f"{p}: no such file or folder - check the path")
    paths = [p for p in args.paths if Path(p).exists()]
    with _store(args) as store:
        if args.ray:
            from nlp.distributed import ingest_paths_ray

            report = ingest_paths_ray(
                paths, store, address=args.ray, num_cpus=args.workers or None, embed=not args.no_embed,
                ocr=args.ocr, password=args.password, on_error=lambda path, msg: _err(msg), reprocess=args.reprocess,
            )
        else:
            report = ingest_paths(
                paths, store, workers=args.workers or int(get_setting("workers")), embed=not args.no_embed,
                ocr=args.ocr, password=args.password, on_error=lambda path, msg: _err(msg), reprocess=args.reprocess,
            )
        n_docs = len(store.documents())
    print(
        f"ingested {len(report.added)} file(s), skipped {len(report.skipped)} already stored"
        + (f" and {len(report.unsupported)} of a type it cannot read" if report.unsupported else "") + ", "
        f"{len(report.failed) + len(missing)} failed; {report.passages} passages, {report.events} events, "
        f"{report.embedded} embedded; store holds {n_docs} document(s)",
        file=sys.stderr,
    )
    return 1 if report.failed or missing else 0


def cmd_docs(args: argparse.Namespace) -> int:
    with _store(args, read_only=True) as store:
        docs = store.documents()
    for d in docs:
        if args.json:
            print(json.dumps({k: d[k] for k in ("doc_id", "title", "path", "pages", "passages", "events", "flags")}, ensure_ascii=False))
        else:
            flags = f"  [{', '.join(d['flags'])}]" if d["flags"] else ""
            print(f"{d['doc_id']}  {d['pages']:>4}p {d['passages']:>5} passages {d['events']:>4} events  {d['title'][:60]}{flags}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from nlp.render import render_document

    with _store(args, read_only=True) as store:
        doc_id = store.resolve_doc_id(args.doc)
        if doc_id is None:
            _err(f"{args.doc}: no such document in the store - list them with `policylens docs`")
            return 1
        doc = store.get_document(doc_id)
        passages = store.passages(doc_id)
    if args.page is not None and not any(p.number == args.page for p in doc.pages):
        _err(f"{args.doc}: no page {args.page} (the document has {len(doc.pages)} pages)")
        return 1
    sys.stdout.write(render_document(doc, passages, page=args.page, marks=args.passages))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from nlp.export import write_events
    from nlp.pipeline import parse_file

    parsed = parse_file(args.file, password=args.password)
    if args.format == "parquet":
        _err("extract: parquet needs a file - use `policylens events --format parquet --output F`")
        return 2
    events = parsed.events
    if args.min_confidence is not None:
        events = [e for e in events if e.confidence >= args.min_confidence]
    write_events(events, args.format, sys.stdout)
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from nlp.export import write_events

    with _store(args, read_only=True) as store:
        doc_id = store.resolve_doc_id(args.doc) if args.doc else None
        if args.doc and doc_id is None:
            _err(f"{args.doc}: no such document in the store - list them with `policylens docs`")
            return 1
        events = store.events(
            type=args.type, actor=args.actor, target=args.target, since=args.since, until=args.until,
            doc_id=doc_id, min_confidence=args.min_confidence,
        )
        if args.theme:
            from nlp.tag import filter_events_by_theme

            events = filter_events_by_theme(store, events, args.theme)
    if args.merge:
        from nlp.events.merge import merge_events

        events = merge_events(events)
    if args.format == "parquet":
        if not args.output:
            _err("events: --format parquet needs --output FILE.parquet")
            return 2
        write_events(events, "parquet", path=args.output)
    else:
        write_events(events, args.format, sys.stdout)
    return 0


def cmd_embed(args: argparse.Namespace) -> int:
    from nlp.pipeline import embed_store

    with _store(args) as store:
        n = embed_store(store, embedder_name=args.embedder)
    print(f"embedded {n} passage(s)", file=sys.stderr)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from nlp.search import Searcher

    if not args.query and not args.queries:
        _err("search: give a QUERY or --queries FILE.jsonl")
        return 2
    with _store(args, read_only=True) as store:
        searcher = Searcher(store, embedder_name=args.embedder)
        filters = dict(since=args.since, until=args.until, doc_id=args.doc, theme=args.theme, event_type=args.type)
        if args.queries:
            return _search_batch(searcher, args.queries, args.k, filters)
        hits = searcher.search(args.query, k=args.k, **filters)
    if args.json:
        print(json.dumps([h.to_dict() for h in hits], ensure_ascii=False))
    else:
        from nlp.lexical import translate_query
        from nlp.render import render_hits

        sys.stdout.write(render_hits(hits, also=translate_query(args.query)))
    return 0


_BATCH_FILTERS = {"since": "since", "until": "until", "doc": "doc_id", "theme": "theme", "type": "event_type"}


def _search_batch(searcher, path: str, k: int, filters: dict) -> int:
    """One output line per input line, in order. A line may set its own ``k`` and filters (``since``, ``until``,
    ``doc``, ``theme``, ``type``) over the command line's. A malformed file stops before any search; a bad
    query or filter on one line gives that line ``"results": []`` and an ``"error"``, the rest still run,
    and the exit status is 1."""
    items = list(read_jsonl(path, ("id", "query")))
    failed = 0
    for line_no, item in items:
        own = {_BATCH_FILTERS[key]: item[key] for key in _BATCH_FILTERS if item.get(key) not in (None, "")}
        try:
            hits = searcher.search(str(item["query"]), k=item.get("k", k), **{**filters, **own})
        except QueryError as e:
            failed += 1
            _err(f"{path}:{line_no}: {e}")
            print(json.dumps({"id": item["id"], "results": [], "error": str(e)}, ensure_ascii=False))
            continue
        print(json.dumps({"id": item["id"], "results": [h.to_dict() for h in hits]}, ensure_ascii=False))
    if failed:
        _err(f"{path}: {failed} of {len(items)} queries failed - see the messages above; the others ran")
    return 1 if failed else 0


def cmd_tag(args: argparse.Namespace) -> int:
    from nlp.tag import load_tagger

    tagger = load_tagger(args.taxonomy or get_setting("taxonomy") or None, embedder_name=args.embedder)
    if args.input:
        items = [(n, it, _item_text(it)) for n, it in read_jsonl(args.input, ("id", "text"))]
        results = iter(tagger.tag_many([(it["id"], text) for _, it, text in items if text.strip()]))
        empty = 0
        for line_no, it, text in items:
            if text.strip():
                print(json.dumps(next(results).to_dict(), ensure_ascii=False))
            else:  # no text to tag: said so, not tagged as if it were about nothing in particular
                empty += 1
                _err(f"{args.input}:{line_no}: item {it['id']!r} has no text - give it a title or text")
                print(json.dumps({"id": it["id"], "themes": [], "error": "no text"}, ensure_ascii=False))
        if empty:
            _err(f"{args.input}: {empty} of {len(items)} items had no text - the others were tagged")
        return 1 if empty else 0
    src = args.file or "-"
    if src == "-":
        text = sys.stdin.read()
        item_id = None
    else:
        from nlp.read import read_document

        doc = read_document(src)
        text, item_id = doc.text, doc.doc_id
    if not text.strip():
        _err(f"{src}: no text to tag - give a file with text or pipe text on stdin")
        return 1
    res = tagger.tag(text, item_id=item_id)
    if args.json:
        print(json.dumps(res.to_dict(), ensure_ascii=False))
    else:
        for t in res.themes:
            print(f"{'*' if t.assigned else ' '} {t.score:.3f}  {t.id}")
    return 0


def _item_text(item: dict) -> str:
    return "\n".join(str(item[k]) for k in ("title", "text") if item.get(k))


def cmd_train_tagger(args: argparse.Namespace) -> int:
    from nlp.tag import train_tagger

    summary = train_tagger(args.labels, taxonomy_path=args.taxonomy, out_dir=args.out, embedder_name=args.embedder)
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from nlp.server import serve

    serve(get_setting("store", args.store), host=args.host, port=args.port, read_only=args.read_only)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="policylens", description="Read, search and extract trade-policy events from Chinese and English documents.")
    p.add_argument("--version", action="version", version=f"policylens {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging on stderr")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func, help: str, *, store: bool = True) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help, description=help)
        sp.set_defaults(func=func)
        if store:
            sp.add_argument("--store", help="store folder or postgresql:// URL (default: $POLICYLENS_STORE, else ./.policylens)")
        return sp

    sp = add("ingest", cmd_ingest, "Ingest PDFs, .txt, .md, .html, .docx files and folders of them.")
    sp.add_argument("paths", nargs="+", metavar="PATH")
    sp.add_argument("--workers", type=int, default=0, help="parallel parsing processes (default 1)")
    sp.add_argument("--no-embed", action="store_true", help="skip embedding; run `policylens embed` later")
    sp.add_argument("--ocr", action="store_true", help="OCR image-only pages with Tesseract")
    sp.add_argument("--password", help="password for encrypted PDFs")
    sp.add_argument("--reprocess", action="store_true",
                    help="read and cut files stored already again, replacing their stored version (after an upgrade)")
    sp.add_argument("--ray", metavar="ADDRESS", help="parse and embed on a Ray cluster (ADDRESS, or `local`: start one here with --workers CPUs); needs `pip install 'policylens[ray]'`")

    sp = add("docs", cmd_docs, "List the documents in the store.")
    sp.add_argument("--json", action="store_true", help="one JSON object per line")

    sp = add("show", cmd_show, "Print the clean text of a document or one page.")
    sp.add_argument("doc", metavar="DOC", help="document id (or unique prefix, or stored path)")
    sp.add_argument("--page", type=int, help="only this page (1-based)")
    sp.add_argument("--passages", action="store_true", help="mark passage boundaries")

    sp = add("extract", cmd_extract, "Extract events from one document, without a store.", store=False)
    sp.add_argument("file", metavar="FILE")
    sp.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl", help="output format (default jsonl)")
    sp.add_argument("--min-confidence", type=float, help="only events at least this confident (0-1)")
    sp.add_argument("--password", help="password for an encrypted PDF")

    sp = add("events", cmd_events, "List the events in the store.")
    sp.add_argument("--type", help="event type", choices=EVENT_TYPES)
    sp.add_argument("--actor", help="canonical English actor name, e.g. 'United States'; a firm also by its Chinese name as written")
    sp.add_argument("--target", help="canonical English target name, e.g. Huawei")
    sp.add_argument("--since", help="earliest date (YYYY, YYYY-MM or YYYY-MM-DD)")
    sp.add_argument("--until", help="latest date (YYYY, YYYY-MM or YYYY-MM-DD)")
    sp.add_argument("--doc", help="only this document")
    sp.add_argument("--min-confidence", type=float, help="drop events below this confidence (0-1)")
    sp.add_argument("--theme", help="only events of documents (or passages) tagged with this theme id")
    sp.add_argument("--merge", action="store_true", help="merge mentions of the same event across documents (extra.mentions)")
    sp.add_argument("--format", choices=("jsonl", "csv", "table", "parquet"), default="table", help="output format (default table)")
    sp.add_argument("--output", help="file to write (required for parquet)")

    sp = add("embed", cmd_embed, "Embed passages not embedded yet (after ingest --no-embed).")
    sp.add_argument("--embedder", help="e5 (default), hash, or st:/path/to/sentence-transformers-model")

    sp = add("search", cmd_search, "Hybrid lexical + semantic search over passages, English or Chinese.")
    sp.add_argument("query", nargs="?", metavar="QUERY")
    sp.add_argument("--queries", metavar="FILE.jsonl", help='batch: one {"id","query"} per line')
    sp.add_argument("--k", type=int, default=10, help="results to return (default 10)")
    sp.add_argument("--json", action="store_true", help="machine-readable JSON on stdout")
    sp.add_argument("--since", help="earliest date (YYYY, YYYY-MM or YYYY-MM-DD)")
    sp.add_argument("--until", help="latest date (YYYY, YYYY-MM or YYYY-MM-DD)")
    sp.add_argument("--doc", help="only this document")
    sp.add_argument("--theme", help="only passages of documents tagged with this theme id")
    sp.add_argument("--type", help="only passages that state an event of this type", choices=EVENT_TYPES)
    sp.add_argument("--embedder", help=argparse.SUPPRESS)

    sp = add("tag", cmd_tag, "Theme tags for one text (a file or stdin) or a batch of items.", store=False)
    sp.add_argument("file", nargs="?", metavar="FILE|-")
    sp.add_argument("--input", metavar="ITEMS.jsonl", help='batch: one {"id","text"} per line')
    sp.add_argument("--taxonomy", metavar="T.yaml", help="theme taxonomy YAML (default: the bundled one)")
    sp.add_argument("--json", action="store_true", help="machine-readable JSON on stdout")
    sp.add_argument("--embedder", help=argparse.SUPPRESS)

    sp = add("train-tagger", cmd_train_tagger, "Fit the supervised theme tagger on labelled items.", store=False)
    sp.add_argument("labels", metavar="LABELS.jsonl", help='one {"id","text","themes":[...]} per line')
    sp.add_argument("--taxonomy", metavar="T.yaml", help="theme taxonomy YAML (default: the bundled one)")
    sp.add_argument("--out", help="output folder (default: models/tagger)")
    sp.add_argument("--embedder", help=argparse.SUPPRESS)

    sp = add("serve", cmd_serve, "Web page and JSON API over the store.")
    sp.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    sp.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    sp.add_argument("--read-only", action="store_true", help="disable upload/ingest")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.DEBUG if args.verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    # Some libraries (bm25s) set their own loggers to DEBUG; the handler's level keeps stderr quiet.
    for handler in logging.getLogger().handlers:
        handler.setLevel(level)
    try:
        return args.func(args)
    except InputError as e:
        _err(str(e))
        return 1
    except PolicylensError as e:
        _err(str(e))
        return 1
    except KeyboardInterrupt:
        _err("interrupted - what was stored is kept; run the same command again to resume")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
