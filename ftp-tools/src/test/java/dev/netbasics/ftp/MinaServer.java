package dev.netbasics.ftp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.impl.DefaultFtpServer;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.ssl.SslConfigurationFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * Apache MINA FtpServer serving a directory on a loopback address, port 0: {@code anonymous} (read-only),
 * and {@code student}/{@code training} (read-write, the book's account).
 */
final class MinaServer implements AutoCloseable {

    static final String USER = "student";
    static final String PASSWORD = "training";

    private final FtpServer server;
    private final int port;

    private MinaServer(FtpServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static MinaServer start(Path root, String address, TestCertificate tls) throws FtpException {
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress(address);
        listener.setPort(0);
        if (tls != null) {
            SslConfigurationFactory ssl = new SslConfigurationFactory();
            ssl.setKeystoreFile(tls.keyStore().toFile());
            ssl.setKeystoreType("PKCS12");
            ssl.setKeystorePassword(TestCertificate.STORE_PASSWORD);
            ssl.setKeyPassword(TestCertificate.STORE_PASSWORD);
            listener.setSslConfiguration(ssl.createSslConfiguration());
            listener.setImplicitSsl(false);
        }
        FtpServerFactory factory = new FtpServerFactory();
        factory.addListener("default", listener.createListener());
        PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
        users.setPasswordEncryptor(new ClearTextPasswordEncryptor());
        UserManager userManager = users.createUserManager();
        userManager.save(user("anonymous", null, root, List.of()));
        userManager.save(user(USER, PASSWORD, root, List.of(new WritePermission())));
        factory.setUserManager(userManager);
        FtpServer server = factory.createServer();
        server.start();
        return new MinaServer(server, ((DefaultFtpServer) server).getListener("default").getPort());
    }

    private static BaseUser user(String name, String password, Path home, List<Authority> authorities) {
        BaseUser user = new BaseUser();
        user.setName(name);
        user.setPassword(password);
        user.setHomeDirectory(home.toString());
        user.setAuthorities(new ArrayList<>(authorities));
        return user;
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        if (!server.isStopped()) {
            server.stop();
        }
    }
}
