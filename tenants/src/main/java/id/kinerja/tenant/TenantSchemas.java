package id.kinerja.tenant;

import java.util.regex.Pattern;

/** Names of the PostgreSQL schemas Kinerja uses. */
public final class TenantSchemas {

    /** The tenant registry (and later users, jobs): one per database. */
    public static final String PLATFORM = "platform";
    /** Empty on purpose: the schema of every pooled connection that is not working for a tenant. */
    public static final String NONE = "kinerja_none";

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

    /**
     * A slug suggested for a dinas's name, following {@link #SLUG_PATTERN}: lower case, letters without accents, words
     * joined by hyphens, cut at a word to at most 40 characters ("Dinas Koperasi, UKM Kota Batu" → {@code
     * dinas-koperasi-ukm-kota-batu}); empty when the name has no letter to start with.
     */
    public static String saranSlug(String nama) {
        if (nama == null) {
            return "";
        }
        String polos = java.text.Normalizer.normalize(nama, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        for (String kata : polos.split("[^a-z0-9]+")) {
            if (kata.isEmpty() || slug.isEmpty() && !Character.isLetter(kata.charAt(0))) {
                continue;
            }
            int panjang = slug.length() + (slug.isEmpty() ? 0 : 1) + kata.length();
            if (panjang > 40) {
                if (slug.isEmpty()) {
                    slug.append(kata, 0, 40);
                }
                break;
            }
            if (!slug.isEmpty()) {
                slug.append('-');
            }
            slug.append(kata);
        }
        return slug.toString();
    }
}
