"""Understanding examples of the sixty-fourth session, on the full corpus index: gap questions of the blind tuning
sets guidance_tune126 and 127 that had no table or the wrong job wanted.

- The job wanted said in kana or by other verbs of moving ("…の仕事にうつりたい", "…の仕事にかわりたい"), a gap asked
  in kana ("何がたりない？") or by what to work on ("What should I work on?").
- A bare worker word with what that worker does after it ("the mechanic who actually diagnoses breakdowns…"), an
  opening in a department told by its work, a post applied for.
- A job named only in the sentence that tells the person's own work ("General office clerk here: filing, phones,
  data entry") is not the job wanted.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from tests.answer.test_understanding import check_gap

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("question", "origin", "target"),
    [
        (  # guidance_tune126
            "特養で介護職をしています。障害のある方の生活支援や就労支援の仕事にかわりたいのですが、今の自分に足りない"
            "ものは何でしょうか。",
            "施設介護員",
            "障害者福祉施設指導専門員（生活支援員、就労支援員等）",
        ),
        (  # guidance_tune126
            "ガソリンスタンドで働いてます。車の板金とか塗装の仕事にうつりたいんだけど、何が足りない？",
            "ガソリンスタンド・スタッフ",
            "自動車板金塗装",
        ),
        (  # guidance_tune127
            "I climb and repair wind turbines for a living. I'd like to move into managing the operations of a whole "
            "wind farm. What should I work on?",
            "Wind Turbine Service Technicians",
            "Wind Energy Operations Managers",
        ),
        (  # guidance_tune127
            "I do the routine upkeep on production machines at a plant - oiling, swapping belts, cleaning. I want to "
            "be the mechanic who actually diagnoses breakdowns and rebuilds the equipment. what am i missing?",
            "Maintenance Workers, Machinery",
            "Industrial Machinery Mechanics",
        ),
        (  # guidance_tune126
            "welder here, 6 yrs mig/tig in a fab shop. theres an opening in our prototype dept building metal and "
            "plastic models of new parts from the engineers drawings. what would i need to pick up to get that job",
            "Welders, Cutters, Solderers, and Brazers",
            "Model Makers, Metal and Plastic",
        ),
        (  # guidance_tune127
            "General office clerk here: filing, phones, data entry. I'd like to step up to being the assistant for a "
            "top executive. What skills should I work on?",
            "Office Clerks, General",
            "Executive Secretaries and Executive Administrative Assistants",
        ),
    ],
)
def test_a_gap_to_the_job_wanted(corpus_bot: Chatbot, question: str, origin: str, target: str) -> None:
    check_gap(corpus_bot, question, origin, target)
