package id.kinerja.basisdata;

import java.nio.file.Path;

/**
 * The one way to start an embedded PostgreSQL that does not flush its commits: for test databases that die with
 * the test JVM. It lives in the test sources, so production code cannot choose it.
 */
public final class ThrowawayDatabase {

    private ThrowawayDatabase() {
    }

    public static EmbeddedDatabase start(Path folder) {
        return EmbeddedDatabase.start(folder, EmbeddedDatabase.Durability.THROWAWAY);
    }
}
