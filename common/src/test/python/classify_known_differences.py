"""Gives every 'unclassified' entry of known-differences.tsv a family, from its case name and reason.

Run by hand after the list was rewritten by the Java harness (-Dparity.writeKnown=true):

    cd common/src/test/python && python3 classify_known_differences.py

Entries that already have a category keep it. Families follow the case name prefixes of the
corpus (op-, filter-, tag-, ...); a few cross-cutting kinds win over the name:
  deliberate-sandbox-limit      the renderer stops on a loop, output or time limit on purpose
  expr-error-not-raised         Jinja2 raises (a TypeError, ZeroDivisionError...) and the renderer prints
  undefined-too-strict          Jinja2 renders and the renderer fails on an undefined variable or key
With --all, every entry but the deliberate ones is classified again.
"""
import json
import os
import re
import sys

import systematic_values

HERE = os.path.dirname(os.path.abspath(__file__))
KNOWN = os.path.join(HERE, "..", "resources", "parity", "known-differences.tsv")

OP_KINDS = {"add": "arith", "sub": "arith", "mul": "arith", "div": "arith", "floordiv": "arith", "mod": "arith",
            "pow": "arith", "concat": "concat", "eq": "compare", "ne": "compare", "lt": "compare", "le": "compare",
            "gt": "compare", "ge": "compare", "in": "membership", "notin": "membership", "and": "logic",
            "or": "logic"}
GLOBALS = [(15, "range"), (20, "dict"), (24, "cycler"), (26, "joiner"), (1000, "namespace")]


def family(name):
    parts = name.split("-")
    head = parts[0]
    if head == "op":
        if parts[1] == "unary":
            return "op-unary"
        if parts[1] == "num":
            return "op-number-" + OP_KINDS.get(parts[-1], parts[-1])
        if parts[1] == "expr":
            return "op-literal-expression"
        for part in parts:
            if part in OP_KINDS:
                return "op-" + OP_KINDS[part]
        return "op"
    if head == "chain":
        return "expr-chained-comparison"
    if head == "meth":
        return "method-" + parts[1]
    if head == "cond":
        return "expr-conditional"
    if head == "filter":
        match = re.match(r"filter-(.+?)-\d+-[a-z]+$", name)
        return "filter-" + (match.group(1) if match else parts[1])
    if head == "test":
        return "test-" + parts[1] if parts[1] != "extra" else "test-misc"
    if head == "global":
        index = int(parts[1])
        return "global-" + next(label for limit, label in GLOBALS if index < limit)
    if head == "tag":
        return "tag-" + parts[1]
    if head == "loop":
        return "loop-" + (parts[2] if parts[1] == "filtered" else parts[1])
    if head == "ws":
        return "whitespace"
    if head == "repr":
        kind = parts[1]
        if kind.startswith("float") or kind == "negzero" or kind == "dict" and parts[2] == "floats":
            return "repr-float"
        if kind.startswith("str"):
            return "repr-string"
        return "repr-" + {"list": "container", "emptylist": "container", "dict": "container",
                          "emptydict": "container"}.get(kind, kind)
    if head == "method":
        if parts[1] == "str":
            method = systematic_values.STRING_METHODS[int(parts[-1])]
            return "method-str-" + re.match(r"[a-z_]+", method).group(0)
        return "method-" + parts[1]
    if head == "slice":
        return "slice-index" if "index" in parts else "slice"
    if head == "format":
        return "format-percent" if parts[1] == "pct" else "format-str-format"
    if head == "coerce":
        return "coercion"
    if head == "rnd":
        return "random-template"
    if head == "tf":
        return parts[1] + "-" + parts[2]
    return head


def classify_random(template, reason):
    """The first family a random template's difference shows; a template may hold more than one."""
    for tag in ("filter", "with"):
        if re.search(r"{%%[-+]? %s " % tag, template):
            return "tag-" + tag
    var = re.search(r"undefined variable '(x\d+)'", reason)
    if var:
        clause = re.search(r"for %s in [^%%]* if " % var.group(1), template)
        return "loop-filter-clause" if clause else "loop-variable-undefined"
    if "Cannot coerce" in reason and "Boolean" in reason:
        return "expr-bool-number-coercion"
    if reason.startswith("got rendered") and reason.endswith("want error render"):
        return "expr-error-not-raised"
    if re.search(r"got error render: UNDEFINED (undefined variable|.*no attribute 'missing')", reason):
        return "undefined-too-strict"
    if re.search(r"\bnot [\w.'\[\]]+(\|\w+)*( is | == | > | in )", template):
        return "expr-not-precedence"
    if re.search(r"{{ '[^']*' if [^}]*}}", template) and "None" in reason.split("| want")[0]:
        return "expr-conditional-no-else"
    return "random-template-other"


def classify(name, reason, template=""):
    if name.startswith("rnd-"):
        return classify_random(template, reason)
    if re.search(r"got error render: (LOOP_LIMIT|OUTPUT_LIMIT|TIMEOUT|RECURSION_LIMIT)", reason):
        return "deliberate-sandbox-limit"
    if name.startswith(("op-", "error-", "chain-", "cond-", "rnd-")) and reason.startswith("got rendered") \
            and reason.endswith("want error render"):
        return "expr-error-not-raised"
    if re.search(r"got error render: UNDEFINED (undefined variable|.*no attribute 'missing')", reason) \
            and "| want rendered" in reason:
        return "undefined-too-strict"
    return family(name)


def templates():
    found = {}
    for file in ["jinja2-random-cases.jsonl"]:
        with open(os.path.join(os.path.dirname(KNOWN), file), encoding="utf-8") as f:
            for line in f:
                case = json.loads(line)
                found[case["name"]] = case["spec"]["template"]
    return found


def main():
    sources = templates()
    with open(KNOWN, encoding="utf-8") as f:
        lines = f.read().splitlines()
    out = []
    for line in lines:
        if line.startswith("#") or not line.strip():
            out.append(line)
            continue
        name, category, reason = (line.split("\t", 2) + [""])[:3]
        if category == "unclassified" or "--all" in sys.argv and not category.startswith(("deliberate-", "sandbox-")):
            category = classify(name, reason, sources.get(name, ""))
        out.append("\t".join([name, category, reason]))
    with open(KNOWN, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
