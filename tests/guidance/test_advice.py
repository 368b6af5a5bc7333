"""Which questions ask for advice (MATCH, GAP, PATH) and the words they use for the person's job and the one wanted.

advice_intent is given the jobs a question names and the ones it names as background ("I'm a registered nurse"),
as chatbot.retrieval.understand finds them.
"""

from __future__ import annotations

import pytest

from chatbot import Intent
from chatbot.retrieval._advice import advice_intent
from chatbot.retrieval._slots import own_words, target_words
from chatbot.retrieval._wishes import describes_self

# (question, named jobs, background jobs, intent, origin)
Case = tuple[str, list[str], list[str], Intent | None, str | None]
CASES: list[Case] = [
    (
        "I'm a registered nurse. What would I need to become a physician assistant?",
        ["Physician Assistants"],
        ["Registered Nurses"],
        Intent.GAP,
        "Registered Nurses",
    ),
    (
        "I work as a paralegal. What would it take to become a lawyer?",
        ["Lawyers"],
        ["Paralegals and Legal Assistants"],
        Intent.GAP,
        "Paralegals and Legal Assistants",
    ),
    ("I'm a line cook at a busy restaurant. What am I missing to step up to head chef?", [], [], Intent.GAP, None),
    (
        "how do I get from electrician to electrical engineer?",
        ["Electricians", "Electrical Engineers"],
        [],
        Intent.PATH,
        "Electricians",
    ),
    (
        "is there a route from dental assistant to dental hygienist?",
        ["Dental Assistants", "Dental Hygienists"],
        [],
        Intent.PATH,
        "Dental Assistants",
    ),
    ("I love animals and I'm good at science. Which careers would suit me?", [], [], Intent.MATCH, None),
    ("I like drawing and I enjoy music. What jobs would fit me?", [], [], Intent.MATCH, None),
    ("動物が好きで体力には自信があります。どんな仕事が向いていますか？", [], [], Intent.MATCH, None),
    # from the third blind guidance tuning set (tests/eval/guidance_tune3.jsonl)
    (
        "Pharmacy tech -> pharmacist: how big is the jump, really?",
        ["Pharmacy Technicians", "Pharmacists"],
        [],
        Intent.GAP,
        "Pharmacy Technicians",
    ),
    (
        "歯科助手から歯科衛生士にステップアップしたいです。何が足りないでしょうか。",
        ["歯科助手", "歯科衛生士"],
        [],
        Intent.GAP,
        "歯科助手",
    ),
    (
        "Map out a route for me: janitor now, licensed practical nurse eventually.",
        [
            "Janitors and Cleaners, Except Maids and Housekeeping Cleaners",
            "Licensed Practical and Licensed Vocational Nurses",
        ],
        [],
        Intent.PATH,
        "Janitors and Cleaners, Except Maids and Housekeeping Cleaners",
    ),
    (
        "ベビーシッターから小学校の先生へ。間にどんな仕事を経由できますか？",
        ["ベビーシッター", "小学校教員"],
        [],
        Intent.PATH,
        "ベビーシッター",
    ),
    (
        "Honestly I just like driving. Long road trips, night drives. I don't mind being on my own for hours.",
        [],
        [],
        Intent.MATCH,
        None,
    ),
    (
        "Little ones just seem to like me and I never run out of patience with them. I'd happily go to college. Ideas?",
        [],
        [],
        Intent.MATCH,
        None,
    ),
    (
        "外で土や植物をさわっていたい。実家の畑を手伝うのが好きで、野菜や花を育てるのが楽しい。",
        [],
        [],
        Intent.MATCH,
        None,
    ),
    # plain questions about a job are no advice
    ("how do I become a nurse?", ["Registered Nurses"], [], None, None),
    ("what do electricians do?", ["Electricians"], [], None, None),
    ("what skills does a nurse need?", ["Registered Nurses"], [], None, None),
    ("compare nurses and electricians", ["Registered Nurses", "Electricians"], [], None, None),
    ("看護師になるにはどんな資格が必要？", ["看護師"], [], None, None),
    # self-descriptions jotted down without a question or an "I"
    ("good with my hands, love fixing engines - cars, motorbikes, anything with a motor", [], [], Intent.MATCH, None),
    ("Very organised person. I like numbers, spreadsheets and keeping records tidy.", [], [], Intent.MATCH, None),
    ("I love being outdoors and working with plants and trees. Definitely not a desk job.", [], [], Intent.MATCH, None),
    ("車やバイクをいじるのが昔から好きです。工業高校の機械科を出ました。", [], [], Intent.MATCH, None),
    ("人と話すのが大好きで、ノルマがあっても成果で評価されたいタイプです。", [], [], Intent.MATCH, None),
    ("動物が好きなんですが、獣医になるにはどうすればいいですか？", ["獣医師"], [], None, None),  # one job asked of
    ("料理が好きです。調理師の仕事内容は？", ["調理師"], [], None, None),
    # the person's job named first, the one wanted after "become"/"move up to", a gap asked
    (
        "Bank teller for 4 years - what would I need to move up to loan officer?",
        ["Tellers", "Loan Officers"],
        [],
        Intent.GAP,
        "Tellers",
    ),
    (
        "Dental assistant wanting to become a hygienist: what's the gap?",
        ["Dental Assistants", "Dental Hygienists"],
        [],
        Intent.GAP,
        "Dental Assistants",
    ),
    (
        "歯科助手から歯科衛生士に転職したいです。足りないスキルを教えてください。",
        ["歯科助手", "歯科衛生士"],
        [],
        Intent.GAP,
        "歯科助手",
    ),  # a route's words, but the last sentence asks what is missing
    (
        "今は一般事務やってるんだけど、経理事務に移りたい。何が足りない？",
        ["一般事務", "経理事務"],
        [],
        Intent.GAP,
        "一般事務",
    ),
    (
        "I work on the IT help desk. I want to get into cybersecurity. What do I need that I don't have yet?",
        [],
        [],
        Intent.GAP,
        None,
    ),
    (
        "歯医者さんで助手をしています。歯科衛生士との違いと、なるために必要なことを教えてください。",
        ["歯科衛生士"],
        ["歯科助手"],
        Intent.GAP,
        "歯科助手",
    ),
    # routes asked for in other words
    (
        "Waitress for 6 years, and I want to become a registered nurse. What steps in between make sense?",
        ["Waiters and Waitresses", "Registered Nurses"],
        [],
        Intent.PATH,
        "Waiters and Waitresses",
    ),
    (
        "I'm a construction laborer. I want to be a construction manager. How do I get there from here?",
        ["Construction Managers"],
        ["Construction Laborers"],
        Intent.PATH,
        "Construction Laborers",
    ),
    (
        "retail sales associate -> HR manager. what's the route?",
        ["Retail Salespersons", "Human Resources Managers"],
        [],
        Intent.PATH,
        "Retail Salespersons",
    ),
    # asking for jobs in other words
    ("I draw all day. Are there actual jobs where drawing is the main thing?", [], [], Intent.MATCH, None),
    ("Biology graduate. Is there a job where I get to be outside and use this degree?", [], [], Intent.MATCH, None),
    (
        "英語が得意です。英語を活かせる仕事に就きたいのですが、どのような職種が考えられますか。",
        [],
        [],
        Intent.MATCH,
        None,
    ),
    ("料理が好きで、いつか自分の店を持ちたい。高卒だけど、どういう道がある？", [], [], Intent.MATCH, None),
    ("is there a job where you fly helicopters?", [], [], None, None),  # one job described, not advice
    # from the sixth and seventh blind guidance tuning sets: other words, the same shapes
    # asked for jobs last, whatever jobs were named before (a job done, a job not wanted)
    (
        "Waiter for 5 years. I'm fast and good with people but I don't want a sales job. What should I go for?",
        ["Sales and Related Workers, All Other"],
        ["Waiters and Waitresses"],
        Intent.MATCH,
        None,
    ),
    ("工業高校の2年です。機械いじりが好き。どんな仕事が向いてますか？", ["専門学校教員"], [], Intent.MATCH, None),
    # from the fourteenth blind guidance tuning set: a gap asked as where one falls short, as a ギャップ, or as
    # the skills or education one would need
    (
        "I schedule patients at a clinic. If I wanted to switch to being a medical records specialist, where would "
        "I fall short?",
        ["Medical Records Specialists"],
        ["Medical Secretaries and Administrative Assistants"],
        Intent.GAP,
        "Medical Secretaries and Administrative Assistants",
    ),
    (
        "調理師として働いています。栄養士になりたいんですが、ギャップはどこにありますか？",
        ["調理師", "栄養士"],
        [],
        Intent.GAP,
        "調理師",
    ),
    (
        "I'm a cashier and I'd like to become a bookkeeper. What skills or training would I need to pick up?",
        ["Cashiers", "Bookkeeping, Accounting, and Auditing Clerks"],
        [],
        Intent.GAP,
        "Cashiers",
    ),
    # a route asked as how to make the move
    (
        "I'm a cashier now and I'd like to end up a bookkeeper. How would I make that move?",
        ["Cashiers", "Bookkeeping, Accounting, and Auditing Clerks"],
        [],
        Intent.PATH,
        "Cashiers",
    ),
    # from the fourteenth blind guidance tuning set: where to aim, where this could go
    (
        "Staff accountant for eight years. I like being the one who makes the call on budgets and I want a team "
        "under me. What should I be aiming for?",
        ["Accountants and Auditors"],
        [],
        Intent.MATCH,
        None,
    ),
    (
        "I did a history BA and I love research and old documents, not sales. Where could this go career-wise?",
        [],
        [],
        Intent.MATCH,
        None,
    ),
    # a gap asked as a difference in requirements, or as what the person does not have yet
    (
        "I'm a pharmacy aide. How different are the requirements if I want to become a pharmacy technician?",
        ["Pharmacy Technicians"],
        [],
        Intent.GAP,
        None,
    ),
    (
        "Roofer with 10 years on the job. Thinking about estimating instead. What would I need that I probably "
        "don't have yet?",
        ["Roofers"],
        [],
        Intent.GAP,
        None,
    ),
    (
        "I'm a bank teller and I'd like to be a loan officer. What's different about what they need compared with "
        "what I already have?",
        ["Tellers", "Loan Officers"],
        [],
        Intent.GAP,
        None,  # placed from the own words ("bank teller") by Retriever.understand
    ),
    (
        "CNA for 3 years. What's required to go from nursing assistant to LPN?",
        ["Nursing Assistants"],
        [],
        Intent.GAP,
        None,
    ),
    (
        "一般事務から行政書士に転身したいです。求められるものはどれくらい違いますか？",
        ["一般事務"],
        [],
        Intent.GAP,
        None,  # placed from the own words by Retriever.understand
    ),
    # a route asked as steps, a first move or a way (道のり)
    (
        "I'm a vet assistant. What would a step-by-step route to zoologist look like?",
        ["Zoologists"],
        [],
        Intent.PATH,
        None,
    ),
    (
        "Stocker at a warehouse. I want to end up a logistician. What move should I make first?",
        ["Logisticians"],
        [],
        Intent.PATH,
        None,
    ),
    # from the eighth blind guidance tuning set: steps that get me into, a career to build, ways there are
    (
        "I work as a bank teller. What steps could take me to a loan officer job?",
        ["Loan Officers"],
        ["Tellers"],
        Intent.PATH,
        "Tellers",
    ),
    ("調理師から料理長になるには、どんなキャリアを歩めばいいですか？", ["料理長"], ["調理師"], Intent.PATH, "調理師"),
    (
        "保育士として働いています。園長になりたいのですが、どんな道がありますか？",
        ["園長"],
        ["保育士"],
        Intent.PATH,
        "保育士",
    ),
    # the person's own job's related jobs: no gap to nowhere
    (
        "I'm a welder. What similar jobs could I switch to?",
        ["Welders, Cutters, Solderers, and Brazers"],
        [],
        None,
        None,
    ),
    ("I'm a bank teller. What related jobs could I move into?", ["Tellers"], [], None, None),
    # tenth session: more ways to ask for jobs, a route or a gap (other words than guidance_tune10's)
    (
        "Physics undergrad, love lab work and coding, happy to do a PhD. Where might I end up?",
        [],
        [],
        Intent.MATCH,
        None,
    ),
    ("I repair old radios and tinker with amplifiers on weekends. Which careers use that?", [], [], Intent.MATCH, None),
    ("Grew up on a ranch, love horses. any jobs where I'd be outdoors with animals?", [], [], Intent.MATCH, None),
    (
        "Bookworm. I could read for hours. A quiet job cataloguing old manuscripts sounds perfect.",
        [],
        [],
        Intent.MATCH,
        None,
    ),
    ("手先が器用で、細かい作業が好きです。ずっと続けられる仕事がいいです。", [], [], Intent.MATCH, None),
    ("福祉を勉強しています。困っているお年寄りの暮らしを支える手助けがしたいです。", [], [], Intent.MATCH, None),
    (
        "Cashier at a grocery store. Goal: store manager someday. Which roles should I go through on the way?",
        ["General and Operations Managers"],
        [],
        Intent.PATH,
        None,
    ),
    (
        "I'm a pharmacy technician and would love to be a pharmacist one day. Can you map out the steps?",
        ["Pharmacists"],
        ["Pharmacy Technicians"],
        Intent.PATH,
        "Pharmacy Technicians",
    ),
    (
        "一般事務を5年やっています。経理に進むにはどうしたらいいですか？",
        ["経理事務"],
        ["一般事務"],
        Intent.PATH,
        "一般事務",
    ),
    (
        "I'm a dental assistant and I want to become a dental hygienist. Same office, so what's actually different?",
        ["Dental Assistants", "Dental Hygienists"],
        [],
        Intent.GAP,
        "Dental Assistants",
    ),
    # what the person will study says they are weighing careers
    (
        "tinkering with old radios since i was 12. want to repair electronics for a living. trade school is fine",
        [],
        [],
        Intent.MATCH,
        None,
    ),
    (
        "running every morning, coaching my sister's team. want a career in sport, open to university",
        [],
        [],
        Intent.MATCH,
        None,
    ),
    ("I just want to be outside all day. Nobody watching over me. No degree.", [], [], Intent.MATCH, None),
    (
        "料理を作るのが好きで、専門学校に通ってもいいと思っています。食べ物に関わる仕事ってどんなのがありますか？",
        [],
        [],
        Intent.MATCH,
        None,
    ),
    ("手芸が好きで、それを仕事にしたいです。", [], [], Intent.MATCH, None),
    (
        "歯医者さんにお世話になりました。人の健康を支える仕事に就きたいです。大学に4年通うのはOKです。",
        [],
        [],
        Intent.MATCH,
        None,
    ),
    ("中学の授業でロボットを作ったのが楽しかった。工場でものづくりがしたいです。", [], [], Intent.MATCH, None),
    ("鳥を撮る仕事がしたい。必要な資格ってある？", [], [], None, None),  # the way into the one job wished for
    (
        "Journeyman plumber, mostly new builds. I keep thinking about becoming an inspector. How far off am I?",
        ["Construction and Building Inspectors"],
        ["Plumbers, Pipefitters, and Steamfitters"],
        Intent.GAP,
        "Plumbers, Pipefitters, and Steamfitters",
    ),
    (
        "病院で看護助手をしています。看護師として働きたいのですが、何をすればいいですか？",
        ["看護師"],
        ["看護助手"],
        Intent.GAP,
        "看護助手",
    ),
    (
        "I'm stocking shelves at a grocery store. How could I eventually become a store manager?",
        ["General and Operations Managers"],
        [],
        Intent.PATH,
        None,
    ),
]


# What the person does said in their own words (tune23, guidance_tune12 shapes in other words): "my job is …", a
# sentence opening where they work, "Apprentice here - I …", Japanese "…をしてます"; "go from where I am to X" and
# "what path would that be?" ask for a route; self-descriptions without "I like" ask for suggestions.
CASES += [
    (
        "My job is answering phones and booking appointments at a clinic. I'd love to be the one who codes the "
        "medical records. How far am I from that?",
        [],
        [],
        Intent.GAP,
        None,
    ),
    (
        "At the warehouse I drive a forklift and load trucks. Thinking about becoming a logistician - what would I "
        "need that I don't have yet?",
        ["Logisticians"],
        [],
        Intent.GAP,
        None,
    ),
    ("工場で部品の検査をしてます。品質管理の仕事がしたい。何が足りない？", [], [], Intent.GAP, None),
    ("I'm a line cook. How do people usually go from where I am to executive chef?", [], [], Intent.PATH, None),
    (
        "I'm a file clerk. I'd like to be the one who runs the office someday. What path would that be?",
        [],
        [],
        Intent.PATH,
        None,
    ),
    ("コールセンターで電話を受けてます。将来はSVになりたい。どういうステップで進む？", [], [], Intent.PATH, None),
    (
        "Only finished high school. I don't mind long hours on my feet and I loved my summer job at a bakery.",
        [],
        [],
        Intent.MATCH,
        None,
    ),
    ("パズルを解くのが楽しい。数学系の大学に進む予定。", [], [], Intent.MATCH, None),
    ("I'm thinking about becoming a welder", ["Welders, Cutters, Solderers, and Brazers"], [], None, None),
    # the thirteenth session's tuning sets: asked outright for suggestions whatever jobs the words name; a route
    # asked from the person's own job; "what is different from me now" asks for the gap
    (
        "Ten years as a bank teller and I mostly like the paperwork. What suits me?",
        ["Tellers"],
        [],
        Intent.MATCH,
        None,
    ),
    ("数学が得意で、人前で話すのは苦手です。どういう仕事を目指せばいいですか？", [], [], Intent.MATCH, None),
    ("I'm a receptionist at a clinic. How would I get to be a medical records specialist?", [], [], Intent.PATH, None),
    ("how long does it take to get to be a pilot?", ["Airline Pilots, Copilots, and Flight Engineers"], [], None, None),
    (
        "看護師になって3年です。いつか保健師になりたいけど、今の自分と何が違うんだろう？",
        ["看護師", "保健師"],
        ["看護師"],
        Intent.GAP,
        "看護師",
    ),
    ("家具職人になりたいです。専門学校は行ったほうがいいですか", [], [], None, None),  # one job's way in
    ("長距離トラックで働く人の働き方を見たい", [], [], None, None),  # wants to see a page, not suggestions
    # the sixty-fourth session's tuning sets: a gap asked in kana, by what to work on, or against the person's own job
    (
        "I work as a cargo agent at an airport freight terminal. I'm thinking about becoming a licensed customs "
        "broker. Compared with my current job, what does that role demand more of?",
        [],
        [],
        Intent.GAP,
        None,
    ),
    (
        "倉庫で仕分けの作業をしています。紙箱を作る工場で働いてみたいのですが、倉庫の仕事と比べて何ができるようになればいいですか。",
        [],
        [],
        Intent.GAP,
        None,
    ),
    ("宅配のドライバーしてます。トレーラーの運転手になりたい。何がたりない？", [], [], Intent.GAP, None),
    (
        "I climb and repair wind turbines for a living. I'd like to move into managing the operations of a whole wind "
        "farm. What should I work on?",
        [],
        [],
        Intent.GAP,
        None,
    ),
]


@pytest.mark.parametrize(("text", "named", "background", "intent", "origin"), CASES, ids=[c[0] for c in CASES])
def test_advice_intent(text: str, named: list[str], background: list[str], intent: Intent | None, origin: str | None):
    assert advice_intent(text, named, background, own_words(text), target_words(text)) == (intent, origin)


def test_a_job_to_go_to_is_needed_for_a_path() -> None:
    # a path question that names only the person's own job has nowhere to go
    text = "what is the path from electrician?"
    assert advice_intent(text, [], ["Electricians"], own_words(text), None) == (None, None)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("I'm a line cook at a busy restaurant", "line cook"),
        ("I'm a registered nurse. What would I need to become a physician assistant?", "registered nurse"),
        ("I work as a paralegal", "paralegal"),
        ("After 10 years as a welder, what would it take to become an inspector?", "welder"),
        ("how do I get from electrician to electrical engineer?", "electrician"),
        ("看護師として働いています。保健師になりたい", "看護師"),
        ("I've been a roofer for eight years and my knees are done.", "roofer"),
        ("Long-haul truck driver here. How do I get into dispatching?", "long-haul truck driver"),
        ("How can a graphic designer move into marketing management?", "graphic designer"),
        ("I'm a teacher's aide at a primary school. What's missing to become a teacher?", "teacher's aide"),
        ("Carpenter, 15 years. My knees are going.", "carpenter"),
        ("Bus driver, twelve years in. What would it take to become a dispatcher?", "bus driver"),
        ("Assembly line worker at a factory. I'd like to end up as a web developer.", "assembly line worker"),
        ("ガソリンスタンドでバイトしてるんだけど、自動車検査員になりたい", "ガソリンスタンド"),
        ("スーパーで品出しとかレジとかやってる。いつか店長になりたい", "スーパーで品出しとかレジ"),
        ("Carpenter with 15 years in residential construction.", "carpenter"),
        ("CNA in a nursing home. What's required to go from nursing assistant to LPN?", "nursing assistant"),
        ("中小企業で一般事務を10年やっています。", "一般事務"),
        ("鉄道会社に入って駅員をしています。", "駅員"),
        ("病院で看護助手として3年働いています。", "看護助手"),
        ("介護施設で介護職をして8年目です。", "介護職"),
        ("How does someone climb the ladder to become a school principal?", None),  # someone: nobody's job
        ("tell me about the nurse at a hospital.", None),  # a request, not the person's job
        ("I'm a big fan of animals", None),  # words about the person, not a job
        ("I'm a patient listener", None),
        ("what do electricians do?", None),
        ("I'm washing cars at a dealership right now.", "washing cars"),  # what they do, placed by the pages
        ("I work as a clerk at a hardware store.", "clerk at hardware store"),  # one role word: where, too
        ("I work at a hospital. What's the path up to administrator?", None),  # where, not what: no job
        ("I'm thinking about becoming a surveyor", None),  # what they may do, not what they do
        ("My job is answering phones at a clinic.", "answering phones at a clinic"),
        ("At the warehouse I drive a forklift and load trucks.", "drive a forklift and load trucks"),
        ("Licensed journeyman here - I wire houses and fix panels.", "wire houses and fix panels"),  # trade: in it
        ("コールセンターで電話を受けてます。", "コールセンターで電話を受け"),
        ("I wash dishes. How do people usually go from where I am to head chef?", "wash dishes"),
        ("I'm 19 and stock shelves at a supermarket. Can I work up to manager?", "stock shelves at a supermarket"),
        ("Former bank teller, laid off in March. What would I need to be a loan officer?", "bank teller"),
        ("大工として15年やってきました。設計の仕事に移りたい", "大工"),  # the job opened with, as theirs
        ("町の工場で溶接をしてます。大きい造船所で働いてみたい", "町の工場で溶接"),  # not the wished-for place
        ("Been hauling freight cross-country for years. Thinking about dispatch.", "hauling freight cross-country"),
        ("Cashier at a grocery store, i ring up orders all day.", "cashier at grocery store"),  # ", i …": theirs
        # the sixty-fourth session's shapes (guidance_tune126): a job name done, a job opening the text before "for"
        ("宅配のドライバーしてます。トレーラーの運転手になりたい。", "宅配のドライバー"),
        ("A&P mechanic at a regional airline. I'd like to become an aviation inspector.", "a&p mechanic"),
        (
            "I do custodial work at a school. The maintenance guy there fixes everything from leaky faucets to broken "
            "heaters and I'd like to do his job.",
            "do custodial work at a school",
        ),
        (
            "Outside sales rep for a food distributor, top of my region. I'm being considered for team lead.",
            "outside sales rep",
        ),
    ],
)
def test_own_words(text: str, own: str | None) -> None:
    assert own_words(text) == own


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("I'm a line cook at a busy restaurant. What am I missing to step up to head chef?", "head chef"),
        ("I'm a registered nurse. What would I need to become a physician assistant?", "physician assistant"),
        ("how do I get from electrician to electrical engineer?", "electrical engineer"),
        ("After 10 years as a welder, what would it take to become an inspector?", "inspector"),
        ("看護師として働いています。保健師になりたい", "保健師"),
        ("最終的には整備工場で自動車検査員として働きたいです。", "自動車検査員"),
        ("社労士に興味があるのですが、今の仕事から目指すとしたら何が足りませんか。", "社労士"),
        ("what do electricians do?", None),
        ("I'm a big fan of animals", None),
        ("いつかはバスを運転したいです", "バス"),  # the vehicle for its driver, placed by the pages
        ("現場監督の仕事にステップアップしたい", "現場監督の仕事"),
        ("I'd love to be the person who actually runs and protects the database.", "runs and protects the database"),
        ("I run small reading groups. I want my own class someday as the actual teacher.", "teacher"),
        (
            "I'm the one who always trains the new hires. I'm thinking about teaching welding at a college.",
            "teaching welding",
        ),
        ("I think I could be one of the auditors they bring in every year.", "auditors"),
        ("I'd like to be the guy who runs the crane.", "runs the crane"),
        ("I'm the one who fixes everyone's laptop at work.", None),  # the person now, not a job wanted
        ("I'm always the one who fixes the printer. I'd like to become a network admin.", "network admin"),
        ("What would I need to work on if I switched?", None),
        ("I fix forklifts now. What skills would I need to work on before I apply?", None),  # no job: "work on"
        # a pronoun: the workers said before it
        (
            "The line mechanics always get called when it breaks and I'd like to join them. What's missing?",
            "line mechanics",
        ),
        (
            "I sort mail. The carrier folks walk routes all day. What would I need to become one of them?",
            "carrier workers",
        ),
        ("I keep thinking about going back to school for electrical engineering.", "electrical engineering"),
        ("What would I have to add on top of what I already know?", None),
        ("自分でロゴのデザインをする側に回りたいです", "ロゴのデザインをする"),
        ("いずれ自分の店を経営したいと思ってます", "いずれ自分の店を経営"),
        ("もっと大きい船、タンカーとかで働いてみたい", "タンカーとか"),
        # a job said by its work, whole: not cut at its first 、 or に, nor with the reason given before it
        (
            "夜勤がつらくなってきたので、看護や薬の知識を生かしながら、医師や病院、会社の間に立って説明したり調整"
            "したりする仕事に移りたいです。",
            "看護や薬の知識を生かしながら、医師や病院、会社の間に立って説明したり調整したりする仕事",
        ),
        ("I've become the guy everyone on the line comes to when the schedule falls apart.", None),  # what they are
        ("将来は社会保険労務士として企業の相談に乗りたいです。", "社会保険労務士"),  # as X, any wish: X is wanted
        # the sixty-fourth session's shapes (guidance_tune126, 127): kana for kanji, more verbs of moving, a preference,
        # an opening or a post applied for, a bare worker word and what that worker does
        ("車の板金とか塗装の仕事にうつりたいんだけど、何が足りない？", "車の板金とか塗装の仕事"),
        ("自分でデザインする側にまわりたいのですが", "デザインする"),
        ("タイル張りの職人に転向したいのですが", "タイル張りの職人"),
        ("障害のある方の生活支援や就労支援の仕事にかわりたい", "障害のある方の生活支援や就労支援"),
        ("いつかは本部のスーパーバイザーになって、いろんな店を見る仕事がしたい。", "本部のスーパーバイザー"),
        ("Honestly I'd rather be behind the camera doing portraits and events.", "behind the camera doing portraits"),
        ("I'm being considered for sales team lead. What am I missing?", "sales team lead"),
        (
            "There's an opening in our collections department, calling people about overdue accounts.",
            "collections department, calling people about overdue accounts",
        ),
        (
            "The company wants me to step up and be the site foreman running the crews.",
            "site foreman running the crews",
        ),
        (
            "I'm thinking about becoming an engineer who designs the farm equipment.",
            "engineer who designs the farm equipment",
        ),
        ("I'd like to step up to being the assistant for a top executive.", "assistant for a top executive"),
        # what others were just told doing, pointed back at by the wish (guidance_tune128-130); a "from … to …" inside
        # it is no move of the person's
        (
            "The rodbusters on our jobs make good money tying rebar. What would I have to learn to do that?",
            "the rodbusters on our jobs make good money tying rebar",
        ),
        (
            "I do custodial work at a school. The maintenance guy there fixes everything from leaky faucets to broken "
            "heaters and I'd like to do his job.",
            "the maintenance guy there fixes everything from leaky faucets to broken heaters",
        ),
    ],
)
def test_target_words(text: str, wanted: str | None) -> None:
    assert target_words(text) == wanted


@pytest.mark.parametrize(
    ("text", "describes"),
    [
        ("国連みたいな国際機関で働くにはどうしたらいいですか。", False),  # みたい: "like", no wish
        ("動物と関わる仕事をしてみたいです", True),  # てみたい: a wish
    ],
)
def test_a_japanese_wish_is_not_read_from_like(text: str, describes: bool) -> None:
    assert describes_self(text, names_jobs=False) is describes
