/** The province's dinas: the list (paged in the database, with each dinas's reporting state), onboarding, suspension. */
package id.kinerja.ui.dinas;
