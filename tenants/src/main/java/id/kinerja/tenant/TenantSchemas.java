package id.kinerja.tenant;

import java.util.regex.Pattern;

/** Names of the PostgreSQL schemas Kinerja uses. */
public final class TenantSchemas {

    /** The tenant registry (and later users, jobs): one per database. */
    public static final String PLATFORM = "platform";
    /** Empty on purpose: the schema of every pooled connection that is not working for a tenant. */
    public static final String NONE = "kinerja_none";
    /** Prefix of the schemas made ahead for onboarding ({@link PersediaanSkema}): nobody's data until renamed. */
    public static final String STOK = "kinerja_siap_";

    /** Lowercase letters, digits and single hyphens, 3–40 characters, starting with a letter. */
    public static final String SLUG_PATTERN = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";
    private static final Pattern SLUG = Pattern.compile(SLUG_PATTERN);

    private TenantSchemas() {
    }

    /** {@code lumajang-diskopum} → {@code t_lumajang_diskopum}: slugs have no underscores, so this is one-to-one. */
    public static String forSlug(String slug) {
        if (!isValidSlug(slug)) {
            throw new IllegalArgumentException("Not a tenant slug: " + slug);
        }
        return "t_" + slug.replace('-', '_');
    }

    public static boolean isValidSlug(String slug) {
        return slug != null && slug.length() >= 3 && slug.length() <= 40 && SLUG.matcher(slug).matches();
    }

    /** Words a suggested slug leaves out or shortens when the whole name does not fit in 40 characters. */
    private static final java.util.Set<String> PENGISI = java.util.Set.of("dan", "serta", "dinas", "badan", "kantor", "urusan");
    private static final java.util.Map<String, String> SINGKATAN = java.util.Map.of("kabupaten", "kab", "provinsi", "prov");

    /**
     * A slug suggested for a dinas's name, following {@link #SLUG_PATTERN}: lower case, letters without accents, words
     * joined by hyphens ("Dinas Koperasi, UKM Kota Batu" → {@code dinas-koperasi-ukm-kota-batu}). A name too long for
     * 40 characters loses its filler words and shortens "kabupaten"/"provinsi", so the region at its end stays
     * ("Dinas Koperasi dan Usaha Mikro Kabupaten Jember" → {@code koperasi-usaha-mikro-kab-jember}); what still does
     * not fit is cut at a word. Empty when the name has no letter to start with.
     */
    public static String saranSlug(String nama) {
        if (nama == null) {
            return "";
        }
        String polos = java.text.Normalizer.normalize(nama, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
        java.util.List<String> kata = new java.util.ArrayList<>(java.util.Arrays.stream(polos.split("[^a-z0-9]+"))
                .filter(k -> !k.isEmpty()).toList());
        while (!kata.isEmpty() && !Character.isLetter(kata.getFirst().charAt(0))) {
            kata.removeFirst();
        }
        if (String.join("-", kata).length() > 40) {
            java.util.List<String> ringkas = kata.stream().filter(k -> !PENGISI.contains(k))
                    .map(k -> SINGKATAN.getOrDefault(k, k)).toList();
            if (!ringkas.isEmpty() && Character.isLetter(ringkas.getFirst().charAt(0))) {
                kata = new java.util.ArrayList<>(ringkas);
            }
        }
        StringBuilder slug = new StringBuilder();
        for (String k : kata) {
            int panjang = slug.length() + (slug.isEmpty() ? 0 : 1) + k.length();
            if (panjang > 40) {
                if (slug.isEmpty()) {
                    slug.append(k, 0, 40);
                }
                break;
            }
            if (!slug.isEmpty()) {
                slug.append('-');
            }
            slug.append(k);
        }
        return slug.toString();
    }
}
