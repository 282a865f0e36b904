package dev.netbasics.staticserver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request paths to byte strings and back, as Python's quote and unquote do, and to files under the root. */
class PathResolverTest {

    @TempDir
    Path root;

    @Test
    void segmentsAreTheBytesTheEscapesName() throws Exception {
        PathResolver resolver = new PathResolver(root.toRealPath(), false);
        assertEquals(List.of("a b", "\u00e7w\u00f0", "\u00c3\u00a9"), resolver.segments("//a%20b/%E7w%f0/%C3%A9/"));
        assertEquals(400, assertThrows(HttpError.class, () -> resolver.segments("/a%2")).status());
        assertEquals(400, assertThrows(HttpError.class, () -> resolver.segments("/a%g0")).status());
        for (String unsafe : new String[] {"/..", "/%2e%2e", "/a%2fb", "/a%5cb", "/a%00", "/a.", "/a%20", "/%7f"}) {
            assertEquals(404, assertThrows(HttpError.class, () -> resolver.segments(unsafe)).status(), unsafe);
        }
        assertEquals(404, assertThrows(HttpError.class,
                () -> new PathResolver(root.toRealPath(), true).segments("/.hidden")).status());
    }

    @Test
    void bytesFindTheirFileAndPythonsSurrogateFormToo() throws Exception {
        Path real = root.toRealPath();
        Files.writeString(Path.of(URI.create(real.toUri() + "%E7w%F0")), "x");
        Files.createDirectory(real.resolve("dir"));
        PathResolver resolver = new PathResolver(real, false);
        Path undecodable = resolver.resolve(resolver.segments("/%E7w%F0"));
        assertEquals(real.toUri() + "%E7w%F0", undecodable.toUri().toString());
        assertEquals(undecodable, resolver.resolve(resolver.segments("/%ED%B3%A7w%ED%B3%B0")));
        assertEquals(real.resolve("dir"), resolver.resolve(resolver.segments("/dir/")));
        assertEquals(404, assertThrows(HttpError.class, () -> resolver.resolve(resolver.segments("/%E7w"))).status());
    }

    @Test
    void quoteIsPythonsForEachByte() {
        assertEquals("a%20b/c~_.-%26%3C%3E", PathResolver.quote("a b/c~_.-&<>"));
        assertEquals("%E7w%F0", PathResolver.quote("\u00e7w\u00f0"));
        assertEquals("%C3%A9", PathResolver.quote("\u00c3\u00a9"));
    }

    @Test
    void lenientUnquoteIsPythonsUnquote() {
        assertEquals("/x <y>/?q=é", PathResolver.lenientUnquote("/x%20%3Cy%3E/?q=%C3%A9"));
        assertEquals("/?x=\ufffd", PathResolver.lenientUnquote("/?x=%bb"));
        assertEquals("%zz%", PathResolver.lenientUnquote("%zz%"));
    }

    @Test
    void nameBytesComeFromTheUriWhateverTheCharset() {
        assertEquals("\u00e7w\u00f0", PathResolver.nameBytes(URI.create("file:///srv/%E7w%F0")));
        assertEquals("d\u00c3\u00a9", PathResolver.nameBytes(URI.create("file:///srv/d%C3%A9/")));
    }

    @Test
    void listableNamesAreThoseThatCanBeAskedFor() {
        PathResolver resolver = new PathResolver(root, true);
        assertTrue(resolver.listable("\u00e7w\u00f0.txt"));
        assertFalse(resolver.listable(".hidden"));
        assertFalse(resolver.listable("line\nbreak"));
        assertFalse(resolver.listable("trailing."));
    }
}
