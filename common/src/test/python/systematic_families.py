"""The families of the systematic corpus: each function adds its cases to a Corpus."""
from reference_env import BOOL, LIST, NUM, OBJ, OPT, S

# One representative value per kind, given through the typed input that yields it. None is an
# optional string input left out.
KINDS = {
    "int": (NUM, 7),
    "float": (NUM, 2.5),
    "bool": (BOOL, True),
    "none": (OPT, None),
    "str": (S, "ab"),
    "list": (LIST, ["x", "y"]),
    "dict": (OBJ, {"k": 1}),
}
ZEROS = {"int": 0, "float": 0.0, "bool": False, "none": None, "str": "", "list": [], "dict": {}}
LITERALS = {"int": "7", "float": "2.5", "bool": "true", "none": "none", "str": "'ab'",
            "list": "['x', 'y']", "dict": "{'k': 1}"}
BINARY = [("add", "+"), ("sub", "-"), ("mul", "*"), ("div", "/"), ("floordiv", "//"), ("mod", "%"),
          ("pow", "**"), ("concat", "~"), ("eq", "=="), ("ne", "!="), ("lt", "<"), ("le", "<="),
          ("gt", ">"), ("ge", ">="), ("in", "in"), ("notin", "not in"), ("and", "and"), ("or", "or")]
ARITHMETIC = BINARY[:7]


def _input(kind, value, name):
    spec, _ = KINDS[kind]
    given = {} if value is None else {name: value}
    return {name: spec}, given


def _pair(kind_a, value_a, kind_b, value_b):
    inputs_a, given_a = _input(kind_a, value_a, "a")
    inputs_b, given_b = _input(kind_b, value_b, "b")
    return {**inputs_a, **inputs_b}, {**given_a, **given_b}


def operators(corpus):
    for ka in KINDS:
        for kb in KINDS:
            for op_name, op in BINARY:
                inputs, given = _pair(ka, KINDS[ka][1], kb, KINDS[kb][1])
                corpus.add("op-%s-%s-%s" % (ka, op_name, kb), "{{ a %s b }}" % op, inputs, given)
                corpus.add("op-lit-%s-%s-%s" % (ka, op_name, kb),
                           "{{ %s %s %s }}" % (LITERALS[ka], op, LITERALS[kb]))
            for op_name, op in ARITHMETIC:
                inputs, given = _pair(ka, KINDS[ka][1], kb, ZEROS[kb])
                corpus.add("op-%s-%s-zero-%s" % (ka, op_name, kb), "{{ a %s b }}" % op, inputs, given)
    for kind, (spec, value) in KINDS.items():
        inputs, given = _input(kind, value, "a")
        for op_name, template in [("not", "{{ not a }}"), ("neg", "{{ -a }}"), ("pos", "{{ +a }}"),
                                  ("truthy", "{% if a %}T{% else %}F{% endif %}")]:
            corpus.add("op-unary-%s-%s" % (op_name, kind), template, inputs, given)
        inputs, given = _input(kind, ZEROS[kind], "a")
        corpus.add("op-unary-truthy-zero-%s" % kind, "{% if a %}T{% else %}F{% endif %}", inputs, given)
    numbers = [("int-int", 7, 2), ("neg-int", -7, 2), ("int-neg", 7, -2), ("float-int", 7.5, 2),
               ("neg-float", -7.5, 2), ("big", 10 ** 18, 7), ("small", 1, 3), ("exact", 6, 3),
               ("float-float", 0.1, 0.2), ("neg-neg", -7, -2)]
    for name, x, y in numbers:
        for op_name, op in ARITHMETIC:
            corpus.add("op-num-%s-%s" % (name, op_name), "{{ x %s y }}" % op, {"x": NUM, "y": NUM}, {"x": x, "y": y})
    precedence = ["{{ 2 + 3 * 4 }}", "{{ (2 + 3) * 4 }}", "{{ 2 ** 3 ** 2 }}", "{{ -2 ** 2 }}", "{{ 10 - 2 - 3 }}",
                  "{{ 2 * 3 % 4 }}", "{{ not true and false }}", "{{ not (true and false) }}",
                  "{{ 1 + 2 ~ 3 }}", "{{ 'a' ~ 1 + 2 }}", "{{ 1 if true else 2 + 10 }}", "{{ 7 // 2 * 2 }}",
                  "{{ 1 in [1] == true }}", "{{ 'a' in 'abc' and 'z' not in 'abc' }}", "{{ 2 ** -1 }}",
                  "{{ 10 / 4 }}", "{{ 10 // 4.0 }}", "{{ -7 // 2 }}", "{{ -7 % 3 }}", "{{ 7 % -3 }}",
                  "{{ 7.5 % 2 }}", "{{ 2 ** 0.5 }}", "{{ 0 ** 0 }}", "{{ 1e3 }}", "{{ 1_000 }}", "{{ 0x10 }}",
                  "{{ 0b101 }}", "{{ 0o17 }}", "{{ 1.5e3 + 1 }}", "{{ 3 * 'ab' }}", "{{ [1] * 3 }}", "{{ 'ab' * 0 }}",
                  "{{ [1, 2] + [3] }}", "{{ (1, 2) }}", "{{ (1,) }}", "{{ () }}", "{{ {'a': 1, 'b': [2]} }}",
                  "{{ true + 1 }}", "{{ true * 2.5 }}", "{{ false - 1 }}", "{{ 2 ** 100 }}", "{{ 10 ** 20 / 3 }}"]
    for i, template in enumerate(precedence):
        corpus.add("op-expr-%02d" % i, template)


def chained(corpus):
    templates = ["{{ 1 < x < 5 }}", "{{ 1 < x > 5 }}", "{{ x == x == x }}", "{{ 1 < 2 < 3 < 4 }}",
                 "{{ 1 < 3 < 2 }}", "{{ 0 <= x <= 10 }}", "{{ x > 1 == true }}", "{{ 5 > x >= 3 }}",
                 "{{ 'a' < s < 'z' }}", "{{ 1 == 1.0 == true }}", "{{ x != 3 != 4 }}", "{{ 1 < x < 'a' }}",
                 "{% if 2 < x < 4 %}in{% else %}out{% endif %}"]
    for x in [3, 7]:
        for i, template in enumerate(templates):
            corpus.add("chain-%d-%02d" % (x, i), template, {"x": NUM, "s": S}, {"x": x, "s": "m"})


def conditionals(corpus):
    templates = ["{{ 'yes' if flag }}", "[{{ 'yes' if flag }}]", "{{ 'yes' if flag else 'no' }}",
                 "{{ ('a' if flag) ~ 'b' }}", "{{ 'x' if flag else 'y' if other else 'z' }}",
                 "{{ (1 if flag else 2) + 1 }}", "{% set v = 'on' if flag %}{{ v }}",
                 "{{ 'yes' if flag }}{{ 'no' if not flag }}", "{{ [1 if flag else 0] }}",
                 "{{ name if name else 'anon' }}", "{{ name or 'anon' }}", "{{ name and name|upper }}",
                 "{{ (flag and 'a') or 'b' }}", "{% if flag %}a{% elif other %}b{% endif %}",
                 "{{ 'y' if none_v }}", "{{ none_v if flag }}", "{{ 'y' if flag is sameas true }}"]
    for flag in [True, False]:
        for other in [True, False]:
            for i, template in enumerate(templates):
                corpus.add("cond-%s-%s-%02d" % (str(flag).lower(), str(other).lower(), i), template,
                           {"flag": BOOL, "other": BOOL, "name": OPT, "none_v": OPT},
                           {"flag": flag, "other": other, "name": "Ada" if flag else ""})


import systematic_filters
import systematic_tags
import systematic_values

ALL = [operators, chained, conditionals] + systematic_filters.ALL + systematic_tags.ALL + systematic_values.ALL
