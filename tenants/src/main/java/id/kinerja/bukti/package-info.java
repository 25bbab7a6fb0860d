/** Bukti: evidence files of realisations, checked by content, kept per tenant outside anything served. */
package id.kinerja.bukti;
