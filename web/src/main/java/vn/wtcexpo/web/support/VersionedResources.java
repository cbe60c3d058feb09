package vn.wtcexpo.web.support;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Our own styles and scripts ({@code css/expo.css}, {@code js/floorplan.js}) are addressed with a version taken
 * from their content ({@code ?v=3f2a91c0}), as PrimeFaces addresses its own with its release: a browser keeps
 * every versioned resource for a year (web.xml: {@code com.sun.faces.defaultResourceMaxAge}) and asks again only
 * when a deployment changed the file. Registered in faces-config.xml.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        Resource resource = super.createResource(resourceName, libraryName);
        if (resource == null || libraryName != null) {
            return resource; // a library's resources (PrimeFaces) carry their own version
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                String version = versions.computeIfAbsent(resourceName, n -> version(getWrapped()));
                return version == null ? path : path + (path.contains("?") ? "&" : "?") + "v=" + version;
            }
        };
    }

    @Override
    public Resource createResource(String resourceName) {
        return createResource(resourceName, null);
    }

    /** A short hash of the file's content; null when it cannot be read (the address then carries no version). */
    private static String version(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            if (in == null) {
                return null;
            }
            CRC32 crc = new CRC32();
            crc.update(in.readAllBytes());
            return Long.toHexString(crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
