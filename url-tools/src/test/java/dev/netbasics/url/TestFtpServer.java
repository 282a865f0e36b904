package dev.netbasics.url;

import java.nio.file.Path;
import java.util.List;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.impl.DefaultFtpServer;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;

/** Apache MINA FtpServer on 127.0.0.1, port 0, serving one directory to {@code anonymous} and to a user. */
final class TestFtpServer implements AutoCloseable {

    static final String USER = "student";
    static final String PASSWORD = "training";
    private static final String LISTENER = "default";

    private final FtpServer server;

    TestFtpServer(Path root) throws FtpException {
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(0);
        FtpServerFactory factory = new FtpServerFactory();
        factory.addListener(LISTENER, listener.createListener());
        PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
        users.setPasswordEncryptor(new ClearTextPasswordEncryptor());
        UserManager userManager = users.createUserManager();
        userManager.save(user("anonymous", null, root));
        userManager.save(user(USER, PASSWORD, root));
        factory.setUserManager(userManager);
        server = factory.createServer();
        server.start();
    }

    private static BaseUser user(String name, String password, Path home) {
        BaseUser user = new BaseUser();
        user.setName(name);
        user.setPassword(password);
        user.setHomeDirectory(home.toString());
        user.setAuthorities(List.of());
        return user;
    }

    String url(String userInfo, String path) {
        int port = ((DefaultFtpServer) server).getListener(LISTENER).getPort();
        return "ftp://" + userInfo + "127.0.0.1:" + port + path;
    }

    @Override
    public void close() {
        server.stop();
    }
}
