package org.factually.assistant.architecture;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's packages depend on each other in one direction only, as jdeps reads the compiled classes. */
class PackageDependenciesTest {

    private static final String ROOT = "org.factually.assistant";
    private static final Pattern EDGE = Pattern.compile("^\\s*(" + Pattern.quote(ROOT) + "[\\w.]*)\\s+->\\s+(" + Pattern.quote(ROOT) + "[\\w.]*)\\s", Pattern.MULTILINE);

    @Test
    void noPackageOfTheServiceDependsOnItselfThroughAnother() {
        Map<String, Set<String>> edges = dependencies();
        assertThat(edges).as("jdeps found the service's packages").containsKeys(ROOT + ".answering", ROOT + ".articles");
        assertThat(cycles(edges)).isEmpty();
    }

    @Test
    void answeringNeverDependsOnReview() {
        assertThat(dependencies().get(ROOT + ".answering")).doesNotContain(ROOT + ".review");
    }

    private static Map<String, Set<String>> dependencies() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException("jdeps comes with every JDK"));
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:package", "target/classes");
        assertThat(status).as("jdeps exit status").isZero();
        Map<String, Set<String>> edges = new HashMap<>();
        Matcher m = EDGE.matcher(out.toString());
        while (m.find()) {
            if (!m.group(1).equals(m.group(2))) {
                edges.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        return edges;
    }

    /** Every package that can reach itself again, with the path that does. */
    private static List<String> cycles(Map<String, Set<String>> edges) {
        List<String> found = new ArrayList<>();
        for (String start : edges.keySet()) {
            List<String> path = new ArrayList<>(List.of(start));
            if (reaches(start, start, edges, path, new HashSet<>())) {
                found.add(String.join(" -> ", path));
            }
        }
        return found;
    }

    private static boolean reaches(String from, String target, Map<String, Set<String>> edges, List<String> path, Set<String> seen) {
        for (String next : edges.getOrDefault(from, Set.of())) {
            path.add(next);
            if (next.equals(target) || seen.add(next) && reaches(next, target, edges, path, seen)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }
}
