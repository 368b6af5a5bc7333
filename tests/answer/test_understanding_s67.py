"""Understanding examples of the sixty-seventh session, on the full corpus index: the shapes the blind tuning sets
tune131-134 found misread, said in other words.

- Another job told in a follow-up by the work of someone close: "my roommate does…", "my other cousin pulls…",
  "my little brother just wants to work at a shop…", "his buddy runs…"; or opened on whom it describes with a
  place between ("and for the guys at the same plant who…") or two words ("the elected officials who…").
- A job named in a clause of when the work is done ("…when an athlete needs a scan") is not the job asked of.
- Declined: a place to visit near a city, the person's homework done for them.
- "working for a judge" names whom the described job works for, not the job.
- "day to day" names no job wanted ("…what would I be doing day to day?" is no gap question).
- A described job asked "what did they study?" asks its way in, not its work.
- The health insurance a described job keeps up with is its work; asked of a job, still a benefit and declined.
- Japanese: a work told and then a thing asked for by name ("…どんなソフトを使うの？") keeps its cue words; "…を作る
  ガラス食器の仕事も、…？" asks of another job; "さっきの…方" returns to the job it describes; "…してる人はどう？"
  keeps the last topic; "作る側になりたい" and "シフト制になる" name no job.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from chatbot.models import Cue
from chatbot.retrieval._cues import cues_of
from tests.answer.test_understanding import Example, Refused, check_case, mixed_cases

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (
        ["What do flight attendants do?"],
        "my roommate does DNA sequencing and cell experiments in a lab to learn how cells work. does her job need a "
        "degree?",
        ["Molecular and Cellular Biologists"],
        ["Education", "Job Zone"],
        False,
    ),
    (
        ["What does a forensic science technician do?"],
        "and the elected officials who write bills and vote on laws, what does their work involve?",
        ["Legislators"],
        ["Description", "Tasks"],
        False,
    ),
    (
        ["What do judicial law clerks do?"],
        "my little brother just wants to work at a shop patching flats and swapping tires. what schooling does that "
        "need?",
        ["Tire Repairers and Changers"],
        ["Education", "Job Zone"],
        False,
    ),
    (
        [],
        "I've got an interview for a chemical equipment operator spot. What would I be doing day to day?",
        ["Chemical Equipment Operators and Tenders"],
        ["Tasks", "Description"],
        False,
    ),
    (
        ["What would a chemical equipment operator do?"],
        "and for the guys at the same plant who load the tank cars and trucks?",
        ["Tank Car, Truck, and Ship Loaders"],
        ["Tasks", "Description"],
        False,
    ),
    (
        [],
        "after law school I'd like to spend a year working for a judge, researching cases and drafting opinions. "
        "what is that role called?",
        ["Judicial Law Clerks"],
        ["Description", "Tasks"],
        False,
    ),
    (
        [],
        "the person who put braces on my teeth, what did they have to study?",
        ["Orthodontists"],
        ["Education", "Job Zone"],
        False,
    ),
    (  # the insurance a described job works with is its work, not a benefit asked of
        [],
        "I'd like to run a clinic department behind the scenes: budgets, staff schedules, keeping up with health "
        "insurance rules. What's that job called?",
        ["Medical and Health Services Managers"],
        ["Description", "Tasks", "Summary"],
        False,
    ),
    (  # "さっきの…方" returns to the job it describes
        ["テクニカルライターって残業多い？", "ソーラーパネルを点検したり発電を監視したりする人の働き方は？"],
        "さっきのマニュアルを書く方、どんなスキルが大事？",
        ["テクニカルライター"],
        ["Required Skills", "Knowledge"],
        False,
    ),
    (  # a described worker asked "…はどう？" keeps the last topic
        ["デパート店員って土日に休める？"],
        "駅の改札で乗り越しの精算をしたり切符を売ったりしてる人はどう？",
        ["駅務員"],
        ["Work Style", "Employment Type"],
        False,
    ),
    (  # a described job's words that ask the way in ("study") are its work: the last topic is kept
        ["What does an intelligence analyst do?", "Do you need a master's for that?"],
        "what about the people who dig up old bones and study ancient cultures?",
        ["Anthropologists and Archeologists"],
        ["Education", "Job Zone"],
        False,
    ),
    (  # "作る側" is no job's name to look for
        [],
        "ゲーム作る側になりたい。絵は苦手なんだけど、それでも大丈夫かな",
        ["ゲームクリエーター"],
        ["Career Path", "Related Qualifications"],
        False,
    ),
    (  # "シフト制になる" becomes nothing
        [],
        "通販の電話注文を受ける事務って、シフト制になるの？",
        ["通信販売受付事務"],
        ["Work Style", "Employment Type"],
        False,
    ),
    (  # tune133-134: someone close's work with a partner at work, an in-law, a place where machines work
        ["What do mental health social workers do?"],
        "her boyfriend works with the cancer radiation team working out the doses and treatment plans. what education "
        "did he need?",
        ["Medical Dosimetrists"],
        ["Education", "Job Zone"],
        False,
    ),
    (
        ["What does a bridge tender do?"],
        "my brother-in-law designs water treatment plants. what schooling did he need?",
        ["Water/Wastewater Engineers"],
        ["Education", "Job Zone"],
        False,
    ),
    (  # a job named in a clause of when the work is done is no job asked of
        ["What does a sports medicine physician do?"],
        "what about the techs who run the MRI scanner when an athlete needs a scan?",
        ["Magnetic Resonance Imaging Technologists"],
        ["Description", "Tasks"],
        False,
    ),
    (
        ["保温工事ってどんな仕事？"],
        "うちの父は木造の家を建てる職人なんだけど、あっちの働き方はどんな感じ？",
        ["大工"],
        ["Work Style", "Employment Type"],
        False,
    ),
    (  # "スケジュール" is no job's name
        ["牛を飼う酪農の仕事って、実家が農家じゃなくてもできる？"],
        "一日のスケジュールってどんな感じ？",
        ["酪農従事者"],
        ["Summary", "Description", "Work Style"],
        False,
    ),
    (  # "エキスパート" is no part-time work
        [],
        "脆弱性診断のセキュリティエキスパートってどんな仕事なの？",
        ["セキュリティエキスパート（脆弱性診断）"],
        ["Summary", "Description"],
        False,
    ),
    (
        [],
        "左官の職人さんに弟子入りしたい。入ったらまず何から始めるの？",
        ["左官"],
        ["Career Path"],
        False,
    ),
    (
        ["宇宙開発技術者って院卒が多い？"],
        "医療の機械を設計する技術者だとどう？",
        ["医療機器開発技術者"],
        ["Career Path", "Education"],
        False,
    ),
    (  # tune135-136: a coworker's work (the verb typed is no misspelt doer), a lab partner's route, an in-state
        ["What do labor relations specialists do?"],  # cousin, a name said as the place ("a dentist office")
        "my coworker sterilizes surgical instruments and sets up trays in central supply. what does she need to know?",
        ["Medical Equipment Preparers"],
        ["Required Skills", "Knowledge"],
        False,
    ),
    (
        ["What do mechanical drafters do?"],
        "my lab partner wants to go the route of drawing wiring diagrams and circuit board layouts. what schooling "
        "would that take?",
        ["Electrical and Electronics Drafters"],
        ["Education", "Job Zone"],
        False,
    ),
    (
        ["What do real estate appraisers do?"],
        "my cousin in Oregon measures and grades logs at a mill yard. how long is the training for that?",
        ["Log Graders and Scalers"],
        ["On-the-Job Training", "Job Zone", "On-Site or In-Plant Training"],
        False,
    ),
    (
        ["What do cashiers do?"],
        "what about working the front desk at a dentist office, greeting patients and booking appointments?",
        ["Receptionists and Information Clerks"],
        ["Description", "Tasks"],
        False,
    ),
    (  # "what's a shift like" asks the work, not its hours
        ["What do travel guides do?"],
        "my cousin does the bag screening at airport security. what's a shift like for her?",
        ["Transportation Security Screeners"],
        ["Tasks", "Description"],
        False,
    ),
    (  # "ok last one - …" is the last question, not the last job listed
        ["What do travel guides do?", "What do transportation security screeners do?"],
        "ok last one - which of those two jobs is easier to get with no prior experience?",
        ["Travel Guides", "Transportation Security Screeners"],
        ["Job Zone", "Related Work Experience", "Education"],
        True,
    ),
    (  # "spend my days doing" asks the work of the job in focus
        ["What kind of personality fits automotive engineering?"],
        "And what would I actually spend my days doing?",
        ["Automotive Engineers"],
        ["Tasks", "Description"],
        False,
    ),
    (  # "profs": professors
        ["What do history professors do?"],
        "is it the same deal for physics profs?",
        ["Physics Teachers, Postsecondary"],
        ["Tasks", "Description"],
        False,
    ),
    (  # "does she…" asks of the one talked of
        ["My cousin just became a database architect. What software will she use?"],
        "does she mostly design stuff or also set the rules for how everyone uses the database?",
        ["Database Architects"],
        ["Tasks", "Description"],
        False,
    ),
    (  # "…仕事もあるって聞いた": another job told of
        ["ブライダルコーディネーターって土日休める？"],
        "料理のメニュー開発とかテーブルのコーディネートをする仕事もあるって聞いたんだけど、そっちの働き方は？",
        ["フードコーディネーター"],
        ["Work Style", "Employment Type"],
        False,
    ),
    (
        ["テクニカルイラストレーターってフリーでもやっていける？"],
        "コップやグラスを作るガラス食器の仕事も、フリーでやってる人いるの？",
        ["ガラス食器製造"],
        ["Work Style", "Employment Type"],
        False,
    ),
]
REFUSED: list[Refused] = [
    (["What do baristas do?"], "my cousin swears baristas earn a fortune in tips. how much do they make?"),
    ([], "do electricians get health insurance through work?"),
    (["what does a railroad conductor do?"], "random but are there any good train museums near denver?"),
    (["what do physics professors do?"], "could you do my physics homework for me?"),
    (["What do team assemblers do?"], "what's the strangest thing anyone has asked you today?"),
    (["What do anesthesiologist assistants do?"], "thank you. this is weirdly comforting for me"),  # a remark
    ([], "小学生の娘がずっと絵を描いてるんだけど、イラストレーターの才能あると思う？"),
    (["家政婦の仕事って資格いる？"], "それにしても今日は寒いね"),  # a remark on the weather
]
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


def test_one_on_one_points_back_at_nothing() -> None:
    """"one on one" is how the work is done, not "the SAT one" of the jobs talked of."""
    assert Cue.BACK not in cues_of("who helps high schoolers prep for the SAT one on one?")
    assert Cue.BACK in cues_of("going back to the SAT one, what skills?")


def test_someone_close_doing_work_tells_of_another_job() -> None:
    """Whom the person knows, by what they do, is another job; what they say or want is not work."""
    assert Cue.ANOTHER in cues_of("my roommate does DNA sequencing in a lab. does her job need a degree?")
    assert Cue.ANOTHER in cues_of("his buddy runs the machines at the quarry. do they use software too?")
    assert Cue.ANOTHER not in cues_of("my mom thinks I should ask about nursing. what do nurses do?")


def test_help_done_is_no_helper_named() -> None:
    """"お手伝いする" is the help done; "お手伝いさん" (an alias of 家政婦) is the worker."""
    from chatbot.retrieval._mention import a_place

    assert a_place("動物病院で獣医さんのお手伝いする仕事につきたい", "お手伝い")
    assert not a_place("家事のお手伝いさんになりたい", "お手伝い")
