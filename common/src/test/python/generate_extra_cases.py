"""Generates jinja2-extra-cases.jsonl: expected outputs from real Jinja2 for the Java parity test.

Run by hand, never by the build:  python3 generate_extra_cases.py > ../resources/parity/jinja2-extra-cases.jsonl

The environment mirrors the reference renderer: Environment(autoescape=False,
undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True), a `default` filter that also
replaces None, "", [] and {}, and a `yaml` filter (yaml.safe_dump(value, sort_keys=False,
allow_unicode=True).rstrip()). Trailing newlines of a template are stripped as the reference
registry does. Inputs here are already of their declared types, so the reference coercion only
adds defaults and None for missing optional inputs.
"""
import json
import sys

import jinja2
import yaml
from jinja2 import Environment, StrictUndefined, Undefined


def default_filter(value, default_value="", boolean=False):
    if isinstance(value, Undefined) or value is None or value == "" or value == [] or value == {}:
        return default_value
    return value


def yaml_filter(value):
    return yaml.safe_dump(value, sort_keys=False, allow_unicode=True).rstrip()


ENV = Environment(autoescape=False, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
ENV.filters["default"] = default_filter
ENV.filters["d"] = default_filter
ENV.filters["yaml"] = yaml_filter

S = {"type": "string"}
OPT = {"type": "string", "required": False}
NUM = {"type": "number"}
BOOL = {"type": "boolean"}
LIST = {"type": "array<string>"}
OBJ = {"type": "object"}

CASES = [
    # float and number formatting
    ("float-large-small", "{{ a }} {{ b }} {{ c + d }} {{ e }}", {"a": NUM, "b": NUM, "c": NUM, "d": NUM, "e": NUM},
     {"a": 1e16, "b": 1.5e-05, "c": 0.1, "d": 0.2, "e": 1e22}),
    ("float-literals", "{{ 1e16 }} {{ 1e-7 }} {{ 7.0 }} {{ 123456789.123 }} {{ 1.0e15 }} {{ 0.1 + 0.2 == 0.3 }}", {}, {}),
    ("float-division", "{{ n / 3 }} {{ n / 5 }} {{ n // 3 }} {{ n // 3.0 }} {{ n * 1.5 }} {{ 2 ** 10 }}", {"n": NUM}, {"n": 10}),
    ("float-input-print", "{{ x }} {{ y }} {{ z }}", {"x": NUM, "y": NUM, "z": NUM}, {"x": 3.0, "y": -0.5, "z": 100000.25}),
    ("modulo-negative", "{{ a % b }} {{ a // b }}", {"a": NUM, "b": NUM}, {"a": -7, "b": 3}),
    ("arithmetic-no-spaces", "{{ a+b }} {{ a*b }}", {"a": NUM, "b": NUM}, {"a": 1, "b": 2}),
    ("arithmetic-literals-no-spaces", "{{ 1+2 }}", {}, {}),
    ("and-or-operands", "{{ v and 'yes' }}|{{ w and 'yes' }}|{{ v or 0 }}|{{ n % 4 }}|{{ x % 2 }}", {"v": OPT, "w": S, "n": NUM, "x": NUM},
     {"v": "", "w": "x", "n": -5, "x": -2.5}),
    ("round-variants", "{{ x|round(2) }} {{ y|round }} {{ z|round(-2) }} {{ x|round(1, 'floor') }} {{ w|round }}",
     {"x": NUM, "y": NUM, "z": NUM, "w": NUM}, {"x": 2.675, "y": 2.5, "z": 1234.5, "w": 7}),
    ("int-filter", "{{ a|int }} {{ b|int }} {{ c|int }} {{ d|int }} {{ e|int(5) }}",
     {"a": S, "b": S, "c": NUM, "d": NUM, "e": S}, {"a": "42", "b": "3.7", "c": 3.9, "d": -3.9, "e": "abc"}),
    # yaml filter
    ("yaml-strings-needing-quotes", "{{ o|yaml }}", {"o": OBJ},
     {"o": {"a": "yes", "b": "no", "c": "null", "d": "123", "e": "1.5", "f": "a: b", "g": "- x", "h": "#c",
            "i": "trailing ", "j": "", "k": "true", "l": "it's", "m": "@at", "n": "%p", "o": "~", "p": "plain text"}}),
    ("yaml-multiline-string", "{{ o|yaml }}", {"o": OBJ}, {"o": {"text": "line one\nline two"}}),
    ("yaml-long-string", "{{ o|yaml }}", {"o": OBJ}, {"o": {"text": "word " * 30}}),
    ("yaml-unicode", "{{ o|yaml }}", {"o": OBJ}, {"o": {"greeting": "é 你好 👋", "name": "Zoë"}}),
    ("yaml-nested", "{{ o|yaml }}", {"o": OBJ},
     {"o": {"a": [{"b": 1, "c": [1, 2]}], "d": {}, "e": [], "f": None, "g": True, "h": 1.5, "i": {"j": {"k": "v"}}}}),
    ("yaml-root-string", "{{ s|yaml }}|{{ n|yaml }}", {"s": S, "n": NUM}, {"s": "hello", "n": 3}),
    ("yaml-root-quoted", "{{ s|yaml }}", {"s": S}, {"s": "yes"}),
    ("yaml-list-of-strings", "{{ xs|yaml }}", {"xs": LIST}, {"xs": ["a", "b: c", "", "null"]}),
    # tojson
    ("tojson-escapes", "{{ o|tojson }}", {"o": OBJ}, {"o": {"z": "é'<>&\"", "n": [1, 2.5, None, True], "a": {"b": "c"}}}),
    ("tojson-indent", "{{ o|tojson(indent=2) }}", {"o": OBJ}, {"o": {"b": [1, 2], "a": "x"}}),
    ("tojson-list", "{{ xs|tojson }}", {"xs": LIST}, {"xs": ["a", "b"]}),
    # sandbox strings render as text
    ("sandbox-input-expression", "{{ v }}", {"v": S}, {"v": "{{ 7*7 }}"}),
    ("sandbox-input-java", "{{ v }}", {"v": S}, {"v": "{{ ''.getClass().forName('java.lang.Runtime') }}"}),
    ("sandbox-input-block", "[{{ v }}]", {"v": S}, {"v": "{% for i in range(3) %}x{% endfor %}"}),
    ("raw-block", "{% raw %}{{ x }} {% if %}{% endraw %}", {}, {}),
    # unicode and strings
    ("unicode-filters", "{{ s|upper }} {{ s|length }} {{ s|title }} {{ e|length }}", {"s": S, "e": S},
     {"s": "straße café", "e": "👋🏽"}),
    ("capitalize-unicode", "{{ s|capitalize }}", {"s": S}, {"s": "élan VITAL"}),
    ("title-punctuation", "{{ s|title }}", {"s": S}, {"s": "hello-world (foo) o'neil [bar] <baz>"}),
    ("truncate-variants", "{{ s|truncate(9) }}|{{ s|truncate(9, True) }}|{{ s|truncate(12, end='~') }}|{{ s|truncate(9, leeway=0) }}|{{ t|truncate(10) }}",
     {"s": S, "t": S}, {"s": "Hello wonderful world", "t": "short"}),
    ("indent-variants", "[{{ s|indent(2, true) }}]\n[{{ s|indent('> ', blank=true) }}]\n[{{ s|indent }}]", {"s": S},
     {"s": "a\n\nb"}),
    ("wordcount-punctuation", "{{ s|wordcount }}", {"s": S}, {"s": "Hello, world! It's 3pm."}),
    ("string-methods-more", "{{ s.split(',') }} {{ s.replace(',', ';') }} {{ s.endswith('c') }} {{ s.lower() }} {{ ' x '.strip() }}",
     {"s": S}, {"s": "A,b,,c"}),
    ("split-whitespace", "{{ s.split() }} {{ s.split(None, 1) }}", {"s": S}, {"s": "  a  b\tc \n"}),
    ("replace-count-trim-chars", "{{ s|replace('a', 'o', 1) }} {{ t|trim('x') }}", {"s": S, "t": S},
     {"s": "banana", "t": "xxhixx"}),
    ("repr-quotes", "{{ xs }}", {"xs": LIST}, {"xs": ["it's", 'say "hi"', "back\\slash", "tab\there"]}),
    ("nested-object-print", "{{ o }}", {"o": OBJ}, {"o": {"a": [1, "x", None, True, 1.5], "b": {"c": []}}}),
    ("concat-numbers", "{{ 'n=' ~ n ~ ', f=' ~ f ~ ', b=' ~ b }}", {"n": NUM, "f": NUM, "b": BOOL},
     {"n": 3, "f": 2.0, "b": False}),
    ("format-filter", "{{ '%s-%d'|format('a', 3) }} {{ '%.2f'|format(x) }}", {"x": NUM}, {"x": 3.14159}),
    # collections
    ("sort-variants", "{{ xs|sort|join(',') }} {{ xs|sort(reverse=true)|join(',') }} {{ xs|sort(case_sensitive=true)|join(',') }}",
     {"xs": LIST}, {"xs": ["b", "A", "c", "a"]}),
    ("sort-numbers", "{{ o.nums|sort }}", {"o": OBJ}, {"o": {"nums": [3, 1.5, 2]}}),
    ("first-last-string", "{{ s|first }} {{ s|last }} {{ xs|join }}", {"s": S, "xs": LIST}, {"s": "abc", "xs": ["x", "y"]}),
    ("dict-items-list", "{{ o.items()|list }}", {"o": OBJ}, {"o": {"a": 1}}),
    ("dict-keys-values", "{{ o.keys()|list }} {{ o.values()|list }} {{ o.get('a') }} {{ o.get('z', 'none') }}", {"o": OBJ},
     {"o": {"a": 1, "b": 2}}),
    ("dictsort-min-max", "{{ o|dictsort }} {{ o|dictsort(by='value', reverse=true) }} {{ xs|min }} {{ xs|max }} {{ p.nums|max }}",
     {"o": OBJ, "p": OBJ, "xs": LIST}, {"o": {"b": 1, "A": 3, "c": 2}, "p": {"nums": [3, 1.5, 2]}, "xs": ["b", "A", "c"]}),
    ("list-concat", "{{ xs + ['z'] }}", {"xs": LIST}, {"xs": ["x"]}),
    ("index-out-of-range", "{{ xs[5] }}", {"xs": LIST}, {"xs": ["x"]}),
    ("loop-more-vars", "{% for x in xs %}{{ loop.index0 }}{{ loop.revindex }}{{ loop.first }}{{ loop.cycle('a', 'b') }} {% endfor %}",
     {"xs": LIST}, {"xs": ["p", "q", "r"]}),
    ("loop-scoping", "{% set x = 'outer' %}{% for i in xs %}{% set x = i %}{% endfor %}{{ x }}", {"xs": LIST}, {"xs": ["a", "b"]}),
    ("for-else-non-empty", "{% for x in xs %}{{ x }}{% else %}empty{% endfor %}", {"xs": LIST}, {"xs": ["a", "b"]}),
    ("namespace-counter", "{% set ns = namespace(n=0) %}{% for x in xs %}{% set ns.n = ns.n + 1 %}{% endfor %}{{ ns.n }}",
     {"xs": LIST}, {"xs": ["a", "b", "c"]}),
    # logic
    ("or-returns-operand", "{{ v or 'fallback' }} {{ w and 'yes' }}", {"v": OPT, "w": S}, {"v": "", "w": "x"}),
    ("comparisons", "{{ 10 > 3 }} {{ 'a' < 'b' }} {{ n == 1.0 }} {{ not flag }}", {"n": NUM, "flag": BOOL}, {"n": 1, "flag": False}),
    ("tests-more", "{{ n is number }} {{ s is string }} {{ n is odd }} {{ xs is iterable }} {{ o is mapping }}",
     {"n": NUM, "s": S, "xs": LIST, "o": OBJ}, {"n": 3, "s": "x", "xs": [], "o": {}}),
    ("defined-on-attribute", "{% if o.missing is defined %}yes{% else %}no{% endif %}", {"o": OBJ}, {"o": {"a": 1}}),
    ("undefined-in-if", "{% if nope %}x{% endif %}", {}, {}),
    ("undefined-attribute-print", "{{ o.missing }}", {"o": OBJ}, {"o": {"a": 1}}),
    ("default-on-undeclared", "{{ nope|default('d') }} {{ v|default('e') }}", {"v": OPT}, {}),
    ("none-input-ops", "{{ v is none }} {{ v }} {% if not v %}falsy{% endif %}", {"v": OPT}, {}),
    # whitespace
    ("lstrip-mid-line", "a  {% if true %}b{% endif %}  c", {}, {}),
    ("lstrip-plus-disables", "x\n    {%+ if true %}y{% endif %}", {}, {}),
    ("lstrip-indented-comment", "A\n    {# note #}\nB", {}, {}),
    ("trim-blocks-endfor", "{% for x in xs %}\n  {{ x }}\n{% endfor %}\nend", {"xs": LIST}, {"xs": ["a", "b"]}),
    ("whitespace-minus-both", "a {{- ' b ' -}} c", {}, {}),
    ("template-leading-newline", "\n\nHi {{ name }}\n\n", {"name": S}, {"name": "x"}),
]


def spec_inputs(inputs):
    return {name: dict(spec) for name, spec in inputs.items()}


def coerce(inputs, given):
    values = {}
    for name, spec in inputs.items():
        values[name] = given.get(name, spec.get("default"))
    return values


def expected(template, inputs, given):
    try:
        text = template.rstrip("\n")
        return {"rendered": ENV.from_string(text).render(**coerce(inputs, given))}
    except Exception:  # any parse or render failure is a render error for the API
        return {"error": "render"}


def main():
    for name, template, inputs, given in CASES:
        case = {
            "name": name,
            "spec": {"id": name, "version": "1.0.0", "template": template, "inputs": spec_inputs(inputs)},
            "inputs": given,
            "expect": expected(template, inputs, given),
        }
        sys.stdout.write(json.dumps(case, ensure_ascii=False) + "\n")
    sys.stderr.write("jinja2 %s, pyyaml %s: %d cases\n" % (jinja2.__version__, yaml.__version__, len(CASES)))


if __name__ == "__main__":
    main()
