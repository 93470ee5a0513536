"""Where roundup jobs are kept: APScheduler's SQLAlchemy job store, in the bot's database.

A stored job names its function by a textual reference (`JOB_FUNC`), never by a pickled
function, so the code can change under a stored job; a reference an earlier release used
(`LEGACY_JOB_FUNCS`) is read as today's, so an upgrade keeps every schedule.
"""

from __future__ import annotations

import pickle

from apscheduler.job import Job
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore

JOB_FUNC = "bot.digesting.schedule:roundup_due"
JOB_TABLE = "apscheduler_jobs"
# What jobs stored by earlier releases name their function (before bot/ was in packages).
LEGACY_JOB_FUNCS = frozenset({"bot.schedule:roundup_due"})


class RoundupJobStore(SQLAlchemyJobStore):
    """The roundup jobs' table, reading jobs an earlier release stored under another name of
    `roundup_due` (`LEGACY_JOB_FUNCS`) as `JOB_FUNC`: APScheduler drops a stored job whose
    function it cannot import, so without this an upgrade would lose every schedule."""

    def _reconstitute_job(self, job_state: bytes) -> Job:
        state = pickle.loads(job_state)  # noqa: S301 - our own table, as APScheduler reads it
        if state.get("func") in LEGACY_JOB_FUNCS:
            state["func"] = JOB_FUNC
        return super()._reconstitute_job(pickle.dumps(state, self.pickle_protocol))
