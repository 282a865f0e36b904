package dev.netbasics.http;

import dev.netbasics.cli.NativeMetadataContract;

class NativeMetadataIT extends NativeMetadataContract {

    NativeMetadataIT() {
        super("http-tools", Main::newCommandLine);
    }
}
