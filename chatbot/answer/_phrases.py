"""The words around the quotes: English or Japanese connective text, chosen by the question's language."""

from __future__ import annotations

from chatbot.answer._roles import role
from chatbot.headings import Headings
from chatbot.models import Intent, Lang

# Section headings as Japanese readers read them, by heading key; English headings read as the heading itself.
HEADINGS_JA = {
    "industry": "業種・職種",
    "summary": "概要",
    "description": "仕事の内容",
    "tasks": "主な作業",
    "future_outlook": "今後の見通し",
    "personality_traits": "向いている性格",
    "work_style": "働き方",
    "career_path": "就業するには",
    "job_zone": "必要な準備の程度",
    "education": "学歴",
    "related_work_experience": "関連する職務経験",
    "on_site_training": "職場内訓練",
    "on_the_job_training": "実地訓練",
    "employment_type": "雇用形態",
    "experience_before_entry": "入職前の実務経験",
    "training_before_entry": "入職前の訓練期間",
    "training_after_entry": "入職後の訓練期間",
    "required_skills": "必要なスキル",
    "recommended_skills": "あると良いスキル",
    "technology_skills": "使われる技術・ソフトウェア",
    "knowledge": "知識",
    "abilities": "能力",
    "work_activities": "仕事の中での活動",
    "interests": "興味",
    "work_values": "仕事の価値観",
    "aptitudes_strengths": "求められる適性（強み）",
    "aptitudes_weaknesses": "苦手でもよい適性",
    "related_qualifications": "関連資格",
    "related_organizations": "関連団体",
    "reported_job_titles": "実際の職名",
    "aliases": "別名",
    "related_jobs": "関連する職業",
}

# What each intent asks, as a question about one job: the standalone question and the suggestions.
QUESTIONS: dict[Intent, dict[Lang, str]] = {
    Intent.BECOME: {"en": "How do I become {job}?", "ja": "{job}になるにはどうすればよいですか？"},
    Intent.WORK: {"en": "What does {job} do?", "ja": "{job}はどんな仕事ですか？"},
    Intent.SKILLS: {"en": "What skills does {job} need?", "ja": "{job}に必要なスキルは何ですか？"},
    Intent.QUALIFICATIONS: {"en": "What qualifications does {job} need?", "ja": "{job}に必要な資格は何ですか？"},
    Intent.OUTLOOK: {"en": "What is the outlook for {job}?", "ja": "{job}の今後の見通しはどうですか？"},
    Intent.PERSONALITY: {"en": "Who is suited to {job}?", "ja": "{job}に向いているのはどんな人ですか？"},
    Intent.WORK_STYLE: {"en": "What are the working conditions of {job}?", "ja": "{job}の働き方はどうですか？"},
    Intent.RELATED: {"en": "Which jobs are related to {job}?", "ja": "{job}に関連する職業は何ですか？"},
    Intent.COMPARE: {"en": "Compare {job} and {other}.", "ja": "{job}と{other}を比較してください。"},
    Intent.MATCH: {"en": "Which jobs suit me?", "ja": "私に向いている仕事は？"},
    Intent.GAP: {"en": "What would I need to move from {other} to {job}?", "ja": "{other}から{job}へ何が必要？"},
    Intent.PATH: {"en": "How do I get from {other} to {job}?", "ja": "{other}から{job}への道筋は？"},
}

# What each intent is about, as a noun phrase (for "the page does not cover ...").
TOPICS: dict[Intent, dict[Lang, str]] = {
    Intent.BECOME: {"en": "how to get into the job", "ja": "就業するための道筋"},
    Intent.WORK: {"en": "what the work involves", "ja": "仕事の内容"},
    Intent.SKILLS: {"en": "the skills needed", "ja": "必要なスキル"},
    Intent.QUALIFICATIONS: {"en": "qualifications", "ja": "資格"},
    Intent.OUTLOOK: {"en": "the outlook", "ja": "今後の見通し"},
    Intent.PERSONALITY: {"en": "personality or aptitudes", "ja": "向いている性格や適性"},
    Intent.WORK_STYLE: {"en": "working conditions", "ja": "働き方"},
    Intent.RELATED: {"en": "related jobs", "ja": "関連する職業"},
    Intent.COMPARE: {"en": "a comparison", "ja": "比較"},
    Intent.MATCH: {"en": "which jobs suit you", "ja": "向いている仕事"},
    Intent.GAP: {"en": "what you would be missing", "ja": "足りないもの"},
    Intent.PATH: {"en": "routes between jobs", "ja": "職業間の道筋"},
}

# English intros speak of the role ("an actuary") and name the page they quote ({job}: its title, in bold).
INTROS: dict[Intent | None, dict[Lang, str]] = {
    Intent.BECOME: {"en": "How to become {role}, from the {job} page:", "ja": "{job}になるには："},
    Intent.WORK: {"en": "What the work of {role} involves, from the {job} page:", "ja": "{job}の仕事内容："},
    Intent.SKILLS: {"en": "The skills {role} needs, from the {job} page:", "ja": "{job}に必要なスキル："},
    Intent.QUALIFICATIONS: {"en": "Qualifications for {role}, from the {job} page:", "ja": "{job}の資格："},
    Intent.OUTLOOK: {"en": "The outlook for {plural}, from the {job} page:", "ja": "{job}の今後の見通し："},
    Intent.PERSONALITY: {"en": "Who tends to suit work as {role}, from the {job} page:", "ja": "{job}に向いている人："},
    Intent.WORK_STYLE: {"en": "How {plural} work, from the {job} page:", "ja": "{job}の働き方："},
    Intent.RELATED: {"en": "Jobs related to {plural}, from the {job} page:", "ja": "{job}に関連する職業："},
    None: {"en": "What the {job} page says:", "ja": "{job}の職業ページより："},
}

PHRASES: dict[str, dict[Lang, str]] = {
    "items": {"en": "{label}: {items}{more} {cite}.", "ja": "{label}：{items}{more} {cite}。"},
    "more": {"en": " and {count} more", "ja": " ほか{count}件"},
    "steps": {"en": "{label}, step by step {cite}:", "ja": "{label}（順に）{cite}："},
    "rows": {"en": "{label} {cite}:", "ja": "{label} {cite}："},
    "prose": {"en": "{label}: {quote} {cite}", "ja": "{label}：{quote} {cite}"},
    "passages": {"en": "These passages match your question best:", "ja": "ご質問に最も近い記述は次のとおりです。"},
    "missing": {
        "en": "The page for {job} does not cover {topic}, so I cannot answer that from my sources.",
        "ja": "{job}の職業ページには{topic}の記載がないため、お答えできません。",
    },
    "no_mention": {
        "en": "The page for {job} does not mention that, so I cannot answer it from my sources.",
        "ja": "{job}の職業ページにはその記載がないため、お答えできません。",
    },
    "not_found": {
        "en": "I could not find this in my job pages, so I cannot answer it.",
        "ja": "職業ページにはこの質問に答える情報が見つからなかったため、お答えできません。",
    },
    "closest": {"en": "The closest jobs I do cover: {jobs}.", "ja": "近い職業としては{jobs}のページがあります。"},
    "small_talk": {
        "en": "I answer questions about the jobs in my pages, citing the page for every claim.",
        "ja": "職業ページに載っている仕事について、出典を示してお答えします。",
    },
    "try": {"en": "For example: {question}", "ja": "たとえば「{question}」と聞いてみてください。"},
    "unpaged": {
        "en": "I have no page for {name}, so I cannot describe it.",
        "ja": "{name}の職業ページはないため、説明できません。",
    },
    "listed": {
        "en": "It is listed as a job related to {job} {cite}.",
        "ja": "{job}の関連する職業として挙げられています {cite}。",
    },
    "unpaged_compare": {
        "en": "I have no page for {name}, so I cannot make that comparison.",
        "ja": "{name}の職業ページはないため、比較できません。",
    },
    "more_zone": {
        "en": "Most preparation, by the pages' job zones: {job} ({zone}), against {others}.",
        "ja": "必要な準備の程度（ジョブゾーン）では{job}が最も多く必要です：{zone}。ほかは{others}。",
    },
    "same_zone": {
        "en": "The same preparation, by the pages' job zones: {jobs} ({zones}).",
        "ja": "ジョブゾーンでは{jobs}に必要な準備の程度は同じです：{zones}。",
    },
    "which_job": {
        "en": "Which job do you mean? Name it and I will look it up, for example: {question}",
        "ja": "どの職業のことでしょうか？職業名を教えてください。たとえば「{question}」。",
    },
    "which_two": {
        "en": "Tell me which jobs to compare, for example: {question}",
        "ja": "比較する職業を教えてください。たとえば「{question}」。",
    },
    "side_by_side": {"en": "{jobs} side by side:", "ja": "{jobs}の比較："},
    "path_next": {
        "en": "After **{at}**, the next step on the page's career path is **{step}** {cite}.",
        "ja": "職業ページの経路では、**{at}**の次は**{step}**です {cite}。",
    },
    "path_before": {
        "en": "Before **{at}**, the step on the page's career path is **{step}** {cite}.",
        "ja": "職業ページの経路では、**{at}**の前は**{step}**です {cite}。",
    },
    "path_end": {
        "en": "The career path on the page for {job} ends at **{step}** {cite}; it names no step after it.",
        "ja": "{job}の職業ページの経路は**{step}**で終わっており、その先の段階は書かれていません {cite}。",
    },
    "path_start": {
        "en": "**{step}** is the first step of the career path on the page for {job} {cite}; it names none before it.",
        "ja": "**{step}**は{job}の職業ページの経路の最初の段階で、その前の段階は書かれていません {cite}。",
    },
    "guess": {"en": "It sounds like you mean {job}.", "ja": "{job}のことでしょうか。"},
    "pay": {
        "en": "The page for {job} does not cover pay or earnings, so I cannot answer that from my sources.",
        "ja": "{job}の職業ページには給与や収入の記載がないため、お答えできません。",
    },
    "no_figure": {
        "en": "The page for {job} gives no figure for that, so I cannot answer it from my sources.",
        "ja": "{job}の職業ページにはその数字の記載がないため、お答えできません。",
    },
    "pay_said": {
        "en": "What the page for {job} says of pay:",
        "ja": "{job}の職業ページには、給与について次のように書かれています。",
    },
    "demand_said": {
        "en": "No page lists openings; what the page for {job} says of the demand for the work:",
        "ja": "求人の数はどのページにも載っていません。"
        "{job}の職業ページには、仕事の需要について次のように書かれています。",
    },
    "pay_no_figure": {
        "en": "The page for {job} gives no figure for pay, so I cannot say how much; what it does say of pay:",
        "ja": "{job}の職業ページには金額の記載がないため、いくらかはお答えできません。"
        "給与について書かれているのは次の点です。",
    },
    "pay_none": {
        "en": "None of my job pages covers pay or earnings, so I cannot answer that from my sources.",
        "ja": "どの職業の給与かが分からないため、お答えできません。職業名を教えていただければ、"
        "その職業ページに給与の記載があればお伝えします。",
    },
    "openings": {
        "en": "My job pages describe jobs; they do not list job openings, vacancies or who is hiring where, so I "
        "cannot answer that from my sources.",
        "ja": "職業ページは仕事の内容を説明するもので、求人や募集の情報は載っていないため、お答えできません。",
    },
    "all_shown": {
        "en": "That is everything the page for {job} says on this; here is where it says it again:",
        "ja": "{job}の職業ページの記載は、先ほどお示ししたもので全部です。改めて示します：",
    },
    "employers": {
        "en": "My job pages describe jobs, not particular companies, employers or schools, so I cannot answer that "
        "from my sources.",
        "ja": "職業ページは仕事の内容を説明するもので、個々の会社や企業、学校の情報は載っていないため、"
        "お答えできません。",
    },
    "covers": {"en": "Its page does cover {topics}.", "ja": "ページには{topics}の記載があります。"},
    "off_topic": {
        "en": "That is outside what I can help with: I answer questions about jobs from my job pages, citing the page "
        "for every claim.",
        "ja": "その質問にはお答えできません。職業ページに載っている仕事について、出典を示してお答えします。",
    },
    "section": {"en": "Section", "ja": "項目"},
    "absent": {"en": "not on its page", "ja": "記載なし"},
    "llm_failed": {
        "en": "\n\n(The language model did not finish; here is the answer straight from the pages.)\n\n",
        "ja": "\n\n（言語モデルの応答が途切れたため、職業ページから直接お答えします。）\n\n",
    },
}


def say(key: str, lang: Lang, **values: object) -> str:
    """A phrase in the language with its blanks filled: say("closest", "en", jobs="A") -> "... cover: A."."""
    return PHRASES[key][lang].format(**values)


def heading_label(heading: str, lang: Lang, vocabulary: Headings) -> str:
    """A section heading as shown in an answer: "Career Path" -> "Career path" or "就業するには"."""
    if lang == "ja":
        return HEADINGS_JA.get(vocabulary.key_of(heading) or "", heading)
    return heading[:1] + heading[1:].lower() if heading.isascii() else heading


def join_names(names: list[str], lang: Lang) -> str:
    """A readable list: ["A", "B", "C"] -> "A, B and C" or "A、B、C"."""
    if lang == "ja":
        return "、".join(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def question_for(intent: Intent, job: str, lang: Lang, other: str = "", spoken: bool = False) -> str:
    """The standalone question for an intent about a job: (SKILLS, "Nurse") -> "What skills does Nurse need?".

    Args:
        spoken: as a person would ask it (suggestions, examples): the role, not the page title: (SKILLS,
            "Actuaries") -> "What skills does an actuary need?"; (COMPARE, "Actuaries", other="Electricians") ->
            "Compare actuaries and electricians.".
    """
    if spoken and lang == "en":
        plural = intent is Intent.COMPARE
        job, other = role(job, plural), role(other, plural) if other else other
        return QUESTIONS[intent][lang].format(job=job, other=other)
    return QUESTIONS[intent][lang].format(job=job, other=other)
