/**
 * Pengguna: users (one store for UI and API, Argon2id hashes), their roles per dinas, bearer tokens, sign-in
 * throttling, and {@link id.kinerja.pengguna.Izin}, the one table of who may do what.
 */
package id.kinerja.pengguna;
