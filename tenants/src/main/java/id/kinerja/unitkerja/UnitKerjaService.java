package id.kinerja.unitkerja;

import id.kinerja.common.ConflictException;
import id.kinerja.common.InvalidInputException;
import id.kinerja.common.NotFoundException;
import id.kinerja.common.Versions;
import id.kinerja.tenant.TenantScope;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static id.kinerja.common.Teks.rapi;

/** The units of the current tenant, and their hierarchy (the struktur organisasi). */
@Singleton
public class UnitKerjaService {

    private final UnitKerjaRepository units;

    UnitKerjaService(UnitKerjaRepository units) {
        this.units = units;
    }

    public List<UnitKerja> list() {
        requireTenant();
        return units.listOrderByKode();
    }

    /** The units in the order of the struktur organisasi: each unit before those under it, siblings by urutan, kode. */
    public List<UnitKerja> susunan() {
        requireTenant();
        List<UnitKerja> semua = units.listOrderByKode();
        List<UnitKerja> out = new ArrayList<>();
        Set<Long> ada = semua.stream().map(UnitKerja::id).collect(Collectors.toSet());
        Comparator<UnitKerja> urut = Comparator.comparingInt(UnitKerja::urutan).thenComparing(UnitKerja::kode);
        semua.stream().filter(u -> u.parentId() == null || !ada.contains(u.parentId())).sorted(urut)
                .forEach(u -> tambah(u, semua, urut, out));
        return out;
    }

    private static void tambah(UnitKerja u, List<UnitKerja> semua, Comparator<UnitKerja> urut, List<UnitKerja> out) {
        out.add(u);
        semua.stream().filter(a -> u.id().equals(a.parentId())).sorted(urut).forEach(a -> tambah(a, semua, urut, out));
    }

    public UnitKerja add(@Valid UnitKerjaBaru command) {
        requireTenant();
        if (units.existsByKode(command.kode().strip())) {
            throw new ConflictException("kode", "kode '" + command.kode().strip() + "' sudah dipakai unit kerja lain");
        }
        return units.save(new UnitKerja(null, command.kode().strip(), command.nama().strip(), null, 0, null, List.of(), null));
    }

    /** Changes a unit; refuses a parent that does not exist or that lies under the unit itself (a cycle). */
    @Transactional
    public UnitKerja ubah(long id, @Valid UnitKerjaUbah command) {
        requireTenant();
        units.kunciSemua(); // two moves that would together close a cycle take turns
        UnitKerja lama = units.findById(id).orElseThrow(() -> new NotFoundException("unit kerja " + id + " tidak ditemukan"));
        Versions.check(command.version(), lama.version(), "Unit kerja " + lama.kode());
        if (command.parentId() != null) {
            Map<Long, UnitKerja> semua = units.listOrderByKode().stream().collect(Collectors.toMap(UnitKerja::id, Function.identity()));
            if (!semua.containsKey(command.parentId())) {
                throw new InvalidInputException("parentId", "unit kerja " + command.parentId() + " tidak ditemukan");
            }
            Set<Long> dilalui = new HashSet<>();
            for (Long p = command.parentId(); p != null && dilalui.add(p); p = semua.get(p) == null ? null : semua.get(p).parentId()) {
                if (p == id) {
                    throw new InvalidInputException("parentId", "unit kerja " + lama.nama() + " tidak dapat berada di bawah "
                            + (command.parentId() == id ? "dirinya sendiri" : "unit di bawahnya sendiri ("
                            + semua.get(command.parentId()).nama() + ")"));
                }
            }
        }
        List<String> fungsi = command.fungsi() == null ? List.of()
                : command.fungsi().stream().map(f -> rapi(f)).filter(f -> f != null).toList();
        return units.update(new UnitKerja(id, lama.kode(), command.nama().strip(), command.parentId(), command.urutan(),
                rapi(command.tugas()), fungsi, lama.version()));
    }

    private static void requireTenant() {
        if (TenantScope.current().isEmpty()) {
            throw new IllegalStateException("Unit kerja belong to a tenant: call through TenantScope");
        }
    }
}
