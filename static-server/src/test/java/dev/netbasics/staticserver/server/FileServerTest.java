package dev.netbasics.staticserver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class FileServerTest {

    @Test
    void bannerIsPythonsForEveryAddress() throws Exception {
        assertEquals("Serving HTTP on 0.0.0.0 port 9000 (http://0.0.0.0:9000/) ...",
                FileServer.banner(null, new InetSocketAddress(9000)));
        assertEquals("Serving HTTP on ::1 port 80 (http://[::1]:80/) ...",
                FileServer.banner(InetAddress.getByName("::1"), new InetSocketAddress("::1", 80)));
    }
}
