"""Systematic families: Python repr of values, string/list/dict methods, slicing, %-formatting,
str.format, error cases and input coercion."""
from reference_env import BOOL, LIST, NUM, OBJ, OPT, S

REPR_INPUTS = {
    "int": (NUM, 7), "negint": (NUM, -12), "bigint": (NUM, 12345678901234567890), "longint": (NUM, 2 ** 63),
    "float": (NUM, 2.5), "float1e16": (NUM, 1e16), "float1e15": (NUM, 1e15), "float1e-5": (NUM, 1e-5),
    "float1e-4": (NUM, 0.0001), "negzero": (NUM, -0.0), "float-int": (NUM, 3.0), "float-tenth": (NUM, 0.1),
    "float-big": (NUM, 1.7976931348623157e308), "float-tiny": (NUM, 5e-324), "float-third": (NUM, 1 / 3),
    "true": (BOOL, True), "false": (BOOL, False), "none": (OPT, None),
    "str": (S, "plain"), "str-quote": (S, "it's"), "str-dquote": (S, 'say "hi"'), "str-both": (S, "it's \"x\""),
    "str-backslash": (S, "back\\slash"), "str-newline": (S, "a\nb\tc\rd"), "str-unicode": (S, "é 你好 👋"),
    "str-control": (S, "\x00\x07\x1b\x7f"), "str-nbsp": (S, "a\u00a0b\u2028c"), "str-empty": (OPT, ""),
    "list": (LIST, ["a", "it's", 'q"', "é", "\n"]), "emptylist": (LIST, []),
    "dict": (OBJ, {"s": "x", "i": 1, "f": 1.0, "b": False, "n": None, "l": [1, [2, {"k": "v"}]], "d": {}}),
    "dict-keys": (OBJ, {"it's": 1, "é": "ü", "": [], "1": 2.5e-7}),
    "dict-floats": (OBJ, {"a": [1e16, 1e-5, -0.0, 100.0, 1.5, 1e22, 123456789.123]}),
    "emptydict": (OBJ, {}),
}
REPR_TEMPLATES = ["{{ x }}", "{{ [x] }}", "{{ {'k': x} }}", "{{ x|string }}", "{{ (x, 1) }}", "{{ x ~ '' }}",
                  "{{ [x, [x]] }}", "{{ x|tojson }}", "{{ x|pprint }}"]
LITERAL_REPRS = ["{{ 1e16 }}", "{{ 1e15 }}", "{{ 1e-5 }}", "{{ 0.0001 }}", "{{ -0.0 }}", "{{ 0.1 + 0.2 }}",
                 "{{ 1.0 }}", "{{ 100.0 }}", "{{ 1e100 }}", "{{ 2 ** 64 }}", "{{ -2 ** 63 }}", "{{ 12345678901234567890 }}",
                 "{{ 1.5e300 * 1e10 }}", "{{ 10 / 3 }}", "{{ 2 / 3 }}", "{{ 1e16 + 1 }}", "{{ 123456789012345.6 }}",
                 "{{ 'it\\'s' }}", "{{ ['it\\'s'] }}", "{{ ['a\\nb'] }}", "{{ ['\\t'] }}", "{{ ['\\\\'] }}",
                 "{{ ['\"'] }}", "{{ ['\\'\"'] }}", "{{ ['é'] }}", "{{ ['\\x00'] }}", "{{ ['\\u00e9'] }}",
                 "{{ [none, true, false] }}", "{{ [1.0, 2] }}", "{{ {'a': none} }}", "{{ {1: 'a', 2.5: 'b'} }}",
                 "{{ {'t': (1, 2)} }}", "{{ [(1,)] }}", "{{ [[], {}, ()] }}", "{{ 'x' ~ 1.0 }}", "{{ 'x' ~ none }}",
                 "{{ 'x' ~ true }}", "{{ 'x' ~ [1] }}", "{{ 'x' ~ {'a': 1} }}", "{{ 1.0|string }}",
                 "{{ 3.0 * 2 }}", "{{ 7 / 7 }}", "{{ 1e16|int }}", "{{ 0.000001 }}", "{{ 1234567.0 }}",
                 "{{ 1e21 }}", "{{ 1e-7 * 10 }}", "{{ 5e-324 }}", "{{ 2.5|round }}", "{{ 3.5|round }}"]


def reprs(corpus):
    for kind, (spec, value) in REPR_INPUTS.items():
        given = {} if value is None else {"x": value}
        for i, template in enumerate(REPR_TEMPLATES):
            corpus.add("repr-%s-%d" % (kind, i), template, {"x": spec}, given)
    for i, template in enumerate(LITERAL_REPRS):
        corpus.add("repr-literal-%02d" % i, template)


STRINGS = {"plain": "Hello World", "pad": "  xxhixx  ", "csv": "a,b,,c", "lines": "one\ntwo\r\nthree\n",
           "digits": "12345", "mixed": "abc123", "title": "hello-world o'neil", "unicode": "straße ÉLAN",
           "empty": "", "spaces": "   "}
STRING_METHODS = [
    "upper()", "lower()", "title()", "capitalize()", "swapcase()", "casefold()", "strip()", "lstrip()", "rstrip()",
    "strip('x ')", "lstrip(' x')", "rstrip('x ')", "strip('')", "split()", "split(',')", "split(',', 1)",
    "split(None, 1)", "split(maxsplit=1)", "rsplit()", "rsplit(',', 1)", "rsplit(None, 1)", "splitlines()",
    "splitlines(true)", "splitlines(keepends=true)", "replace('l', 'L')", "replace('l', 'L', 1)",
    "replace('', '.')", "startswith('He')", "startswith(('x', 'a'))", "endswith('d')", "endswith(('c', 'd'))",
    "startswith('l', 2)", "find('o')", "find('o', 5)", "find('zz')", "rfind('o')", "index('o')", "index('zz')",
    "rindex('o')", "count('l')", "count('')", "count('l', 3)", "join(['1', '2', '3'])", "zfill(8)",
    "ljust(14)", "ljust(14, '*')", "rjust(14, '.')", "center(15)", "center(15, '=')", "isdigit()", "isalpha()",
    "isalnum()", "isspace()", "isupper()", "islower()", "istitle()", "isnumeric()", "isdecimal()",
    "isidentifier()", "partition(',')", "rpartition('o')", "expandtabs(4)", "encode()", "removeprefix('He')",
    "removesuffix('ld')", "format()", "__len__()", "split('')", "zfill(-1)", "center(3)", "nosuch()",
    "upper", "startswith()",
]


def methods(corpus):
    for sname, value in STRINGS.items():
        for i, method in enumerate(STRING_METHODS):
            corpus.add("method-str-%s-%02d" % (sname, i), "{{ s.%s }}" % method, {"s": OPT}, {"s": value})
    list_methods = ["{{ xs.index('b') }}", "{{ xs.index('z') }}", "{{ xs.count('a') }}", "{{ xs|length }}",
                    "{{ xs.copy() }}", "{{ ', '.join(xs) }}", "{{ xs[0].upper() }}", "{{ '-'.join(xs|reverse) }}",
                    "{{ xs + xs }}", "{{ xs * 2 }}", "{{ 'a' in xs }}", "{{ xs == ['a', 'b', 'a'] }}",
                    "{{ xs.pop() }}", "{{ xs.sort() }}", "{{ xs|sort == xs }}", "{{ xs.reverse() }}"]
    for i, template in enumerate(list_methods):
        corpus.add("method-list-%02d" % i, template, {"xs": LIST}, {"xs": ["a", "b", "a"]})
    dict_methods = ["{{ o.items()|list }}", "{{ o.keys()|list }}", "{{ o.values()|list }}", "{{ o.get('a') }}",
                    "{{ o.get('zz') }}", "{{ o.get('zz', 'dflt') }}", "{{ o.items() }}", "{{ o.keys() }}",
                    "{{ o.values() }}", "{% for k, v in o.items() %}{{ k }}:{{ v }} {% endfor %}",
                    "{{ o|length }}", "{{ 'a' in o }}", "{{ 'zz' in o }}", "{{ o['a'] }}", "{{ o.a }}",
                    "{{ o.copy() }}", "{{ o.setdefault('q', 1) }}", "{{ o.pop('a') }}", "{{ o.n.x }}",
                    "{{ o['n']['x'] }}", "{{ o.l[1] }}", "{{ o.l|first }}", "{{ o|list }}", "{{ o|dictsort|first }}",
                    "{{ o.get('n').get('x') }}", "{{ o.items()|map('first')|list }}"]
    for i, template in enumerate(dict_methods):
        corpus.add("method-dict-%02d" % i, template, {"o": OBJ},
                   {"o": {"a": 1, "b": "two", "n": {"x": [1, 2]}, "l": ["p", "q"]}})


SLICE_BOUNDS = ["", "0", "1", "-1", "-2", "2", "10", "-10"]
SLICE_STEPS = ["", "1", "2", "-1", "-2", "3"]


def slicing(corpus):
    for target, spec, value in [("list", LIST, ["a", "b", "c", "d", "e"]), ("str", S, "abcde")]:
        for i, start in enumerate(SLICE_BOUNDS):
            for j, stop in enumerate(SLICE_BOUNDS):
                for k, step in enumerate(SLICE_STEPS):
                    if (i + j + k) % 3 != 0 and step not in ("", "-1"):
                        continue
                    expr = "%s:%s" % (start, stop) + (":" + step if step else "")
                    corpus.add("slice-%s-%d-%d-%d" % (target, i, j, k), "{{ x[%s] }}" % expr, {"x": spec},
                               {"x": value})
        for idx in ["0", "-1", "4", "5", "-6", "'a'", "1.0", "true", "none"]:
            corpus.add("slice-%s-index-%s" % (target, idx.replace("'", "q").replace(".", "p")), "{{ x[%s] }}" % idx,
                       {"x": spec}, {"x": value})
    for i, template in enumerate(["{{ x[::0] }}", "{{ x[1:3]|join }}", "{{ (x|list)[-2:] }}", "{{ x[n:] }}",
                                  "{{ x[:n] }}", "{{ x[n::-1] }}", "{{ x[x|length - 1] }}", "{{ x['a':] }}",
                                  "{{ x[1.5:] }}", "{{ x[none:none] }}"]):
        corpus.add("slice-misc-%02d" % i, template, {"x": S, "n": NUM}, {"x": "abcdef", "n": 2})


PERCENT = ["'%s' % x", "'%r' % x", "'%d' % x", "'%i' % x", "'%f' % x", "'%.2f' % x", "'%5d|' % x", "'%-5d|' % x",
           "'%05d' % x", "'%+d' % x", "'%x' % x", "'%X' % x", "'%o' % x", "'%e' % x", "'%g' % x", "'%c' % x",
           "'%%' % ()", "'%s-%s' % (x, x)", "'%(a)s' % {'a': x}", "'%s'|format(x)", "'%10s|' % x", "'%.1s' % x",
           "'%s %s' % x", "'%z' % x", "'%*d' % (4, x)"]
FORMAT = ["'{}'.format(x)", "'{0}{0}'.format(x)", "'{!r}'.format(x)", "'{:>8}|'.format(x)", "'{:<8}|'.format(x)",
          "'{:^8}|'.format(x)", "'{:*^9}'.format(x)", "'{:.2f}'.format(x)", "'{:,}'.format(x)", "'{:08.3f}'.format(x)",
          "'{:d}'.format(x)", "'{:x}'.format(x)", "'{:e}'.format(x)", "'{:%}'.format(x)", "'{a}'.format(a=x)",
          "'{}'.format()", "'{} {}'.format(x)", "'{0[0]}'.format(x)", "'{x}'.format(**{'x': x})", "'{:s}'.format(x)",
          "'{{}}{}'.format(x)", "'{:+.1e}'.format(x)", "'{:b}'.format(x)", "'{:10.3}|'.format(x)"]
FORMAT_SUBJECTS = {"int": (NUM, 42), "neg": (NUM, -7), "float": (NUM, 3.14159), "big": (NUM, 1234567.5),
                   "str": (S, "abc"), "bool": (BOOL, True), "list": (LIST, ["a", "b"]), "none": (OPT, None)}


def formatting(corpus):
    for subject, (spec, value) in FORMAT_SUBJECTS.items():
        given = {} if value is None else {"x": value}
        for i, expr in enumerate(PERCENT):
            corpus.add("format-pct-%s-%02d" % (subject, i), "{{ %s }}" % expr, {"x": spec}, given)
        for i, expr in enumerate(FORMAT):
            corpus.add("format-str-%s-%02d" % (subject, i), "{{ %s }}" % expr, {"x": spec}, given)


ERRORS = ["{{ 1 / 0 }}", "{{ 1 // 0 }}", "{{ 1 % 0 }}", "{{ 1.0 / 0 }}", "{{ n / z }}", "{{ n % z }}", "{{ n // z }}",
          "{{ xs[10] }}", "{{ xs[-10] }}", "{{ o.missing }}", "{{ o['missing'] }}", "{{ o.missing.deeper }}",
          "{{ missing }}", "{{ missing.attr }}", "{{ missing|upper }}", "{{ missing ~ 'x' }}", "{{ missing + 1 }}",
          "{% for x in missing %}{{ x }}{% endfor %}", "{% if missing %}x{% endif %}", "{{ missing is none }}",
          "{{ 'a' + 1 }}", "{{ 1 + 'a' }}", "{{ [1] + 'a' }}", "{{ {} + {} }}", "{{ none + 1 }}", "{{ 'a' - 'b' }}",
          "{{ xs - xs }}", "{{ 'a' < 1 }}", "{{ none < 1 }}", "{{ [1] < 'a' }}", "{{ {} < {} }}", "{{ n() }}",
          "{{ xs.nosuch() }}", "{{ s.nosuch }}", "{{ s[100] }}", "{{ n.real }}", "{{ n[0] }}", "{{ none.x }}",
          "{{ 1 in 2 }}", "{{ 'a' in none }}", "{{ s|int + none }}", "{{ range(10 ** 9)|length }}",
          "{{ xs|first|first|first }}", "{{ o.missing|default('d') }}", "{{ o.missing or 'd' }}",
          "{{ missing|default('d') }}", "{{ missing is defined }}", "{% set x = o.missing %}ok",
          "{% set x = o.missing %}{{ x }}", "{{ o.missing is undefined }}", "{{ (o.missing) if false }}",
          "{{ [o.missing]|length }}", "{{ o.missing|length }}", "{{ o.missing == none }}", "{{ 2 ** 10000 > 1 }}",
          "{{ 'x' * -1 }}", "{{ xs.0 }}", "{{ xs.1 }}", "{{ o.l.0 }}", "{{ s|float / 0 }}"]


def errors(corpus):
    for i, template in enumerate(ERRORS):
        corpus.add("error-%02d" % i, template, {"n": NUM, "z": NUM, "xs": LIST, "o": OBJ, "s": S},
                   {"n": 7, "z": 0, "xs": ["a"], "o": {"k": 1, "l": ["p"]}, "s": "abc"})


COERCE_VALUES = [
    ("str", "text"), ("str-empty", ""), ("str-true", "true"), ("str-yes", "YES"), ("str-y", "y"), ("str-one", "1"),
    ("str-false", "false"), ("str-no", "no"), ("str-zero", "0"), ("str-on", "on"), ("str-num", "7"),
    ("str-float", "2.50"), ("str-exp", "1e3"), ("str-under", "1_000"), ("str-pad", " 7 "), ("str-neg", "-0.5"),
    ("str-dot", ".5"), ("str-hex", "0x10"), ("str-word", "seven"), ("str-inf", "inf"), ("str-nan", "nan"),
    ("str-arabic", "\u0661\u0662"), ("int", 7), ("int-zero", 0), ("int-neg", -3), ("int-big", 12345678901234567890),
    ("float", 2.5), ("float-zero", 0.0), ("float-int", 3.0), ("true", True), ("false", False),
    ("list", ["a", "b"]), ("list-empty", []), ("list-mixed", ["a", 1]), ("list-nested", [["a"]]),
    ("dict", {"k": "v"}), ("dict-empty", {}), ("null", None),
]
TYPES = {"string": "{{ v }}|{{ v is string }}|{{ v|length }}", "number": "{{ v }}|{{ v is integer }}|{{ v + 1 }}",
         "boolean": "{{ v }}|{% if v %}T{% else %}F{% endif %}", "array<string>": "{{ v }}|{{ v|length }}",
         "object": "{{ v }}|{{ v|length }}"}
# The Java side counts a JSON null as not sent and refuses non-finite numbers, on purpose.
DELIBERATE = {"null": "deliberate-null-input", "str-inf": "deliberate-nonfinite-number",
              "str-nan": "deliberate-nonfinite-number"}


def coercion(corpus):
    for kind, template in TYPES.items():
        label = kind.replace("<", "-").replace(">", "")
        for name, value in COERCE_VALUES:
            category = DELIBERATE.get(name) if kind == "number" or name == "null" else None
            corpus.add("coerce-%s-%s" % (label, name), template, {"v": {"type": kind}}, {"v": value}, category)
        corpus.add("coerce-%s-missing-required" % label, template, {"v": {"type": kind}}, {})
        corpus.add("coerce-%s-missing-optional" % label, "{{ v }}", {"v": {"type": kind, "required": False}}, {})
    defaults = [("string", "dflt"), ("number", 5), ("number", 2.5), ("boolean", False), ("array<string>", ["d"]),
                ("object", {"d": 1})]
    for i, (kind, default) in enumerate(defaults):
        spec = {"v": {"type": kind, "required": False, "default": default}}
        corpus.add("coerce-default-%d" % i, "{{ v }}", spec, {})
        corpus.add("coerce-default-given-%d" % i, "{{ v }}", spec, {"v": default if kind != "number" else 1})
    corpus.add("coerce-extra-ignored", "{{ v }}", {"v": S}, {"v": "x", "w": [1, {"a": None}]})
    corpus.add("coerce-undeclared-used", "{{ w }}", {"v": S}, {"v": "x", "w": "y"})
    corpus.add("coerce-two-missing", "{{ a }}{{ b }}", {"a": S, "b": NUM}, {})


ALL = [reprs, methods, slicing, formatting, errors, coercion]
