package dev.netbasics.staticserver.server;

import java.nio.charset.StandardCharsets;

/**
 * The HTML of uploads: the form the listing page shows under --upload (as uploadserver's, posting the chosen
 * files to the directory being listed), and the page that answers it.
 */
final class UploadForm {

    /** Posts to the page's own URL, the directory; several files at once. */
    static final String FORM = """
            <form method="post" enctype="multipart/form-data">
            <input type="file" name="files" multiple required>
            <input type="submit" value="Upload">
            </form>
            <hr>
            """;

    private UploadForm() {
    }

    /** The answer to a form: a link to each file made, and one back to the directory. */
    static byte[] resultPage(Upload.Result result) {
        StringBuilder html = new StringBuilder(256)
                .append("<!DOCTYPE HTML>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Upload complete</title>\n</head>\n<body>\n<h1>Upload complete</h1>\n<hr>\n<ul>\n");
        for (int i = 0; i < result.names().size(); i++) {
            html.append("<li><a href=\"").append(result.locations().get(i)).append("\">")
                    .append(DirectoryListing.escapeHtml(result.names().get(i))).append("</a></li>\n");
        }
        String first = result.locations().get(0);
        html.append("</ul>\n<hr>\n<p><a href=\"").append(first, 0, first.lastIndexOf('/') + 1)
                .append("\">Back to the directory</a></p>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
