"""Batch 4 (blind) conversations: all grooming and benign conversations, in the order they are written."""

from benign_en import BENIGN_EN
from benign_intl import BENIGN_INTL
from grooming_intl import INTL
from grooming_long import LONG
from grooming_short import SHORT

GROOMING = LONG + SHORT + INTL
BENIGN = BENIGN_EN + BENIGN_INTL
