package dev.dakora.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.regex.Pattern;

/**
 * Finds a role's {@code application.yml} (and {@code application-*.yml}, {@code .properties}, under
 * {@code config/} too) in the role's own jar or classes directory only, so that roles sharing one
 * classpath each read their own configuration instead of whichever module comes first. Every other
 * resource and every class comes from the parent class loader.
 */
final class RoleConfigClassLoader extends ClassLoader {

    private static final Pattern CONFIG_FILE =
            Pattern.compile("(config/)?application(-[^/]+)?\\.(yml|yaml|properties)");

    private final URL roleLocation;

    RoleConfigClassLoader(URL roleLocation, ClassLoader parent) {
        super(parent);
        this.roleLocation = roleLocation;
    }

    static RoleConfigClassLoader of(Class<?> application) {
        URL location = application.getProtectionDomain().getCodeSource().getLocation();
        return new RoleConfigClassLoader(directoryUrl(location), application.getClassLoader());
    }

    @Override
    public URL getResource(String name) {
        if (CONFIG_FILE.matcher(stripLeadingSlash(name)).matches()) {
            return ownResource(stripLeadingSlash(name));
        }
        return super.getResource(name);
    }

    private URL ownResource(String name) {
        try {
            URL candidate = new URL(roleLocation, name);
            try (InputStream ignored = candidate.openStream()) {
                return candidate;
            }
        } catch (IOException e) {
            return null;
        }
    }

    private static URL directoryUrl(URL location) {
        String text = location.toString();
        try {
            if (text.endsWith("/")) {
                return location;
            }
            return new URL(text.endsWith(".jar") ? "jar:" + text + "!/" : text + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Cannot read the configuration of the role at " + location, e);
        }
    }

    private static String stripLeadingSlash(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }
}
