/** Jejak: the append-only audit log of a dinas (written by database triggers), read and exported here. */
package id.kinerja.jejak;
