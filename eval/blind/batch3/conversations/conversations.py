"""All batch 3 part B conversations: GROOMING and BENIGN lists."""
import benign_en
import benign_ml
import grooming_en
import grooming_ml

GROOMING = grooming_en.G + grooming_ml.G
BENIGN = benign_en.B + benign_ml.B
