package dev.netbasics.staticserver.server;

/** Reason phrases and the explanations Python's http.server puts on its error pages. */
final class HttpStatus {

    static final int OK = 200;
    static final int CREATED = 201;
    static final int NO_CONTENT = 204;
    static final int PARTIAL_CONTENT = 206;
    static final int MOVED_PERMANENTLY = 301;
    static final int NOT_MODIFIED = 304;
    static final int BAD_REQUEST = 400;
    static final int FORBIDDEN = 403;
    static final int NOT_FOUND = 404;
    static final int REQUEST_TIMEOUT = 408;
    static final int CONFLICT = 409;
    static final int PRECONDITION_FAILED = 412;
    static final int CONTENT_TOO_LARGE = 413;
    static final int URI_TOO_LONG = 414;
    static final int UNSUPPORTED_MEDIA_TYPE = 415;
    static final int RANGE_NOT_SATISFIABLE = 416;
    static final int EXPECTATION_FAILED = 417;
    static final int MISDIRECTED_REQUEST = 421;
    static final int HEADER_FIELDS_TOO_LARGE = 431;
    static final int INTERNAL_SERVER_ERROR = 500;
    static final int NOT_IMPLEMENTED = 501;
    static final int INSUFFICIENT_STORAGE = 507;
    static final int VERSION_NOT_SUPPORTED = 505;

    private HttpStatus() {
    }

    static String phrase(int status) {
        return switch (status) {
            case OK -> "OK";
            case CREATED -> "Created";
            case NO_CONTENT -> "No Content";
            case PARTIAL_CONTENT -> "Partial Content";
            case MOVED_PERMANENTLY -> "Moved Permanently";
            case NOT_MODIFIED -> "Not Modified";
            case BAD_REQUEST -> "Bad Request";
            case FORBIDDEN -> "Forbidden";
            case NOT_FOUND -> "Not Found";
            case REQUEST_TIMEOUT -> "Request Timeout";
            case CONFLICT -> "Conflict";
            case PRECONDITION_FAILED -> "Precondition Failed";
            case CONTENT_TOO_LARGE -> "Request Entity Too Large";
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported Media Type";
            case URI_TOO_LONG -> "Request-URI Too Long";
            case RANGE_NOT_SATISFIABLE -> "Requested Range Not Satisfiable";
            case EXPECTATION_FAILED -> "Expectation Failed";
            case MISDIRECTED_REQUEST -> "Misdirected Request";
            case HEADER_FIELDS_TOO_LARGE -> "Request Header Fields Too Large";
            case NOT_IMPLEMENTED -> "Not Implemented";
            case VERSION_NOT_SUPPORTED -> "HTTP Version Not Supported";
            case INSUFFICIENT_STORAGE -> "Insufficient Storage";
            default -> "Internal Server Error";
        };
    }

    static String explanation(int status) {
        return switch (status) {
            case MOVED_PERMANENTLY -> "Object moved permanently -- see URI list";
            case BAD_REQUEST -> "Bad request syntax or unsupported method";
            case FORBIDDEN -> "Request forbidden -- authorization will not help";
            case NOT_FOUND -> "Nothing matches the given URI";
            case REQUEST_TIMEOUT -> "Request timed out; try again later";
            case URI_TOO_LONG -> "URI is too long";
            case CONFLICT -> "Request conflict";
            case PRECONDITION_FAILED -> "Precondition in headers is false";
            case CONTENT_TOO_LARGE -> "Entity is too large";
            case UNSUPPORTED_MEDIA_TYPE -> "Entity body in unsupported format";
            case RANGE_NOT_SATISFIABLE -> "Cannot satisfy request range";
            case EXPECTATION_FAILED -> "Expect condition could not be satisfied";
            case MISDIRECTED_REQUEST -> "Server is not able to produce a response";
            case HEADER_FIELDS_TOO_LARGE ->
                "The server is unwilling to process the request because its header fields are too large";
            case NOT_IMPLEMENTED -> "Server does not support this operation";
            case VERSION_NOT_SUPPORTED -> "Cannot fulfill request";
            case INSUFFICIENT_STORAGE -> "Insufficient Storage";
            default -> "Server got itself in trouble";
        };
    }
}
