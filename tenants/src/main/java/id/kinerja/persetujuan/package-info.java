/**
 * Persetujuan: the approval of a quarter (draft → submitted → verified → locked, returned or reopened with a
 * reason) with the capaian snapshot of a locked quarter, and the signed Perjanjian Kinerja.
 */
package id.kinerja.persetujuan;
