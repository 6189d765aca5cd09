"""The surgeon's own results in a real database, through SQLAlchemy.

SQLite by default (a file created on first use), PostgreSQL or another database by URL.
The schema is versioned in a table of its own. The database holds no patient data: one
row per operation family, approach and outcome, with counts only.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy import Date, Integer, String, UniqueConstraint, create_engine, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from decision_aid.clinic.results import OwnResult

SCHEMA_VERSION = 1
ENV_URL = "DECISION_AID_RESULTS_DB"
DEFAULT_FILE = Path(__file__).resolve().parents[2] / "instance" / "surgeon_results.sqlite"


class StoreError(RuntimeError):
    """The database cannot be used (unreachable, or made by a newer version)."""


class NotAllowed(PermissionError):
    """A change without the clinician passcode: nothing is saved."""


class Base(DeclarativeBase):
    pass


class ResultRow(Base):
    __tablename__ = "surgeon_result"
    __table_args__ = (UniqueConstraint("family", "approach", "outcome"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    family: Mapped[str] = mapped_column(String(20))
    approach: Mapped[str] = mapped_column(String(10))
    outcome: Mapped[str] = mapped_column(String(40))
    events: Mapped[int] = mapped_column(Integer)
    cases: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(40), default="")
    updated: Mapped[dt.date] = mapped_column(Date)


class SchemaVersion(Base):
    __tablename__ = "schema_version"

    version: Mapped[int] = mapped_column(Integer, primary_key=True)


def database_url(configured: str = "") -> str:
    """The database: the app's setting, else the environment, else a local SQLite file.
    A plain file path is taken as a SQLite file."""
    value = configured or os.environ.get(ENV_URL, "")
    if not value:
        DEFAULT_FILE.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{DEFAULT_FILE}"
    if "://" not in value:
        Path(value).expanduser().parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{Path(value).expanduser()}"
    return value


class ResultsStore:
    def __init__(self, url: str) -> None:
        try:
            self.engine: Engine = create_engine(url, pool_pre_ping=True)
            Base.metadata.create_all(self.engine)  # created on first use
            with Session(self.engine) as s, s.begin():
                found = s.scalars(select(SchemaVersion.version)).all()
                if not found:
                    s.add(SchemaVersion(version=SCHEMA_VERSION))
                elif max(found) > SCHEMA_VERSION:
                    raise StoreError("The results database was made by a newer version.")
        except SQLAlchemyError as exc:
            name = type(exc).__name__
            raise StoreError(f"The results database cannot be opened ({name}).") from None

    def list(self, family: str | None = None) -> list[OwnResult]:
        with Session(self.engine) as s:
            q = select(ResultRow).order_by(ResultRow.family, ResultRow.outcome, ResultRow.approach)
            if family:
                q = q.where(ResultRow.family == family)
            return [_result(r) for r in s.scalars(q)]

    def save(self, result: OwnResult, allowed: bool, today: dt.date | None = None) -> None:
        """Add or replace the result for its family, approach and outcome."""
        if not allowed:
            raise NotAllowed("A clinician passcode is needed to change results.")
        with Session(self.engine) as s, s.begin():
            row = s.scalars(
                select(ResultRow).where(
                    ResultRow.family == result.family,
                    ResultRow.approach == result.approach,
                    ResultRow.outcome == result.outcome,
                )
            ).first()
            if row is None:
                row = ResultRow(
                    family=result.family, approach=result.approach, outcome=result.outcome
                )
                s.add(row)
            row.events, row.cases, row.period = result.events, result.cases, result.period
            row.updated = today or dt.date.today()

    def delete(self, family: str, approach: str, outcome: str, allowed: bool) -> None:
        if not allowed:
            raise NotAllowed("A clinician passcode is needed to change results.")
        with Session(self.engine) as s, s.begin():
            for row in s.scalars(
                select(ResultRow).where(
                    ResultRow.family == family,
                    ResultRow.approach == approach,
                    ResultRow.outcome == outcome,
                )
            ):
                s.delete(row)


def _result(r: ResultRow) -> OwnResult:
    return OwnResult.model_validate(
        {
            "family": r.family,
            "approach": r.approach,
            "outcome": r.outcome,
            "events": r.events,
            "cases": r.cases,
            "period": r.period,
            "updated": r.updated,
        }
    )
