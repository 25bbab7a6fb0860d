/**
 * The Renja matrix of 002's lampiran, "Matrik Tujuan, Sasaran, Program, Kegiatan dan Sub Kegiatan": tujuan and
 * sasaran with their indicators and Renja/P-Renja targets, then programs, kegiatan and sub kegiatan with target,
 * kebutuhan dana and sumber dana (template {@code renja}).
 */
package id.kinerja.laporan.renja;
