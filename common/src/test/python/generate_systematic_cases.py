"""Generates jinja2-systematic-cases.jsonl: the systematic parity corpus, expectations from real Jinja2.

Run by hand, never by the build (Python 3.11+, Jinja2 3.1, PyYAML):

    cd common/src/test/python && python3 generate_systematic_cases.py > ../resources/parity/jinja2-systematic-cases.jsonl

Each case name starts with its family (op-, filter-, test-, global-, tag-, loop-, ws-, repr-,
method-, slice-, format-, error-, coerce-, ...). Cases the Java renderer differs from on purpose
carry a "category" field (template loading, null inputs, non-finite numbers). `lipsum` is left out:
its output is random, as is the `random` filter.
"""
import sys

import jinja2
import yaml

from reference_env import Corpus
import systematic_families as families


def main():
    corpus = Corpus()
    for family in families.ALL:
        family(corpus)
    corpus.write(sys.stdout)
    counts = {}
    for case in corpus.cases:
        key = next(iter(case["expect"]))
        counts[key if key == "rendered" else case["expect"]["error"]] = counts.get(
            key if key == "rendered" else case["expect"]["error"], 0) + 1
    sys.stderr.write("jinja2 %s, pyyaml %s: %d cases %s; left out (they print object addresses): %s\n" % (
        jinja2.__version__, yaml.__version__, len(corpus.cases), counts, ", ".join(corpus.skipped)))


if __name__ == "__main__":
    main()
