package io.github.schema2jpa.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts an annotation that JavaPoet spread over several lines back on one line when it fits, the way it would be
 * written by hand: {@code @Column(name = "summary", nullable = false)}. JavaPoet writes each member and each array
 * element on its own line, so lines are only ever joined at those boundaries and string literals are never touched.
 */
final class AnnotationLayout {

    static final int MAX_LINE_LENGTH = 120;

    private AnnotationLayout() {
    }

    static String compact(String source) {
        List<String> lines = source.lines().toList();
        List<String> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            int end = isAnnotationOpening(line) ? closingLine(lines, i) : -1;
            if (end < 0) {
                out.add(line);
                i++;
                continue;
            }
            String joined = join(lines.subList(i, end + 1));
            if (joined.length() <= MAX_LINE_LENGTH) {
                out.add(joined);
            } else {
                out.addAll(lines.subList(i, end + 1));
            }
            i = end + 1;
        }
        return String.join("\n", out) + (source.endsWith("\n") ? "\n" : "");
    }

    private static boolean isAnnotationOpening(String line) {
        String stripped = line.strip();
        return stripped.startsWith("@") && stripped.endsWith("(") && stripped.indexOf('"') < 0;
    }

    /** The line that closes the annotation opened on line {@code start}: {@code )} at the same indentation. */
    private static int closingLine(List<String> lines, int start) {
        String closing = indentation(lines.get(start)) + ")";
        for (int j = start + 1; j < lines.size(); j++) {
            if (lines.get(j).equals(closing)) {
                return j;
            }
        }
        return -1;
    }

    private static String join(List<String> block) {
        StringBuilder joined = new StringBuilder(block.get(0).stripTrailing());
        for (int k = 1; k < block.size(); k++) {
            String part = block.get(k).strip();
            char last = joined.charAt(joined.length() - 1);
            boolean tight = last == '(' || last == '{' || part.startsWith(")") || part.startsWith("}");
            joined.append(tight ? "" : " ").append(part);
        }
        return joined.toString();
    }

    private static String indentation(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }
}
