"""Command line over the pipeline: index, ask, chat, serve."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from chatbot import (
    LOCAL,
    Answer,
    Chatbot,
    ChatbotError,
    Conversation,
    Mode,
    Settings,
    Store,
    build_index,
    feedback_cases,
    feedback_summary,
    format_dialogue_report,
    format_guidance_report,
    format_misses,
    format_report,
    history_location,
    is_dialogue_set,
    is_guidance_set,
    load_cases,
    load_dialogues,
    load_guidance,
    with_index_model,
)

EXIT_OK, EXIT_ERROR, EXIT_SKIPPED = 0, 1, 3


def parser() -> argparse.ArgumentParser:
    """The `chatbot` argument parser."""
    root = argparse.ArgumentParser(prog="chatbot", description="Career advice from job pages, with citations.")
    commands = root.add_subparsers(dest="command", required=True)
    index = commands.add_parser("index", help="build or update the index (only new or changed pages are embedded)")
    index.add_argument("--seeds", action="append", type=Path, metavar="DIR", help="folder of job pages (repeatable)")
    index.add_argument("--full", action="store_true", help="rebuild everything from scratch")
    ask = commands.add_parser("ask", help="answer one question")
    ask.add_argument("question")
    chat = commands.add_parser("chat", help="answer one question per stdin line, keeping the conversation")
    for command in (index, ask, chat):
        command.add_argument("--index", type=Path, metavar="DIR", help="index folder (default: embeddings/)")
    for command in (ask, chat):
        command.add_argument("--json", action="store_true", help="print one JSON object per answer")
    chat.add_argument("--conversation", metavar="ID", help="resume a stored conversation of this owner")
    chat.add_argument(
        "--owner", default=LOCAL, help=f"whose conversation it is (default: {LOCAL!r}, the command line's)"
    )
    evaluate = commands.add_parser("eval", help="score retrieval on a development set (hit@1/3/5, MRR)")
    evaluate.add_argument("file", type=Path, metavar="FILE.jsonl")
    evaluate.add_argument("--index", type=Path, metavar="DIR", help="index folder (default: embeddings/)")
    evaluate.add_argument(
        "--mode", choices=["dense", "bm25", "hybrid", "full"], default="full", help="what retrieval uses (ablation)"
    )
    evaluate.add_argument("--misses", action="store_true", help="also list the cases missed, with their top hits")
    evaluate.add_argument("--json", action="store_true", help="print the whole report as JSON")
    feedback = commands.add_parser("feedback", help="export or count the feedback given in the app")
    feedback.add_argument("action", choices=["export", "summary"])
    feedback.add_argument("--index", type=Path, metavar="DIR", help="index folder; the conversations sit beside it")
    feedback.add_argument("file", type=Path, nargs="?", help="export: the JSON-lines file to write (default: stdout)")
    whose = feedback.add_mutually_exclusive_group(required=True)
    whose.add_argument("--owner", help="one owner's feedback: user:<id> of a signed-in user, browser:<key>, local")
    whose.add_argument("--all", action="store_true", help="every owner's (the deployer's evaluation on this machine)")
    serve = commands.add_parser("serve", help="start the Streamlit app")
    serve.add_argument("--index", type=Path, metavar="DIR")
    serve.add_argument("--port", type=int, default=8501)
    serve.add_argument("--address", default="127.0.0.1")
    return root


def settings_from(args: argparse.Namespace) -> Settings:
    """Settings from the environment, overridden by command-line options."""
    overrides: dict[str, Any] = {}
    if getattr(args, "index", None):
        overrides["index_dir"] = args.index
    if getattr(args, "seeds", None):
        overrides["seeds"] = args.seeds
    return Settings(**overrides)


def run_index(args: argparse.Namespace) -> int:
    """`chatbot index`: update the index with a progress bar, then print the summary line."""
    from tqdm import tqdm

    bar: list[tqdm] = []
    report = build_index(
        settings_from(args),
        full=args.full,
        on_total=lambda total: bar.append(tqdm(total=total, desc="embedding", unit="chunk", file=sys.stderr)),
        progress=lambda done: bar[0].update(done),
    )
    for item in bar:
        item.close()
    for problem in report.problems:
        print(f"skipped {problem.file}: {problem.reason}", file=sys.stderr)
    if report.rebuild_reason:
        print(f"full rebuild: {report.rebuild_reason}", file=sys.stderr)
    print(report.summary())
    return EXIT_SKIPPED if report.problems else EXIT_OK


def show(answer: Answer, as_json: bool) -> None:
    """Print an answer: the JSON contract on one line, or text with its numbered sources."""
    if as_json:
        print(json.dumps(answer.contract(), ensure_ascii=False), flush=True)
        return
    print(answer.answer)
    for citation in answer.citations:
        print(f"[{citation.n}] {citation.job} — {citation.section} ({citation.source})")
    print(flush=True)


def run_ask(args: argparse.Namespace) -> int:
    """`chatbot ask`: one answer."""
    show(Chatbot(settings_from(args)).ask(args.question), args.json)
    return EXIT_OK


def run_chat(args: argparse.Namespace) -> int:
    """`chatbot chat`: one answer per stdin line, the conversation kept across lines."""
    bot = Chatbot(settings_from(args))
    store, conversation_id = bot.history, args.conversation or None
    conversation = (store.load(conversation_id, args.owner) if store and conversation_id else None) or Conversation()
    if conversation_id and not conversation.turns:
        print("note: no stored conversation of yours has that id; a new one is started", file=sys.stderr)
    conversation_id = conversation_id if conversation.turns else (store.new_id() if store else None)
    bot.warm()
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="replace")  # a line that is not UTF-8 is still a question, not a crash
    for line in sys.stdin:
        if line.strip():
            show(bot.ask(line.strip(), conversation), args.json)
            if store and conversation_id:
                store.save(conversation_id, conversation, bot.index_version, args.owner)
    return EXIT_OK


def run_eval(args: argparse.Namespace) -> int:
    """`chatbot eval`: retrieval scores per category and overall (questions embedded with the index's model); for a
    dialogue set, whole answers turn by turn."""
    bot = Chatbot(with_index_model(settings_from(args)))
    if is_guidance_set(args.file):
        guidance = bot.evaluate_guidance(load_guidance(args.file))
        print(guidance.model_dump_json(indent=2) if args.json else format_guidance_report(guidance, args.misses))
        return EXIT_OK
    if is_dialogue_set(args.file):
        dialogues = bot.evaluate_dialogues(load_dialogues(args.file))
        print(dialogues.model_dump_json(indent=2) if args.json else format_dialogue_report(dialogues, args.misses))
        return EXIT_OK
    report = bot.evaluate(load_cases(args.file), Mode(args.mode))
    if args.json:
        print(report.model_dump_json(indent=2))
        return EXIT_OK
    print(format_report(report))
    if args.misses:
        print(format_misses(report))
    return EXIT_OK


def run_feedback(args: argparse.Namespace) -> int:
    """`chatbot feedback export|summary`: the problems people reported, as eval cases to label, or counted."""
    settings = settings_from(args)
    given = Store(history_location(settings)).feedback(None if args.all else args.owner)
    if args.action == "summary":
        print(json.dumps(feedback_summary(given), ensure_ascii=False, indent=2))
        return EXIT_OK
    lines = "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in feedback_cases(given))
    if args.file:
        args.file.write_text(lines, encoding="utf-8")
    else:
        sys.stdout.write(lines)
    return EXIT_OK


def run_serve(args: argparse.Namespace) -> int:
    """`chatbot serve`: run the Streamlit app in this process's place."""
    env = dict(os.environ)
    if args.index:
        env["CHATBOT_INDEX_DIR"] = str(args.index)
    app = Path(__file__).with_name("server.py")  # st.App over app.py; its folder goes on sys.path: no module there
    # shadows another
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        "--server.headless",
        "true",
        "--server.address",
        args.address,
        "--server.port",
        str(args.port),
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",  # a server does not poll its own source files for edits
        "none",
    ]
    os.execve(sys.executable, command, env)  # no parent left behind to outlive a SIGTERM sent to it


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `chatbot` command."""
    args = parser().parse_args(argv)
    handlers = {
        "index": run_index,
        "ask": run_ask,
        "chat": run_chat,
        "eval": run_eval,
        "serve": run_serve,
        "feedback": run_feedback,
    }
    try:
        return handlers[args.command](args)
    except ChatbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
