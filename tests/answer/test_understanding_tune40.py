"""Questions like those the fortieth blind tuning set found misread: the same shapes in other words.

Answered: "which of the 2" compares the two jobs in focus; "anything more?" asks for more of the same; "どういう能力を
持った人" and "どういうタイプの人が向いてる" ask of the job in focus (no job described, no job named "タイプ");
"…スキルって、…以外に何がありますか" asks for skills, not the work; "正社員とパートどっちが多い" after "最初の…" asks of
the first job's employment, no comparison of jobs; an alias said short for another page's own title ("customer
service reps") and a generic alias said with its setting just before ("a hotel as the general manager") name the
page they say; "packaging and filing machine" (a word between a name's two words) and "similiar" (a rare spelling of
a common question word) are corrected; 一人前になるまで, 派遣や契約, どこの機関, 体を使う作業, 時間を使ってる, 道筋 and
"neighboring careers" and "…が好きな人に合ってますか" point at their sections; abilities asked beside 体力 lead with the
Abilities table; "レンタカーのお店のスタッフ" is the page titled so; a job ruled out (", not a counselor") is no job
asked of; the related jobs asked with a reason after them ("in case I don't want to…") are the focus's. Advice: a
standing ("28歳の会社員") is no job to start a route from; the own job said in full ("a customs and border protection
officer") is not cut to its first word; "data entry all day for a logistics company" is data entry keying, not the
company's field; pages that list no related jobs are joined through the job closest to both; a rank said alone
("captain", "crew supervisor") is found again in the person's own field. Declined (from the forty-first set): the
person's own body, age, grades, standing and choices, something to write, a storm tonight, pay compared ("make more
than"), an exam's marks last year, which shop would take them on.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from tests.answer.test_understanding import Example, Refused, check_case, check_gap, check_route, mixed_cases

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (  # "which of the 2": the two jobs in focus
        ["what do dental hygienists do?", "what about pharmacy technicians?"],
        "which of the 2 needs more schooling?",
        ["Dental Hygienists", "Pharmacy Technicians"],
        ["Education", "Job Zone"],
        True,
    ),
    (  # "anything more?": more of the job in focus, not a refusal
        ["what does a glazier do?"],
        "anything more? sounds interesting",
        ["Glaziers"],
        ["Tasks", "Description"],
        False,
    ),
    (  # "能力を持った人": a person's quality asked of the job in focus, no job described
        ["保育士って何をするの？"],
        "向いてるのはどういう能力を持った人ですか？",
        ["保育士"],
        ["Abilities", "Aptitudes (Strengths Preferred)", "Interests"],
        False,
    ),
    (  # "どういうタイプの人が向いてる": no job named "タイプ"
        ["保育士って何をするの？"],
        "どういう興味のタイプの人が向いてますか？",
        ["保育士"],
        ["Interests"],
        False,
    ),
    (  # "…以外に何がありますか" after "必要なスキル": more skills, not the work
        [],
        "美容師に必要なスキルって、ハサミの技術以外に何がありますか",
        ["美容師"],
        ["Required Skills"],
        False,
    ),
    (  # "最初の…" then two ways of working compared: the first job's employment, no comparison of jobs
        ["書店員って何をするの？", "路線バスの運転士は？"],
        "最初の本屋さんのほう、雇われて働く人と自営の人どっちが多い？",
        ["書店員"],
        ["Employment Type"],
        False,
    ),
    (  # an alias said short ("rep") for another page's own title
        [],
        "what kind of education do customer service reps usually have?",
        ["Customer Service Representatives"],
        ["Education", "Job Zone"],
        False,
    ),
    (  # a generic alias with its setting said just before it
        [],
        "I'd love to run a hotel someday as the general manager. What does that job involve?",
        ["Lodging Managers"],
        ["Tasks", "Description"],
        False,
    ),
    (  # a common word typed between a name's two words ("filing" for "filling")
        [],
        "what skills does a packaging and filing machine operator need",
        ["Packaging and Filling Machine Operators and Tenders"],
        ["Required Skills"],
        False,
    ),
    (  # "similiar": a rare spelling of a common question word
        [],
        "careers similiar to a dental hygienist?",
        ["Dental Hygienists"],
        ["Related Jobs"],
        False,
    ),
    (  # "neighboring careers": the related jobs
        [],
        "If being a court reporter doesn't work out, what neighboring careers could I look at?",
        ["Court Reporters and Simultaneous Captioners"],
        ["Related Jobs"],
        False,
    ),
    (  # 一人前になるまで: the training after entry, for both jobs compared
        ["大工になるには？", "左官は？"],
        "比べると、一人前になるまで時間がかかりそうなのはどっち？",
        ["大工", "左官"],
        ["Training After Entry"],
        True,
    ),
    (  # 派遣や契約: Employment Type
        [],
        "Webサービス開発のシステムエンジニアって、派遣や契約社員で働く人も多いですか",
        ["システムエンジニア（Webサービス開発）"],
        ["Employment Type"],
        False,
    ),
    (  # どこの機関: Related Organizations
        [],
        "社会保険労務士について調べたいとき、どこの機関を見ればいいですか",
        ["社会保険労務士"],
        ["Related Organizations"],
        False,
    ),
    (  # 体を使う作業と頭を使う作業: Work Activities
        [],
        "パン職人の仕事って、体を使う作業と頭を使う作業、どっちが多い？",
        ["パン製造、パン職人"],
        ["Work Activities"],
        False,
    ),
    (  # the staff of a shop of something: the page titled so
        ["測量士って正社員が多いんですか？"],
        "じゃあレンタカーのお店のスタッフは？",
        ["レンタカー店舗スタッフ"],
        ["Employment Type"],
        False,
    ),
    (  # a job ruled out ("not a therapist") is no job asked of
        [],
        "What does the doctor who treats bipolar disorder with medication, not a counselor, do all day?",
        ["Psychiatrists"],
        ["Tasks", "Description"],
        False,
    ),
    (  # the related jobs of the one in focus, whatever the reason said after them ("in case I … want to …")
        ["what other names do firefighters go by?"],
        "and what careers are related, in case I don't want to run into fires forever?",
        ["Firefighters"],
        ["Related Jobs"],
        False,
    ),
    (  # a standing ("会社員") is no job to start a route from: the way in
        [],
        "28歳の会社員です。中学校の先生に転職したいんですが、どういう道筋になりますか",
        ["中学校教員"],
        ["Career Path", "Education", "Related Qualifications"],
        False,
    ),
    (  # "…が好きな人に合ってますか": the interests the job suits
        [],
        "弁護士は議論するのが好きな人に合ってますか？",
        ["弁護士"],
        ["Interests"],
        False,
    ),
    (  # abilities asked beside 体力: the Abilities table first
        [],
        "消防官には体力とか判断力とか、どういう能力が求められますか",
        ["消防官"],
        ["Abilities"],
        False,
    ),
]


REFUSED: list[Refused] = [  # the person's own body, age, standing and choices; something to write; a storm tonight
    ([], "Warehouse lead here. I've had numbness in my fingers after long shifts, should I get it checked?"),
    ([], "I'm 52 and want to retrain as a nurse. Am I too old for that?"),
    ([], "I work nights at a hotel front desk. Is that why I'm so anxious lately?"),
    ([], "I run a team of cashiers. Write a warning letter for one who is always late."),
    ([], "Bus driver in Denver here, is it supposed to snow tonight?"),
    ([], "Do dentists make more than pharmacists?"),
    ([], "保育士をしていますが、最近腰が痛くて。このまま続けても大丈夫でしょうか"),
    ([], "調理師と製菓衛生師、私ならどっちを取ったほうがいいと思いますか"),
    ([], "副業で動画編集をしたいんですが、会社にバレないようにする方法はありますか"),
    ([], "金沢で和菓子の修行をしたいです。どのお店なら雇ってもらえますか"),
    ([], "社会保険労務士の試験、去年の合格点って何点でした？"),
]
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


GAPS = [  # (the request, the person's job, the job wanted)
    (  # a generic title said with its setting just before it
        "I've worked the front desk of a hotel for five years. I want to run a hotel as the general manager one day. "
        "What am I missing?",
        None,
        "Lodging Managers",
    ),
    (  # a rank said alone, found again in the person's own field: a fire captain
        "Firefighter for six years now. I'd like to make captain someday. What am I missing?",
        "Firefighters",
        "First-Line Supervisors of Firefighting and Prevention Workers",
    ),
    (  # the same of a crew's supervisor, for a groundskeeper ("ground crew supervisor"), not a farm's
        "I do the mowing and trimming on a landscaping crew. Someday I want to be a crew supervisor. What would I "
        "need to learn?",
        "Landscaping and Groundskeeping Workers",
        "First-Line Supervisors of Landscaping, Lawn Service, and Groundskeeping Workers",
    ),
]


@pytest.mark.parametrize(("request_text", "origin", "target"), GAPS)
def test_the_gap_target_is_read_in_the_persons_field(
    corpus_bot: Chatbot, request_text: str, origin: str | None, target: str
) -> None:
    check_gap(corpus_bot, request_text, origin, target)


ROUTES = [  # (the request, the person's job, the job wanted)
    (  # the own job said in full, not cut to "customs"
        "I've been a customs and border protection officer for years, checking cargo at an airport. I'd like to end "
        "up as a logistician. What steps would get me there?",
        "Customs and Border Protection Officers",
        "Logisticians",
    ),
    (  # pages that list no related jobs: through the job closest to both (a trainer of dogs to one of racehorses)
        "犬の訓練士として働いています。将来は競馬の調教師になりたいのですが、どういう順番でキャリアを積めばいいですか？",
        "犬訓練士",
        "調教師",
    ),
    (  # the work said with how long and for whom: data entry keying, not the company's field
        "I do data entry all day for a trucking company. I want to end up as a web developer. What jobs could I go "
        "through on the way?",
        "Data Entry Keyers",
        "Web Developers",
    ),
]


@pytest.mark.parametrize(("request_text", "origin", "target"), ROUTES)
def test_the_route_starts_from_the_job_said(corpus_bot: Chatbot, request_text: str, origin: str, target: str) -> None:
    check_route(corpus_bot, request_text, origin, target)
