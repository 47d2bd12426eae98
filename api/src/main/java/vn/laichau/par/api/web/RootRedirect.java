package vn.laichau.par.api.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The server's bare address ({@code http://host:8080/}) leads to the web app, which is what a person typing it into
 * a browser wants; the API, health and OpenAPI keep their own paths. Only the root itself is mapped (the empty
 * pattern), so every other unknown path still gets its problem+json 404.
 */
@WebServlet("")
public class RootRedirect extends HttpServlet {

    /** The methods the root answers; any other gets the container's 405 (as problem+json) naming them. */
    static final String ALLOWED = "GET, HEAD, OPTIONS";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws jakarta.servlet.ServletException, java.io.IOException {
        switch (request.getMethod()) {
            case "GET", "HEAD" -> doGet(request, response);
            case "OPTIONS" -> response.setHeader("Allow", ALLOWED);
            default -> {
                response.setHeader("Allow", ALLOWED);
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            }
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + "/app/");
        response.setHeader("Cache-Control", "no-cache");
    }
}
