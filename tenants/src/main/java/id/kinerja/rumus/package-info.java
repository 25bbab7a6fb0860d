/** Rumus: computable indicator formulas (EvalEx on BigDecimal), validated when saved, evaluated per year. */
package id.kinerja.rumus;
