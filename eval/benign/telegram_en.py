"""Benign English Telegram conversations that a keyword filter would wrongly flag."""

from __future__ import annotations

from eval.benign.spec import P, Spec

CONVERSATIONS: list[Spec] = []
