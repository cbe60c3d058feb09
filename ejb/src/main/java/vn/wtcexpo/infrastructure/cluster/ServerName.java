package vn.wtcexpo.infrastructure.cluster;

import java.util.UUID;

/** This server among the servers of a cluster: its Payara instance's name, and a part that differs at every start. */
public final class ServerName {

    public static final String THIS = System.getProperty("com.sun.aas.instanceName", "server") + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private ServerName() {
    }
}
