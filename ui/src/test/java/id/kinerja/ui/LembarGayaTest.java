package id.kinerja.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The stylesheet's blocks are well formed: a rule left unclosed (as a merge once did) silently swallows every rule after
 * it into a nested selector that matches nothing, and no browser reports it.
 */
class LembarGayaTest {

    @Test
    void everyRuleIsClosedAndOnlyAtRulesHoldRules() throws IOException {
        String css;
        try (InputStream in = LembarGayaTest.class.getResourceAsStream("/META-INF/resources/styles/kinerja.css")) {
            assertThat(in).as("kinerja.css on the classpath").isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String tanpaKomentar = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Deque<String> terbuka = new ArrayDeque<>(); // the prelude (selector or at-rule) of each open block
        StringBuilder prelude = new StringBuilder();
        int baris = 1;
        for (char ch : tanpaKomentar.toCharArray()) {
            if (ch == '\n') {
                baris++;
            }
            if (ch == '{') {
                String p = prelude.toString().strip();
                if (!terbuka.isEmpty() && !terbuka.peek().startsWith("@")) {
                    fail("line " + baris + ": rule '" + p + "' opens inside rule '" + terbuka.peek() + "' (a missing '}')");
                }
                terbuka.push(p);
                prelude.setLength(0);
            } else if (ch == '}') {
                if (terbuka.isEmpty()) {
                    fail("line " + baris + ": '}' closes nothing");
                }
                terbuka.pop();
                prelude.setLength(0);
            } else if (ch == ';') {
                prelude.setLength(0);
            } else {
                prelude.append(ch);
            }
        }
        assertThat(terbuka).as("blocks left open at the end").isEmpty();
        assertThat(css).contains(".grid-realisasi .capaian.skala-1", ".grafik-tren");
    }
}
