"""A job's career path as a picture: its steps in order, how to prepare, related jobs beside it (Graphviz DOT)."""

from __future__ import annotations

import textwrap

from chatbot import CareerPath

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
