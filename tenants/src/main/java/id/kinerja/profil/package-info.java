/** Profil: the identity of a dinas (name, tugas, fungsi, visi, misi, signatories, logo). Tenant-scoped. */
package id.kinerja.profil;
