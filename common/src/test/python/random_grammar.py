"""A typed template grammar for the random corpus: expressions of a kind (str, num, bool, list,
dict) built from the inputs in scope, and blocks of nested statements."""

# name -> (input spec, candidate values as sent by a caller, kind after coercion)
POOL = {
    "name": ({"type": "string"}, ["Ada", "Zoë", "o'neil", "Bob Smith", "", "  padded  "], "str"),
    "topic": ({"type": "string"}, ["Kafka streams", "billing issue", "the Q3 report", "UPPER case"], "str"),
    "tone": ({"type": "string", "required": False, "default": "friendly"}, ["formal", "casual"], "str"),
    "note": ({"type": "string", "required": False}, ["remember the deadline", "", "n/a"], "str"),
    "count": ({"type": "number"}, [3, 0, 12, 7, "4", -2], "num"),
    "price": ({"type": "number"}, [9.99, 100, 0.5, 2.0, "19.5", 1e-05], "num"),
    "limit": ({"type": "number", "required": False, "default": 5}, [1, 10, 2.5], "num"),
    "enabled": ({"type": "boolean"}, [True, False, "yes", "no", 1, 0, "TRUE"], "bool"),
    "verbose": ({"type": "boolean", "required": False, "default": False}, [True, "y", "false"], "bool"),
    "tags": ({"type": "array<string>"}, [["urgent", "billing"], [], "solo", ["b", "a", "b", "c"], ["x y", "Z"]],
             "list"),
    "items": ({"type": "array<string>", "required": False, "default": ["alpha", "beta"]},
              [["one", "two", "three"], ["single"], []], "list"),
    "user": ({"type": "object"}, [{"name": "Ann", "age": 31, "roles": ["admin", "dev"], "city": "Oslo"},
                                  {"name": "Li", "age": 25, "roles": [], "city": "Zürich"}], "dict"),
    "settings": ({"type": "object", "required": False, "default": {"max": 3, "style": "bullets"}},
                 [{"max": 2, "style": "prose"}, {"max": 0, "style": "json"}], "dict"),
}
DICT_FIELDS = {"user": [("name", "str"), ("age", "num"), ("roles", "list"), ("city", "str")],
               "settings": [("max", "num"), ("style", "str")]}
WORDS = ["Summarize", "the following", "for", "Answer briefly.", "Context:", "Task:", "Note:", "You are a helpful",
         "assistant", "Please", "review", "Output:", "-", "*", "Thanks!", "###", "Dear", "Use a", "tone.", "Items:"]
STR_FILTERS = ["upper", "lower", "title", "capitalize", "trim", "length", "wordcount", "truncate(12)",
               "replace('a', '4')", "default('n/a')", "first", "last", "reverse", "center(12)", "indent(2)"]
LIST_FILTERS = ["join(', ')", "join", "length", "first", "last", "sort", "unique|list", "reverse|list",
                "map('upper')|list", "select('ne', 'b')|list", "reject('equalto', 'urgent')|join('/')",
                "batch(2)|list", "default(['none'])", "list", "min", "max", "tojson"]
NUM_FILTERS = ["round(1)", "int", "abs", "float", "round", "string", "filesizeformat"]


class TemplateWriter:
    def __init__(self, rng):
        self.rng = rng
        names = sorted(rng.sample(sorted(POOL), rng.randint(2, 5)))
        self.inputs = {n: POOL[n][0] for n in names}
        self.given = {}
        for n in names:
            spec, values, _ = POOL[n]
            if spec.get("required", True) is False and rng.random() < 0.3:
                continue
            self.given[n] = rng.choice(values)
        self.scope = [(n, POOL[n][2]) for n in names]
        self.counter = 0

    def write(self):
        lines = self.block(0, self.rng.randint(2, 3))
        return "\n".join(lines), self.inputs, self.given

    # expressions ---------------------------------------------------------------------------------
    def var(self, kind):
        options = [n for n, k in self.scope if k == kind]
        for n, k in self.scope:
            if k == "dict":
                options += [n + "." + f for f, fk in DICT_FIELDS.get(n, []) if fk == kind]
        return self.rng.choice(options) if options else None

    def expr(self, kind, depth=0):
        r = self.rng
        v = self.var(kind)
        if kind == "str":
            choices = [lambda: v, lambda: v, lambda: "%s|%s" % (v, r.choice(STR_FILTERS)),
                       lambda: "'%s'" % r.choice(["hi", "none", "a b"]),
                       lambda: "%s ~ ' ' ~ %s" % (self.expr("str", depth + 1), self.expr("str", depth + 1)),
                       lambda: "%s.%s()" % (v, r.choice(["upper", "strip", "title", "lower"])),
                       lambda: "%s if %s else %s" % (v, self.expr("bool", depth + 1), "'-'"),
                       lambda: "(%s)|string" % self.expr("num", depth + 1),
                       lambda: "%s[:%d]" % (v, r.randint(1, 6)),
                       lambda: "'%%s: %%s'|format(%s, %s)" % (v, self.expr("num", depth + 1))]
            if v is None:
                return "'text'"
        elif kind == "num":
            choices = [lambda: v, lambda: v, lambda: "%s|%s" % (v, r.choice(NUM_FILTERS)),
                       lambda: str(r.choice([0, 1, 2, 10, 1.5])),
                       lambda: "%s %s %s" % (v, r.choice(["+", "-", "*", "/", "//", "%"]), r.choice(["2", "3", v])),
                       lambda: "%s|length" % (self.var("list") or "'abc'"),
                       lambda: "(%s + %s) * 2" % (v, self.expr("num", depth + 1))]
            if v is None:
                return str(r.randint(0, 9))
        elif kind == "bool":
            choices = [lambda: v or "true", lambda: "%s > %s" % (self.expr("num", depth + 1), r.choice(["0", "2", "5"])),
                       lambda: "%s == '%s'" % (self.var("str") or "'x'", r.choice(["Ada", "formal", "", "x"])),
                       lambda: "'%s' in %s" % (r.choice(["urgent", "a", "one"]), self.var("list") or "['a']"),
                       lambda: "not %s" % self.expr("bool", depth + 1),
                       lambda: "%s and %s" % (self.expr("bool", depth + 1), self.expr("bool", depth + 1)),
                       lambda: "%s or %s" % (self.expr("bool", depth + 1), self.expr("bool", depth + 1)),
                       lambda: self.var("list") or "true", lambda: self.var("str") or "false",
                       lambda: "%s is %s" % (self.var("num") or "1", r.choice(["even", "odd", "number", "divisibleby(3)"])),
                       lambda: "%s is defined" % (self.var("str") or "name"),
                       lambda: "%s|length > 1" % (self.var("list") or "'ab'")]
        elif kind == "list":
            choices = [lambda: v, lambda: v, lambda: "%s|%s" % (v, r.choice(["sort", "reverse|list", "unique|list"])),
                       lambda: "%s + ['extra']" % v, lambda: "range(%d)|list" % r.randint(0, 4),
                       lambda: "%s.split()" % (self.var("str") or "'a b'"), lambda: "%s[1:]" % v,
                       lambda: "%s|select('ne', 'b')|list" % v]
            if v is None:
                return "['a', 'b']"
        else:
            return v or "{'k': 1}"
        if depth > 2:
            choices = choices[:2]
        return r.choice(choices)()

    def output(self):
        kind = self.rng.choice(["str", "str", "num", "list", "bool", "dict"])
        if kind == "list" and self.var("list") and self.rng.random() < 0.6:
            return "{{ %s|%s }}" % (self.var("list"), self.rng.choice(LIST_FILTERS))
        return "{{ %s }}" % self.expr(kind)

    # statements ----------------------------------------------------------------------------------
    def text(self):
        words = " ".join(self.rng.sample(WORDS, self.rng.randint(1, 3)))
        if self.rng.random() < 0.7:
            return words + " " + self.output()
        return words

    def tag(self, body, indent=""):
        r = self.rng.random()
        left = "-" if r < 0.12 else ("+" if r < 0.15 else "")
        right = "-" if self.rng.random() < 0.12 else ""
        return indent + "{%" + left + " " + body + " " + right + "%}"

    def block(self, depth, size):
        lines = []
        for _ in range(size):
            lines.extend(self.statement(depth))
        return lines

    def statement(self, depth):
        r = self.rng
        ind = "  " * depth if r.random() < 0.3 else ""
        roll = r.random() if depth < 3 else 0.0
        roll = roll if depth == 0 or r.random() < 0.6 else roll * 0.4
        if roll < 0.40:
            return [ind + self.text()]
        if roll < 0.58:
            out = [self.tag("if " + self.expr("bool"), ind)] + self.block(depth + 1, r.randint(1, 2))
            if r.random() < 0.4:
                out += [self.tag("elif " + self.expr("bool"), ind)] + self.block(depth + 1, 1)
            if r.random() < 0.5:
                out += [self.tag("else", ind)] + self.block(depth + 1, 1)
            return out + [self.tag("endif", ind)]
        if roll < 0.76:
            self.counter += 1
            var = "x%d" % self.counter
            head = "for %s in %s" % (var, self.expr("list"))
            if r.random() < 0.12:
                head += " if %s != 'b'" % var
            self.scope.append((var, "str"))
            body = [ind + "  " + r.choice(["- {{ %s }}" % var, "{{ loop.index }}. {{ %s|title }}" % var,
                                           "{{ %s }}{{ ', ' if not loop.last }}" % var,
                                           "{{ loop.index0 }}/{{ loop.length }} {{ %s }}" % var,
                                           "{% if loop.first %}First: {% endif %}{{ " + var + " }}",
                                           "{{ loop.cycle('odd', 'even') }} {{ " + var + "|upper }}",
                                           "{{ loop.revindex }} {{ %s ~ '!' }}" % var])]
            body += self.block(depth + 1, r.randint(0, 1))
            self.scope.pop()
            out = [self.tag(head, ind)] + body
            if r.random() < 0.3:
                out += [self.tag("else", ind), ind + "  (none)"]
            return out + [self.tag("endfor", ind)]
        if roll < 0.85:
            self.counter += 1
            var = "v%d" % self.counter
            kind = r.choice(["str", "num", "list", "bool"])
            if r.random() < 0.25:
                self.scope.append((var, "str"))
                return [self.tag("set %s" % var, ind), self.text(), self.tag("endset", ind), "[{{ %s }}]" % var]
            stmt = self.tag("set %s = %s" % (var, self.expr(kind)), ind)
            self.scope.append((var, kind))
            return [stmt, ind + self.text()]
        if roll < 0.91:
            self.counter += 1
            m = "m%d" % self.counter
            arg = self.expr("str")
            return [self.tag("macro %s(label, suffix='.')" % m, ind), "* {{ label|capitalize }}{{ suffix }}",
                    self.tag("endmacro", ind), "{{ %s(%s) }} {{ %s(%s, suffix='!') }}" % (m, arg, m, arg)]
        if roll < 0.935:
            return [self.tag("filter " + r.choice(["upper", "trim", "replace('e', '3')", "title"]), ind)] + \
                self.block(depth + 1, 1) + [self.tag("endfilter", ind)]
        if roll < 0.96:
            self.counter += 1
            var = "w%d" % self.counter
            self.scope.append((var, "num"))
            body = self.block(depth + 1, 1)
            self.scope.pop()
            return [self.tag("with %s = %s" % (var, self.expr("num")), ind), "{{ %s }}" % var] + body + \
                [self.tag("endwith", ind)]
        return [ind + "{# %s #}" % r.choice(WORDS) + (" " + self.output() if r.random() < 0.5 else "")]
