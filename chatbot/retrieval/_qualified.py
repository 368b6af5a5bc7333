"""A Japanese worker named by what they work on or where, "AのB" ("本の編集者", "宅配便のドライバー",
"webサービスのSE", "そば屋さんの職人"), where no page is named by the words: the page that fits the phrase best, of
those whose names end with the worker word or hold the qualifier, when it clearly leads.

The worker word alone names several pages (編集者: 図書編集者, 雑誌編集者, 映像編集者) or none that is meant
(宅配便配達員 is no ドライバー by name); the qualifier tells which, by the pages' words (Retriever.relevance, the
same fusion that places a person's own job). Measured on the qualified names of the thirty-first blind tuning set:
本の編集者, webサービスのSE, 宅配便のドライバー, そば屋さんの職人 and 自動車メーカーの技術者 lead by a clear margin;
テレビのディレクター does not (テレビ・ラジオ放送技術者 1.28, テレビカメラマン 1.14, 放送ディレクター 1.12) and is
left unnamed. A worker said with where and what they do ("食品メーカーで商品開発をやる技術者", DOING_AT) is read the
same way over the pages whose names end with the worker word, the whole phrase fitted; a page named by the place
inside it (食品営業（食品メーカー）) gives way to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from chatbot.models import JobLink
from chatbot.retrieval._joined import WORKPLACES_JA
from chatbot.retrieval._likeness import names_worker
from chatbot.retrieval._linking import JobLinker
from chatbot.retrieval._mention import a_place
from chatbot.retrieval._names import TITLE, TITLE_PART, japanese_key
from chatbot.text import with_page_words

Relevance = Callable[[str, list[str], int], dict[str, float]]  # Retriever.relevance

QUALIFIED = re.compile(
    # the qualifier: a shop, a word with one okurigana kana ("組込みのSE", "焼き物の職人": not 物), or a run of kanji,
    # katakana and letters
    r"(?P<a>[ぁ-ん]{1,6}屋|[一-龥]{1,4}[ぁ-ん](?=の)|[一-龥]{1,3}(?![のでにはをがもとへや])[ぁ-ん][一-龥]{1,3}|[一-龥ァ-ヶーA-Za-zＡ-Ｚａ-ｚ0-9・]{1,12})"
    r"(?:屋)?(?:さん)?の"
    r"(?P<b>[一-龥ァ-ヶーA-Za-zＡ-Ｚａ-ｚ]{2,10}?)(?:担当|係|スタッフ)?(?:さん)?"
    r"(?=も|は|が|を|に|って|で|と|やりたい|や|[、。？?！!]|$)"
)
# The worker said with where and what they do: "食品メーカーで商品開発をやる技術者" is the food maker's engineer
DOING_AT = re.compile(
    r"(?P<a>[一-龥ァ-ヶー]{2,12})で[^、。？]{1,15}?(?:やる|する|している|してる)"
    r"(?P<b>[一-龥ァ-ヶー]{2,6}?)(?=に|は|って|が|の|だ|[、。？?]|$)"
)
# A worker said after what they do, in a clause ("コンクリ流し込む型を組む大工さん", "車椅子のまま乗れるタクシーの
# 運転手さん", "空港で検疫やってる看護師さん"): of the pages whose names end with the worker word, the one the clause
# fits, when it leads by CLAUSE_MARGIN; not a clause that only says they work ("病院で働いてる看護師")
WORKER_ENDS = "者|家|士|師|員|工|官|手|職人"  # the endings of Japanese workers' names
DOING_CLAUSE = re.compile(
    r"(?P<a>[^、。？！?!\s]{2,24}?(?:する|した|してる|している|やってる|やる|れる|[うくすつぬむぶぐる]))"
    rf"(?:[一-龥ァ-ヶー]{{1,6}}の)?(?P<b>[一-龥]{{1,4}}(?:{WORKER_ENDS})|[ァ-ヶー]{{3,8}})(?:さん)?"
    r"(?=も|は|が|を|に|って|で|と|の|だ|[、。？?！!]|$)"
)
MERELY = re.compile(r"(?:働|勤め|い|な|あ|言)(?:いてる|いている|てる|ている|く|る|う)$")  # "…働いてる", "…いる"
# Workers every field has ("…を代行してくれる専門家", "…を掃除するパート"): a clause before them tells no page
ANYONE = frozenset(["専門家", "専門職", "パート", "バイト", "アルバイト"])
CLAUSE_MARGIN = 0.25  # the lead a page needs over the next to be read from a clause (over the worker word's own page)
# A worker said with where they work: "高校で教員やってます" is a high-school teacher, as "高校の教員" is
AT_AS = re.compile(
    r"(?P<a>[一-龥ァ-ヶー]{2,8})で(?P<b>[一-龥ァ-ヶー]{2,6}?)(?:を|として)?(?=やって|して|働いて|勤めて)"
)
WISHED = re.compile(r"(?:なり|移り|回り|やり|し|就き|目指し)たい|目指|転職|転身")
SHOP = re.compile(r"屋$")
# A worker word: a loanword ("ドライバー", "SE") or a word with a worker's ending ("編集者", "職人"); not "夜中の作業"
# ("作業" ends the names of many jobs: 林業作業); "…の先生" is one where no page joins the two (_joined reads "接骨院
# の先生" first): "ピアノの先生" is 音楽教室講師, "動物病院の先生" 獣医師, of the pages people call 先生 (SAID_AS)
WORKER = re.compile(rf"^[ァ-ヶーA-Za-zＡ-Ｚａ-ｚ]+$|(?:{WORKER_ENDS})$|^先生$")
# Workers said by their initials, which no page lists as a name ("webサービスのSE", "ゲーム会社のPM")
SAID_SHORT = {"SE": "システムエンジニア", "PM": "プロジェクトマネージャ"}
# Workers said by a word other than the one their pages end with: "自動車学校の教官" is a 自動車教習指導員
SAID_AS: dict[str, tuple[str, ...]] = {"教官": ("教官", "指導員")}
SAID_AS["先生"] = ("教員", "教師", "講師", "指導員", "インストラクター", "保育士", "医師", "獣医師", "医")
SAID_AS["先生"] += ("整復師", "指圧師", "はり師・きゅう師", "弁護士")  # the treatment rooms' 先生 and the lawyers' too
# Whose teacher or doctor the person tells of ("息子の先生", "担任の先生"): someone they know, no kind of 先生
KNOWN_PEOPLE = frozenset(["息子", "娘", "子ども", "子供", "うち", "私", "僕", "俺", "自分", "担任", "友達", "友人"])
KNOWN_PEOPLE |= {"親", "兄", "姉", "弟", "妹", "母", "父", "母親", "父親", "主治医"}
MARGIN = 0.15  # the lead of the best page over the next (relevance), under which no page is named
ENDINGS = "手士者員師"  # endings of workers' names said for one another ("路線バスの運転手": 路線バス運転士)
MIN_TASK = 3  # characters of the qualifier's start a task's page must hold ("自動車" of 自動車工場: 自動車組立)
PLACES = "所場屋"  # a place said after the field: the title holds the field ("教習所": 自動車教習指導員)
MIN_QUALIFIER = 2  # characters of a qualifier found inside a name: one ("本") is inside too many (日本語教師)


def requalified(
    text: str, links: list[JobLink], strong: list[JobLink], linker: JobLinker, relevance: Relevance
) -> list[JobLink]:
    """The links with the pages the text's "AのB" name: added when no link is strong; in place of the strong links
    to the worker word alone ("学童の指導員": 学童保育指導員, not 児童指導員 for "指導員"; "マンション管理会社の
    フロント担当": マンション管理フロント, not the hotel's)."""
    # "車のディーラーで営業": the dealer's is a place, its page no more named than when the name was linked
    pairs = [
        (link, worker) for link, worker in qualified_pairs(text, linker, relevance) if not a_place(text, link.matched)
    ]
    if not strong:
        return links + [link for link, _ in pairs]
    said = {link.matched for link in strong}
    # a page's title holds what qualifies it ("学童保育指導員"): "病院の看護師" is no 動物看護 (動物病院看護師)
    replacing = [
        (link, worker)
        for link, worker in pairs
        if (worker in said or link.matched in said)
        and holds(link.title, link.matched)
        # or a name said inside "…で…をやる技術者" is where the worker works ("食品メーカー": no salesperson)
        or (doing(link.matched) and any(name in link.matched for name in said))
    ]
    kept = {link.title for link in strong}  # a clause that tells of the page named: the name stands
    replacing = [(link, worker) for link, worker in replacing if not (clause(link.matched) and link.title in kept)]
    spans = {worker for _, worker in replacing} | {link.matched for link, _ in replacing}
    clauses = [link.matched for link, _ in replacing if doing(link.matched)]  # "…乗れるタクシーの運転手": not タクシー
    kept_links = [link for link in links if link.matched not in spans and not any(link.matched in c for c in clauses)]
    return kept_links + [link for link, _ in replacing]


def variants(worker: str) -> tuple[str, ...]:
    """The worker word with the other endings of workers' names: 運転手 -> 運転手, 運転士, 運転者, 運転員, 運転師."""
    if worker[-1:] not in ENDINGS:
        return (worker,)
    return tuple(dict.fromkeys([worker, *(worker[:-1] + ending for ending in ENDINGS)]))


def holds(title: str, phrase: str) -> bool:
    """Whether the title holds the start of the qualifier of "AのB" (more than half of it, MIN_TASK characters at
    least, or all)."""
    said = japanese_key(phrase[: phrase.rfind("の")]) if "の" in phrase else ""
    said = said[:-1] if len(said) > MIN_QUALIFIER and said[-1] in PLACES else said  # "教習所の指導員": 教習
    key = japanese_key(title)
    least = min(len(said), max(MIN_TASK, len(said) // 2 + 1))  # "ネットショップ" is not held by ネット通販
    return bool(said) and any(said[:n] in key for n in range(len(said), least - 1, -1))


def qualified(text: str, linker: JobLinker, relevance: Relevance) -> list[JobLink]:
    """The page each "AのB" of the text names, when one clearly fits best; [] when none does."""
    return [link for link, _ in qualified_pairs(text, linker, relevance)]


def qualified_pairs(text: str, linker: JobLinker, relevance: Relevance) -> list[tuple[JobLink, str]]:
    """The page each "AのB" of the text names, when one clearly fits best, with the worker word B as said."""
    keys = linker.japanese_names
    found: list[tuple[JobLink, str]] = []
    # the person's own job said with where they work counts where they wish for no other ("…施工管理のほうに回りたい")
    at_as = [] if WISHED.search(text) else [*AT_AS.finditer(text)]
    clauses = [m for m in DOING_CLAUSE.finditer(text) if not MERELY.search(m.group("a")) and m.group("b") not in ANYONE]
    for match in [*QUALIFIED.finditer(text), *DOING_AT.finditer(text), *at_as, *clauses]:
        qualifier, worker = SHOP.sub("", match.group("a")) or match.group("a"), match.group("b")
        # "染め物の工場で働く": where, no worker; "建てる現場の監督": a site says no kind of site manager
        generic = match.re is QUALIFIED and qualifier in WORKPLACES_JA  # unless a title says it ("…工場の研究開発")
        generic = generic and not titled(japanese_key(f"{qualifier}の{worker}"), keys)
        if worker in WORKPLACES_JA or qualifier in KNOWN_PEOPLE or generic:
            continue
        worker = SAID_SHORT.get(worker.upper(), worker)  # "組込みのSE": システムエンジニア
        worker = worker[:-1] + "者" if len(worker) > 2 and worker.endswith("職") else worker  # "技術職": 技術者
        qualifier = qualifier.removesuffix("系") or qualifier  # "バイオ系の技術職": of biotechnology
        wanted, said = japanese_key(worker), japanese_key(qualifier)
        endings = tuple(japanese_key(word) for word in SAID_AS.get(worker, (worker,)))  # once, not once per key
        # a worker's name, not a title's bracketed qualifier: "船のエンジン" is no ジェットエンジン's worker
        ending = [key for key in keys if key.endswith(endings) and names_worker(linker.names[(True, key)])]
        if match.re is DOING_CLAUSE:  # a title's own worker word ("型枠大工"), not a name people say ("米農家")
            ending = [key for key in ending if any(name.weight >= TITLE for name in linker.names[(True, key)])]
        if not WORKER.search(worker):  # "自動車工場の組立": a task ends the name of one holding the qualifier's start
            ending = [key for key in ending if holds(key, match.group(0))]
            holding: list[str] = []
        else:
            holding = [key for key in keys if len(said) >= MIN_QUALIFIER and said in key]
            holding = [key for key in holding if key.endswith(endings)] if worker in SAID_AS else holding
        if not ending:  # "本の仕事": no page's name ends with the word, so it names no worker
            continue
        both = [key for key in holding if key.endswith(variants(wanted))]  # "バイオの研究者": not its 技術者
        both = [key for key in both if key.startswith(said)] or both  # "路線バスの運転手": 路線バス運転士
        # "…で商品開発をやる技術者": an engineer, whatever else the maker's pages say
        told = match.re in (DOING_AT, DOING_CLAUSE)
        titles = {
            name.job: linker.jobs[name.job].title
            for key in (ending if told else both or ending + holding)
            for name in linker.names[(True, key)]
        }
        asked = match.group(0) if told else f"{qualifier}の{worker}"
        asked = with_page_words(asked, 2) if worker == "先生" else asked  # "保育園の先生": the pages say 保育所
        margin = CLAUSE_MARGIN if match.re is DOING_CLAUSE else MARGIN
        best = leader(relevance(asked, sorted(set(titles.values())), 2), margin)
        if best is None and wanted not in keys:  # "宅配のドライバー": the one page whose title holds 宅配
            held = {title for title in titles.values() if said and said in japanese_key(title)}
            best = held.pop() if len(held) == 1 else None
        source = next((s for s, title in titles.items() if title == best), None)
        if source is not None:
            link = JobLink(title=titles[source], source=source, score=TITLE_PART, matched=match.group(0))
            found.append((link, worker))
    return found


def titled(name: str, keys: Iterable[str]) -> bool:
    """Whether some page's name holds this one ("工場ノ研究開発" in 植物工場ノ研究開発)."""
    return any(name in key for key in keys)


def leader(scores: dict[str, float], margin: float = MARGIN) -> str | None:
    """The best-scored title when it leads the next by the margin (or stands alone); else None."""
    ranked = sorted(scores.items(), key=lambda pair: -pair[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < margin):
        return None
    return ranked[0][0]


def doing(phrase: str) -> bool:
    """Whether a phrase says a worker with what they do ("…で…をやる技術者", "…を組む大工")."""
    return DOING_AT.fullmatch(phrase) is not None or DOING_CLAUSE.fullmatch(phrase) is not None


def clause(phrase: str) -> bool:
    """Whether a phrase says a worker after a clause of what they do, without where ("…を組む大工")."""
    return DOING_AT.fullmatch(phrase) is None and DOING_CLAUSE.fullmatch(phrase) is not None
