package vn.laichau.par.bot.testing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a multipart/form-data body into text fields and files. */
final class MultipartBody {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("(?i)\\bname=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)\\bfilename=\"([^\"]*)\"");

    final Map<String, String> fields = new LinkedHashMap<>();
    final Map<String, RecordedCall.UploadedFile> files = new LinkedHashMap<>();

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith("multipart/");
    }

    static MultipartBody parse(String contentType, byte[] body) {
        Matcher boundaryMatch = BOUNDARY.matcher(contentType);
        if (!boundaryMatch.find()) {
            throw new IllegalArgumentException("No boundary in " + contentType);
        }
        String delimiter = "--" + boundaryMatch.group(1);
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        MultipartBody parsed = new MultipartBody();
        int start = raw.indexOf(delimiter);
        while (start >= 0) {
            int partStart = start + delimiter.length();
            if (raw.startsWith("--", partStart)) {
                break;
            }
            partStart += 2;
            int next = raw.indexOf("\r\n" + delimiter, partStart);
            if (next < 0) {
                break;
            }
            parsed.addPart(raw.substring(partStart, next));
            start = next + 2;
        }
        parsed.resolveAttachments();
        return parsed;
    }

    /** The library names a file field {@code attach://<part name>}: make the file reachable by the field too. */
    private void resolveAttachments() {
        fields.forEach((field, value) -> {
            if (value.startsWith("attach://") && files.containsKey(value.substring("attach://".length()))) {
                files.putIfAbsent(field, files.get(value.substring("attach://".length())));
            }
        });
    }

    private void addPart(String part) {
        int headerEnd = part.indexOf("\r\n\r\n");
        String headers = part.substring(0, headerEnd);
        byte[] content = part.substring(headerEnd + 4).getBytes(StandardCharsets.ISO_8859_1);
        Matcher name = NAME.matcher(headers);
        if (!name.find()) {
            return;
        }
        Matcher fileName = FILE_NAME.matcher(headers);
        if (fileName.find()) {
            String decodedName = new String(fileName.group(1).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            files.put(name.group(1), new RecordedCall.UploadedFile(decodedName, content));
        } else {
            fields.put(name.group(1), new String(content, StandardCharsets.UTF_8));
        }
    }
}
