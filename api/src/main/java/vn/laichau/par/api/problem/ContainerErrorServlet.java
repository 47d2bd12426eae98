package vn.laichau.par.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The errors the container answers itself — an unknown path outside the API, a body too large, an error nobody
 * caught — as problem+json in Vietnamese and English instead of the server's HTML page
 * (web.xml sends them here).
 */
@WebServlet(urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

    static final String PATH = "/container-error";
    private static final Logger LOG = Logger.getLogger(ContainerErrorServlet.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer number ? number : 404;
        if (status == 501) {
            // a method the container does not implement for this path (PATCH on a static path): not allowed here
            status = 405;
        }
        Problem problem;
        if (error != null || status == 500 || status < 400) {
            String instance = "urn:uuid:" + UUID.randomUUID();
            LOG.log(Level.SEVERE, "unexpected error " + instance + " at "
                    + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), error);
            problem = new Problem("/problems/internal-error", "Internal Server Error", 500,
                    "Lỗi hệ thống, vui lòng báo mã lỗi cho quản trị viên — "
                            + "Internal error; please report the error id to the administrator", instance, null);
            status = 500;
        } else {
            problem = WebApplicationExceptionMapper.problemFor(status);
        }
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
