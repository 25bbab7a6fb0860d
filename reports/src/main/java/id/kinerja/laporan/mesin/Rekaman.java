package id.kinerja.laporan.mesin;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Jasper data source over Java records: a field {@code nama} reads the record component {@code nama()}. The
 * documents' rows are records built by their assemblers; Jasper's bean data source wants JavaBean getters, and
 * reads them through reflection on every row. A template opens nested lists with {@code Rekaman.dari($F{anak})}.
 */
public final class Rekaman implements JRRewindableDataSource {

    private static final Map<Class<?>, Map<String, MethodHandle>> AKSESOR = new ConcurrentHashMap<>();

    private final List<?> baris;
    private Iterator<?> iterator;
    private Object sekarang;

    private Rekaman(Collection<?> baris) {
        this.baris = List.copyOf(baris);
        this.iterator = this.baris.iterator();
    }

    public static Rekaman dari(Collection<?> baris) {
        return new Rekaman(baris == null ? List.of() : baris);
    }

    @Override
    public boolean next() {
        if (!iterator.hasNext()) {
            return false;
        }
        sekarang = iterator.next();
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        MethodHandle aksesor = aksesor(sekarang.getClass()).get(field.getName());
        if (aksesor == null) {
            throw new JRException("Baris " + sekarang.getClass().getSimpleName() + " tidak punya " + field.getName());
        }
        try {
            return aksesor.invoke(sekarang);
        } catch (Throwable e) {
            throw new JRException("Tidak dapat membaca " + field.getName(), e);
        }
    }

    @Override
    public void moveFirst() {
        iterator = baris.iterator();
    }

    private static Map<String, MethodHandle> aksesor(Class<?> jenis) {
        return AKSESOR.computeIfAbsent(jenis, k -> {
            if (!k.isRecord()) {
                throw new IllegalArgumentException(k + " bukan record");
            }
            Map<String, MethodHandle> m = new HashMap<>();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (RecordComponent c : k.getRecordComponents()) {
                try {
                    m.put(c.getName(), lookup.unreflect(c.getAccessor()));
                } catch (IllegalAccessException e) {
                    throw new IllegalArgumentException("Record " + k.getName() + " harus public", e);
                }
            }
            return Map.copyOf(m);
        });
    }
}
