"""The clauses of an English question that describe workers: their words tell who is meant, not what is asked of
them ("What does the work involve for the factory people who put together… using hand and power tools?" asks the
work, not the tools)."""

from __future__ import annotations

import re

WORKERS = (
    r"(people|persons?|guys|folks|workers|techs?|technicians|ones|staff|crews?|specialists|operators|women|men|ladies)"
)
# Workers described after "what about" ask nothing: "…the techs who test and repair the equipment…?" (no tools)
ABOUT_DESCRIBED = re.compile(
    rf"^\W*((and|so|ok|okay|then) )?(what|how) about (the|those|these) (\w+ ){{0,2}}?{WORKERS} (who|that)"
    r" [^?,;]*\??\s*$",
    re.IGNORECASE,
)
# A clause describing workers, to its end (past the commas of a list, "…servomechanisms, gyros and actuators", not a
# question after it, ", what training do they need?"): what is asked outside it decides, when anything is
DESCRIBED_CLAUSE = re.compile(  # not "are marketing managers the ones who decide…?": whether they do it, asked
    rf"\b(the|those|these) (\w+ ){{0,2}}?(?!ones\b){WORKERS} (who|that) [^?,;.]*"
    r"(,\s*(?!(what|how|which|who|where|when|why|do|does|is|are|can|could|would|should|and what|and how)\b)[^?,;.]*)*",
    re.IGNORECASE,
)
