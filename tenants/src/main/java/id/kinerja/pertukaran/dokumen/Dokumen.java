package id.kinerja.pertukaran.dokumen;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The exchange document, format {@code kinerja-exchange} version 2: one dinas's profile, framework, targets,
 * realisations, budgets and narratives in one JSON document. Its JSON Schema is the resource
 * {@code pertukaran/kinerja-exchange-2.schema.json}; numbers are exact decimals. Its codes and the fields the
 * write routes also have are the API's words ({@code POSITIF}, {@code JUMLAH}, {@code BELUM_TERSEDIA},
 * {@code alasan}, {@code kumulatif}); a version 1 document (English codes) is upgraded on reading
 * ({@link VersiDokumen}).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Dokumen(
        String format,
        int formatVersion,
        @Nullable Tenant tenant,
        @Nullable Profile profile,
        @Nullable List<Period> periods,
        @Nullable List<ScaleStep> scale,
        @Nullable List<String> notes) {

    public static final String FORMAT = "kinerja-exchange";
    public static final int VERSION = 2;

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tenant(String slug, String name, String kind, @Nullable String region, @Nullable String province) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Profile(@Nullable String officialName, @Nullable String address, @Nullable String region,
                          @Nullable String tugas, @Nullable List<String> fungsi, @Nullable String visi,
                          @Nullable List<String> misi, @Nullable Official kepala, @Nullable Official atasan) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Official(@Nullable String name, @Nullable String pangkat, @Nullable String golongan, @Nullable String nip,
                           @Nullable String jabatan, @Nullable Boolean acting) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(String name, @Nullable Integer startYear, @Nullable Integer endYear, @Nullable List<Node> tujuan,
                         @Nullable List<Narrative> narratives, @Nullable List<Chapter> chapters) {
    }

    /** A tujuan (with {@code sasaran}), sasaran ({@code programs}), program ({@code kegiatan}), kegiatan ({@code subKegiatan}). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Node(String code, String name, @Nullable String outcome, @Nullable String unit, @Nullable String lokasi,
                       @Nullable List<Indicator> indicators, @Nullable List<Budget> budgets,
                       @Nullable List<Node> sasaran, @Nullable List<Node> programs, @Nullable List<Node> kegiatan,
                       @Nullable List<Node> subKegiatan) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Indicator(String code, String name, @Nullable String satuan, @Nullable String formulaText, @Nullable String formula,
                            @Nullable List<Component> components, @Nullable String polarity, @Nullable String rollup,
                            @Nullable String dataSource, @Nullable String unit, @Nullable Boolean iku,
                            @Nullable Integer precision, @Nullable List<TargetValue> targets,
                            @Nullable List<QuarterTarget> quarterlyTargets, @Nullable List<Realisation> realisations,
                            @Nullable List<History> history) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Component(String name, String label, @Nullable String satuan) {
    }

    @Serdeable
    public record TargetValue(int year, String kind, BigDecimal value) {
    }

    @Serdeable
    public record QuarterTarget(int year, int quarter, BigDecimal value) {
    }

    /** A quarter's realisation; {@code status} {@code BELUM_TERSEDIA} with {@code alasan} when not known yet. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Realisation(int year, @Nullable Integer quarter, @Nullable BigDecimal value,
                              @Nullable Map<String, BigDecimal> components, @Nullable String status,
                              @Nullable String alasan, @Nullable String sourceAgency, @Nullable LocalDate expectedDate,
                              @Nullable String note) {
    }

    /** A whole year's realised value (earlier years, baselines). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record History(int year, @Nullable BigDecimal value, @Nullable Map<String, BigDecimal> components,
                          @Nullable String note) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    /** A budget line; {@code anggaran} absent on an entry that only carries spending for a year without lines. */
    public record Budget(int year, @Nullable BigDecimal anggaran, @Nullable String sumberDana,
                         @Nullable List<BudgetRealisation> realisasi) {
    }

    @Serdeable
    public record BudgetRealisation(int quarter, BigDecimal kumulatif) {
    }

    /** A step of the capaian scale: above {@code lowerBound} (none for the last step) earns {@code label}. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScaleStep(@Nullable BigDecimal lowerBound, String label) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Narrative(String level, String code, int year, @Nullable Integer quarter, @Nullable String faktorPendukung,
                            @Nullable String faktorPenghambat, @Nullable String upayaSolusi) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Chapter(String key, int year, @Nullable Integer quarter, String text) {
    }
}
