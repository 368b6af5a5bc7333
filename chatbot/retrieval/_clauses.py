"""The clauses of an English question that describe workers: their words tell who is meant, not what is asked of
them ("What does the work involve for the factory people who put together… using hand and power tools?" asks the
work, not the tools)."""

from __future__ import annotations

import re

WORKERS = (
    r"(people|persons?|guys|folks|workers|techs?|technicians|ones|staff|crews?|specialists|operators|women|men|ladies)"
)
NOTHING_ASKED = r"(?![^?]*\b(what|how|which|where|when|why|do|does|did|is|are|can|could|should|would|will)\b)"
# Workers described after "what about" (or "and", asking nothing after) ask nothing: "…the techs who test and repair
# the equipment…?" (no tools; "and the guys who test and repair the electrical equipment in our substation?": tune147)
ABOUT_DESCRIBED = re.compile(
    rf"^\W*(((and|so|ok|okay|then) )?(what|how) about|and{NOTHING_ASKED}) (the|those|these) (\w+ ){{0,2}}?{WORKERS}"
    r" (who|that) [^?,;]*\??\s*$",
    re.IGNORECASE,
)
# A clause describing workers, to its end (past the commas of a list, "…servomechanisms, gyros and actuators", not a
# question after it, ", what training do they need?"): what is asked outside it decides, when anything is
DESCRIBED_CLAUSE = re.compile(  # not "are marketing managers the ones who decide…?": whether they do it, asked
    rf"\b(the|those|these) (\w+ ){{0,2}}?(?!ones\b){WORKERS} (who|that) [^?,;.]*"
    r"(,\s*(?!(what|how|which|who|where|when|why|do|does|is|are|can|could|would|should|and what|and how)\b)[^?,;.]*)*",
    re.IGNORECASE,
)
