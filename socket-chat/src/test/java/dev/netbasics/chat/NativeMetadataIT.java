package dev.netbasics.chat;

import dev.netbasics.cli.NativeMetadataContract;

class NativeMetadataIT extends NativeMetadataContract {

    NativeMetadataIT() {
        super("socket-chat", Main::newCommandLine);
    }
}
