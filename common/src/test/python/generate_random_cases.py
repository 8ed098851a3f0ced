"""Generates jinja2-random-cases.jsonl: seeded random prompt templates, expectations from real Jinja2.

Run by hand, never by the build (Python 3.11+, Jinja2 3.1, PyYAML):

    cd common/src/test/python && python3 generate_random_cases.py > ../resources/parity/jinja2-random-cases.jsonl

A small typed grammar (random_grammar.py) writes templates of the kind prompt authors write: text
lines, {{ }} over inputs with common filters and methods, if/elif/else, for loops with filters,
else and loop attributes, set and block set, macros, filter and with blocks, comments and
whitespace control, nested up to three deep. Inputs are drawn per template from typed pools,
sometimes in a form the reference coercion converts ("7" for a number, "yes" for a boolean, one
string for an array) or left out when optional. The seed is fixed: the same Jinja2 gives the same file.
"""
import random
import sys

import jinja2

from random_grammar import TemplateWriter
from reference_env import Corpus

SEED = 20261204
COUNT = 5200


def main():
    rng = random.Random(SEED)
    corpus = Corpus()
    for i in range(COUNT):
        template, inputs, given = TemplateWriter(rng).write()
        corpus.add("rnd-%05d" % i, template, inputs, given)
    corpus.write(sys.stdout)
    errors = sum(1 for c in corpus.cases if "error" in c["expect"])
    sys.stderr.write("jinja2 %s, seed %d: %d cases, %d expect an error; left out (object addresses): %s\n" % (
        jinja2.__version__, SEED, len(corpus.cases), errors, ", ".join(corpus.skipped)))


if __name__ == "__main__":
    main()
