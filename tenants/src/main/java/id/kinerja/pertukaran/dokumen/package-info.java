/**
 * The exchange document, format {@code kinerja-exchange} v2 (v1 still read): its records ({@code Dokumen}), its
 * JSON Schema ({@code SkemaDokumen}), the v1 upgrade ({@code VersiDokumen}), its codes and tree helpers, and its
 * own rules ({@code PemeriksaDokumen}: format, tree levels, references). The rules of what it holds are the
 * features' ({@code Aturan*}).
 */
package id.kinerja.pertukaran.dokumen;
