/**
 * Onboarding a dinas in the browser, for the provincial admin: identity, head and superior, the first content (empty,
 * a template dinas's framework, or an uploaded exchange file), a review of what will be created and of every problem
 * of the file before anything is written, then the creation and the dinas's first admin. The rules are the
 * services' ({@code Pendaftaran}, {@code Pertukaran}, {@code PenggunaService}); this package only asks and shows.
 */
package id.kinerja.ui.pendaftaran;
