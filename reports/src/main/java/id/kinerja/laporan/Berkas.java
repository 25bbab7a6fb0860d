package id.kinerja.laporan;

/** A printed document: its bytes, the file name to save it under and its media type. */
public record Berkas(byte[] isi, String nama, String mediaType) {
}
