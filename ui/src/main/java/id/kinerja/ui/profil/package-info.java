/**
 * Profil: a dinas's identity (official name, address, tugas, fungsi, visi, misi, the kepala and the atasan who sign
 * the Perjanjian Kinerja, the logo) and its unit kerja, through {@code ProfilService} and {@code UnitKerjaService}.
 */
package id.kinerja.ui.profil;
