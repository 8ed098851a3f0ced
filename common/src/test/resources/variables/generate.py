# Writes jinja2-meta-cases.jsonl: each template and what jinja2.meta.find_undeclared_variables answers for it.
# python3 generate.py > jinja2-meta-cases.jsonl
import json
from jinja2 import Environment, meta
env = Environment(trim_blocks=True, lstrip_blocks=True)
cases = [
 "Hello {{ name }}!",
 "{{ user.name | upper }} {{ items[0] }} {{ 'lit' ~ suffix }}",
 "{% for item in items if item.ok %}{{ loop.index }} {{ item }} {{ sep }}{% else %}{{ empty_text }}{% endfor %}",
 "{% set greeting = 'Hi ' ~ name %}{{ greeting }}",
 "{{ before }}{% set before = 1 %}{{ before }}",
 "{% if flag %}{% set x = 1 %}{% endif %}{{ x }}",
 "{% if flag %}{% set x = 1 %}{% else %}{% set x = 2 %}{% endif %}{{ x }}",
 "{% macro card(title, body=default_body) %}{{ title }}{{ body }}{{ extra }}{{ varargs }}{% endmacro %}{{ card(heading) }}",
 "{% call(row) table(rows) %}{{ row }}{{ style }}{% endcall %}",
 "{% with a = base, b = 2 %}{{ a }}{{ b }}{{ c }}{% endwith %}{{ a }}",
 "{% set ns = namespace(count=start) %}{% for x in xs %}{% set ns.count = ns.count + x %}{% endfor %}{{ ns.count }}",
 "{{ value | default(fallback) }} {{ n is divisibleby 3 }} {{ m is not none }} {{ range(limit) | join(', ') }}",
 "{% filter replace('a', replacement) %}{{ text }}{% endfilter %}",
 "{% set block_var %}{{ inner }}{% endset %}{{ block_var }}",
 "{% for k, v in pairs.items() %}{{ k }}={{ v }}{% endfor %}{{ k }}",
 "{# {{ commented }} #}{% raw %}{{ raw_name }}{% endraw %}{{ 'a' if cond else other }}",
 "{{ dict(a=x) }} {{ f(key=val) }} {{ {'k': dv} }} {{ [l1, l2][0] }} {{ (t1, t2) }} {{ 1e3 }} {{ x.y.z }}",
 "{% for x in outer %}{% for y in x.children %}{{ x }}{{ y }}{{ z }}{% endfor %}{% endfor %}",
]
import sys
out = []
for t in cases:
    v = sorted(meta.find_undeclared_variables(env.parse(t)))
    out.append({"template": t, "variables": v})
sys.stdout.write("".join(json.dumps(o) + "\n" for o in out))
