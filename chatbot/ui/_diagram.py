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


def list_label(title: str, items: list[str]) -> str:
    """A quoted DOT label of a titled list, each item wrapped and left-aligned (escaped as dot_label does)."""
    lines = [title] + [
        f"• {line}" if n == 0 else f"  {line}"
        for item in items
        for n, line in enumerate(textwrap.wrap(" ".join(item.split()), LABEL_WIDTH, break_long_words=False) or [""])
    ]
    return '"' + "".join(line.replace("\\", "\\\\").replace('"', '\\"') + "\\l" for line in lines) + '"'


def career_dot(path: CareerPath) -> str | None:
    """Graphviz DOT of a career path, top to bottom (narrow enough to read on a phone); None when nothing to draw.

    Steps are boxes joined by arrows, the job itself is filled; preparation notes, one under the other, lead into
    the first step; the related jobs are one list box beside the job. Two columns at most: at 390 px the text
    stays readable (one node per related job, side by side, shrank it to ~5 px).
    """
    if not path.drawable:
        return None
    # A path that does not say where the job stands draws its steps, and the job apart from them: appending it
    # after the last step would claim an order the page does not state.
    steps = path.steps if path.at is not None or path.steps else [path.job]
    at = path.at if path.at is not None else (None if path.steps else 0)
    lines = ["digraph career {", "  rankdir=TB;", '  node [shape=box, style="rounded", fontsize=11];']
    for i, step in enumerate(steps):
        fill = ', style="rounded,filled", fillcolor="#cfe3ff"' if i == at else ""
        lines.append(f"  s{i} [label={dot_label(step)}{fill}];")
    lines += [f"  s{i} -> s{i + 1};" for i in range(len(steps) - 1)]
    if at is None:  # the job itself, beside its path
        lines.append(f'  job [label={dot_label(path.job)}, style="rounded,filled", fillcolor="#cfe3ff"];')
        at_node = "job"
    else:
        at_node = f"s{at}"
    for i, note in enumerate(path.preparation):
        lines.append(f'  p{i} [label={dot_label(note)}, shape=note, style="", fontsize=10];')
        lines.append(f"  p{i} -> {'p' + str(i + 1) if i + 1 < len(path.preparation) else 's0'} [style=dotted];")
    if path.related:
        lines.append(
            f'  related [label={list_label("Related jobs", path.related)}, shape=note, style="", fontsize=10];'
        )
        lines.append(f"  {at_node} -> related [style=dashed, arrowhead=none];")
    lines.append("}")
    return "\n".join(lines)


def routes_dot(routes: list[CareerRoute]) -> str | None:
    """Graphviz DOT of the routes between two jobs, top to bottom (readable on a phone); None when there is none.

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
    lines = ["digraph routes {", "  rankdir=TB;", '  node [shape=box, style="rounded", fontsize=11];']
    for job, node in ids.items():
        fill = ', style="rounded,filled", fillcolor="#cfe3ff"' if job in ends else ""
        lines.append(f"  {node} [label={dot_label(job)}{fill}];")
    drawn: set[tuple[str, str]] = set()
    for route in routes:
        for hop in route.hops:
            if (hop.source, hop.target) in drawn:
                continue
            drawn.add((hop.source, hop.target))
            style = {"similar_profile": "dashed", "distant_profile": "dotted"}.get(hop.via, "solid")
            label = dot_label(" ".join(f"[{n}]" for n in hop.cites))
            lines.append(f"  {ids[hop.source]} -> {ids[hop.target]} [label={label}, style={style}, fontsize=9];")
    lines.append("}")
    return "\n".join(lines)
