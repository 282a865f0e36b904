package dev.netbasics.staticserver;

import dev.netbasics.cli.NativeMetadataContract;

class NativeMetadataIT extends NativeMetadataContract {

    NativeMetadataIT() {
        super("static-server", Main::newCommandLine);
    }
}
