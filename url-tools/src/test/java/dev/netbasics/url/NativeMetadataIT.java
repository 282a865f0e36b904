package dev.netbasics.url;

import dev.netbasics.cli.NativeMetadataContract;

class NativeMetadataIT extends NativeMetadataContract {

    NativeMetadataIT() {
        super("url-tools", Main::newCommandLine);
    }
}
