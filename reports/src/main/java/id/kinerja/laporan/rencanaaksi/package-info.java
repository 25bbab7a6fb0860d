/** The Rencana Aksi: every level's quarterly targets against realisations and capaian (template {@code rencana-aksi}). */
package id.kinerja.laporan.rencanaaksi;
