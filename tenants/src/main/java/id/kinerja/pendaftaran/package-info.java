/**
 * Pendaftaran: onboarding a dinas in one unit (schema, registry row, first content from a template tenant or an
 * exchange document), and the demo dinas of the seed documents on a first embedded start.
 */
package id.kinerja.pendaftaran;
