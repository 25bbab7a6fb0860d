package id.kinerja.laporan;

/** The file a document is printed into: the same fill, exported as PDF or as a workbook (one sheet per table). */
public enum FormatBerkas {
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String ekstensi;
    private final String mediaType;

    FormatBerkas(String ekstensi, String mediaType) {
        this.ekstensi = ekstensi;
        this.mediaType = mediaType;
    }

    public String ekstensi() {
        return ekstensi;
    }

    public String mediaType() {
        return mediaType;
    }
}
