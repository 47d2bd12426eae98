package vn.laichau.par.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Turns the framework's own HTTP errors (unknown path, wrong method, unsupported media type…) into problem
 * bodies with a bilingual detail.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, String[]> DETAILS = Map.of(
            400, new String[] {"bad-request", "Yêu cầu không hợp lệ", "The request is malformed"},
            401, new String[] {"unauthorized", "Cần đăng nhập", "Authentication is required"},
            403, new String[] {"forbidden", "Không có quyền thực hiện", "Not allowed"},
            404, new String[] {"not-found", "Không tìm thấy tài nguyên", "No such resource"},
            405, new String[] {"method-not-allowed", "Phương thức không được hỗ trợ", "Method not allowed"},
            406, new String[] {"not-acceptable", "Không có định dạng phù hợp", "No acceptable representation"},
            503, new String[] {"service-unavailable", "Dịch vụ tạm thời chưa sẵn sàng", "The service is briefly unavailable"},
            413, new String[] {"content-too-large", "Nội dung gửi lên quá lớn", "The request body is too large"},
            415, new String[] {"unsupported-media-type", "Kiểu nội dung không được hỗ trợ",
                    "Unsupported content type"});

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception instanceof ProblemException problem) {
            return new ProblemExceptionMapper().toResponse(problem);
        }
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return new UnexpectedErrorMapper().toResponse(exception);
        }
        Response.ResponseBuilder answer = Response.status(status).type(Problem.MEDIA_TYPE).entity(problemFor(status));
        if (status == 401) {
            // a request that reached a protected resource without a token: the bearer challenge (RFC 6750)
            answer.header(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.MISSING);
        }
        if (status == 405) {
            // the methods the resource does answer, which a 405 must name (RFC 9110, 15.5.6)
            answer.allow(exception.getResponse().getAllowedMethods());
        }
        return answer.build();
    }

    /** The problem of a refused request whose only known fact is its status. */
    static Problem problemFor(int status) {
        String[] text = DETAILS.getOrDefault(status,
                new String[] {"http-" + status, "Yêu cầu bị từ chối", "The request was refused"});
        return new Problem("/problems/" + text[0], RefusalMapper.title(status), status, text[1] + " — " + text[2],
                null, null);
    }
}
