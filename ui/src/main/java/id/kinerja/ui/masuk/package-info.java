/** Signing in: the login page, outside the main layout. */
package id.kinerja.ui.masuk;
