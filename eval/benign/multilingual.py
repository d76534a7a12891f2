"""Benign conversations in Spanish, Portuguese, German, French and Russian."""

from __future__ import annotations

from eval.benign.spec import P, Spec

CONVERSATIONS: list[Spec] = []
