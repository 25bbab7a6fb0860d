package id.kinerja.basisdata;

import id.kinerja.tenant.TenantSchemas;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The one place every statement of Kinerja passes (the pool's connections are handed out wrapped in it): it notes
 * which schemas a connection wrote to and moves their {@link VersiTulis} once the write is committed — after
 * {@code commit()}, after {@code setAutoCommit(true)}, and when the connection is closed (a statement run in auto-commit
 * mode has committed by then). A rollback does not clear the note: an extra move only costs a recomputation.
 * <p>
 * A statement is a read when it starts with {@code SELECT} (without {@code INTO}), {@code SHOW} or {@code VALUES}; any
 * other is a write to the connection's schema (the one {@code setSchema} chose — tenants always switch that way) and to
 * every tenant schema its text names ({@code t_…}: provisioning, migrations); a write on a connection not working for
 * a dinas, or naming {@code platform}, is a write to the platform schema ({@link VersiTulis#versiPlatform()}: sign-ins
 * and registry rows kept by {@link Simpanan#platform}); a write making, filling or dropping a stock schema
 * ({@link TenantSchemas#STOK}) moves no version. A statement mentioning
 * {@code search_path} makes the connection's schema unknown: its writes then move every schema. Writes outside this
 * process (psql, another node) are not seen.
 */
final class KoneksiTercatat implements InvocationHandler {

    private static final Pattern INTO = Pattern.compile("(?i)(?<![A-Za-z0-9_$\"])into(?![A-Za-z0-9_$\"])");
    private static final Pattern SKEMA_TENANT = Pattern.compile("(?<![A-Za-z0-9_$])t_[a-z0-9_]+");
    private static final Pattern SKEMA_STOK = Pattern.compile("(create|alter|drop) schema (if exists )?" + TenantSchemas.STOK);
    private static final String URUTAN_LAMA = TenantSchemas.PLATFORM + ".kinerja_id";

    private final Connection koneksi;
    private final VersiTulis versi;
    private Connection proksi;
    private String skema = TenantSchemas.NONE;
    private boolean skemaTakDikenal;
    /** Schemas written since the last commit → whether one of those writes may touch a quarter's approval. */
    private final Map<String, Boolean> ditulis = new HashMap<>(4);
    private boolean ditulisEntah;

    private KoneksiTercatat(Connection koneksi, VersiTulis versi) {
        this.koneksi = koneksi;
        this.versi = versi;
    }

    static DataSource bungkus(DataSource pool, VersiTulis versi) {
        return new Sumber(pool, versi);
    }

    static Connection bungkus(Connection koneksi, VersiTulis versi) {
        KoneksiTercatat h = new KoneksiTercatat(koneksi, versi);
        h.proksi = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class}, h);
        return h.proksi;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String nama = method.getName();
        switch (nama) {
            case "equals" -> {
                return proxy == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "createStatement" -> {
                return pernyataan(method.getReturnType(), panggil(koneksi, method, args), null);
            }
            case "prepareStatement", "prepareCall" -> {
                String sql = (String) args[0];
                periksaSkema(sql);
                return pernyataan(method.getReturnType(), panggil(koneksi, method, args),
                        nama.equals("prepareCall") || menulis(sql) ? sql : null);
            }
            case "setSchema" -> {
                Object hasil = panggil(koneksi, method, args);
                skema = (String) args[0];
                return hasil;
            }
            case "commit" -> {
                Object hasil = panggil(koneksi, method, args);
                umumkan();
                return hasil;
            }
            case "setAutoCommit" -> {
                Object hasil = panggil(koneksi, method, args);
                if ((Boolean) args[0]) {
                    umumkan();
                }
                return hasil;
            }
            case "close" -> {
                try {
                    return panggil(koneksi, method, args);
                } finally {
                    umumkan();
                }
            }
            default -> {
                return panggil(koneksi, method, args);
            }
        }
    }

    /** A statement whose executions are noted: {@code tulis} is the SQL it was prepared with when that SQL writes. */
    private Object pernyataan(Class<?> jenis, Object asli, String tulis) {
        return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[]{jenis}, (p, m, a) -> {
            String n = m.getName();
            switch (n) {
                case "getConnection" -> {
                    return proksi;
                }
                case "equals" -> {
                    return p == a[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(p);
                }
                default -> {
                }
            }
            if (n.startsWith("execute") || n.equals("addBatch")) {
                if (a != null && a.length > 0 && a[0] instanceof String sql) {
                    periksaSkema(sql);
                    if (menulis(sql)) {
                        catat(sql);
                    }
                } else if (tulis != null) {
                    catat(tulis);
                }
            }
            return panggil(asli, m, a);
        });
    }

    static boolean menulis(String sql) {
        int i = 0;
        while (i < sql.length() && (Character.isWhitespace(sql.charAt(i)) || sql.charAt(i) == '(')) {
            i++;
        }
        if (sql.regionMatches(true, i, "select", 0, 6)) {
            return berisi(sql, "into") && INTO.matcher(sql).find();
        }
        return !(sql.regionMatches(true, i, "show", 0, 4) || sql.regionMatches(true, i, "values", 0, 6));
    }

    private void periksaSkema(String sql) {
        if (!skemaTakDikenal && berisi(sql, "search_path")) {
            skemaTakDikenal = true;
        }
    }

    /** Whether {@code sql} contains {@code kata} (lower case) in any case, without copying it. */
    private static boolean berisi(String sql, String kata) {
        for (int i = 0, akhir = sql.length() - kata.length(); i <= akhir; i++) {
            if (sql.regionMatches(true, i, kata, 0, kata.length())) {
                return true;
            }
        }
        return false;
    }

    private void catat(String sql) {
        String kecil = sql.stripLeading().toLowerCase(Locale.ROOT);
        boolean dml = kecil.startsWith("insert") || kecil.startsWith("update") || kecil.startsWith("delete");
        boolean persetujuan = !dml || kecil.contains("persetujuan");
        if (skemaTakDikenal) {
            ditulisEntah = true;
        }
        boolean tenant = skema != null && skema.startsWith("t_");
        if (tenant) {
            ditulis.merge(skema, persetujuan, Boolean::logicalOr);
        }
        // a schema made ahead for onboarding is nobody's data until its rename (which names the dinas's t_ schema):
        // work on it, or a statement making, renaming or dropping one, moves the platform only when it names the
        // platform otherwise than as the old id sequence (the default of the changesets before 0010)
        boolean stok = skema != null && skema.startsWith(TenantSchemas.STOK) || !tenant && SKEMA_STOK.matcher(kecil).lookingAt();
        if (stok ? kecil.replace(URUTAN_LAMA, "").contains(TenantSchemas.PLATFORM)
                : !tenant || kecil.contains(TenantSchemas.PLATFORM)) {
            // the platform's tables are named schema-qualified from a connection on the sentinel schema (or a dinas's)
            ditulis.put(TenantSchemas.PLATFORM, true);
        }
        Matcher m = SKEMA_TENANT.matcher(kecil);
        while (m.find()) {
            ditulis.merge(m.group(), persetujuan, Boolean::logicalOr);
        }
    }

    private void umumkan() {
        if (ditulisEntah) {
            ditulisEntah = false;
            versi.naikSemua();
        }
        if (!ditulis.isEmpty()) {
            ditulis.forEach(versi::naik);
            ditulis.clear();
        }
    }

    private static Object panggil(Object sasaran, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(sasaran, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The pool, handing out its connections wrapped. */
    private record Sumber(DataSource pool, VersiTulis versi) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return bungkus(pool.getConnection(), versi);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return bungkus(pool.getConnection(username, password), versi);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return pool.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return iface.isInstance(this) ? iface.cast(this) : pool.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return iface.isInstance(this) || pool.isWrapperFor(iface);
        }
    }
}
