package org.dramatis.security;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small invented articles for the security tests: an invented country, its ministers and a front, and hostile markup. */
final class Corpus {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";

    private Corpus() {
    }

    static Map<String, String> plain() {
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("keldport-talks", "Minister Tavo Renik met General Asha Morvane in Keldport on 3 March 2021. "
                + "The Velorian Unity Front said it backs Tavo Renik. Asha Morvane visited the northern garrison.");
        docs.put("harbour-raid", "Police raided the harbour office of Dessa Quaine in Keldport on 9 April 2021. "
                + "Tavo Renik condemned the raid. The Velorian Unity Front called for calm.");
        return docs;
    }

    /** Articles whose text and actor names carry script and attribute-breaking markup. */
    static Map<String, String> hostile() {
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("hostile-names", "The envoy [[Darel " + SCRIPT + " Quill]] met [[Mira " + IMG + " Sefton]] in Keldport. "
                + "[[Darel " + SCRIPT + " Quill]] praised Tavo Renik. Note " + SCRIPT + " and " + IMG + " here.");
        return docs;
    }
}
