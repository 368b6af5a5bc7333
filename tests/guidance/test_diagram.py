"""The routes picture: Graphviz DOT that parses, labels that are escaped, dashed arrows for closeness alone."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from chatbot import CareerRoute
from chatbot.models import RouteHop
from chatbot.ui._diagram import routes_dot

TOKEN = re.compile(r'\s*(?:(?P<quoted>"(?:[^"\\]|\\.)*")|(?P<arrow>->)|(?P<id>[A-Za-z0-9_#.]+)|(?P<punct>[{}\[\];,=]))')


def tokens(dot: str) -> list[str]:
    """The DOT text as tokens; an unterminated string or a stray character fails."""
    found, at = [], 0
    while at < len(dot.rstrip()):
        match = TOKEN.match(dot, at)
        assert match is not None, f"not DOT at {dot[at : at + 30]!r}"
        found.append(match.group(match.lastgroup or ""))
        at = match.end()
    return found


def unquote(token: str) -> str:
    """A DOT value: a quoted string's text (escaped quotes and backslashes undone, \\n as a line break)."""
    if not token.startswith('"'):
        return token
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), token[1:-1])


@dataclass
class Graph:
    nodes: dict[str, dict[str, str]] = field(default_factory=dict)
    edges: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)


def parse(dot: str) -> Graph:
    """A strict reading of the DOT subset routes_dot writes: `digraph ID { stmt; ... }`, where a statement is an
    attribute (`rankdir=LR`), a default (`node [...]`), a node (`ID [...]`) or an edge (`ID -> ID [...]`)."""
    toks = tokens(dot)
    graph, i = Graph(), 3
    assert toks[:3] == ["digraph", toks[1], "{"] and re.fullmatch(r"\w+", toks[1]) and toks[-1] == "}"

    def attributes(at: int) -> tuple[dict[str, str], int]:
        attrs: dict[str, str] = {}
        if at < len(toks) and toks[at] == "[":
            at += 1
            while toks[at] != "]":
                assert re.fullmatch(r"\w+", toks[at]) and toks[at + 1] == "=", toks[at : at + 3]
                attrs[toks[at]] = unquote(toks[at + 2])
                at += 3
                if toks[at] in (",", ";"):
                    at += 1
            at += 1
        return attrs, at

    while i < len(toks) - 1:
        name = toks[i]
        assert re.fullmatch(r"\w+", name), toks[i : i + 3]
        if toks[i + 1] == "=":
            i += 3
        elif name == "node":
            _, i = attributes(i + 1)
        elif toks[i + 1] == "->":
            target = toks[i + 2]
            assert target in graph.nodes and name in graph.nodes, "an edge between undeclared nodes"
            attrs, i = attributes(i + 3)
            graph.edges.append((name, target, attrs))
        else:
            graph.nodes[name], i = attributes(i + 1)
        assert toks[i] == ";", toks[i - 2 : i + 2]
        i += 1
    return graph


def hop(source: str, target: str, via: str = "related_jobs", cites: list[int] | None = None) -> RouteHop:
    return RouteHop(source=source, target=target, via=via, cites=cites or [1])  # type: ignore[arg-type]


def route(*jobs: str, via: str = "related_jobs") -> CareerRoute:
    hops = [hop(a, b, via, [n + 1]) for n, (a, b) in enumerate(zip(jobs, jobs[1:], strict=False))]
    return CareerRoute(jobs=list(jobs), hops=hops)


def labels(graph: Graph) -> dict[str, str]:
    """Node id -> its label as one line."""
    return {node: " ".join(attrs["label"].split("\n")) for node, attrs in graph.nodes.items()}


def test_no_routes_no_picture() -> None:
    assert routes_dot([]) is None


def test_two_routes_share_their_ends_and_draw_each_job_once() -> None:
    routes = [
        route("Electricians", "Solar Energy Installation Managers", "Electrical Engineers"),
        route("Electricians", "Electrical and Electronics Repairers", "Electrical Engineers"),
    ]
    graph = parse(routes_dot(routes) or "")
    names = labels(graph)
    assert sorted(names.values()) == sorted(
        [
            "Electricians",
            "Solar Energy Installation Managers",
            "Electrical and Electronics Repairers",
            "Electrical Engineers",
        ]
    )
    ids = {name: node for node, name in names.items()}
    edges = {(a, b) for a, b, _ in graph.edges}
    assert edges == {
        (ids["Electricians"], ids["Solar Energy Installation Managers"]),
        (ids["Solar Energy Installation Managers"], ids["Electrical Engineers"]),
        (ids["Electricians"], ids["Electrical and Electronics Repairers"]),
        (ids["Electrical and Electronics Repairers"], ids["Electrical Engineers"]),
    }
    filled = {names[node] for node, attrs in graph.nodes.items() if "filled" in attrs.get("style", "")}
    assert filled == {"Electricians", "Electrical Engineers"}  # the two ends stand out


def test_a_hop_drawn_by_two_routes_is_drawn_once() -> None:
    routes = [route("A", "B", "D"), route("A", "B", "C", "D")]
    graph = parse(routes_dot(routes) or "")
    pairs = [(a, b) for a, b, _ in graph.edges]
    assert len(pairs) == len(set(pairs)) == 4


def test_arrows_carry_their_citation_numbers() -> None:
    routes = [CareerRoute(jobs=["A", "B"], hops=[hop("A", "B", cites=[3, 7])])]
    (_, _, attrs), *_ = parse(routes_dot(routes) or "").edges
    assert attrs["label"] == "[3] [7]"


@pytest.mark.parametrize(
    ("via", "style"),
    [("related_jobs", "solid"), ("career_path", "solid"), ("similar_profile", "dashed"), ("distant_profile", "dotted")],
)
def test_only_closeness_of_scores_is_dashed(via: str, style: str) -> None:
    """A hop by closeness of scores is dashed, the long move where nothing joins two jobs dotted, a link solid."""
    graph = parse(routes_dot([route("A", "B", "C", via=via)]) or "")
    assert [attrs["style"] for _, _, attrs in graph.edges] == [style, style]


def test_a_mixed_route_dashes_only_its_similar_hop() -> None:
    mixed = CareerRoute(jobs=["A", "B", "C"], hops=[hop("A", "B"), hop("B", "C", "similar_profile")])
    graph = parse(routes_dot([mixed]) or "")
    names = labels(graph)
    styles = {(names[a], names[b]): attrs["style"] for a, b, attrs in graph.edges}
    assert styles == {("A", "B"): "solid", ("B", "C"): "dashed"}


@pytest.mark.parametrize(
    "name",
    [
        'The "Chief" Officer',
        "Back\\slash Operators",
        "Ends with a backslash \\",
        'Tricky "]; evil -> x [label="',
        "区長（東京都特別区）",
    ],
)
def test_job_names_are_escaped_and_read_back_unchanged(name: str) -> None:
    graph = parse(routes_dot([route("Electricians", name, "Electrical Engineers")]) or "")
    assert name in labels(graph).values()
    assert len(graph.nodes) == 3 and len(graph.edges) == 2  # the name made no node or edge of its own


def test_long_names_are_wrapped() -> None:
    name = "Electrical and Electronics Repairers, Powerhouse, Substation, and Relay"
    graph = parse(routes_dot([route("Electricians", name)]) or "")
    label = next(attrs["label"] for attrs in graph.nodes.values() if attrs["label"].startswith("Electrical and"))
    assert "\n" in label and " ".join(label.split("\n")) == name
