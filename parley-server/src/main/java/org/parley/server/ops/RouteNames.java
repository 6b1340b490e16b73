package org.parley.server.ops;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The route a request is counted under: the path template ({@code /api/articles/{id}}), never the raw path, so
 * metrics and the access log have a bounded set of names however many ids and typos clients send.
 */
final class RouteNames {
    /** Static files of the web UI and its WebJars. */
    static final String STATIC = "static";
    /** Any path no route matched. */
    static final String UNMATCHED = "unmatched";

    private record Template(String path, Pattern pattern) {
    }

    private volatile List<Template> templates = List.of();

    /** The routes to name requests by, in Javalin form; called once they are all registered. */
    void use(List<String> paths) {
        List<Template> list = new ArrayList<>();
        for (String p : paths) {
            String regex = Pattern.quote(p).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            list.add(new Template(p, Pattern.compile(regex + "/?")));
        }
        templates = List.copyOf(list);
    }

    /**
     * The template Javalin matched; else (a request refused before its handler ran, by the host check or a token)
     * the template its path fits; else {@link #STATIC} for a successful read outside the API, or {@link #UNMATCHED}.
     */
    String of(Context ctx) {
        String matched;
        try {
            matched = ctx.endpointHandlerPath();
        } catch (RuntimeException notYet) {
            matched = "";
        }
        if (matched != null && !matched.isEmpty() && !matched.equals("*")) return matched;
        String path = ctx.path();
        for (Template t : templates) {
            if (t.pattern().matcher(path).matches()) return t.path();
        }
        boolean api = path.startsWith("/api");
        return !api && ctx.statusCode() < 400 ? STATIC : UNMATCHED;
    }
}
