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


FILTER_SUBJECTS = {
    "int": "i", "negint": "n", "bigint": "b", "float": "f", "negfloat": "g", "wholefloat": "w", "true": "t",
    "false": "u", "none": "no", "str": "s", "emptystr": "e", "mixedstr": "m", "html": "h", "safe": "(h|safe)",
    "list": "xs", "emptylist": "es", "nums": "[3, 1.5, -2, true]", "dict": "o", "emptydict": "eo",
    "tuple": "(1, 'a')", "users": "us.v",
}
# Filters that return a generator are listed: a generator prints its address.
FILTER_EXPRESSIONS = [
    "abs", "batch(2)|list", "capitalize", "center(9)", "count", "dictsort", "escape", "filesizeformat", "first",
    "float", "forceescape", "format", "groupby('role')", "indent(2)", "int", "items|list", "join('-')", "last",
    "length", "list", "lower", "map('string')|list", "max", "min", "pprint", "reject|list",
    "rejectattr('age')|list", "replace('a', 'b')", "reverse|list", "round", "round(1)", "round(1, 'ceil')",
    "round(0, 'floor')", "safe", "select|list", "selectattr('age')|list", "slice(2)|list", "sort", "string",
    "striptags", "sum", "title", "tojson", "trim", "truncate(5)", "unique|list", "upper", "urlencode", "urlize",
    "wordcount", "wordwrap(3)", "xmlattr",
]


URLIZE_TEXTS = {
    "plain": "see https://example.com/a?b=1 and www.x.org, or http://x.io.",
    "bare": "visit example.com or foo.net/path?q=1 and not example.zzz",
    "parens": "(see http://a.com/x) and <http://b.org> and [www.c.com] (http://d.com/(x))",
    "email": "mail me@example.com or mailto:you@x.org, not @me or a@b",
    "ip": "http://127.0.0.1:8080/x and https://[::1]/ and http://999.1.1.1",
    "schemes": "ftp://files.x.org/a and ftp:x and tel:+123 and FTP://up.case",
    "escape": "<b>x</b> & \"q\" 'a' http://x.com/?a=1&b=2",
    "idna": "https://xn--bcher-kva.example and WWW.UPPER.COM and https://a.b/ünï",
    "spaces": "a\thttp://x.com\nwww.y.com  z",
    "trailing": "http://x.com... www.y.com), www.z.com&gt; http://w.com/a.b,",
}
URLIZE_ARGS = ["", "(10)", "(3)", "(0)", "(-3)", "(true)", "(nofollow=true, rel='me nofollow')", "(target='_blank')",
               "(rel='')", "(extra_schemes=['ftp:', 'tel:'])", "(extra_schemes=['ftp://', 'ftp:'])",
               "(extra_schemes=['x'])", "(trim_url_limit=8, target='t\"', rel='a b')"]


GROUPBY = [
    "{{ us.v|groupby('role') }}", "{{ us.v|groupby('age')|list }}", "{{ (us.v|groupby('age'))[0] }}",
    "{{ (us.v|groupby('age'))[0]|list }}|{{ (us.v|groupby('age'))[0]|length }}",
    "{% for g in us.v|groupby('age') %}{{ g.grouper }}={{ g.list|map(attribute='name')|join(',') }};{% endfor %}",
    "{% for k, items in us.v|groupby('age') %}{{ k }}:{{ items|length }} {% endfor %}",
    "{% set g = (us.v|groupby('age'))[1] %}{{ g[0] }} {{ g.grouper }} {{ g.zz is defined }}",
    "{{ us.v|groupby('role', default='none')|map(attribute='grouper')|list }}",
    "{{ [{'a': 'X'}, {'a': 'x'}, {'a': 'y'}]|groupby('a') }}",
    "{{ [{'a': 'X'}, {'a': 'x'}, {'a': 'y'}]|groupby('a', case_sensitive=true) }}",
    "{{ [{'a': {'b': 2} }, {'a': {'b': 1} }]|groupby('a.b') }}", "{{ [[1, 'x'], [0, 'y'], [1, 'z']]|groupby(0) }}",
    "{{ us.v|groupby('zz') }}", "{{ us.v|groupby('zz', default=0)|list }}", "{{ [1, 2]|groupby('a') }}",
    "{{ us.v|groupby('age') == [(25, [us.v[1]]), (31, [us.v[0], us.v[2]])] }}",
]


WRAP_TEXTS = {"words": "Hello wonderful World", "long": "a verylongwordindeed b", "hyphen": "well-known x-ray co--op",
              "lines": "one two three\nfour five\n\nsix", "spaces": "a  b   c    d", "tabs": "a\tb c\td",
              "unicode": "é ü straße naïve"}
WRAP_ARGS = ["(5)", "(6)", "(6, false)", "(6, wrapstring='|')", "(4, break_on_hyphens=false)", "(1)", "(0)",
             "(3, true, '-', false)", "(10)"]


def wordwrap(corpus):
    for text_name, text in WRAP_TEXTS.items():
        for i, arguments in enumerate(WRAP_ARGS):
            corpus.add("tf-filter-wordwrap-text-%s-%d" % (text_name, i), "{{ x|wordwrap%s }}" % arguments,
                       {"x": S}, {"x": text})


# Filters with their arguments on a few value kinds; x is the value, x.v when it sits in an object input.
ARGUMENT_EXPRESSIONS = [
    "x|attr('a')", "x|batch(2, 'z')|list", "x|batch(0)|list", "x|batch(-1)|list", "x|batch(2.5)|list", "x|capitalize",
    "x|center", "x|center(2)", "x|center(10)|length", "x|dictsort", "x|dictsort(true)", "x|dictsort(by='value')",
    "x|dictsort(reverse=true)", "x|dictsort(false, 'value', true)", "x|escape", "x|e|e", "x|forceescape",
    "x|filesizeformat", "x|filesizeformat(true)", "x|first", "x|float", "x|float('d')", "x|int", "x|int(7)",
    "x|int(base=16)", "x|format(1)", "x|indent", "x|indent(2, true)", "x|indent('>', blank=true)",
    "x|indent(first=true)", "x|join", "x|join(', ')", "x|join(attribute='name')", "x|join(1)", "x|last", "x|length",
    "x|list", "x|lower", "x|map('upper')|list",
    "x|map(attribute='zz', default='d')|list", "x|map('default', 'q')|list", "x|max", "x|max(attribute='age')",
    "x|max(case_sensitive=true)", "x|min", "x|min(attribute='name')", "x|pprint", "x|reject('odd')|list",
    "x|reject('none')|list", "x|rejectattr('role')|list", "x|rejectattr('age', 'gt', 26)|list",
    "x|replace('a', 'X', 1)", "x|replace('', '-')", "x|reverse|list", "x|round(2)", "x|safe",
    "x|select('string')|list", "x|select('gt', 1)|list", "x|select('in', [1, 'a'])|list",
    "x|selectattr('role', 'none')|list", "x|selectattr('age', 'equalto', 31)|list",
    "x|selectattr('name', 'lower')|list", "x|slice(3)|list", "x|slice(2, 'z')|list", "x|slice(0)|list", "x|sort",
    "x|sort(true)", "x|sort(attribute='age')", "x|sort(attribute='age,name')", "x|sort(case_sensitive=true)",
    "x|sort(attribute='role')", "x|string", "x|striptags", "x|sum", "x|sum(attribute='age')", "x|sum(start=[])",
    "x|sum(start=0.5)", "x|title", "x|tojson", "x|tojson(2)", "x|trim", "x|trim('[]')", "x|truncate(3)",
    "x|truncate(8, true)", "x|truncate(8, end='')", "x|truncate(2)", "x|unique|list",
    "x|unique(attribute='age')|list", "x|unique(true)|list", "x|upper", "x|urlencode", "x|wordcount", "x|xmlattr",
    "x|xmlattr(false)", "x|items|list", "x|count", "x|default('d')", "x|d(none, true)", "x|yaml",
]

ARGUMENT_SUBJECTS = {
    "str": (S, "aB c-d <i>x</i> 12"), "list": (LIST, ["b", "A", "a", "c"]),
    "nums": (OBJ, {"v": [3, 1.5, -2, True, 0, 10 ** 20]}), "dict": (OBJ, {"b": 2, "A": 1, "c": None, "d": "x y"}),
    "users": (OBJ, {"v": [{"name": "ann", "age": 31, "role": "admin"}, {"name": "Bob", "age": 25, "role": None},
                          {"name": "cy", "age": 31.0, "role": "dev"}]}),
    "mixed": (OBJ, {"v": [1, "a", None, [1], {"k": 1}]}), "int": (NUM, 1234567), "float": (NUM, -1234.5678),
    "big": (NUM, 10 ** 22),
}

LONG = "word " * 30
PPRINT = {
    "users": GIVEN["us"]["v"],
    "nested": {"z": {"deep": {"deeper": ["x" * 30, "y" * 30, {"k": "v" * 50}]}}, "a": [1, 2, 3] * 10,
               "m": "line one\nline two " * 5},
    "longstr": LONG, "longlines": "first line here\n" * 8, "longword": "x" * 100, "shortlist": [1, 2],
    "strlist": [LONG, "b"], "dictstr": {"k": LONG}, "pairs": {"t": [[1, 2]] * 20}, "empty": {"a": [], "b": {}, "c": ""},
}
CONTAINER_REPRS = ["{{ [x.v|e] }}", "{{ [x.v|safe, (x.v|e, 1)] }}", "{{ {'k': x.v|e} }}", "{{ (x.v|e)|pprint }}",
                   "{{ [x.v|e]|tojson }}", "{{ [x.v|e]|string }}", "{{ [none if false] }}",
                   "{{ [x.v|e, x.v|e, x.v|e, x.v|e, x.v|e, x.v|e, x.v|e, x.v|e]|pprint }}",
                   "{{ ([x.v] * 12)|pprint }}", "{{ (x.v, x.v, x.v, x.v, x.v, x.v, x.v, x.v)|pprint }}", "{{ ((x.v * 9),)|pprint }}"]


def arguments(corpus):
    for i, expression in enumerate(ARGUMENT_EXPRESSIONS):
        for name, (spec, value) in ARGUMENT_SUBJECTS.items():
            subject = "x.v" if spec is OBJ and name != "dict" else "x"
            corpus.add("tf-filter-args-%03d-%s" % (i, name), "{{ " + expression.replace("x", subject, 1) + " }}",
                       {"x": spec}, {"x": value})
    for name, value in PPRINT.items():
        corpus.add("tf-filter-pprint-wide-%s" % name, "{{ x.v|pprint }}", {"x": OBJ}, {"x": {"v": value}})
    # A missing attribute in map(attribute=...) fails at once here; Jinja2 gives undefined items.
    corpus.add("tf-filter-map-missing-attribute", "{{ x|map(attribute='name')|list }}", {"x": LIST}, {"x": ["a"]})
    for i, template in enumerate(CONTAINER_REPRS):
        corpus.add("tf-filter-repr-%02d" % i, template, {"x": OBJ}, {"x": {"v": "<abcdefgh> "}})


# Text filters on marked-up text, and arguments of the wrong kind (a float where Python needs an int).
TEXT_EXPRESSIONS = [
    "x|e|replace('a', '<')", "x|e|upper", "x|e|title", "x|e|trim", "x|e|truncate(4)", "x|e|center(12)",
    "x|e|indent(2)", "x|e|wordwrap(3)", "x|e|striptags", "x|e|format", "x|e ~ '<'", "x|e|join('<')", "x|e|list",
    "x|e|reverse", "x|e|first", "x|e|length", "x|e|string", "x|e|safe|e", "x|forceescape|forceescape", "x|e|urlize",
    "x|e|wordcount", "x|e|capitalize", "x|e|lower", "x|e|tojson", "x|e|int", "x|e|float", "x|e|urlencode",
    "x|e|filesizeformat", "x|e|pprint", "x|e|sort|join", "x|urlencode", "x|tojson", "x|tojson(indent=2)",
    "x|filesizeformat", "x|filesizeformat(true)", "x|int", "x|int(base=2)", "x|float", "x|string", "x|xmlattr",
    "x|center(-3)", "x|center(5.5)", "x|indent(-2)", "x|indent(2.5)", "x|truncate(3, leeway=0)", "x|truncate(-1)",
    "x|truncate(4, end='!!')", "x|wordwrap(-1)", "x|replace(1, 2)", "x|replace('a')", "x|trim(1)", "x|format(x)",
    "x|format(a=1)", "x|striptags", "x|wordcount", "x|title", "x|capitalize", "x|round(1.5)", "x|round(-1.0)",
    "x|round(method='x')", "x|abs|abs", "x|sum(attribute=0)", "x|dictsort(by='x')", "x|slice(2.5)|list",
    "x|batch('2')|list", "x|join(none)", "x|default", "x|default(true)", "x|d(x, true)",
]
TEXT_SUBJECTS = {
    "str": (S, "ab<Cd> &amp; 12\ne f"), "html": (S, "<p class=\"a\">Hi <b>there</b></p>  <br/>x"), "num": (NUM, 1536),
    "float": (NUM, 1.5e9), "neg": (NUM, -2.5), "bool": (BOOL, True), "none": (OPT, None), "list": (LIST, ["b", "a"]),
    "pairs": (OBJ, {"v": [[1, "x"], [0, "y"]]}), "dict": (OBJ, {"a b": "x&y", "c": True, "n": None, "l": [1]}),
    "empty": (OPT, ""),
}


def text_filters(corpus):
    for i, expression in enumerate(TEXT_EXPRESSIONS):
        for name, (spec, value) in TEXT_SUBJECTS.items():
            template = "{{ " + (expression.replace("x", "x.v", 1) if name == "pairs" else expression) + " }}"
            corpus.add("tf-filter-text-%03d-%s" % (i, name), template, {"x": spec}, {} if value is None else {"x": value})


# One template each: filters on edge values of every kind (markup attributes, JSON, URL encoding, sizes,
# number parsing, mixed-type ordering, sums, defaults, ...).
MISC_TEMPLATES = [
    "{{ {'a': '<x>', 'b': none, 'c': true, 'd': 1.5, 'e': [1]}|xmlattr }}",
    "{{ {'a b': 1}|xmlattr }}",
    "{{ {'a>': 1}|xmlattr }}",
    "{{ {}|xmlattr }}",
    "{{ {'a': 'x', 'b': 'y'}|xmlattr(false) }}",
    "{{ {'<': '&', 'é': \"'\", 'k': [1, {'n': none}]}|tojson }}",
    "{{ 'a</script>'|tojson }}",
    "{{ [1.0, 1e20, -0.0, true]|tojson }}",
    "{{ {'b': 1, 'a': 2}|tojson }}",
    "{{ {1: 'a'}|tojson }}",
    "{{ 'a b&c=d/é?'|urlencode }}",
    "{{ {'a': 'b c', 'd': 1}|urlencode }}",
    "{{ [('a', 1), ('b', 'é')]|urlencode }}",
    "{{ 42|urlencode }}",
    "{{ none|urlencode }}",
    "{{ ['a b']|urlencode }}",
    "{{ 0|filesizeformat }}",
    "{{ 1|filesizeformat }}",
    "{{ 999|filesizeformat }}",
    "{{ 1000|filesizeformat }}",
    "{{ 1023|filesizeformat(true) }}",
    "{{ 1024|filesizeformat(true) }}",
    "{{ -5000|filesizeformat }}",
    "{{ 1e30|filesizeformat }}",
    "{{ '2000'|filesizeformat }}",
    "{{ 'x'|filesizeformat }}",
    "{{ 2.5|filesizeformat }}",
    "{{ '0x1A'|int }}|{{ '0x1A'|int(base=16) }}|{{ '0x1A'|int(base=0) }}|{{ ' 12 '|int }}|{{ '1e3'|int }}|{{ '1_000'|int }}|{{ '12.7'|int }}|{{ '-0'|int }}|{{ ''|int }}|{{ none|int }}|{{ true|int }}|{{ [1]|int }}",
    "{{ ' 1.5 '|float }}|{{ '1e3'|float }}|{{ 'nan'|float }}|{{ 'inf'|float }}|{{ '1_0.5'|float }}|{{ none|float }}|{{ true|float }}|{{ 'x'|float(none) }}|{{ 7|float }}",
    "{{ [1, 'a']|sort }}",
    "{{ [1, 'a']|max }}",
    "{{ [1, none]|min }}",
    "{{ [[2], [1, 2]]|sort }}",
    "{{ [true, 0.5, 2]|sort }}",
    "{{ ['b', 'A', 'a']|unique|list }}",
    "{{ [1, 1.0, true]|unique|list }}",
    "{{ [[1], [1]]|unique|list }}",
    "{{ [0.1, 0.2]|sum }}",
    "{{ [1, 2.5]|sum(start=1) }}",
    "{{ ['a']|sum(start='') }}",
    "{{ [[1], [2]]|sum(start=[]) }}",
    "{{ {'b': 1, 'a': 2, 'C': 0}|dictsort }}",
    "{{ {'b': 1, 'a': 2, 'C': 0}|dictsort(true) }}",
    "{{ {'a': 'B', 'b': 'a'}|dictsort(by='value') }}",
    "{{ {'a': 1, 'b': 'x'}|dictsort(by='value') }}",
    "{{ [1]|dictsort }}",
    "{{ ''|default('d') }}|{{ 0|default('d') }}|{{ 0|default('d', true) }}|{{ false|d('d', boolean=true) }}|{{ none|d }}|{{ []|d('e') }}",
    "{{ ''|first }}",
    "{{ [3, 1]|sort(reverse=true) }}|{{ ['b', 'A']|sort(case_sensitive=true) }}|{{ ['b', 'A']|sort }}",
    "{{ ['a', 'B']|min }}|{{ ['a', 'B']|max(case_sensitive=true) }}",
    "{{ 'a,b'|list }}|{{ (1, 2)|list }}|{{ {'a': 1}|list }}|{{ 'ab'|reverse }}|{{ (1, 2)|reverse|list }}|{{ {'a': 1, 'b': 2}|reverse|list }}",
    "{{ 'hello world'|title }}|{{ \"it's o'neil-x\"|title }}|{{ 'ÉCOLE'|lower }}|{{ 'straße'|upper }}|{{ 'ǆ x'|capitalize }}|{{ 'ﬁne'|title }}",
    "{{ '  a b  '|trim }}|{{ 'xxaxx'|trim('x') }}|{{ ' a '|trim|length }}|{{ 'a b   c'|wordcount }}|{{ 'a-b c_d'|wordcount }}|{{ 'é ü'|wordcount }}",
    "{{ '<a href=\"x\">b</a>  <!-- c -->  d\n e'|striptags }}|{{ 'a &amp; b &lt;'|striptags }}|{{ '&#39;&nbsp;x'|striptags }}",
    "{{ 'abcdefghij'|truncate(5) }}|{{ 'abcdefghij'|truncate(9, leeway=0) }}|{{ 'ab cd ef gh'|truncate(9, leeway=0) }}|{{ 'ab cd ef gh'|truncate(9, true, leeway=0) }}|{{ 'ab'|truncate(3, end='') }}",
    "{{ 'a\nb\n\nc'|indent }}|{{ 'a\nb\n\nc'|indent(2, true, true) }}|{{ ''|indent(first=true) }}|{{ 'a\r\nb'|indent(1) }}",
    "{{ '%s-%s'|format(1, 2) }}|{{ '%(a)s'|format(a='x') }}|{{ '%d'|format('x') }}",
    "{{ [1, 2, 3, 4, 5]|slice(3)|list }}|{{ [1, 2, 3, 4]|slice(3, 0)|list }}|{{ []|slice(2)|list }}|{{ [1, 2, 3]|batch(2, 0)|list }}|{{ []|batch(2)|list }}",
    "{{ 'a' is lt 1 }}",
    "{{ x is eq }}",
    "{{ 3 is divisibleby(1, 2) }}",
    "{% for t in ['1.5f', '0x10', '1__0', '_1', '1_', '.5', '5.', 'e5', '1e', '+1E+2', ' -inf ', 'Infinity', 'nAn', '1_0e1_0'] %}{{ t|float(-1) }} {% endfor %}",
]


def misc(corpus):
    for i, template in enumerate(MISC_TEMPLATES):
        corpus.add("tf-filter-misc-%02d" % i, template, {"x": NUM}, {"x": 4})


# Every test as select's test and filters as map's filter, over lists of mixed value kinds.
SELECT_TEMPLATES = [
    "{{ v|select('number')|list }}", "{{ v|select('string')|list }}", "{{ v|reject('none')|list }}",
    "{{ v|select('sequence')|list }}", "{{ v|select('mapping')|list }}", "{{ v|select('iterable')|list }}",
    "{{ v|select('boolean')|list }}", "{{ v|select('integer')|list }}", "{{ v|select('float')|list }}",
    "{{ v|select('defined')|list }}", "{{ v|select('callable')|list }}", "{{ v|select('escaped')|list }}",
    "{{ v|select('true')|list }}", "{{ v|select('false')|list }}", "{{ v|select('eq', 1)|list }}",
    "{{ v|select('ne', 1)|list }}", "{{ v|select('sameas', none)|list }}",
    "{{ v|select('in', [1, 'a', none])|list }}", "{{ v|select('lower')|list }}", "{{ v|select('upper')|list }}",
    "{{ v|select('filter')|list }}", "{{ v|select('test')|list }}", "{{ v|select('==', 1)|list }}",
    "{{ v|select('>', 0)|list }}", "{{ v|select('nosuch')|list }}", "{{ v|select('odd')|list }}",
    "{{ v|select('divisibleby', 2)|list }}", "{{ v|select('undefined')|list }}", "{{ v|map('lower')|list }}",
    "{{ v|map('string')|list }}", "{{ v|map('default', 'x')|list }}", "{{ v|map('round')|list }}",
    "{{ v|map('int')|list }}", "{{ v|map('length')|list }}", "{{ v|map('abs')|list }}",
    "{{ v|map('replace', 'a', 'b')|list }}", "{{ v|map('truncate', 3, true, '')|list }}", "{{ v|map('e')|list }}",
    "{{ v|map('nosuch')|list }}", "{{ v|map()|list }}", "{{ v|select|list }}", "{{ v|reject|list }}", "{{ v|first }}",
    "{{ v|last }}", "{{ v|min }}", "{{ v|join('|') }}", "{{ v|unique|list }}", "{{ v|batch(2)|list }}",
    "{{ v|count }}", "{{ v|tojson }}",
]
SELECT_VALUES = {"mixed": [1, "a", None, True, 2.5, [1], {"k": 1}, "AB", "upper", 0, ""], "nums": [3, -1, 2.0, 0, True],
                 "strs": ["b", "A", "", "odd", "Ab"]}


def select_map(corpus):
    for i, template in enumerate(SELECT_TEMPLATES):
        for name, value in SELECT_VALUES.items():
            corpus.add("tf-filter-select-%02d-%s" % (i, name), template.replace("v|", "o.v|"), {"o": OBJ}, {"o": {"v": value}})


def groupby(corpus):
    for i, template in enumerate(GROUPBY):
        corpus.add("tf-filter-groupby-case-%02d" % i, template, INPUTS, GIVEN)


def filter_label(expression):
    return label(expression)


def urlize(corpus):
    for text_name, text in URLIZE_TEXTS.items():
        for i, arguments in enumerate(URLIZE_ARGS):
            corpus.add("tf-filter-urlize-text-%s-%02d" % (text_name, i), "{{ x|urlize%s }}" % arguments,
                       {"x": S}, {"x": text})
    corpus.add("tf-filter-urlize-markup", "{{ ('<b>' ~ x)|safe|urlize }}", {"x": S}, {"x": " www.x.com"})


def filters(corpus):
    for expression in FILTER_EXPRESSIONS:
        for name, subject in FILTER_SUBJECTS.items():
            corpus.add("tf-filter-%s-%s" % (filter_label(expression), name),
                       "{{ %s|%s }}" % (subject, expression), INPUTS, GIVEN)


def main():
    corpus = Corpus()
    tests(corpus)
    filters(corpus)
    urlize(corpus)
    groupby(corpus)
    wordwrap(corpus)
    arguments(corpus)
    text_filters(corpus)
    misc(corpus)
    select_map(corpus)
    corpus.write(sys.stdout)
    sys.stderr.write("jinja2 %s: %d cases; left out (they print object addresses): %s\n" % (
        jinja2.__version__, len(corpus.cases), ", ".join(corpus.skipped)))


if __name__ == "__main__":
    main()
