"""Generates jinja2-test-filter-cases.jsonl: every Jinja2 test and the filters' edge value kinds,
expectations from real Jinja2.

Run by hand, never by the build (Python 3.11+, Jinja2 3.1, PyYAML):

    cd common/src/test/python && python3 generate_test_filter_cases.py > ../resources/parity/jinja2-test-filter-cases.jsonl

Case names start with tf-test- (a test on a subject) or tf-filter- (a filter on a value kind).
"""
import sys

import jinja2

from reference_env import BOOL, LIST, NUM, OBJ, OPT, S, Corpus

INPUTS = {"i": NUM, "n": NUM, "z": NUM, "b": NUM, "f": NUM, "w": NUM, "g": NUM, "t": BOOL, "u": BOOL, "s": S,
          "e": OPT, "c": S, "m": S, "h": S, "xs": LIST, "es": LIST, "o": OBJ, "eo": OBJ, "no": OPT, "us": OBJ}
GIVEN = {"i": 42, "n": -7, "z": 0, "b": 12345678901234567890, "f": 4.5, "w": 4.0, "g": -2.5, "t": True, "u": False,
         "s": "ab", "e": "", "c": "AB", "m": "Ab 1", "h": "<b>x</b> & y", "xs": ["b", "a", "C"], "es": [],
         "o": {"k": 1, "a": "x"}, "eo": {},
         "us": {"v": [{"name": "ann", "age": 31, "role": "admin"}, {"name": "Bob", "age": 25, "role": "dev"},
                      {"name": "cy", "age": 31.0, "role": None}]}}

SUBJECTS = {
    "int": "i", "negint": "n", "zero": "z", "bigint": "b", "float": "f", "wholefloat": "w", "negfloat": "g",
    "true": "t", "false": "u", "none": "no", "str": "s", "emptystr": "e", "upperstr": "c", "mixedstr": "m",
    "list": "xs", "emptylist": "es", "dict": "o", "emptydict": "eo", "safe": "(h|safe)", "escaped": "(h|e)",
    "tuple": "(1, 2)", "emptytuple": "()", "ns": "namespace(a=1)", "cycler": "cycler(1, 2)", "joiner": "joiner()",
    "literal-int": "3", "literal-float": "2.0", "literal-str": "'upper'", "literal-test": "'odd'",
    "literal-list": "[1, 2]", "literal-dict": "{'a': 1}", "intstr": "'42'", "missing": "missing",
    "missingattr": "o.zz",
}
# Markup or an object on the left of `in` is the comparison operator's concern, not the tests'.
SKIP = {("in('abc')", "safe"), ("in('abc')", "escaped"), ("in({'a': 1})", "ns"),
        ("in({'a': 1})", "cycler"), ("in({'a': 1})", "joiner")}
# Subjects only some tests are asked about.
EXTRA = {
    "callable": {"macro": "{% macro mac() %}{% endmacro %}{{ mac is callable }}|{{ mac is not callable }}",
                 "caller": "{% macro mac() %}{{ caller is callable }}{% endmacro %}{% call mac() %}{% endcall %}",
                 "loop": "{% for a in xs %}{{ loop is callable }}{% endfor %}"},
    "escaped": {"forceescape": "{{ s|forceescape is escaped }}", "string": "{{ (h|e)|string is escaped }}",
                "concat": "{{ (h|e) ~ '' is escaped }}"},
    "filter": {"markup": "{{ ('upper'|safe) is filter }}", "disabled": "{{ 'regex_replace' is filter }}",
               "yaml": "{{ 'yaml' is filter }}", "default": "{{ 'd' is filter }}"},
    "test": {"symbol": "{{ '==' is test }}", "jinjava-only": "{{ 'truthy' is test }}",
             "unknown": "{{ x is truthy }}", "containing": "{{ xs is containing('a') }}"},
    "divisibleby": {"noargs": "{{ i is divisibleby }}", "space": "{{ i is divisibleby 7 }}",
                    "negative": "{{ n is divisibleby -7 }}", "bigint": "{{ b is divisibleby 10 }}",
                    "select": "{{ [1, 2.0, 3, 4.5, 6]|select('divisibleby', 2)|list }}"},
    "even": {"select": "{{ [1, 2.0, 3, 4.5, true, false]|select('even')|list }}",
             "reject": "{{ [1, 2.0, 3, 4.5]|reject('even')|list }}", "selectstr": "{{ ['a']|select('even')|list }}"},
    "odd": {"select": "{{ [3, 1.5, -2, 10, -3.0]|select('odd')|list }}",
            "selectattr": "{{ us.v|selectattr('age', 'odd')|map(attribute='name')|list }}"},
    "sequence": {"filtered": "{{ xs|length is even }}|{{ s|upper is upper }}"},
    "lower": {"unicode": "{{ 'straße' is lower }}|{{ 'ÉLAN' is upper }}|{{ '123' is lower }}|{{ '' is upper }}"},
}

TESTS = ["boolean", "callable", "defined", "divisibleby(3)", "divisibleby(2.0)", "divisibleby(1.5)",
         "divisibleby(0)", "divisibleby(true)", "divisibleby('a')", "escaped", "even", "odd", "false", "true",
         "filter", "test", "float", "integer", "number", "string", "mapping", "iterable", "sequence", "lower",
         "upper", "none", "sameas(none)", "sameas(true)", "sameas(1)", "undefined", "eq(42)", "ne(42)",
         "lt(5)", "gt(5)", "le(4.5)", "ge(4.5)", "in('abc')", "in([1, 2])", "in({'a': 1})", "==('ab')",
         "!=('ab')", "<(5)", ">(5)", "<=(5)", ">=(5)", "greaterthan(5)", "lessthan(5)", "equalto('ab')"]


SYMBOLS = {"==": "eqop", "!=": "neop", "<=": "leop", ">=": "geop", "<": "ltop", ">": "gtop"}


def label(text):
    for symbol, word in SYMBOLS.items():
        text = text.replace(symbol, word)
    keep = []
    for ch in text:
        keep.append(ch if ch.isalnum() else "-")
    return "-".join(part for part in "".join(keep).split("-") if part)


def tests(corpus):
    for test in TESTS:
        for name, subject in SUBJECTS.items():
            if (test, name) in SKIP:
                continue
            corpus.add("tf-test-%s-%s" % (label(test), name),
                       "{{ %s is %s }}|{{ %s is not %s }}" % (subject, test, subject, test), INPUTS, GIVEN)
    for test, cases in EXTRA.items():
        for name, template in cases.items():
            corpus.add("tf-test-%s-%s" % (test, name), template, INPUTS, GIVEN)


def main():
    corpus = Corpus()
    tests(corpus)
    corpus.write(sys.stdout)
    sys.stderr.write("jinja2 %s: %d cases; left out (they print object addresses): %s\n" % (
        jinja2.__version__, len(corpus.cases), ", ".join(corpus.skipped)))


if __name__ == "__main__":
    main()
