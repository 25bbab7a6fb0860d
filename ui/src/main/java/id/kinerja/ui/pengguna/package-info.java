/**
 * Users and their roles: every user for the provincial admin ({@link id.kinerja.ui.pengguna.PenggunaView}), the members
 * of one dinas for its admin ({@link id.kinerja.ui.pengguna.AnggotaDinasView}); new users with a first password,
 * roles given and taken, passwords reset. The rules, including whose password a dinas admin may reset, are
 * {@code PenggunaService}'s.
 */
package id.kinerja.ui.pengguna;
