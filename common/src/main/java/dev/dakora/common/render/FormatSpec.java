package dev.dakora.common.render;

/** A parsed format spec of {@code str.format}: {@code [[fill]align][sign][#][0][width][,|_][.precision][type]}. */
record FormatSpec(char fill, char align, char sign, boolean alternate, int width, char grouping, int precision, char type) {

    static FormatSpec parse(String spec) {
        int i = 0;
        char fill = ' ';
        char align = 0;
        if (spec.length() >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
            fill = spec.charAt(0);
            align = spec.charAt(1);
            i = 2;
        } else if (!spec.isEmpty() && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            align = spec.charAt(0);
            i = 1;
        }
        char sign = 0;
        if (i < spec.length() && "+- ".indexOf(spec.charAt(i)) >= 0) {
            sign = spec.charAt(i++);
        }
        boolean alternate = i < spec.length() && spec.charAt(i) == '#';
        if (alternate) {
            i++;
        }
        if (i < spec.length() && spec.charAt(i) == '0') {
            if (align == 0) {
                fill = '0';
                align = '=';
            }
            i++;
        }
        int start = i;
        while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        int width = number(spec, start, i);
        char grouping = 0;
        if (i < spec.length() && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            grouping = spec.charAt(i++);
        }
        int precision = -1;
        if (i < spec.length() && spec.charAt(i) == '.') {
            start = ++i;
            while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("Format specifier missing precision");
            }
            precision = number(spec, start, i);
        }
        char type = i < spec.length() ? spec.charAt(i++) : 0;
        if (i < spec.length()) {
            throw new IllegalArgumentException("Invalid format specifier '" + spec + "'");
        }
        return new FormatSpec(fill, align, sign, alternate, width, grouping, precision, type);
    }

    private static int number(String spec, int from, int to) {
        if (from == to) {
            return -1;
        }
        return OutputBudget.require(to - from > 9 ? Long.MAX_VALUE : Long.parseLong(spec.substring(from, to)),
                "the formatted text");
    }
}
