/**
 * Capaian: the SAKIP calculations (capaian by polarity, roll-up of quarters, ordinal scale, counts per level,
 * budget absorption, efficiency) on exact decimals, and the read model of a whole period for a year and quarter.
 * {@link id.kinerja.capaian.Kalkulasi} and {@link id.kinerja.capaian.Kalkulator} are pure; {@link
 * id.kinerja.capaian.CapaianService} loads the data.
 */
package id.kinerja.capaian;
