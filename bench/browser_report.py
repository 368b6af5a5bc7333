"""The browser benchmark's results against the issue's targets, as Markdown tables."""

from __future__ import annotations

from typing import Any

P50_MS, P95_MS = 300, 500  # Enter-to-answer, every turn up to 20, one user
FIRST_VISIT_MS = 2000  # first visit: chat box ready after the server answers HTTP
CROWD = 16  # concurrent sessions that must see no error


def turn_target(per_turn: list[dict[str, Any]], key: str, limit: float) -> dict[str, Any]:
    """Whether KEY (p50_ms or p95_ms) is within LIMIT at every turn; the worst turn."""
    timed = [t for t in per_turn if t["n"]]
    if not timed:
        return {"measured": "no turn answered", "met": False}
    worst = max(timed, key=lambda t: t[key])
    within = sum(t[key] <= limit for t in timed)  # a turn never answered is not within
    measured = f"worst {worst[key]:.0f} ms (turn {worst['turn']}); within at {within} of {len(per_turn)} turns"
    return {"measured": measured, "met": within == len(per_turn)}


def crowd_target(crowds: list[dict[str, Any]]) -> dict[str, Any]:
    """No error with CROWD sessions at once, and their turn p95."""
    crowd = next((c for c in crowds if c["sessions"] == CROWD), None)
    if crowd is None:
        return {"measured": f"not run with {CROWD} sessions", "met": None}
    p95 = f"p95 {crowd['turn']['p95_ms']:.0f} ms" if crowd["turn"]["n"] else "no turn answered"
    measured = f"{len(crowd['errors'])} errors, {crowd['answered']} of {crowd['expected']} turns answered; {p95}"
    return {"measured": measured, "met": not crowd["errors"] and crowd["answered"] == crowd["expected"]}


def targets(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The issue's targets, each with what was measured and whether it was met (None: not measured)."""
    rows = []
    if result.get("turns"):
        per_turn = result["turns"]["per_turn"]
        rows.append(
            {
                "target": f"Enter-to-answer p50 <= {P50_MS} ms at every turn, one user",
                **turn_target(per_turn, "p50_ms", P50_MS),
            }
        )
        rows.append(
            {
                "target": f"Enter-to-answer p95 <= {P95_MS} ms at every turn, one user",
                **turn_target(per_turn, "p95_ms", P95_MS),
            }
        )
    first = result["visits"]["first"]["ready_ms"]
    rows.append(
        {
            "target": f"first visit: chat box ready <= {FIRST_VISIT_MS / 1000:.0f} s after HTTP answers",
            "measured": f"{first / 1000:.2f} s",
            "met": first <= FIRST_VISIT_MS,
        }
    )
    rows.append({"target": f"{CROWD} concurrent sessions: no errors, p95 reported", **crowd_target(result["crowds"])})
    return rows


def cell(value: float | None, scale: float = 1.0, digits: int = 0) -> str:
    return "-" if value is None else f"{value / scale:.{digits}f}"


def header(result: dict[str, Any]) -> list[str]:
    setup = result["setup"]
    return [
        "# Browser benchmark: `chatbot serve` in headless Chromium",
        "",
        f"`{result['command']}`",
        "",
        f"Commit {result['commit']} ({setup['code']}), {result['started']}, {result['cores']} cores, load average "
        f"{' / '.join(map(str, result['load_before']))} before and {' / '.join(map(str, result['load_after']))} after.",
        f"Index {setup['index']}; seeds: {setup['seeds']}; model cache {setup['model_cache']}; a fresh conversation "
        "file. Times are milliseconds unless marked.",
    ]


def target_lines(result: dict[str, Any]) -> list[str]:
    lines = ["", "## Targets", "", "| target | measured | met |", "| --- | --- | --- |"]
    verdict = {True: "yes", False: "**no**", None: "-"}
    return lines + [f"| {t['target']} | {t['measured']} | {verdict[t['met']]} |" for t in result["targets"]]


def visit_lines(result: dict[str, Any]) -> list[str]:
    visits = result["visits"]
    lines = [
        "",
        "## Visits",
        "",
        "From the first answer of the health check (first visit) or from the navigation "
        "(later visits, each a new session with a cold browser cache).",
        "",
        "| visit | chat box ready (s) | script run over (s) |",
        "| --- | --- | --- |",
    ]
    rows = [("first after the server started", visits["first"])]
    rows += [(f"later {k}", visit) for k, visit in enumerate(visits["later"], 1)]
    return lines + [f"| {name} | {cell(v['ready_ms'], 1000, 2)} | {cell(v['idle_ms'], 1000, 2)} |" for name, v in rows]


def usage_line(phase: dict[str, Any], turns: int) -> str:
    served, client = phase["server"], phase["client"]
    per_turn = f", {served['cpu_s'] / turns:.2f} s a turn" if turns else ""
    return (
        f"Server: {served['cpu_s']:.1f} CPU s in {served['wall_s']:.1f} s{per_turn}, peak RSS "
        f"{served['peak_rss_mb']:.0f} MB. Browser, driver and this script: {client['cpu_s']:.1f} CPU s. "
        f"Other processes of the machine meanwhile: {phase['others_cpu_s']:.1f} CPU s."
    )


def turn_lines(result: dict[str, Any]) -> list[str]:
    turns = result.get("turns")
    if not turns:
        return []
    lines = [
        "",
        f"## Turns: one user, {turns['rounds']} conversations",
        "",
        "Enter keydown to the answer shown and the script run over, per turn of the conversation. Medians besides:",
        "the answer shown alone (the run may still be redrawing the rest of the page), and the page's main thread",
        "busy in that time, all tasks and JavaScript alone (the browser shares the 2 cores with the server).",
        "",
        "| turn | question | p50 | p95 | max | n | answer shown | page busy | page script |",
        "| --- " * 9 + "|",
    ]
    rows = [(str(t["turn"]), t["question"], t) for t in turns["per_turn"]]
    rows.append(("all", "", turns["overall"]))
    for turn, question, ms in rows:
        lines.append(
            f"| {turn} | {question} | {cell(ms.get('p50_ms'))} | {cell(ms.get('p95_ms'))} | "
            f"{cell(ms.get('max_ms'))} | {ms['n']} | {cell(ms['answer_shown'].get('p50_ms'))} | "
            f"{cell(ms['page_busy'].get('p50_ms'))} | {cell(ms['page_script'].get('p50_ms'))} |"
        )
    every = turns["overall"]
    nodes = f" The page had up to {every['nodes_max']:,} DOM nodes." if every["nodes_max"] else ""
    return lines + ["", usage_line(turns, every["n"]) + nodes, *error_lines(turns["errors"])]


def crowd_lines(result: dict[str, Any]) -> list[str]:
    crowds = result["crowds"]
    if not crowds:
        return []
    first = crowds[0]
    lines = [
        "",
        f"## Concurrent sessions: {first['turns_per_session']} turns each, {first['think_s']:g} s between turns",
        "",
        "The pages are opened one by one; then every session starts its conversation at once. CPU and RSS are "
        "measured while they talk.",
        "",
        "| sessions | answered | errors | turn p50 | turn p95 | turn max | page open, one by one: p50 / max (s) | "
        "server CPU s / wall s | server peak RSS MB | client CPU s | others' CPU s |",
        "| --- " * 11 + "|",
    ]
    for c in crowds:
        turn, opened, served = c["turn"], c["open_ms"], c["server"]
        lines.append(
            f"| {c['sessions']} | {c['answered']}/{c['expected']} | {len(c['errors'])} | {cell(turn.get('p50_ms'))} | "
            f"{cell(turn.get('p95_ms'))} | {cell(turn.get('max_ms'))} | {cell(opened.get('p50_ms'), 1000, 2)} / "
            f"{cell(opened.get('max_ms'), 1000, 2)} | {served['cpu_s']:.1f} / {served['wall_s']:.1f} | "
            f"{served['peak_rss_mb']:.0f} | {c['client']['cpu_s']:.1f} | {c['others_cpu_s']:.1f} |"
        )
    return lines + [line for c in crowds for line in error_lines(c["errors"], f"{c['sessions']} sessions: ")]


def error_lines(errors: list[str], prefix: str = "", most: int = 10) -> list[str]:
    more = [f"- ... and {len(errors) - most} more"] if len(errors) > most else []
    return ["", *(f"- {prefix}{error}" for error in errors[:most]), *more] if errors else []


def markdown(result: dict[str, Any]) -> str:
    """The whole report."""
    tail = [
        "",
        f"Server peak RSS over the whole run (VmHWM): {result['server_vmhwm_mb']:.0f} MB; tracebacks in its "
        f"log: {result['server_tracebacks']}.",
    ]
    parts = [header(result), target_lines(result), visit_lines(result), turn_lines(result), crowd_lines(result), tail]
    return "\n".join(line for part in parts for line in part)
