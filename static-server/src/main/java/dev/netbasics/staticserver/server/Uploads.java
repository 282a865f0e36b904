package dev.netbasics.staticserver.server;

import dev.netbasics.cli.python.PythonRepr;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where an upload goes, with the safety of GET: the target's directory is resolved as GET resolves a path (no
 * traversal, no symbolic link out of the root, no dotfiles under --hide-dotfiles), the name is one GET could
 * ask for, and an existing name is kept unless overwriting is allowed. {@code PUT /dir/name} (curl -T)
 * writes one file; {@code POST /dir/} with a multipart/form-data body (the listing page's form) writes each
 * part that carries a file name into that directory.
 */
final class Uploads {

    private final UploadPolicy policy;
    private final PathResolver resolver;
    private final boolean hideDotfiles;

    Uploads(UploadPolicy policy, PathResolver resolver, boolean hideDotfiles) {
        this.policy = policy;
        this.resolver = resolver;
        this.hideDotfiles = hideDotfiles;
    }

    /** Whether this request's body is to be received as an upload. */
    boolean takes(HttpRequest request) {
        return policy.enabled() && (request.method().equals("PUT") || request.method().equals("POST"));
    }

    /** Checks the request and makes ready to receive its body; an HttpError refuses it before any byte is read. */
    Upload begin(HttpRequest request) throws HttpError {
        if (request.bodyLength() > policy.maxBytes()) {
            throw tooLarge(policy.maxBytes());
        }
        return request.method().equals("PUT") ? put(request) : form(request);
    }

    private Upload put(HttpRequest request) throws HttpError {
        List<String> segments = resolver.segments(request.path());
        if (segments.isEmpty() || request.path().endsWith("/")) {
            throw new HttpError(HttpStatus.CONFLICT, "Cannot PUT to a directory");
        }
        Path directory = directory(segments.subList(0, segments.size() - 1));
        Path target = target(directory, segments.get(segments.size() - 1));
        IncomingFile file = IncomingFile.create(target);
        String location = location(segments);
        boolean overwrite = policy.overwrite();
        return new Upload(policy.maxBytes()) {
            @Override
            void accept(byte[] data, int offset, int length) throws HttpError {
                file.write(data, offset, length);
            }

            @Override
            Result finish() throws HttpError {
                boolean replaced = file.commit(overwrite);
                return new Result(replaced, List.of(location), List.of(segments.get(segments.size() - 1)));
            }

            @Override
            void abort() {
                file.discard();
            }

            @Override
            boolean isForm() {
                return false;
            }
        };
    }

    private Upload form(HttpRequest request) throws HttpError {
        String boundary = MultipartParser.boundary(request.header("content-type"));
        List<String> segments = resolver.segments(request.path());
        Path directory = directory(segments);
        return new FormUpload(boundary, directory, location(segments) + "/");
    }

    /** The form's files, each written as its part comes, all named only when the body has ended well. */
    private final class FormUpload extends Upload implements MultipartParser.Listener {

        private final MultipartParser parser;
        private final Path directory;
        private final String directoryLocation;
        private final List<IncomingFile> files = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final Set<Path> targets = new HashSet<>();
        private IncomingFile current;
        private boolean inPart;

        FormUpload(String boundary, Path directory, String directoryLocation) {
            super(policy.maxBytes());
            this.parser = new MultipartParser(boundary, this);
            this.directory = directory;
            this.directoryLocation = directoryLocation;
        }

        @Override
        void accept(byte[] data, int offset, int length) throws HttpError {
            parser.feed(data, offset, length);
        }

        @Override
        public void partStart(Fields headers) throws HttpError {
            inPart = true;
            String disposition = headers.get("content-disposition");
            if (disposition == null || !ContentDisposition.type(disposition).equals("form-data")) {
                throw new HttpError(HttpStatus.BAD_REQUEST, "A form part without Content-Disposition: form-data");
            }
            String name = ContentDisposition.parameter(disposition, "filename");
            // A field that is no file, or a file input left empty (browsers send filename=""), is not kept.
            if (name == null || name.isEmpty()) {
                return;
            }
            if (!PathResolver.isSafeName(name)) {
                throw new HttpError(HttpStatus.BAD_REQUEST, "Unacceptable file name (" + PythonRepr.repr(name) + ")");
            }
            if (hideDotfiles && name.startsWith(".")) {
                throw new HttpError(HttpStatus.BAD_REQUEST,
                        "File names starting with a dot are not accepted (" + PythonRepr.repr(name) + ")");
            }
            Path target = target(directory, name);
            if (!targets.add(target)) {
                throw new HttpError(HttpStatus.BAD_REQUEST, "Two files named " + PythonRepr.repr(name));
            }
            current = IncomingFile.create(target);
            files.add(current);
            names.add(name);
        }

        @Override
        public void partData(byte[] data, int offset, int length) throws HttpError {
            if (current != null) {
                current.write(data, offset, length);
            }
        }

        @Override
        public void partEnd() throws HttpError {
            inPart = false;
            if (current != null) {
                current.written();
                current = null;
            }
        }

        @Override
        Result finish() throws HttpError {
            if (!parser.complete() || inPart) {
                abort();
                throw new HttpError(HttpStatus.BAD_REQUEST, "The form's body ends before its closing boundary");
            }
            if (files.isEmpty()) {
                throw new HttpError(HttpStatus.BAD_REQUEST, "The form holds no file");
            }
            boolean replaced = false;
            for (int i = 0; i < files.size(); i++) {
                try {
                    replaced |= files.get(i).commit(policy.overwrite());
                } catch (HttpError e) {
                    for (int j = 0; j < i; j++) {
                        files.get(j).undoCommit();
                    }
                    for (int j = i + 1; j < files.size(); j++) {
                        files.get(j).discard();
                    }
                    throw e;
                }
            }
            List<String> locations = new ArrayList<>();
            for (String name : names) {
                locations.add(directoryLocation + PathResolver.quote(name));
            }
            return new Result(replaced, locations, names);
        }

        @Override
        void abort() {
            for (IncomingFile file : files) {
                file.discard();
            }
        }

        @Override
        boolean isForm() {
            return true;
        }
    }

    /** The directory named by the segments: it must exist under the root (409 otherwise, as nginx answers). */
    private Path directory(List<String> segments) throws HttpError {
        Path directory;
        try {
            directory = resolver.resolve(segments);
        } catch (HttpError e) {
            throw new HttpError(HttpStatus.CONFLICT, "No such directory");
        }
        if (!Files.isDirectory(directory)) {
            throw new HttpError(HttpStatus.CONFLICT, "No such directory");
        }
        return directory;
    }

    /**
     * The path for {@code name} in {@code directory}: a name that exists is refused without overwriting (409),
     * and may be replaced only if it is a file, or a link to a file under the root.
     */
    private Path target(Path directory, String name) throws HttpError {
        Path target = Path.of(URI.create(directory.toUri().toString().replaceFirst("/?$", "/")
                + PathResolver.quote(name)));
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isDirectory(target)) {
                throw new HttpError(HttpStatus.CONFLICT, "A directory has this name");
            }
            if (!policy.overwrite()) {
                throw exists();
            }
            if (resolver.child(directory, name) == null) {
                throw new HttpError(HttpStatus.NOT_FOUND, "File not found");
            }
        }
        return target;
    }

    private static String location(List<String> segments) {
        StringBuilder location = new StringBuilder();
        for (String segment : segments) {
            location.append('/').append(PathResolver.quote(segment));
        }
        return location.toString();
    }

    static HttpError exists() {
        return new HttpError(HttpStatus.CONFLICT, "File exists (the server replaces none without --upload-overwrite)");
    }

    static HttpError tooLarge(long maxBytes) {
        return new HttpError(HttpStatus.CONTENT_TOO_LARGE, "Upload larger than the limit of " + maxBytes + " bytes");
    }
}
