package vn.laichau.par.bot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One Bot API call the fake received.
 *
 * @param method the method name in the case the library used (compare with {@code equalsIgnoreCase})
 * @param params the JSON body, or the text fields of a multipart body as strings
 * @param files  uploaded files of a multipart body, by field name
 */
public record RecordedCall(String method, JsonNode params, Map<String, UploadedFile> files) {

    /** A parameter as text ("" when absent); JSON objects such as {@code reply_markup} come back as JSON. */
    public String param(String name) {
        JsonNode value = params.get(name);
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    public boolean is(String methodName) {
        return method.equalsIgnoreCase(methodName);
    }

    /** A file part of a multipart request. */
    public record UploadedFile(String fileName, byte[] content) {

        public String contentAsText() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }
}
