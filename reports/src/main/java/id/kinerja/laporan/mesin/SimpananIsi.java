package id.kinerja.laporan.mesin;

import id.kinerja.laporan.FormatBerkas;
import io.micronaut.core.annotation.Nullable;
import net.sf.jasperreports.engine.JasperPrint;

import java.lang.ref.SoftReference;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Filled documents kept for a document printed again unchanged: a fill is a pure function of the template (fixed for
 * the process) and the {@link Cetakan}'s content, so a {@link Cetakan} equal in every value to one filled before gives
 * the very same pages, and only the export is left to do. A fill is lent out to one print at a time (an export
 * draws the charts, which are not safe to draw from two threads at once) and given back after it; two prints of the
 * same document at once fill one each, and both are kept. Only a document made of plain values (records, lists,
 * maps, strings, numbers, dates, byte arrays and {@link Berkunci} drawings) is kept; anything else is filled every
 * time. At most {@value #DOKUMEN} documents (least recently printed out first) of {@value #SALINAN} copies each,
 * held softly (the garbage collector may drop them under memory pressure).
 */
final class SimpananIsi {

    static final int DOKUMEN = 16;
    static final int SALINAN = 2;

    /** A document's content as values, with the format it is filled for. */
    record Kunci(Object isi, FormatBerkas format) {
    }

    private final Map<Kunci, Deque<SoftReference<JasperPrint>>> simpan = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Kunci, Deque<SoftReference<JasperPrint>>> tertua) {
            return size() > DOKUMEN;
        }
    };

    /** The key of {@code c}, or null when it holds something that is not a plain value (never kept). */
    @Nullable
    static Kunci kunci(Cetakan c, FormatBerkas format) {
        try {
            return new Kunci(nilai(c), format);
        } catch (TakBernilai e) {
            return null;
        }
    }

    /** A kept fill of {@code kunci}, taken out until {@link #kembalikan}; null when none is free. */
    @Nullable
    synchronized JasperPrint pinjam(@Nullable Kunci kunci) {
        if (kunci == null) {
            return null;
        }
        Deque<SoftReference<JasperPrint>> ada = simpan.get(kunci);
        while (ada != null && !ada.isEmpty()) {
            JasperPrint p = ada.pop().get();
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** Keeps {@code hasil}, the fill of {@code kunci}, for the next print of the same document. */
    synchronized void kembalikan(@Nullable Kunci kunci, JasperPrint hasil) {
        if (kunci == null) {
            return;
        }
        Deque<SoftReference<JasperPrint>> ada = simpan.computeIfAbsent(kunci, k -> new ArrayDeque<>());
        ada.removeIf(r -> r.get() == null);
        if (ada.size() < SALINAN) {
            ada.push(new SoftReference<>(hasil));
        }
    }

    synchronized void kosongkan() {
        simpan.clear();
    }

    private static final class TakBernilai extends RuntimeException {
        TakBernilai() {
            super(null, null, false, false);
        }
    }

    /** The bytes of an array, compared and hashed by content. */
    private record Bita(byte[] isi) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bita b && Arrays.equals(isi, b.isi);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(isi);
        }
    }

    private static final ClassValue<Method[]> KOMPONEN = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> jenis) {
            RecordComponent[] rc = jenis.getRecordComponents();
            Method[] m = new Method[rc.length];
            for (int i = 0; i < rc.length; i++) {
                m[i] = rc[i].getAccessor();
                m[i].setAccessible(true);
            }
            return m;
        }
    };

    /** {@code o} as values only: equal exactly when what it prints is equal. */
    private static Object nilai(@Nullable Object o) {
        if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Character
                || o instanceof Enum<?> || o instanceof TemporalAccessor) {
            return o;
        }
        if (o instanceof byte[] b) {
            return new Bita(b.clone());
        }
        if (o instanceof Record r) {
            Method[] m = KOMPONEN.get(r.getClass());
            List<Object> out = new ArrayList<>(m.length + 1);
            out.add(r.getClass());
            for (Method a : m) {
                try {
                    out.add(nilai(a.invoke(r)));
                } catch (ReflectiveOperationException e) {
                    throw new TakBernilai();
                }
            }
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(nilai(x)));
            return out;
        }
        if (o instanceof Map<?, ?> m) {
            Map<Object, Object> out = HashMap.newHashMap(m.size());
            m.forEach((k, v) -> out.put(nilai(k), nilai(v)));
            return out;
        }
        if (o instanceof Set<?> s) {
            Set<Object> out = HashSet.newHashSet(s.size());
            s.forEach(x -> out.add(nilai(x)));
            return out;
        }
        if (o instanceof Berkunci b) {
            return Arrays.asList(b.getClass(), nilai(b.kunci()));
        }
        throw new TakBernilai();
    }
}
