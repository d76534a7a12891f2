"""The platform-neutral pipeline shared by the live bots and the offline scanner."""

from bot.pipeline.model import SEVERITIES, STAGES, Decision, Policy, RiskWeights
from bot.pipeline.pipeline import Pipeline, tune_gc

__all__ = ["SEVERITIES", "STAGES", "Decision", "Pipeline", "Policy", "RiskWeights", "tune_gc"]
