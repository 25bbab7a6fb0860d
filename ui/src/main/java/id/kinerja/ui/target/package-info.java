/**
 * Target: one year's targets of every indicator in one grid, the versions of the year (Renstra, Renja, P-Renja, PK,
 * PK Perubahan) side by side with the quarterly targets; saved in one bulk write through {@code TargetService} (all
 * or nothing), a cell someone else changed meanwhile shown rather than overwritten, signed PK targets read-only.
 */
package id.kinerja.ui.target;
