package dev.netbasics.staticserver.server;

import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * The files served lately, by request path, for one event loop (so without locks): their resolution, their
 * headers and, for small ones, their bytes. An entry is used again only while {@link StaticFile#isCurrent}
 * holds; the least recently used go first when more than {@link #MAX_FILES} entries or {@link #BUDGET}
 * bytes of content are kept.
 */
final class FileCache {

    static final int MAX_FILES = 4096;
    static final long BUDGET = 16L * 1024 * 1024;

    private final LinkedHashMap<String, StaticFile> files = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /** The file last served for this raw request path, if it is still the same file, unchanged. */
    StaticFile get(String rawPath) {
        StaticFile file = files.get(rawPath);
        if (file != null && !file.isCurrent()) {
            remove(rawPath);
            return null;
        }
        return file;
    }

    void put(String rawPath, StaticFile file) {
        remove(rawPath);
        files.put(rawPath, file);
        bytes += contentSize(file);
        Iterator<StaticFile> oldest = files.values().iterator();
        while ((bytes > BUDGET || files.size() > MAX_FILES) && oldest.hasNext()) {
            bytes -= contentSize(oldest.next());
            oldest.remove();
        }
    }

    private void remove(String rawPath) {
        StaticFile old = files.remove(rawPath);
        if (old != null) {
            bytes -= contentSize(old);
        }
    }

    private static long contentSize(StaticFile file) {
        return file.content == null ? 0 : file.size;
    }
}
