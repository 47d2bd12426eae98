package vn.laichau.par.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every page and asset of the web app ({@code /app/}) and of its libraries ({@code /webjars/}) leaves with the same
 * security headers: a Content-Security-Policy that allows only this origin's scripts and styles (no inline script,
 * no third-party origin) and no framing, {@code nosniff}, no referrer outside the origin. Text assets are sent
 * compressed ({@link CompressedResponse}); the shell is revalidated on each load, a library under its versioned
 * path is kept for a year.
 */
@WebFilter(urlPatterns = {"/app/*", "/webjars/*"})
public class WebAppHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; manifest-src 'self'; "
            + "worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "geolocation=(), microphone=()");
        String path = request.getRequestURI();
        response.setHeader("Cache-Control", path.startsWith(request.getContextPath() + "/webjars/")
                ? "public, max-age=31536000, immutable" : "no-cache");
        if (path.endsWith("/sw.js")) {
            response.setHeader("Service-Worker-Allowed", request.getContextPath() + "/app/");
        }
        if (!CompressedResponse.accepts(request)) {
            chain.doFilter(request, response);
            return;
        }
        CompressedResponse compressed = new CompressedResponse(response);
        chain.doFilter(request, compressed);
        compressed.finish();
    }
}
