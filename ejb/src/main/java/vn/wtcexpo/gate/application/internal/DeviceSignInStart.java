package vn.wtcexpo.gate.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Makes the device sign-in ready at start, inside a session bean. Scanners sign in with their token in the web module's
 * authentication, which runs outside any session bean; there Payara does not find the persistence unit, which lives in
 * this (ejb) module, by its name ("Unable to retrieve EntityManagerFactory for unitName wtcexpo"). The repository's
 * entity manager looks its factory up at its first use and keeps it, so that first use is made here. Without it, a
 * server started while gates are scanning (a restart, a rolling redeploy: nothing else had used the repository yet)
 * refused every scanner as busy until another path happened to use it first.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class DeviceSignInStart {

    @Inject
    private GateDirectory directory;

    @PostConstruct
    void prepare() {
        directory.prepare();
    }
}
