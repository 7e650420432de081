package io.tradegraph.graphql.engine;

/**
 * What HTTP caches may keep of an answer. A query by GET names its answer by its URL, and the answer changes only
 * with the data: every answer made from one version of the data carries that version as its entity tag, browsers
 * and CDNs ask again with {@code If-None-Match}, and an unchanged version is a {@code 304} with nothing executed.
 * Answers kept in this replica's memory are the {@link ResponseCache}'s.
 */
final class HttpCaching {

    /** Public, and checked with the service on every use, so that a change is seen at once (If-None-Match: 304). */
    static final String REVALIDATE = "public, no-cache";

    /**
     * The entity tag of every answer made from one version of the data: the URL of a GET names the query, so what
     * can change an answer is the data (and the media type, hence {@code Vary: Accept}).
     */
    static String entityTag(long dataVersion) {
        return "W/\"" + dataVersion + "\"";
    }

    /** Whether an If-None-Match header names the tag (weak comparison, RFC 9110 13.1.2). */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = tag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.strip();
            if (trimmed.equals("*") || (trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private HttpCaching() {
    }
}
