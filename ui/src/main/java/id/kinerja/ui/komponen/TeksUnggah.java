package id.kinerja.ui.komponen;

import com.vaadin.flow.component.upload.UploadI18N;

import java.util.List;

/** Vaadin's {@code Upload} in Indonesian: the texts every upload shares, and the four that say what this one takes. */
public final class TeksUnggah {

    private TeksUnggah() {
    }

    /**
     * @param tombol       the button ("Pilih berkas…")
     * @param satuSaja     more than one file dropped
     * @param terlaluBesar over the size limit, with the limit
     * @param jenisSalah   a kind of file this upload does not take
     */
    public static UploadI18N i18n(String tombol, String satuSaja, String terlaluBesar, String jenisSalah) {
        UploadI18N i = new UploadI18N();
        i.setDropFiles(new UploadI18N.DropFiles().setOne("Letakkan berkas di sini").setMany("Letakkan berkas di sini"));
        i.setAddFiles(new UploadI18N.AddFiles().setOne(tombol).setMany(tombol));
        i.setError(new UploadI18N.Error().setTooManyFiles(satuSaja).setFileIsTooBig(terlaluBesar)
                .setIncorrectFileType(jenisSalah));
        i.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("Menghubungkan…").setStalled("Tertahan")
                        .setProcessing("Memeriksa berkas…").setHeld("Menunggu"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("sisa waktu: ").setUnknown("sisa waktu tidak diketahui"))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable("Server tidak dapat dihubungi")
                        .setUnexpectedServerError("Server gagal menerima berkas").setForbidden("Ditolak")
                        .setFileTooLarge("Berkas terlalu besar")));
        i.setFile(new UploadI18N.File().setRetry("Ulangi").setStart("Mulai").setRemove("Hapus"));
        i.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i;
    }
}
