package dev.netbasics.staticserver;

/**
 * One requirement of RFC 9110 (HTTP Semantics) or RFC 9112 (HTTP/1.1) as the RFC words it: its section, its
 * level and its text, quoted. The conformance table names one per case, and the nginx differential prints it
 * beside every difference, as the text that decides it.
 */
record Requirement(String section, Level level, String text) {

    enum Level { MUST, SHOULD, MAY }

    static Requirement must(String section, String text) {
        return new Requirement(section, Level.MUST, text);
    }

    static Requirement should(String section, String text) {
        return new Requirement(section, Level.SHOULD, text);
    }

    static Requirement may(String section, String text) {
        return new Requirement(section, Level.MAY, text);
    }

    @Override
    public String toString() {
        return section + " " + level;
    }

    // RFC 9112, 2: message format.
    static final Requirement BARE_LF = may("RFC 9112 §2.2", "Although the line terminator for the start-line and "
            + "fields is the sequence CRLF, a recipient MAY recognize a single LF as a line terminator and ignore any "
            + "preceding CR.");
    static final Requirement BARE_CR = must("RFC 9112 §2.2", "A sender MUST NOT generate a bare CR (a CR character not "
            + "immediately followed by LF) within any protocol elements other than the content. A recipient of such a "
            + "bare CR MUST consider that element to be invalid or replace each bare CR with SP before processing the "
            + "element or forwarding the message.");
    static final Requirement LEADING_CRLF = should("RFC 9112 §2.2", "In the interest of robustness, a server that is "
            + "expecting to receive and parse a request-line SHOULD ignore at least one empty line (CRLF) received "
            + "prior to the request-line.");
    static final Requirement WHITESPACE_AFTER_START_LINE = must("RFC 9112 §2.2", "A recipient that receives "
            + "whitespace between the start-line and the first header field MUST either reject the message as invalid "
            + "or consume each whitespace-preceded line without further processing of it.");
    static final Requirement INVALID_MESSAGE = should("RFC 9112 §2.2", "When a server listening only for HTTP request "
            + "messages, or processing what appears from the start-line to be an HTTP request message, receives a "
            + "sequence of octets that does not match the HTTP-message grammar aside from the robustness exceptions "
            + "listed above, the server SHOULD respond with a 400 (Bad Request) response and close the connection.");
    static final Requirement VERSION_GRAMMAR = should("RFC 9112 §2.3, §3", "HTTP-version = HTTP-name \"/\" DIGIT "
            + "\".\" DIGIT; HTTP-name = %s\"HTTP\" (HTTP-version is case-sensitive). Recipients of an invalid "
            + "request-line SHOULD respond with either a 400 (Bad Request) error or a 301 (Moved Permanently) redirect "
            + "with the request-target properly encoded.");
    static final Requirement MAJOR_VERSION = may("RFC 9110 §15.6.6", "The 505 (HTTP Version Not Supported) status code "
            + "indicates that the server does not support, or refuses to support, the major version of HTTP that was "
            + "used in the request message.");
    static final Requirement MINOR_VERSION = should("RFC 9110 §2.5", "A recipient that receives a message with a major "
            + "version number that it implements and a minor version number higher than what it implements SHOULD "
            + "process the message as if it were in the highest minor version within that major version to which the "
            + "recipient is conformant.");

    // RFC 9112, 3: request line.
    static final Requirement REQUEST_LINE = should("RFC 9112 §3", "request-line = method SP request-target SP "
            + "HTTP-version. Recipients of an invalid request-line SHOULD respond with either a 400 (Bad Request) error "
            + "or a 301 (Moved Permanently) redirect with the request-target properly encoded. A recipient SHOULD NOT "
            + "attempt to autocorrect and then process the request without a redirect, since the invalid request-line "
            + "might be deliberately crafted to bypass security filters along the request chain.");
    static final Requirement LONG_METHOD = should("RFC 9112 §3", "A server that receives a method longer than any that "
            + "it implements SHOULD respond with a 501 (Not Implemented) status code.");
    static final Requirement URI_TOO_LONG = must("RFC 9112 §3", "A server that receives a request-target longer than "
            + "any URI it wishes to parse MUST respond with a 414 (URI Too Long) status code.");
    static final Requirement LINE_LENGTH = should("RFC 9112 §3", "It is RECOMMENDED that all HTTP senders and "
            + "recipients support, at a minimum, request-line lengths of 8000 octets.");
    static final Requirement UNKNOWN_METHOD = should("RFC 9110 §9.1", "The method token is case-sensitive. An origin "
            + "server that receives a request method that is unrecognized or not implemented SHOULD respond with the "
            + "501 (Not Implemented) status code.");
    static final Requirement METHOD_NOT_SUPPORTED = should("RFC 9110 §9.1, §15.5.6", "An origin server that receives a "
            + "request method that is unrecognized or not implemented SHOULD respond with the 501 (Not Implemented) "
            + "status code. An origin server that receives a request method that is recognized and implemented, but "
            + "not allowed for the target resource, SHOULD respond with the 405 (Method Not Allowed) status code.");
    static final Requirement ORIGIN_FORM = should("RFC 9112 §3.2.1", "origin-form = absolute-path [ \"?\" query ] "
            + "(absolute-path = 1*( \"/\" segment ), no fragment); an invalid request-line SHOULD get 400 or 301.");
    static final Requirement ABSOLUTE_FORM = must("RFC 9112 §3.2.2", "A server MUST accept the absolute-form in "
            + "requests even though most HTTP/1.1 clients will only send the absolute-form to a proxy.");
    static final Requirement ASTERISK_FORM = should("RFC 9112 §3.2.4", "The asterisk-form of request-target is only "
            + "used for a server-wide OPTIONS request; another method with it is an invalid request-line (SHOULD 400).");
    static final Requirement AUTHORITY_FORM = should("RFC 9112 §3.2.3", "The authority-form of request-target is only "
            + "used for CONNECT requests; another method with it is an invalid request-line (SHOULD 400).");
    static final Requirement CONNECT = should("RFC 9110 §9.3.6, §9.1", "An origin server MAY accept a CONNECT request, "
            + "but most origin servers do not implement CONNECT; a method not implemented SHOULD get 501.");
    static final Requirement SERVER_WIDE_OPTIONS = may("RFC 9110 §9.3.7", "An OPTIONS request with an asterisk (\"*\") "
            + "as the request-target applies to the server in general rather than to a specific resource.");
    static final Requirement HTTPS_TARGET = must("RFC 9110 §7.4", "Unless the connection is from a trusted gateway, an "
            + "origin server MUST reject a request if any scheme-specific requirements for the target URI are not "
            + "met. In particular, a request for an \"https\" resource MUST be rejected unless it has been received "
            + "over a connection that has been secured via a certificate valid for that target URI's origin.");
    static final Requirement USERINFO = should("RFC 9110 §4.2.4", "Before making use of an \"http\" or \"https\" URI "
            + "reference received from an untrusted source, a recipient SHOULD parse for userinfo and treat its "
            + "presence as an error; it is likely being used to obscure the authority for the sake of phishing attacks.");
    static final Requirement EMPTY_HOST_URI = must("RFC 9110 §4.2.1", "A sender MUST NOT generate an \"http\" URI with "
            + "an empty host identifier. A recipient that processes such a URI reference MUST reject it as invalid.");
    static final Requirement HOST = must("RFC 9112 §3.2", "A server MUST respond with a 400 (Bad Request) status code "
            + "to any HTTP/1.1 request message that lacks a Host header field and to any request message that contains "
            + "more than one Host header field line or a Host header field with an invalid field value.");
    static final Requirement HOST_HTTP10 = may("RFC 9112 §3.2", "A client MUST send a Host header field in all "
            + "HTTP/1.1 request messages: an HTTP/1.0 request may lack it.");
    static final Requirement EMPTY_HOST = may("RFC 9112 §3.3", "If the target URI's authority component is empty and "
            + "its URI scheme requires a non-empty authority (as is the case for \"http\" and \"https\"), the server "
            + "can reject the request or determine whether a configured default applies that is consistent with the "
            + "incoming connection's context.");

    // RFC 9112, 5 and RFC 9110, 5: fields.
    static final Requirement WHITESPACE_BEFORE_COLON = must("RFC 9112 §5.1", "No whitespace is allowed between the "
            + "field name and colon. A server MUST reject, with a response status code of 400 (Bad Request), any "
            + "received request message that contains whitespace between a header field name and colon.");
    static final Requirement OBS_FOLD = must("RFC 9112 §5.2", "A server that receives an obs-fold in a request message "
            + "that is not within a \"message/http\" container MUST either reject the message by sending a 400 (Bad "
            + "Request), preferably with a representation explaining that obsolete line folding is unacceptable, or "
            + "replace each received obs-fold with one or more SP octets prior to interpreting the field value or "
            + "forwarding the message downstream.");
    static final Requirement FIELD_GRAMMAR = should("RFC 9112 §5, §2.2", "field-line = field-name \":\" OWS "
            + "field-value OWS; field-name = token. A request that does not match the grammar SHOULD get 400 and the "
            + "connection closed.");
    static final Requirement CR_LF_NUL = must("RFC 9110 §5.5", "Field values containing CR, LF, or NUL characters are "
            + "invalid and dangerous, due to the varying ways that implementations might parse and interpret those "
            + "characters; a recipient of CR, LF, or NUL within a field value MUST either reject the message or "
            + "replace each of those characters with SP before further processing or forwarding of that message.");
    static final Requirement OTHER_CTL = may("RFC 9110 §5.5", "Field values containing other CTL characters are also "
            + "invalid; however, recipients MAY retain such characters for the sake of robustness when they appear "
            + "within a safe context.");
    static final Requirement OBS_TEXT = should("RFC 9110 §5.5", "field-vchar = VCHAR / obs-text; a recipient SHOULD "
            + "treat other allowed octets in field content (i.e., obs-text) as opaque data.");
    static final Requirement FIELD_WHITESPACE = must("RFC 9110 §5.5", "A field value does not include leading or "
            + "trailing whitespace. When a specific version of HTTP allows such whitespace to appear in a message, a "
            + "field parsing implementation MUST exclude such whitespace prior to evaluating the field value.");
    static final Requirement FIELD_LIMITS = must("RFC 9110 §5.4", "A server that receives a request header field line, "
            + "field value, or set of fields larger than it wishes to process MUST respond with an appropriate 4xx "
            + "(Client Error) status code.");
    static final Requirement EMPTY_LIST_ELEMENTS = must("RFC 9110 §5.6.1", "A recipient MUST parse and ignore a "
            + "reasonable number of empty list elements: enough to handle common mistakes by senders that merge "
            + "values, but not so much that they could be used as a denial-of-service mechanism.");

    // RFC 9112, 6 and 7, RFC 9110, 8.6: framing.
    static final Requirement CONTENT_LENGTH = must("RFC 9112 §6.3", "If a valid Content-Length header field is present "
            + "without Transfer-Encoding, its decimal value defines the expected message body length in octets.");
    static final Requirement INVALID_CONTENT_LENGTH = must("RFC 9112 §6.3", "If a message is received without "
            + "Transfer-Encoding and with an invalid Content-Length header field, then the message framing is invalid "
            + "and the recipient MUST treat it as an unrecoverable error, unless the field value can be successfully "
            + "parsed as a comma-separated list, all values in the list are valid, and all values in the list are the "
            + "same. If the unrecoverable error is in a request message, the server MUST respond with a 400 (Bad "
            + "Request) status code and then close the connection.");
    static final Requirement LARGE_DECIMAL = must("RFC 9110 §8.6", "A recipient MUST anticipate potentially large "
            + "decimal numerals and prevent parsing errors due to integer conversion overflows or precision loss due "
            + "to integer conversion.");
    static final Requirement CHUNKED = must("RFC 9112 §7.1, §6.3", "A recipient MUST be able to parse and decode the "
            + "chunked transfer coding. If a Transfer-Encoding header field is present and the chunked transfer coding "
            + "is the final encoding, the message body length is determined by reading and decoding the chunked data "
            + "until the transfer coding indicates the data is complete.");
    static final Requirement CODING_NAMES = must("RFC 9112 §7, §7.1", "All transfer-coding names are case-insensitive; "
            + "a recipient MUST be able to parse and decode the chunked transfer coding.");
    static final Requirement CHUNK_EXTENSIONS = must("RFC 9112 §7.1.1", "A recipient MUST ignore unrecognized chunk "
            + "extensions.");
    static final Requirement CHUNK_GRAMMAR = should("RFC 9112 §7.1, §2.2", "chunk = chunk-size [ chunk-ext ] CRLF "
            + "chunk-data CRLF; chunk-size = 1*HEXDIG; chunk-ext = *( BWS \";\" BWS chunk-ext-name [ BWS \"=\" BWS "
            + "chunk-ext-val ] ). A request that does not match the grammar SHOULD get 400 and the connection closed; "
            + "what follows a body whose end cannot be found is no request.");
    static final Requirement LARGE_HEX = must("RFC 9112 §7.1", "Recipients MUST anticipate potentially large "
            + "hexadecimal numerals and prevent parsing errors due to integer conversion overflows or precision loss "
            + "due to integer representation.");
    static final Requirement CHUNKED_PARAMETERS = should("RFC 9112 §7.1", "The chunked coding does not define any "
            + "parameters. Their presence SHOULD be treated as an error.");
    static final Requirement CHUNKED_ONCE = should("RFC 9112 §6.1, §2.2", "A sender MUST NOT apply the chunked transfer "
            + "coding more than once to a message body; such a request does not match the grammar (SHOULD 400 and "
            + "close).");
    static final Requirement CHUNKED_NOT_FINAL = must("RFC 9112 §6.3", "If a Transfer-Encoding header field is present "
            + "in a request and the chunked transfer coding is not the final encoding, the message body length cannot "
            + "be determined reliably; the server MUST respond with the 400 (Bad Request) status code and then close "
            + "the connection.");
    static final Requirement UNKNOWN_CODING = should("RFC 9112 §6.1", "A server that receives a request message with a "
            + "transfer coding it does not understand SHOULD respond with 501 (Not Implemented).");
    static final Requirement TE_AND_CL = must("RFC 9112 §6.1", "A server MAY reject a request that contains both "
            + "Content-Length and Transfer-Encoding or process such a request in accordance with the Transfer-Encoding "
            + "alone. Regardless, the server MUST close the connection after responding to such a request to avoid "
            + "the potential attacks.");
    static final Requirement TE_HTTP10 = must("RFC 9112 §6.1", "A server or client that receives an HTTP/1.0 message "
            + "containing a Transfer-Encoding header field MUST treat the message as if the framing is faulty, even if "
            + "a Content-Length is present, and close the connection after processing the message.");
    static final Requirement GET_CONTENT = may("RFC 9110 §9.3.1", "Content received in a GET request has no generally "
            + "defined semantics, cannot alter the meaning or target of the request, and might lead some "
            + "implementations to reject the request and close the connection because of its potential as a request "
            + "smuggling attack.");
    static final Requirement BODY_OF_REFUSED_METHOD = must("RFC 9112 §6, §6.3", "Request message framing is "
            + "independent of method semantics: a body announced by Content-Length is that many octets, whatever "
            + "the method, and never the start of the next request.");

    // RFC 9110, 10.1.1: Expect.
    static final Requirement EXPECT_CONTINUE = must("RFC 9110 §10.1.1", "An origin server MUST, upon receiving an "
            + "HTTP/1.1 (or later) request-line and a complete header section that contains a 100-continue "
            + "expectation and indicates a request message body will follow, either send an immediate response with "
            + "a final status code, if that status can be determined by examining just the request-line and header "
            + "fields, or send an immediate 100 (Continue) response to encourage the client to send the request "
            + "content.");
    static final Requirement EXPECT_HTTP10 = must("RFC 9110 §10.1.1, §15.2", "A server that receives a 100-continue "
            + "expectation in an HTTP/1.0 request MUST ignore that expectation. Since HTTP/1.0 did not define any 1xx "
            + "status codes, a server MUST NOT send a 1xx response to an HTTP/1.0 client.");
    static final Requirement EXPECT_OTHER = may("RFC 9110 §10.1.1", "A server that receives an Expect field value "
            + "containing a member other than 100-continue MAY respond with a 417 (Expectation Failed) status code to "
            + "indicate that the unexpected expectation cannot be met.");
    static final Requirement EXPECT_NO_BODY = may("RFC 9110 §10.1.1", "A server MAY omit sending a 100 (Continue) "
            + "response if it has already received some or all of the content for the corresponding request, or if "
            + "the framing indicates that there is no content.");

    // RFC 9112, 9: connections.
    static final Requirement CLOSE = must("RFC 9112 §9.6", "A server that receives a \"close\" connection option MUST "
            + "initiate closure of the connection after it sends the final response to the request that contained the "
            + "\"close\" connection option. The server MUST NOT process any further requests received on that "
            + "connection.");
    static final Requirement CONNECTION_OPTIONS = must("RFC 9110 §7.6.1, RFC 9112 §9.6", "Connection options are "
            + "case-insensitive. A server that receives a \"close\" connection option MUST initiate closure of the "
            + "connection after it sends the final response.");
    static final Requirement PERSISTENCE = should("RFC 9112 §9.3", "HTTP/1.1 defaults to the use of \"persistent "
            + "connections\", allowing multiple requests and responses to be carried over a single connection. HTTP "
            + "implementations SHOULD support persistent connections.");
    static final Requirement HTTP10_PERSISTENCE = should("RFC 9112 §9.3", "If the received protocol is HTTP/1.0, the "
            + "\"keep-alive\" connection option is present, and the recipient wishes to honor the HTTP/1.0 "
            + "\"keep-alive\" mechanism, the connection will persist after the current response; otherwise, the "
            + "connection will close after the current response.");
    static final Requirement PIPELINING = must("RFC 9112 §9.3.2", "A server MAY process a sequence of pipelined "
            + "requests in parallel if they all have safe methods, but it MUST send the corresponding responses in the "
            + "same order that the requests were received.");

    // RFC 9110: methods, ranges, conditional requests.
    static final Requirement HEAD = must("RFC 9110 §9.3.2", "The HEAD method is identical to GET except that the server "
            + "MUST NOT send content in the response.");
    static final Requirement RANGE = may("RFC 9110 §14.2", "A server MAY ignore the Range header field. If all of the "
            + "preconditions are true, the server supports the Range header field for the target resource, and the "
            + "specified range(s) are valid and satisfiable, the server SHOULD send a 206 (Partial Content) response.");
    static final Requirement RANGE_GET_ONLY = must("RFC 9110 §14.2", "A server MUST ignore a Range header field "
            + "received with a request method that is unrecognized or for which range handling is not defined. For "
            + "this specification, GET is the only method for which range handling is defined.");
    static final Requirement RANGE_UNIT = must("RFC 9110 §14.2", "An origin server MUST ignore a Range header field "
            + "that contains a range unit it does not understand.");
    static final Requirement RANGE_INVALID = may("RFC 9110 §14.2", "A server that supports range requests MAY ignore or "
            + "reject a Range header field that contains an invalid ranges-specifier.");
    static final Requirement RANGE_UNSATISFIABLE = should("RFC 9110 §14.2, §15.5.17", "If all of the preconditions are "
            + "true, the server supports the Range header field for the target resource, and the specified range(s) "
            + "are invalid or unsatisfiable, the server SHOULD send a 416 (Range Not Satisfiable) response.");
    static final Requirement IF_MATCH = must("RFC 9110 §13.1.1", "An origin server MUST use the strong comparison "
            + "function when comparing entity tags for If-Match. An origin server MUST NOT perform the requested "
            + "method if a received If-Match condition evaluates to false. Instead, the origin server MAY indicate "
            + "that the conditional request failed by responding with a 412 (Precondition Failed) status code.");
    static final Requirement IF_UNMODIFIED_SINCE = must("RFC 9110 §13.1.4", "An origin server that evaluates an "
            + "If-Unmodified-Since condition MUST NOT perform the requested method if the condition evaluates to false. "
            + "A recipient MUST ignore If-Unmodified-Since if the request contains an If-Match header field, or if the "
            + "received field value is not a valid HTTP-date (including when the field value appears to be a list of "
            + "dates).");
    static final Requirement IF_NONE_MATCH = must("RFC 9110 §13.1.2", "A recipient MUST use the weak comparison "
            + "function when comparing entity tags for If-None-Match. If the field value is \"*\", the condition is "
            + "false if the origin server has a current representation for the target resource. An origin server MUST "
            + "NOT perform the requested method if the condition evaluates to false; instead, the origin server MUST "
            + "respond with the 304 (Not Modified) status code if the request method is GET or HEAD.");
    static final Requirement IF_MODIFIED_SINCE = should("RFC 9110 §13.1.3", "If the selected representation's last "
            + "modification date is earlier or equal to the date provided in the field value, the condition is false. "
            + "The origin server SHOULD NOT perform the requested method if the condition evaluates to false; instead, "
            + "the origin server SHOULD generate a 304 (Not Modified) response.");
    static final Requirement IF_MODIFIED_SINCE_IGNORED = must("RFC 9110 §13.1.3", "A recipient MUST ignore "
            + "If-Modified-Since if the request contains an If-None-Match header field. A recipient MUST ignore the "
            + "If-Modified-Since header field if the received field value is not a valid HTTP-date, the field value "
            + "has more than one member, or if the request method is neither GET nor HEAD.");
    static final Requirement IF_RANGE = must("RFC 9110 §13.1.5", "A server MUST ignore an If-Range header field "
            + "received in a request that does not contain a Range header field. If the entity-tag validator provided "
            + "exactly matches the ETag field value for the selected representation using the strong comparison "
            + "function, the condition is true; otherwise false. A recipient of an If-Range header field MUST ignore "
            + "the Range header field if the If-Range condition evaluates to false. Otherwise, the recipient SHOULD "
            + "process the Range header field as requested. An origin server MUST ignore an If-Range header field "
            + "received in a request for a target resource that does not support Range requests.");
    static final Requirement IF_RANGE_DATE = may("RFC 9110 §13.1.5, §8.8.2.2", "If the HTTP-date validator provided is "
            + "not a strong validator in the sense defined by Section 8.8.2.2, the condition is false; if it exactly "
            + "matches the Last-Modified field value for the selected representation, the condition is true. Whether "
            + "a date is strong is for the server to deduce.");
    static final Requirement PRECEDENCE = must("RFC 9110 §13.2.2", "A recipient cache or origin server MUST evaluate "
            + "the request preconditions defined by this specification in the following order: If-Match, "
            + "If-Unmodified-Since (when If-Match is absent), If-None-Match, If-Modified-Since (when If-None-Match is "
            + "absent, for GET and HEAD), If-Range.");
    static final Requirement PRECONDITIONS_ON_ERRORS = must("RFC 9110 §13.2.1", "A server MUST ignore all received "
            + "preconditions if its response to the same request without those conditions, prior to processing the "
            + "request content, would have been a status code other than a 2xx (Successful) or 412 (Precondition "
            + "Failed).");
    static final Requirement FIELD_LISTS = must("RFC 9110 §5.3, §13.1.2", "A recipient MAY combine multiple field lines "
            + "with the same field name into one list; for If-None-Match the condition is false if any of the listed "
            + "tags match, and the server MUST then respond 304 to GET or HEAD.");
}
