"""Conversation state and dialogue acts: which jobs a turn is about, what it asks, and how it follows on.

The state: the jobs in focus (most recent first), every job in the order it came up (for "the first one"), the last
intent, the sections cited per job, the last comparison and the career path last shown with the step the talk is
at. Each turn gets a DialogueAct from its cues (chatbot/retrieval/_cues.py) weighed against that state."""

from __future__ import annotations

import re
from collections.abc import Callable

from pydantic import BaseModel, Field

from chatbot.answer._acts_said import ABOUT_NAME, ASKED_AGAIN, HOW_THERE, IN_ITS_CASE, OF_WHAT, PAIR_SAID, PERSONAL
from chatbot.answer._follow import step_along, step_named
from chatbot.answer._recall import Recall, by_title, kin_job, picked_from, recalled
from chatbot.answer._sides import resolved, sides
from chatbot.answer._standalone import standalone
from chatbot.models import ADVICE, Answer, Cue, DialogueAct, Intent, PathPosition, Question, Scope

MAX_FOCUS = 5
TOPIC_WORD = re.compile(r"^(?P<word>[一-龥ァ-ヶー]{1,6})(は|って)?[？?]?\s*$")  # "任期は？": a word said of a job
Beside = Callable[[str, str], str | None]  # (job, role) -> the job of that role beside it, if a page has one
Resolution = tuple[DialogueAct, list[str], Intent | None]


class Conversation(BaseModel):
    """One person's chat: what was asked, which jobs the talk is about, which sections were already cited."""

    turns: list[Answer] = Field(default_factory=list)
    focus: list[str] = Field(default_factory=list, description="Job titles in focus, most recent first.")
    history: list[str] = Field(default_factory=list, description="Every job answered about, in order of first use.")
    last_intent: Intent | None = None
    last_hinted: list[str] = Field(default_factory=list, description="The headings the last question pointed at.")
    discussed: dict[str, list[str]] = Field(default_factory=dict, description="Job -> sections cited so far.")
    compared: list[str] = Field(default_factory=list, description="The jobs of the last comparison.")
    position: PathPosition | None = Field(None, description="The career path last shown, and the step it is at.")
    paths: dict[str, PathPosition] = Field(default_factory=dict, description="Job -> its path as last shown.")
    listed: list[str] = Field(default_factory=list, description="The jobs last suggested, best first.")

    def record(self, answer: Answer) -> None:
        """Remember a turn; a turn about named jobs brings them into focus (a refusal too when their pages lack what
        was asked: the person still talks of them), and an answered one becomes what was last asked."""
        self.turns.append(answer)
        if answer.matches:  # "tell me more about the second one" points into this list
            self.listed = [match.job for match in answer.matches]
        for cited in answer.citations:  # each job's sections cited, in order
            self.discussed[cited.job] = list(dict.fromkeys([*self.discussed.get(cited.job, []), cited.section]))
        about = (answer.about or answer.jobs) if answer.answered else answer.about  # not the jobs a refusal cites
        if not about:
            return
        self.focus = list(dict.fromkeys([*about, *self.focus]))[:MAX_FOCUS]
        self.history = list(dict.fromkeys([*self.history, *about]))
        if not answer.answered:  # "what do pilots earn?" refused: still about pilots ("what do they do, then?")
            return
        if answer.intent is not Intent.COMPARE:
            self.last_intent = answer.intent
            along_path = answer.act is DialogueAct.CONTINUATION  # "入ってからは？" moves along; the topic is the path
            self.last_hinted = [] if along_path else list(answer.hinted)
        moved_on = any(job not in self.compared for job in about)  # then "the two" are the last two in focus
        self.compared = list(answer.comparison.jobs) if answer.comparison else [] if moved_on else self.compared
        if answer.position is not None:
            self.position = self.paths[answer.position.job] = answer.position

    def resolve(self, question: Question, recall: Recall | None = None, beside: Beside | None = None) -> Question:
        """The question with its act, the jobs it is about, its intent given what was said before, and what to search.

        After "how do I become a ward mayor?", "what skills does that need?" is about Ward Mayor (SKILLS);
        "and the Secretariat Director-General?" switches to that job and keeps SKILLS; "compare the two" is about
        both; "and after that?" moves one step along the career path last shown.
        """
        question = self.suits_which(self.beside_focus(question, beside))
        act, jobs, intent = self.act_of(question, recall)
        update: dict[str, object] = {"act": act, "jobs": jobs, "intent": intent}
        if act is DialogueAct.SAME_TOPIC_OTHER_JOB and not question.hinted and intent == self.last_intent:
            update["hinted"] = self.last_hinted  # "what do they value?" then "same for pilots": Work Values again
        if act is not DialogueAct.OFF_TOPIC and question.scope is Scope.OFF_TOPIC:  # guessed so, but it follows on
            update["scope"] = Scope.JOBS
        if act is DialogueAct.COMPARE:  # what it names without a page was one of the jobs we had ("太陽光と風力")
            update["unmatched"] = {}
        if act is DialogueAct.COMPARE and question.intent not in (None, Intent.COMPARE):
            update["topic"] = question.intent  # "which of the two needs more schooling?": compare on BECOME
        elif act is DialogueAct.COMPARE and question.topic is None and self.keeps_topic(question):
            update["topic"] = self.last_intent  # "what are the hours like?" then "how does that compare with X?"
        along, path = {Cue.NEXT, Cue.BEFORE} & set(question.cues), self.path_of(question, jobs)
        if act in (DialogueAct.CONTINUATION, DialogueAct.RETURN) and along and path is not None:
            update["step"] = step_along(question, path)
        resolved = question.model_copy(update=update)
        return resolved.model_copy(update={"standalone": standalone(resolved)})

    @property
    def has_topic(self) -> bool:
        """Whether the last question asked something of its job: an intent, or words that point at headings."""
        return self.last_intent is not None or bool(self.last_hinted)

    def keeps_topic(self, question: Question) -> bool:
        """Whether a comparison that names no topic of its own refers back to the last one asked (IN_ITS_CASE)."""
        back = Cue.REFERS_BACK in question.cues or IN_ITS_CASE.search(question.text) is not None
        back = back and Cue.BOTH not in question.cues  # "which of the two...": a new comparison
        return back and not question.hinted and self.last_intent not in (None, *ADVICE, Intent.WORK)

    def beside_focus(self, question: Question, beside: Beside | None) -> Question:
        """ "and the assistants who help them?" after physical therapists names Physical Therapist Assistants; after
        them, "what do the assistants do?" is still of them (not of the nursing assistants "assistants" may name)."""
        role = question.role or ""  # a job named besides ("I'm an assistant; how do I become a PT?") is asked of
        spelled = [ln for ln in question.links if ln.title in question.named and " " in ln.matched.strip()]  # in full
        if not (beside and role and self.focus) or spelled or any(role not in job.lower() for job in question.named):
            return question
        found = beside(self.focus[0], role) or (self.focus[0] if role in self.focus[0].lower() else None)
        return question.model_copy(update={"named": [found]}) if found else question

    def suits_which(self, question: Question) -> Question:
        """ "which of the two suits me better?" over the two jobs in focus: a comparison of what suits them, not a
        search for jobs that suit."""
        over_focus = Cue.BOTH in question.cues and len(self.focus) >= 2 and not question.named
        if question.intent is Intent.MATCH and over_focus:
            return question.model_copy(update={"intent": Intent.PERSONALITY})
        return question

    def act_of(self, question: Question, recall: Recall | None = None) -> Resolution:
        """The act of a question, the jobs it is about and its intent (see the module docstring)."""
        cues, named, intent = set(question.cues), question.named, question.intent
        if question.small_talk:
            return DialogueAct.SMALL_TALK, [], intent
        follows = bool(cues & {Cue.ELLIPTICAL, Cue.SAME_AGAIN}) and bool(self.focus)
        if intent in ADVICE:  # which jobs suit me, what am I missing, how do I get there: a fresh request
            return DialogueAct.NEW, list(named), intent
        if picked := picked_from(self.listed, question):  # "the second one", "compare the top two"
            return picked
        if question.scope is Scope.OFF_TOPIC and not (question.inferred and follows):  # "水族館の場合は？" follows on
            return DialogueAct.OFF_TOPIC, [], intent  # its words say so: "おすすめのラーメン屋さん" is no job question
        if Cue.FRESH in cues and HOW_THERE.search(question.text) and self.has_topic:  # "全然違うけど、…も気になってて。
            return DialogueAct.SAME_TOPIC_OTHER_JOB, [], (intent != Intent.COMPARE and intent) or self.last_intent
        if Cue.FRESH in cues and named and ABOUT_NAME.search(question.text) and intent in (None, Intent.COMPARE):
            return DialogueAct.SAME_TOPIC_OTHER_JOB, list(named), self.last_intent  # "…, but what about paramedics?"
        if Cue.FRESH in cues:  # "Different question: …": a fresh request, the "different" of it no comparison
            return DialogueAct.NEW, list(named), None if intent is Intent.COMPARE and len(named) < 2 else intent
        if question.inferred and follows and self.has_topic:  # the cue keeps the last topic
            intent, question = None, question.model_copy(update={"intent": None})
        if said := sides(question, self.history, self.turns, recall):  # "between the steel one and the railroad one"
            return resolved(said, self.focus, intent or self.last_intent)
        if compared := self.comparison(question, cues):
            return compared
        if cues & {Cue.NEXT, Cue.BEFORE} and (path := self.named_step(question)) is not None:
            act = DialogueAct.RETURN if Cue.BACK in cues else DialogueAct.CONTINUATION  # "back to the mayor: ..."
            return act, [path.job], Intent.BECOME  # "the step after section chief", on any path shown
        if not named and (told := kin_job(question.text, self.turns)) is not None:  # "what about my uncle's job?"
            return DialogueAct.RETURN, [told], intent or self.last_intent
        if named:
            return self.named_act(question, cues, recall)
        if Cue.ANOTHER in cues:  # "my cousin runs the machines that crush stone": another job, told of by its work
            again = Cue.SAME_AGAIN in cues and (question.inferred or intent is Intent.WORK)  # "…, same kind of person?"
            asked = intent and not (again and self.has_topic)
            return (DialogueAct.NEW, [], intent) if asked else (DialogueAct.SAME_TOPIC_OTHER_JOB, [], self.last_intent)
        if Cue.FIRST in cues and self.history:
            return DialogueAct.RETURN, self.history[:1], intent or self.last_intent
        if Cue.BACK in cues and (back := recalled(question, recall, self)):
            return DialogueAct.RETURN, [back], intent or self.last_intent
        earlier = by_title(question.text, self.history, head=True) if Cue.WHICH_JOB not in cues else None
        if earlier is not None and earlier not in self.focus[:1]:  # "and the train operator, what temperament…?"
            return DialogueAct.RETURN, [earlier], intent or self.last_intent
        if earlier is not None and intent is not None and Cue.MORE not in cues:  # "コンサルってどんなスキル": in focus
            return DialogueAct.OTHER_TOPIC_SAME_JOB, [earlier], intent
        on_path = intent in (None, Intent.BECOME) or question.inferred  # not "what skills once you're at the top?"
        if cues & {Cue.NEXT, Cue.BEFORE} and self.position is not None and on_path:
            return DialogueAct.CONTINUATION, [self.position.job], Intent.BECOME
        personal = Cue.SAME_AGAIN in cues and PERSONAL.search(question.text) is not None  # "would I … too?"
        again = Cue.SAME_AGAIN in cues and not personal  # asked again of another job
        elliptical = intent is None and (Cue.ELLIPTICAL in cues or again) and Cue.REFERS_BACK not in cues
        keeps_topic, text = elliptical and self.has_topic, question.text  # "what about people who build cabinets?"
        more = Cue.MORE in cues and question.inferred  # "keep going, what else is on the list?": the list shown
        if intent is Intent.RELATED and self.focus and not (question.names_other or more or OF_WHAT.search(text)):
            return DialogueAct.OTHER_TOPIC_SAME_JOB, self.focus[:1], intent  # "what jobs are kind of similar": to it
        if not self.focus or (Cue.WHICH_JOB in cues and Cue.REFERS_BACK not in cues and not keeps_topic):
            return DialogueAct.NEW, [], intent
        if Cue.MORE in cues:  # "tell me more": more of what was shown
            return DialogueAct.CONTINUATION, self.focus[:1], (None if more else intent) or self.last_intent
        if cues & {Cue.NEXT, Cue.BEFORE} and on_path:  # "and then?" with no path shown: from the job's own step
            return DialogueAct.CONTINUATION, self.focus[:1], Intent.BECOME
        if keeps_topic and TOPIC_WORD.match(question.text) and recall and recall(question, self.focus[:1]):
            return DialogueAct.OTHER_TOPIC_SAME_JOB, self.focus[:1], intent  # "任期は？": a word its page says
        if keeps_topic:  # "and police officers?", "ケーキを作る職人だとどう？": a job to find by its description
            return DialogueAct.SAME_TOPIC_OTHER_JOB, [], self.last_intent
        if intent is not None and again and not cues & {Cue.REFERS_BACK, Cue.ELLIPTICAL}:
            return DialogueAct.SAME_TOPIC_OTHER_JOB, [], intent  # "would technical writing need a degree too?"
        # "is it stressful?" despite a stray name, not "what about land surveyors, how long do they train?"
        named_other = Cue.ELLIPTICAL in cues and question.names_other
        points_back = (bool(cues & {Cue.REFERS_BACK, Cue.ELLIPTICAL}) and not named_other) or personal
        uncovered = question.scope in (Scope.PAY, Scope.OPENINGS, Scope.EMPLOYERS)
        # "dangerous?" points at tasks; Japanese leaves the subject out: "朝早いってほんと？" is about the job in focus
        asks_topic = intent is not None or uncovered or bool(question.hinted) or question.lang == "ja"
        if points_back or (not question.names_other and asks_topic):
            return DialogueAct.OTHER_TOPIC_SAME_JOB, self.focus[:1], intent
        return DialogueAct.NEW, [], intent

    def comparison(self, question: Question, cues: set[Cue]) -> Resolution | None:
        """A comparison: of the jobs it names, of one named job with the one in focus, or of the focus itself."""
        named, explicit = question.named, question.intent is Intent.COMPARE
        if not (explicit or (Cue.BOTH in cues and (named or len(self.focus) >= 2))):
            return None
        if Cue.ANOTHER in cues and not named and Cue.BOTH not in cues:  # "設計をする側の人だと、…どう違う？": of it
            topic = self.last_intent if Cue.REFERS_BACK in cues else question.topic  # "…のとは、そのへん違う？"
            return DialogueAct.SAME_TOPIC_OTHER_JOB, [], topic or self.last_intent
        earlier = [by_title(said, self.history) for said in question.unmatched]  # "太陽光と風力で": the two we had
        if question.unmatched and all(earlier) and len({*named, *earlier}) >= 2:
            return DialogueAct.COMPARE, list(dict.fromkeys([*named, *filter(None, earlier)])), Intent.COMPARE
        if len(named) >= 2 or question.unmatched:  # never another job in place of one without a page
            return DialogueAct.NEW, [self.focused(question, job) for job in named], Intent.COMPARE
        if len(named) == 1 and not (Cue.BOTH in cues and len(self.focus) >= 2 and PAIR_SAID.search(question.text)):
            others = [job for job in self.focus if job != named[0]]
            if not others:
                return None
            return DialogueAct.COMPARE, [others[0], named[0]], Intent.COMPARE
        pair = self.compared if Cue.BOTH in cues and len(self.compared) >= 2 else list(reversed(self.focus[:2]))
        if not pair and Cue.WHICH_JOB in cues:  # nothing talked of: "What do the people who set up and run lathes
            return DialogueAct.NEW, [], question.topic or Intent.WORK  # do, is it much different?" asks of them
        if len(pair) == 1:  # one job talked of: what the comparison asks, of it ("which one has more master's?")
            return DialogueAct.OTHER_TOPIC_SAME_JOB, pair, question.topic or self.last_intent
        return DialogueAct.COMPARE, pair, Intent.COMPARE

    def focused(self, question: Question, job: str) -> str:
        """The job in focus a comparand names by a word of its title ("…, agent or PA" after talent agents)."""
        said = next((link.matched for link in question.links if link.title == job), None)
        others = [focus for focus in self.focus if focus not in question.named]
        return (by_title(said, others) if said and job not in self.focus else None) or job

    def named_act(self, question: Question, cues: set[Cue], recall: Recall | None = None) -> Resolution:
        """A question that names its job: back to an earlier one, the same question for another, or a new one."""
        named, intent = question.named, question.intent
        if Cue.BACK in cues or (Cue.FIRST in cues and named[0] in self.history):
            recall = recall if named[0].endswith("All Other") else None  # "back to the trade instructor thing"
            earlier = named[0] if named[0] in self.history else recalled(question, recall, self)
            return DialogueAct.RETURN, [earlier or named[0]], intent or self.last_intent  # "the biologist one"
        again = Cue.SAME_AGAIN in cues and ASKED_AGAIN.search(question.text) is not None  # "…, same question"
        if (intent is None or again) and (cues & {Cue.ELLIPTICAL, Cue.SAME_AGAIN} or question.role) and self.has_topic:
            return DialogueAct.SAME_TOPIC_OTHER_JOB, list(named), self.last_intent
        alone = intent is Intent.COMPARE and len(named) < 2  # "…a diploma vs a certificate?" asks of one job
        return DialogueAct.NEW, list(named), None if alone else intent

    def named_step(self, question: Question) -> PathPosition | None:
        """The career path shown whose step the question names ("after section chief level"), at that step."""
        shown = [self.position] if self.position is not None else []
        return step_named(question.text, [*shown, *reversed(self.paths.values())])

    def path_of(self, question: Question, jobs: list[str]) -> PathPosition | None:
        """The career path a follow-up moves along: the one whose step it names, else its job's path as last shown."""
        if len(jobs) != 1:
            return None
        named = self.named_step(question)
        return named if named is not None and named.job == jobs[0] else self.paths.get(jobs[0])
