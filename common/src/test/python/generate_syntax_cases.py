"""Generates jinja2-syntax-cases.jsonl: Jinja2's lexer whitespace rules, macros, call blocks, set and
for targets, blocks, literals and strict undefined values, with expectations from real Jinja2.

Run by hand, never by the build:  python3 generate_syntax_cases.py > ../resources/parity/jinja2-syntax-cases.jsonl
"""
import itertools
import random
import sys

from reference_env import BOOL, LIST, NUM, OBJ, OPT, S, Corpus

INPUTS = {"flag": BOOL, "xs": LIST, "name": S, "n": NUM, "note": OPT, "o": OBJ, "e": LIST}
GIVEN = {"flag": True, "xs": ["a", "b", "c"], "name": "N", "n": 7, "o": {"l": ["p", ["q", "r"]], "k": "v"}, "e": []}

# Each shape is rendered with every pair of markers: L after the opening {% / {# / {{, R before the closing.
WHITESPACE_SHAPES = [
    "A\n{%L if flag R%}\nB\n{%L endif R%}\nC",
    "A\r\n{%L if flag R%}\r\nB\r\n{%L endif R%}\r\nC",
    "A\r{%L if flag R%}\rB\r{%L endif R%}\rC",
    "A\n  {%L for x in xs R%}\n  {{ x }}\n  {%L endfor R%}\nB",
    "A\n  {#L c R#}\n  B {#L c R#} C\n",
    "A\n  {{L name R}}\n  B",
    "  {%L if flag R%}X{%L endif R%}  \n  Y",
    "x {%L if flag R%}\n  y\n {%L else R%} z {%L endif R%}\n",
    "A\n\t {%L for x in e R%}\n q\n\t{%L else R%}\n  none\n\t{%L endfor R%}\n",
    "A\n  {%L macro m() R%}\n  M\n  {%L endmacro R%}\n  {{ m() }}|",
    "A\n  {%L with a = 1 R%}\n  {{ a }}\n  {%L endwith R%}\n|",
    "A\n  {%L filter upper R%}\n  b\n  {%L endfilter R%}\n|",
    "A\n  {%L set v R%}\n  b\n  {%L endset R%}\n[{{ v }}]",
    "A  \n\n {%L if flag R%}  \n\n B\n\n {%L endif R%}\n\n C",
]
RAW_SHAPE = "A\n  {%L raw R%}\n  {{ x }}\n  {%L endraw R%}\nB"

OTHER = {
    "lex": ["{{ '%}' }} {% if '%}' %}x{% endif %}", "a { {{ 1 }} {{ {'a': {'b': 1}} }} {", "a{ {%- if 1 %}x{% endif %}",
            "{{ x", "{% if x", "{# x", "{% raw %}abc", "{{- 1 -}}", "{{-1}}", " {{+ 1 +}} ", "{{{'a':1}}}", "{%-if 1-%} x {%-endif-%}",
            "a\u00a0\u2003{%- if 1 %}b{% endif -%}\u00a0c", "{{ 'a\r\nb' }}", "{% raw %}{# a #}{% endraw %}|{# {% raw %} #}|",
            "{%+ if 1 %}\n  x{% endif %}", "  {%+ if 1 %}x{% endif %}", "{% if 1 %}\n    {% if 1 %}\n    x\n    {% endif %}\n{% endif %}"],
    "macro": ['{% macro m() %}{{ varargs }}{% endmacro %}{{ m(1, 2, 3) }}', '{% macro m(a) %}{{ a }}{{ varargs }}{{ kwargs }}{% endmacro %}{{ m(1, 2, x=3) }}',
              '{% macro m(a) %}{{ a is defined }}{% endmacro %}{{ m() }}', '{% macro m(a) %}{{ a }}{% endmacro %}{{ m(1, a=2) }}',
              '{% macro m(a, b=2) %}{{ a }}{{ b }}{% endmacro %}{{ m(b=3, a=1) }}|{{ m(5) }}', '{% macro m(a, b=a|upper ~ "!") %}{{ b }}{% endmacro %}{{ m("x") }}',
              '{% macro m(a=1, b) %}{{ b }}{% endmacro %}{{ m(5) }}', '{% macro m(a, a) %}{% endmacro %}x', '{% macro m %}x{% endmacro %}{{ m() }}',
              '{% macro w() %}<{{ caller(1, 2) }}>{% endmacro %}{% call(a, b=5) w() %}{{ a }}{{ b }}{% endcall %}',
              '{% macro w() %}<{{ caller() }}>{% endmacro %}{% call(a, b=5) w() %}{{ a }}{{ b }}{% endcall %}',
              '{% macro w() %}<{{ caller(b=1, a=2) }}>{% endmacro %}{% call(a, b=5) w() %}{{ a }}{{ b }}{% endcall %}',
              '{% macro m(n) %}{% if n > 0 %}{{ n }}{{ m(n - 1) }}{% endif %}{% endmacro %}{{ m(3) }}',
              '{% macro m() %}{{ varargs|length }}{{ varargs[0] }}{% endmacro %}{{ m(7, 8) }}',
              '{% macro m(a, b) %}{{ a }}{{ b }}{% endmacro %}{{ m(**{"a": 1, "b": 2}) }}', '{% macro m(a, b, c) %}{{ a }}{{ b }}{{ c }}{% endmacro %}{{ m(1, *[2, 3]) }}',
              '{% macro m(a, b, c) %}{{ a }}{{ b }}{{ c }}{% endmacro %}{{ m(*"xyz") }}', '{% macro m(a) %}{{ a }}{% endmacro %}{{ m(*5) }}',
              '{{ "{}-{}".format(*xs) }}', '{{ range(*[1, 4])|list }}', '{% macro m(a, b=2) %}{{ a }}{{ b }}{% endmacro %}{{ m(*[1], **{"b": 3}) }}',
              '{% set a = 9 %}{% macro m(a) %}{{ a }}{% endmacro %}{{ m() }}', '{% macro m(a) %}{% if a %}y{% else %}n{% endif %}{% endmacro %}{{ m() }}',
              '{% macro m() -%}\n  x\n{%- endmacro %}[{{ m() }}]', "{% macro m(a, b=1) %}{% endmacro %}{{ m }}|{{ m.name }}|{{ m.arguments }}|{{ m.caller }}",
              '{% macro m() %}{% endmacro %}{{ m.foo }}', '{% macro m() %}{{ caller }}{% endmacro %}{% call m() %}{% endcall %}', '{% macro m() %}x{% endmacro %}{{ [m] }}',
              '{% macro m(a) %}{{ varargs }}{% endmacro %}{{ m.catch_varargs }}{{ m.catch_kwargs }}', '{% macro m(a, b={"k": 1}) %}{{ b.k }}{% endmacro %}{{ m(1) }}'],
    "set": ['{% set 1 = 2 %}', '{% set a b = 1 %}', '{% set a.b.c = 1 %}', '{% set a[0] = 1 %}', '{% if 1 %}x{% else %}y{% elif 2 %}z{% endif %}',
            '{% for x in [1] %}x{% else %}y{% else %}z{% endfor %}', '{% set a, = [1] %}{{ a }}', '{% set a, b = xs[:2] %}{{ a }}{{ b }}', '{% set a, b = name ~ "M" %}{{ a }}|{{ b }}',
            '{% set a, b, c, d = xs %}', '{% set a, b = [1, 2, 3] %}', '{% set a, b = 5 %}', '{% set (a, b) = (1, 2) %}{{ a }}{{ b }}', '{% set a,b=1,2 %}{{ b }}',
            '{% set d = {} %}{% set d.k = 1 %}', '{% set a = b = 1 %}', '{% for (a, b) in [(1, 2)] %}{{ a }}{{ b }}{% endfor %}', '{% set a = 1 == 1 %}{{ a }}'],
    "block": ['{% set a = 1 %}{% block b %}{{ a }}{% endblock %}', '{% block a %}A{% endblock %}{% block a %}B{% endblock %}',
              '{% block a %}{% set q = 1 %}{% endblock %}{{ q is defined }}', '{% if true %}{% block a %}A{% endblock %}{% endif %}',
              '{% block a required %}A{% endblock %}', '{% block 1 %}A{% endblock %}', '{% block a %}{% block b %}B{% endblock %}{% endblock %}',
              '{% block a %}\n  x\n{% endblock %}\n', '{% block a b %}A{% endblock %}', '{{ self }}',
              '{% block b %}B{{ n }}{% endblock %}|{{ self.b() }}{{ self.b() }}', '{% for i in [1] %}{{ self.b() }}{% endfor %}{% block b %}x{% endblock %}',
              '{{ self.x() }}', '{{ self.x }}', '{% block a %}{{ self.a() }}{% endblock %}', '{% set self = 1 %}{{ self }}'],
    "literal": ["{{ 'a' \"b\" 'c' }}", "{{ 'a' 'b'|upper }}", "{{ 'a' name }}", "{{ ['a' 'b', 'c'] }}", "{% set s = 'p' 'q' %}{{ s }}", "{{ 'a' 1 }}",
                "{{ xs.0 }}", "{{ o.l.1.0 }}", "{{ xs.5 }}", "{{ .5 }}", "{{ xs.0.upper() }}", "{{ [1,2].1 }}", "{{ 'ab'.1 }}", "{{ xs.0|upper }}"],
    "undefined": ["{{ note.title() }}", "{{ note.title() is defined }}", "{{ note.strip is defined }}", "{{ (note.title() if note else 'x') }}",
                  "{{ 'a' if v2 is defined or v2 else '-' }}", "{% if v2 is defined or v2 %}a{% endif %}", "{{ v2 is defined or v2 }}",
                  "{{ missing is none }}", "{{ o.missing is string }}", "{{ missing is not mapping }}", "{{ o.missing.x is defined }}",
                  "{{ missing.x is none }}", "{{ other|default('d') ~ other }}", "{% for x in xs %}{{ loop }}{% endfor %}"],
    "autoescape": ["{% autoescape true %}{{ '<b>' }}{% endautoescape %}", "{% autoescape false %}{{ '<b>' }}{% endautoescape %}",
                   "{% autoescape true %}{{ name ~ '<&>' }}|{{ '<i>'|safe }}|{{ '<i>'|e }}|{{ 5 }}{% endautoescape %}{{ '<i>' }}",
                   "{% autoescape true %}{% autoescape false %}{{ '<i>' }}{% endautoescape %}{{ '<i>' }}{% endautoescape %}",
                   "{% autoescape true %}{% macro m() %}<b>{{ '<i>' }}{% endmacro %}{{ m() }}{% endautoescape %}",
                   "{% autoescape true %}<p>{{ ['<a>'] }}</p>{% endautoescape %}", "{% autoescape 1 > 0 %}{{ '\"q\"' }}{% endautoescape %}",
                   "{% autoescape %}{{ name }}{% endautoescape %}", "{% autoescape true %}{% filter upper %}{{ '<i>' }}{% endfilter %}{% endautoescape %}"],
}

# Random sequences of tags, text and whitespace, each marker side drawn from '', '-', '+' (seeded).
FUZZ_PIECES = ["{%L if flag R%}", "{%L endif R%}", "{%L for x in xs R%}", "{%L endfor R%}", "{{L name R}}", "{#L c R#}",
               "{%L set a = 1 R%}", "{%L raw R%}", "{%L endraw R%}", "\n", "\r\n", "  ", "\t", "a", "b ", " c", "\n  ", "{", "}",
               "%", "#", "{%L if flag R%}y{%L else R%}n{%L endif R%}"]


def fuzz_templates(count, seed=7):
    rnd = random.Random(seed)
    for _ in range(count):
        parts = []
        for _ in range(rnd.randint(2, 12)):
            piece = rnd.choice(FUZZ_PIECES)
            parts.append(piece.replace("L", rnd.choice(["", "", "-", "+"])).replace("R", rnd.choice(["", "", "-", "+"])))
        yield "".join(parts), rnd.choice([True, False])


def macro_fuzz(count, seed=5):
    """Random macro signatures, bodies and calls (positional, keyword, *items, **mapping arguments)."""
    rnd = random.Random(seed)
    for _ in range(count):
        size = rnd.randint(0, 3)
        defaults = rnd.randint(0, size)
        params = ["abc"[i] + ("=" + rnd.choice(["1", "'d'", "a" if i > 0 else "2", "[1, 2]", "none", "xs|length"])
                              if i >= size - defaults else "") for i in range(size)]
        body = "".join(rnd.choice(["{{ a }}", "{{ b is defined }}", "{{ varargs }}", "{{ kwargs }}", "[{{ c|default('-') }}]",
                                   "{{ caller() if caller is defined else '' }}", "x"]) for _ in range(rnd.randint(1, 3)))
        args = [rnd.choice(["1", "'s'", "*xs", "a=3", "b=4", "z=5", "**{'c': 6}", "xs", "none"]) for _ in range(rnd.randint(0, 4))]
        yield "{%% macro m(%s) %%}%s{%% endmacro %%}{{ m(%s) }}" % (", ".join(params), body, ", ".join(args))


def main():
    corpus = Corpus()
    for s, shape in enumerate(WHITESPACE_SHAPES):
        for left, right in itertools.product(["", "-", "+"], repeat=2):
            template = shape.replace("L", left).replace("R", right)
            corpus.add("syn-ws-%02d-%s%s" % (s, left or "0", right or "0"), template, INPUTS, GIVEN)
    for left, right in itertools.product(["", "-", "+"], repeat=2):
        template = RAW_SHAPE.replace("%L", "%" + left).replace("R%", right + "%")
        corpus.add("syn-ws-raw-%s%s" % (left or "0", right or "0"), template, INPUTS, GIVEN)
    for family, templates in OTHER.items():
        for i, template in enumerate(templates):
            corpus.add("syn-%s-%02d" % (family, i), template, INPUTS, GIVEN)
    for i, (template, flag) in enumerate(fuzz_templates(300)):
        corpus.add("syn-wsfuzz-%03d" % i, template, INPUTS, dict(GIVEN, flag=flag))
    for i, template in enumerate(macro_fuzz(300)):
        corpus.add("syn-macrofuzz-%03d" % i, template, INPUTS, GIVEN)
    corpus.write(sys.stdout)


if __name__ == "__main__":
    main()
