"""Systematic families: every built-in filter with its documented parameters, every test, every
global but lipsum."""
from reference_env import BOOL, LIST, NUM, OBJ, OPT, S

# Inputs a filter is applied to, by name.
SUBJECTS = {
    "str": (S, "Hello wonderful World"),
    "strpad": (S, "  padded text  "),
    "strmulti": (S, "line one\nline two\n\nline four"),
    "strhtml": (S, "<b>bold</b> &amp; <i>it's</i>"),
    "strnum": (S, "42"),
    "strfloat": (S, "3.75"),
    "strurl": (S, "see https://example.com/a?b=1 and www.x.org"),
    "strunicode": (S, "straße café 你好"),
    "empty": (OPT, ""),
    "int": (NUM, 42),
    "neg": (NUM, -7),
    "float": (NUM, 3.14159),
    "bigfloat": (NUM, 1234567.891),
    "bool": (BOOL, True),
    "none": (OPT, None),
    "list": (LIST, ["pear", "Apple", "fig", "apple"]),
    "emptylist": (LIST, []),
    "dict": (OBJ, {"b": 2, "A": 3, "c": 1}),
    "nums": (OBJ, {"v": [3, 1.5, -2, 10]}),
    "users": (OBJ, {"v": [{"name": "ann", "age": 31, "role": "admin"}, {"name": "Bob", "age": 25, "role": "dev"},
                          {"name": "cy", "age": 31, "role": "dev"}]}),
    "nested": (OBJ, {"v": [[1, 2], [3], []]}),
}

STR = ["str", "strpad", "strunicode", "empty"]
NUMS = ["int", "neg", "float", "bigfloat"]
ANY = ["str", "int", "float", "bool", "none", "list", "dict", "empty", "emptylist"]

# filter name -> (expressions over X, subjects). X is replaced by the subject variable.
FILTERS = {
    "abs": (["X|abs"], NUMS + ["str", "bool"]),
    "attribute": (["X|attribute('a')", "X|attribute('k')"], ["dict"]),
    "batch": (["X|batch(2)|list", "X|batch(3, 'z')|list", "X|batch(1)|list"], ["list", "emptylist", "str"]),
    "capitalize": (["X|capitalize"], STR + ["int"]),
    "center": (["X|center", "X|center(30)", "[{{ X|center(5) }}]", "X|center(26)"], STR + ["int"]),
    "count": (["X|count"], ANY),
    "default": (["X|default", "X|default('dflt')", "X|default('dflt', true)", "X|d('short')",
                 "X|default(X)"], ANY),
    "dictsort": (["X|dictsort", "X|dictsort(true)", "X|dictsort(by='value')", "X|dictsort(reverse=true)",
                  "X|dictsort(false, 'value', true)"], ["dict", "list"]),
    "escape": (["X|escape", "X|e"], STR + ["strhtml", "int", "none"]),
    "filesizeformat": (["X|filesizeformat", "X|filesizeformat(true)"],
                       NUMS + ["strnum", "str"]),
    "first": (["X|first"], ["list", "emptylist", "str", "empty", "dict", "int"]),
    "float": (["X|float", "X|float(1.5)"], NUMS + ["strnum", "strfloat", "str", "bool", "none"]),
    "forceescape": (["X|forceescape"], ["strhtml", "int"]),
    "format": (["'%s!'|format(X)", "'%r'|format(X)", "'%d items'|format(X)", "'%-6s|'|format(X)",
                "'%(k)s'|format(X)", "'%.3f'|format(X)", "'%5.1f|%x'|format(X, 255)"], ANY),
    "groupby": (["X.v|groupby('role')|list", "X.v|groupby('age')|map(attribute='grouper')|list",
                 "X.v|groupby('role', default='none')|list", "X.v|groupby('name', case_sensitive=true)|list"],
                ["users"]),
    "indent": (["X|indent", "X|indent(2)", "X|indent(2, true)", "X|indent(2, blank=true)", "X|indent('> ')",
                "X|indent(width=3, first=true, blank=true)"], ["strmulti", "str", "empty"]),
    "int": (["X|int", "X|int(9)", "X|int(base=16)", "'0x1A'|int(0, 16)", "'0b11'|int(0, 2)"],
            NUMS + ["strnum", "strfloat", "str", "bool", "none"]),
    "items": (["X|items|list"], ["dict", "none"]),
    "join": (["X|join", "X|join(', ')", "X|join(attribute='name')", "X|join('-')"], ["list", "emptylist", "str",
                                                                                       "dict"]),
    "join-attr": (["X.v|join(', ', attribute='name')"], ["users"]),
    "last": (["X|last"], ["list", "emptylist", "str", "int"]),
    "length": (["X|length", "X|count"], ANY),
    "list": (["X|list"], ["str", "list", "dict", "int", "emptylist"]),
    "lower": (["X|lower"], STR + ["int"]),
    "map": (["X|map('upper')|list", "X|map('length')|list", "X|map('replace', 'p', 'P')|list",
             "X.v|map(attribute='name')|list", "X.v|map(attribute='missing', default='-')|list"],
            ["list", "users"]),
    "max": (["X|max", "X|max(case_sensitive=true)", "X.v|max(attribute='age')"], ["list", "emptylist", "nums",
                                                                                     "users"]),
    "min": (["X|min", "X|min(case_sensitive=true)", "X.v|min(attribute='age')"], ["list", "emptylist", "nums",
                                                                                     "users"]),
    "minmax-nums": (["X.v|max", "X.v|min", "X.v|sum", "X.v|sort", "X.v|sort(reverse=true)"], ["nums"]),
    "pprint": (["X|pprint"], ANY),
    "reject": (["X|reject('equalto', 'fig')|list", "X|reject|list", "X|reject('lower')|list"], ["list", "emptylist"]),
    "rejectattr": (["X.v|rejectattr('role', 'equalto', 'dev')|list", "X.v|rejectattr('age', 'gt', 30)|list"],
                   ["users"]),
    "replace": (["X|replace('o', '0')", "X|replace('o', '0', 1)", "X|replace('', '-')", "X|replace('l', '')"],
                STR + ["int"]),
    "reverse": (["X|reverse", "X|reverse|list", "X|reverse|join"], ["str", "list", "emptylist", "int"]),
    "round": (["X|round", "X|round(2)", "X|round(1, 'floor')", "X|round(1, 'ceil')", "X|round(-1)",
               "X|round(0, 'common')"], NUMS + ["str", "bool"]),
    "safe": (["X|safe"], ["strhtml", "int"]),
    "select": (["X|select('lower')|list", "X|select|list", "X|select('equalto', 'fig')|list",
                "X|select('ne', 'fig')|list", "X|select('in', ['fig', 'pear'])|list"], ["list", "emptylist"]),
    "select-num": (["X.v|select('odd')|list", "X.v|select('gt', 2)|list", "X.v|select('number')|list"],
                   ["nums"]),
    "selectattr": (["X.v|selectattr('role', 'equalto', 'dev')|list", "X.v|selectattr('age', 'ge', 30)|list",
                    "X.v|selectattr('name')|map(attribute='age')|list"], ["users"]),
    "slice": (["X|slice(2)|list", "X|slice(3, 'z')|list", "X|slice(5)|list"], ["list", "emptylist"]),
    "sort": (["X|sort", "X|sort(true)", "X|sort(case_sensitive=true)", "X|sort(reverse=true, case_sensitive=true)",
              "X.v|sort(attribute='age')|map(attribute='name')|list",
              "X.v|sort(attribute='age,name')|map(attribute='name')|list"], ["list", "emptylist", "users", "str"]),
    "string": (["X|string", "X|string|length"], ANY),
    "striptags": (["X|striptags"], ["strhtml", "str", "strmulti"]),
    "sum": (["X|sum", "X|sum(start=10)", "X.v|sum(attribute='age')"], ["nums", "list", "emptylist", "users"]),
    "title": (["X|title"], STR + ["strhtml", "int"]),
    "tojson": (["X|tojson", "X|tojson(2)", "X|tojson(indent=1)"], ANY + ["strhtml", "users"]),
    "trim": (["X|trim", "X|trim('ad ')", "[{{ X|trim }}]"], STR + ["int"]),
    "truncate": (["X|truncate", "X|truncate(10)", "X|truncate(10, true)", "X|truncate(10, false, '…')",
                  "X|truncate(12, leeway=0)", "X|truncate(5, true, '')", "X|truncate(19)"], STR + ["strmulti"]),
    "unique": (["X|unique|list", "X|unique(case_sensitive=true)|list", "X.v|unique(attribute='role')|list"],
               ["list", "emptylist", "users", "str"]),
    "upper": (["X|upper"], STR + ["int"]),
    "urlencode": (["X|urlencode"], STR + ["strurl", "dict", "list", "int"]),
    "urlize": (["X|urlize", "X|urlize(10)", "X|urlize(target='_blank')", "X|urlize(rel='x')"],
               ["strurl", "str"]),
    "wordcount": (["X|wordcount"], STR + ["strmulti", "strhtml", "int"]),
    "wordwrap": (["X|wordwrap(5)", "X|wordwrap(8, false)", "X|wordwrap(6, wrapstring='|')",
                  "X|wordwrap(10, break_on_hyphens=false)"], STR + ["strmulti"]),
    "xmlattr": (["X|xmlattr", "X|xmlattr(false)"], ["dict"]),
    "yaml": (["X|yaml"], ANY + ["users", "strmulti", "strunicode"]),
}


def filters(corpus):
    for filter_name, (expressions, subjects) in FILTERS.items():
        for i, expression in enumerate(expressions):
            for subject in subjects:
                spec, value = SUBJECTS[subject]
                text = expression.replace("X", "x")
                template = text if text.startswith("[") else "{{ " + text + " }}"
                given = {} if value is None else {"x": value}
                corpus.add("filter-%s-%d-%s" % (filter_name, i, subject), template, {"x": spec}, given)
    chains = ["{{ x|trim|upper|replace('O', '0') }}", "{{ x|lower|title }}", "{{ x|list|unique|sort|join }}",
              "{{ x|length * 2 }}", "{{ (x|upper)[0:3] }}", "{{ x|default('z')|upper }}", "{{ -x|length }}",
              "{{ x|upper ~ '!' }}", "{{ x|truncate(9)|length }}", "{{ x.split()|map('capitalize')|join(' ') }}",
              "{% filter upper %}{{ x }} done{% endfilter %}", "{% filter replace('o', '0') %}x={{ x }}{% endfilter %}",
              "{{ x|wordcount|string|length }}", "{{ x|replace(' ', '_')|lower }}"]
    for i, template in enumerate(chains):
        corpus.add("filter-chain-%02d" % i, template, {"x": S}, {"x": "Hello wonderful World"})
    for name in ["nosuchfilter", "random"]:
        corpus.add("filter-unknown-%s" % name, "{{ x|%s }}" % name if name != "random" else "{{ [x]|random }}",
                   {"x": S}, {"x": "a"})


TESTS = ["defined", "undefined", "none", "boolean", "false", "true", "integer", "float", "number", "string",
         "mapping", "iterable", "sequence", "callable", "lower", "upper", "escaped", "even", "odd",
         "divisibleby(3)", "sameas(true)", "sameas(none)", "eq(42)", "equalto('ab')", "ne(42)", "lt(10)",
         "le(42)", "gt(10)", "greaterthan(5)", "lessthan(5)", "ge(42)", "in(['ab', 42])", "in('abc')",
         "filter", "test"]
TEST_SUBJECTS = {
    "int": (NUM, 42), "float": (NUM, 4.5), "true": (BOOL, True), "false": (BOOL, False), "none": (OPT, None),
    "str": (S, "ab"), "upper": (S, "AB"), "list": (LIST, ["a"]), "dict": (OBJ, {"a": 1}),
}


def tests(corpus):
    for test in TESTS:
        label = test.replace("(", "-").replace(")", "").replace("'", "").replace("[", "").replace("]", "") \
            .replace(", ", "-").replace(" ", "")
        for subject, (spec, value) in TEST_SUBJECTS.items():
            given = {} if value is None else {"x": value}
            corpus.add("test-%s-%s" % (label, subject), "{{ x is %s }}|{{ x is not %s }}" % (test, test),
                       {"x": spec}, given)
    for i, template in enumerate(["{{ missing is defined }}", "{{ missing is undefined }}",
                                  "{{ o.a is defined }}", "{{ o.zz is defined }}", "{{ o.zz is undefined }}",
                                  "{% if missing is defined %}d{% else %}u{% endif %}", "{{ 'upper' is filter }}",
                                  "{{ 'nope' is filter }}", "{{ 'odd' is test }}", "{{ x is nosuchtest }}",
                                  "{{ x is divisibleby 2 }}", "{{ x is sameas x }}", "{{ range is callable }}",
                                  "{{ o.items is callable }}", "{{ [1,2] is sequence }}", "{{ (1,) is iterable }}"]):
        corpus.add("test-extra-%02d" % i, template, {"x": NUM, "o": OBJ}, {"x": 4, "o": {"a": 1}})


GLOBALS = [
    "{{ range(5)|list }}", "{{ range(2, 5)|list }}", "{{ range(0, 10, 3)|list }}", "{{ range(5, 0, -2)|list }}",
    "{{ range(0)|list }}", "{{ range(-3)|list }}", "{{ range(1, 5)|sum }}", "{{ range(3) }}",
    "{{ range(x)|join(',') }}", "{{ range(0, 5, 0)|list }}", "{{ range('a')|list }}", "{{ range(2.5)|list }}",
    "{% for i in range(3) %}{{ i }}{% endfor %}", "{{ range(10)[2:5]|list }}", "{{ range(5)|length }}",
    "{{ dict(a=1, b='x') }}", "{{ dict() }}", "{{ dict(a=1).a }}", "{{ dict(z=1, a=2)|dictsort }}",
    "{{ dict({'a': 1}, b=2) }}",
    "{% set c = cycler('a', 'b', 'c') %}{{ c.next() }}{{ c.next() }}{{ c.current }}{{ c.next() }}{{ c.next() }}",
    "{% set c = cycler('odd', 'even') %}{% for i in range(3) %}{{ c.next() }} {% endfor %}{% do c.reset() %}",
    "{% set c = cycler('a', 'b') %}{{ c.next() }}{{ c.reset() }}{{ c.next() }}",
    "{% set c = cycler() %}{{ c.current }}",
    "{% set j = joiner() %}{% for i in range(3) %}{{ j() }}{{ i }}{% endfor %}",
    "{% set j = joiner(' | ') %}{% for x in xs %}{{ j() }}{{ x }}{% endfor %}",
    "{% set ns = namespace(total=0, seen=[]) %}{% for i in range(4) %}{% set ns.total = ns.total + i %}{% endfor %}{{ ns.total }}",
    "{% set ns = namespace() %}{% set ns.a = 1 %}{{ ns.a }}",
    "{% set ns = namespace(a=1) %}{{ ns.b }}",
    "{% set ns = namespace(found=false) %}{% for x in xs %}{% if x == 'b' %}{% set ns.found = true %}{% endif %}{% endfor %}{{ ns.found }}",
    "{% set ns = namespace(d={'k': 1}) %}{{ ns.d.k }}",
    "{{ namespace(a=1) }}",
]


def globals_(corpus):
    for i, template in enumerate(GLOBALS):
        corpus.add("global-%02d" % i, template, {"x": NUM, "xs": LIST}, {"x": 4, "xs": ["a", "b", "c"]})


ALL = [filters, tests, globals_]
