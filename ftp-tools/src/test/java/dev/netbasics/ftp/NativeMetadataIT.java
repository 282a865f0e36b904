package dev.netbasics.ftp;

import dev.netbasics.cli.NativeMetadataContract;

class NativeMetadataIT extends NativeMetadataContract {

    NativeMetadataIT() {
        super("ftp-tools", Main::newCommandLine);
    }
}
