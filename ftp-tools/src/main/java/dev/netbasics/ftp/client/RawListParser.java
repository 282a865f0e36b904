package dev.netbasics.ftp.client;

import org.apache.commons.net.ftp.FTPClientConfig;
import org.apache.commons.net.ftp.FTPFile;
import org.apache.commons.net.ftp.FTPFileEntryParser;
import org.apache.commons.net.ftp.FTPFileEntryParserImpl;
import org.apache.commons.net.ftp.parser.FTPFileEntryParserFactory;

/**
 * Keeps each LIST line as the server wrote it (what ftplib's {@code dir()} prints); also spares Commons Net's
 * parser auto-detection, which tries {@code Class.forName} on the SYST reply.
 */
final class RawListParser extends FTPFileEntryParserImpl {

    static final String KEY = "raw";

    static final FTPFileEntryParserFactory FACTORY = new FTPFileEntryParserFactory() {
        @Override
        public FTPFileEntryParser createFileEntryParser(String key) {
            return new RawListParser();
        }

        @Override
        public FTPFileEntryParser createFileEntryParser(FTPClientConfig config) {
            return new RawListParser();
        }
    };

    @Override
    public FTPFile parseFTPEntry(String listEntry) {
        FTPFile file = new FTPFile();
        file.setRawListing(listEntry);
        return file;
    }
}
