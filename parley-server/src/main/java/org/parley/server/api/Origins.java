package org.parley.server.api;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which requests come from where the server expects: the two checks that keep a web page the user happens to visit
 * from using a server on their own machine.
 *
 * <ol>
 *   <li><b>Host</b> (DNS rebinding): a page on {@code evil.example} can make its name resolve to 127.0.0.1 and then
 *       read and write this server as its own origin; the browser still sends {@code Host: evil.example}. So only
 *       host names the server was started with answer: an IP literal (no DNS, nothing to rebind),
 *       {@code localhost}, the bound host name, and names given with {@code --allow-host}.</li>
 *   <li><b>Origin</b> (cross-site writes): a page may POST a form or a {@code fetch} with a "simple" content type to
 *       any server without asking. A write whose {@code Sec-Fetch-Site} is not {@code same-origin} or {@code none},
 *       or whose {@code Origin} is not this server's own, is refused. Clients that are not browsers (curl, scripts)
 *       send neither header and are let through; the token, when set, still applies to them.</li>
 * </ol>
 */
final class Origins {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F:.%]+\\]");

    private final Set<String> names;

    /** @param names host names besides IP literals and localhost that this server answers to, lower case */
    Origins(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    /** Why the {@code Host} header is refused, or empty when this server answers to it. */
    Optional<String> refuseHost(String hostHeader) {
        if (hostHeader == null) return Optional.empty(); // HTTP/1.0 without Host: not a browser
        String host = hostName(hostHeader);
        if (IPV4.matcher(host).matches() || IPV6.matcher(host).matches() || host.equals("localhost")
                || names.contains(host)) {
            return Optional.empty();
        }
        return Optional.of(("this server does not answer to the host name '%s' (a web page may have made that name "
                + "point here). Reach it at an address such as 127.0.0.1 or localhost, or start it with "
                + "--allow-host %s if that name is yours").formatted(shown(host), shown(host)));
    }

    /** Why a write request is refused as coming from another site, or empty when it may go on. */
    static Optional<String> refuseCrossSite(String secFetchSite, String origin, String hostHeader) {
        if (secFetchSite != null) {
            String site = secFetchSite.strip().toLowerCase(Locale.ROOT);
            if (!site.equals("same-origin") && !site.equals("none")) return Optional.of(crossSite(origin));
        }
        if (origin != null && !sameOrigin(origin, hostHeader)) return Optional.of(crossSite(origin));
        return Optional.empty();
    }

    private static boolean sameOrigin(String origin, String hostHeader) {
        if (hostHeader == null) return false;
        try {
            URI uri = new URI(origin.strip());
            if (uri.getHost() == null || uri.getRawAuthority() == null) return false;
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getRawAuthority().equalsIgnoreCase(hostHeader.strip());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String crossSite(String origin) {
        return ("refused a write from another site (Origin %s): web pages other than this server's own may not "
                + "change the store. Post from Parley's UI, or from a client that is not a browser (curl, a script)")
                .formatted(origin == null ? "not given" : shown(origin));
    }

    /** "example.org" from "example.org:8080", "[::1]" from "[::1]:8080", lower case. */
    static String hostName(String hostHeader) {
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    /** A header value as it may be quoted in a message: short, printable. */
    private static String shown(String value) {
        String printable = value.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 100 ? printable : printable.substring(0, 100) + "…";
    }
}
