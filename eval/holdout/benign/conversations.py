"""Held-out benign conversations."""

from __future__ import annotations

from eval.benign.spec import P, Spec

CONVERSATIONS: list[Spec] = []
