/** Narasi: faktor pendukung, penghambat and upaya per tujuan/sasaran, and free chapter texts for the reports. Tenant-scoped. */
package id.kinerja.narasi;
