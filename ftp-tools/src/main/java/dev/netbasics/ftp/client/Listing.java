package dev.netbasics.ftp.client;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import org.apache.commons.net.ftp.FTPFile;

/**
 * What {@code ls} prints: with MLSD (ftplib's {@code mlsd()}), one line per entry, {@code TYPE SIZE MODIFIED(UTC)
 * NAME}; without it, the LIST lines as the server formats them (ftplib's {@code dir()}). Server text made printable.
 */
public final class Listing {

    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private Listing() {
    }

    /**
     * Changes to the directory first, as curl does: LIST of a missing directory is answered 226 with nothing by some
     * servers (vsftpd), which would read as an empty directory.
     *
     * @param directory the directory to list, or {@code null} for the current one
     * @param useList   LIST even when the server has MLSD
     */
    public static List<String> of(FtpSession session, String directory, boolean useList) throws IOException {
        if (directory != null) {
            session.changeDirectory(directory);
        }
        List<String> lines = new ArrayList<>();
        if (!useList && session.hasMlsd()) {
            for (FTPFile file : session.machineList()) {
                if (!isSelfOrParent(file)) {
                    lines.add(format(file));
                }
            }
        } else {
            for (String line : session.rawList()) {
                lines.add(ServerText.printable(line));
            }
        }
        return lines;
    }

    private static String format(FTPFile file) {
        String type = file.isDirectory() ? "dir" : file.isSymbolicLink() ? "link" : file.isFile() ? "file" : "?";
        String size = file.getSize() >= 0 ? Long.toString(file.getSize()) : "-";
        Calendar timestamp = file.getTimestamp();
        String modified = timestamp == null ? "-" + " ".repeat(18)
                : MODIFIED.format(timestamp.toInstant().atOffset(ZoneOffset.UTC));
        return String.format("%-4s %12s  %s  %s", type, size, modified, ServerText.printable(file.getName()));
    }

    private static boolean isSelfOrParent(FTPFile file) {
        String facts = file.getRawListing() == null ? "" : file.getRawListing().toLowerCase(Locale.ROOT);
        return file.getName() == null || file.getName().equals(".") || file.getName().equals("..")
                || facts.contains("type=cdir") || facts.contains("type=pdir");
    }
}
