package org.dramatis.cli;

/**
 * Text from outside (file names, messages quoting them) made safe to print on one terminal line: line breaks, other
 * control characters and the invisible characters that reorder or hide text are written as escapes, so a file named
 * {@code "x\nstored     y.md"} cannot forge a second line of a report.
 */
final class Printable {
    private Printable() {
    }

    static String of(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? s : out.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        boolean hidden = Character.isISOControl(c) // C0, DEL, C1 (NEL included)
                || c == '\u2028' || c == '\u2029' // line and paragraph separators
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') // bidi embeddings, isolates
                || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\uFEFF';
        return hidden ? String.format("\\u%04X", (int) c) : null;
    }
}
