"""A job's career path as a picture: its steps in order, how to prepare, related jobs beside it (Graphviz DOT)."""

from __future__ import annotations

import textwrap

from chatbot import CareerPath, CareerRoute

LABEL_WIDTH = 24


def dot_label(text: str) -> str:
    """A quoted DOT label: wrapped, with quotes and backslashes escaped (no HTML label is ever made)."""
    clean = " ".join(text.split())
    lines = textwrap.wrap(clean, LABEL_WIDTH) or [""]
    return '"' + "\\n".join(line.replace("\\", "\\\\").replace('"', '\\"') for line in lines) + '"'


def career_dot(path: CareerPath) -> str | None:
    """Graphviz DOT of a career path, left to right; None when there is nothing to draw.

    Steps are boxes joined by arrows, the job itself is filled; preparation notes lead into the first step;
    related jobs hang beside the job on dashed lines.
    """
    if not path.drawable:
        return None
    steps = path.steps if path.at is not None else [*path.steps, path.job]
    at = path.at if path.at is not None else len(steps) - 1
    lines = ["digraph career {", "  rankdir=LR;", '  node [shape=box, style="rounded", fontsize=11];']
    for i, step in enumerate(steps):
        fill = ', style="rounded,filled", fillcolor="#cfe3ff"' if i == at else ""
        lines.append(f"  s{i} [label={dot_label(step)}{fill}];")
    lines += [f"  s{i} -> s{i + 1};" for i in range(len(steps) - 1)]
    for i, note in enumerate(path.preparation):
        lines.append(f'  p{i} [label={dot_label(note)}, shape=note, style="", fontsize=10];')
        lines.append(f"  p{i} -> s0 [style=dotted];")
    if path.related:
        lines.append('  subgraph cluster_related { label="Related jobs"; style=dashed; fontsize=10;')
        lines += [f"    r{i} [label={dot_label(job)}, shape=ellipse];" for i, job in enumerate(path.related)]
        lines.append("  }")
    lines += [f"  s{at} -> r{i} [style=dashed, arrowhead=none];" for i in range(len(path.related))]
    lines.append("}")
    return "\n".join(lines)


def routes_dot(routes: list[CareerRoute]) -> str | None:
    """Graphviz DOT of the routes between two jobs, left to right; None when there is none.

    Jobs shared by several routes are drawn once; each hop's arrow is labelled with its citation numbers and drawn
    solid for a link the pages state (related jobs, career path), dashed for closeness of scores alone.
    """
    if not routes:
        return None
    ids: dict[str, str] = {}
    for route in routes:
        for job in route.jobs:
            ids.setdefault(job, f"j{len(ids)}")
    ends = {routes[0].jobs[0], routes[0].jobs[-1]}
    lines = ["digraph routes {", "  rankdir=LR;", '  node [shape=box, style="rounded", fontsize=11];']
    for job, node in ids.items():
        fill = ', style="rounded,filled", fillcolor="#cfe3ff"' if job in ends else ""
        lines.append(f"  {node} [label={dot_label(job)}{fill}];")
    drawn: set[tuple[str, str]] = set()
    for route in routes:
        for hop in route.hops:
            if (hop.source, hop.target) in drawn:
                continue
            drawn.add((hop.source, hop.target))
            style = "solid" if hop.via != "similar_profile" else "dashed"
            label = dot_label(" ".join(f"[{n}]" for n in hop.cites))
            lines.append(f"  {ids[hop.source]} -> {ids[hop.target]} [label={label}, style={style}, fontsize=9];")
    lines.append("}")
    return "\n".join(lines)
