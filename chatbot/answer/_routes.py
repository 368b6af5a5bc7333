"""The path answer: one to three routes from the person's job to the one they want, each hop cited to the page
line that states it (a related job, a career-path step) or to the scores that make two jobs close."""

from __future__ import annotations

import re

from chatbot.answer._citations import Ledger
from chatbot.answer._gaptable import Then, cite, marks
from chatbot.answer._make import make_answer
from chatbot.guidance import Adviser, Hop, Route
from chatbot.index import Library
from chatbot.models import Answer, CareerRoute, Lang, Question, RouteHop

# Jobs asked for between the two ("What jobs could I take in between?", "途中でどんな職種を"): a route straight from
# one to the other answers none, so routes with a job between them come first, of the MORE cheapest
BETWEEN = re.compile(  # not a job's name: "…from welder to bridge inspector?"
    r"\bin[- ]between\b|\bintermediate\b|\bstepping[- ]stones?\b|\b(could|would|might|can) bridge\b|途中で|間に", re.I
)
MORE, SHOWN = 6, 3  # routes read when jobs in between are asked for; routes shown
# A gap question that asks the way there too ("What steps would make sense?", "how do i become an actual plumber?",
# "どういう順番で進めれば"): the gap table, then the ROUTED best routes (each hop cited). Read as a gap or as a route,
# the answer then holds both: 10 of the guidance tuning sets' route questions and 35 of the held-out ones were read
# as gap questions and showed no route at all (docs/benchmarks.md, fifty-ninth session).
ROUTE_ASKED = re.compile(
    r"\bsteps?\b|\bpath\b|\broutes?\b|\broad\b|\bget (?:there|from)\b|\bfrom here\b|\bway (?:there|up|in)\b"
    r"|\bmove (?:up|into|over)\b|\btransition|\bladder\b|\bbecom(?:e|ing)\b|\bwork my way\b|\bend up\b"
    r"|順番|道筋|道のり|段階|ステップ|ルート|キャリア|進め|進む|どうやって|どうすれば|移りたい|移れ|なるには|なるまで|目指"
    r"|どうやったら|どうしたら|何から始め|手順",
    re.IGNORECASE,
)
ROUTED = 2
TEXT: dict[str, dict[Lang, str]] = {
    "intro": {
        "en": "Routes from **{source}** to **{target}** over jobs the pages link, fewest steps first. A link means "
        "one page lists the other as related (or their scores are alike), not that one job leads to the next: "
        "check each job's own requirements before planning on it.",
        "ja": "**{source}**から**{target}**へ、職業ページどうしのつながりをたどった道筋（少ない順）。"
        "つながりは関連職業として挙げられている（または点数が近い）ことを示すだけで、昇進の順序ではありません。"
        "各職業の要件もご確認ください。",
    },
    "between": {
        "en": "As you asked for jobs in between, routes through one come before any straight link.",
        "ja": "途中の職業をお尋ねなので、間に職業をはさむ道筋を先に示します。",
    },
    "related_jobs": {
        "en": "{a} → {b}: the {page} page lists {other} among its related jobs",
        "ja": "{a} → {b}：{page}のページの関連職業に{other}",
    },
    "career_path": {
        "en": "{a} → {b}: the next step on the {page} career path",
        "ja": "{a} → {b}：{page}のキャリアパス",
    },
    "career_mention": {
        "en": "{a} → {b}: the career path on the {page} page names {other}",
        "ja": "{a} → {b}：{page}のページのキャリアパスに{other}の記載",
    },
    "similar_profile": {
        "en": "{a} → {b}: the two pages score their skills alike (similarity {similarity:.2f})",
        "ja": "{a} → {b}：2つのページのスキルの点数と仕事の説明が近い（類似度 {similarity:.2f}）",
    },
    "distant_profile": {
        "en": "{a} → {b}: no page links these two jobs within four steps; the nearest thing is how alike the pages "
        "score the work (similarity {similarity:.2f}): a long move",
        "ja": "{a} → {b}：4段階以内でこの2つをつなぐページはありません。近いのはページの点数と仕事の説明の似かた"
        "だけです（類似度 {similarity:.2f}、遠い移動）",
    },
    "way_in": {
        "en": "How people get into **{target}**, as its page says:",
        "ja": "**{target}**への入り方（ページの記載）：",
    },
    "none": {
        "en": "I found no route of at most four steps from {source} to {target} over the jobs the pages relate.",
        "ja": "職業ページの関連づけでは、{source}から{target}への4段階以内の道筋は見つかりませんでした。",
    },
}


def route_answer(question: Question, adviser: Adviser, library: Library) -> Answer | None:
    """Routes from the question's origin (a job, or a step of the target's career path) to its job; None without
    an origin ("the ladder up to ward mayor" asks for the career path)."""
    lang, target = question.lang, question.jobs[0]
    # A step of the target's own career path said outright ("I'm general administrative staff at a ward office")
    # is where the person is, before any page guessed from their words.
    origin = step_named(question.text, adviser, target) or question.origin
    if origin is None:
        return None
    between = BETWEEN.search(question.text) is not None
    routes = adviser.routes(origin, target, MORE if between else SHOWN)
    if between:  # jobs in between asked for: routes through one first, not the direct link
        routes = sorted(routes, key=lambda route: len(route.jobs) < 3)[:SHOWN]
    if not routes:
        return make_answer(question, TEXT["none"][lang].format(source=origin, target=target), answered=False)
    ledger = Ledger(library.text)
    parts, shown = route_parts(routes, ledger, library, lang)
    parts[0] += (" " if lang == "en" else "") + TEXT["between"][lang] if between else ""
    if all(hop.via == "distant_profile" for route in routes for hop in route.hops):  # a long move: the way in
        parts += way_in(adviser, target, ledger, library, lang)
    answer = make_answer(question, "\n\n".join(parts), answered=True, ledger=ledger)
    return answer.model_copy(update={"routes": shown, "about": [target]})


def route_parts(
    routes: list[Route], ledger: Ledger, library: Library, lang: Lang
) -> tuple[list[str], list[CareerRoute]]:
    """The routes as text (an introduction, then each route with its cited hops) and as CareerRoutes; none without
    routes."""
    if not routes:
        return [], []
    shown = [shown_route(route, ledger, library, lang) for route in routes]
    intro = TEXT["intro"][lang].format(source=routes[0].jobs[0], target=routes[0].jobs[-1])
    return [intro, *(described(n, route) for n, route in enumerate(shown, 1))], shown


def routed(adviser: Adviser, source: str, target: str, library: Library, lang: Lang) -> Then:
    """What a gap answer shows after its table when the question asks how to get there (see ROUTE_ASKED): the
    ROUTED best routes from the person's job to the one wanted, the shortest only, cited in the same numbering."""
    return lambda ledger: route_parts(shortest(adviser.routes(source, target, ROUTED)), ledger, library, lang)


def shortest(routes: list[Route]) -> list[Route]:
    """The routes as short as the first (fewest steps first): beside a gap table, a link the pages state outright
    is the way there, and a detour after it ("看護師 → 福祉用具専門相談員 → 保健師" after "看護師 → 保健師") only
    lengthens the answer."""
    return [route for route in routes if len(route.jobs) == len(routes[0].jobs)]


def way_in(adviser: Adviser, target: str, ledger: Ledger, library: Library, lang: Lang) -> list[str]:
    """How people get into the job wanted, as its page says (the career path's first sentences, or the schooling
    and training lines), each cited; [] when the page says nothing of it."""
    cited = [(line.quote, cite(ledger, library, [line])) for line in adviser.profiles.get(target).entry]
    said = [f"- {quote} {marks(numbers)}" for quote, numbers in cited if numbers]  # as the gap's next steps are
    return [TEXT["way_in"][lang].format(target=target), "\n".join(said)] if said else []


def step_named(text: str, adviser: Adviser, target: str) -> str | None:
    """The step of the target's career path the question says the person is at ("I've just joined as an
    Assistant Section Chief"), if any."""
    steps = adviser.profiles.get(target).steps
    said, wanted = text.casefold(), target.casefold()
    names = [(step, step.split(" (")[0].split(" · ")[0].casefold()) for step in steps[:-1]]
    named = [step for step, name in names if name in said and name not in wanted]  # not the target's own step
    return max(named, key=len) if named else None


def shown_route(route: Route, ledger: Ledger, library: Library, lang: Lang) -> CareerRoute:
    """A route with each hop's lines cited."""
    return CareerRoute(jobs=route.jobs, hops=[shown_hop(hop, ledger, library, lang) for hop in route.hops])


def shown_hop(hop: Hop, ledger: Ledger, library: Library, lang: Lang) -> RouteHop:
    """One hop with its reason and citation numbers."""
    numbers = [ledger.cite(line.job, line.section, library.source(line.job), line.quote) for line in hop.lines]
    cites = list(dict.fromkeys(n for n in numbers if n is not None))
    page = hop.lines[0].job if hop.lines else hop.source  # the page that states a related job (either end)
    other = hop.target if page == hop.source else hop.source
    reason = TEXT[hop.via][lang].format(
        a=hop.source, b=hop.target, page=page, other=other, similarity=hop.similarity or 0
    )
    return RouteHop(
        source=hop.source, target=hop.target, via=hop.via, similarity=hop.similarity, reason=reason, cites=cites
    )  # type: ignore[arg-type]


def described(n: int, route: CareerRoute) -> str:
    """One route: the chain, then a cited line per hop."""
    lines = [f"{n}. {' → '.join(route.jobs)}"]
    lines += [f"   - {hop.reason} {' '.join(f'[{c}]' for c in hop.cites)}".rstrip() for hop in route.hops]
    return "\n".join(lines)
