package org.factdesk.api.workbench;

import java.io.IOException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view of the browser workbench. Register an implementation as an OSGi service: the shell lists it (to users whose
 * role includes {@link ViewDescriptor#role()}), loads its ES module from the contributing bundle's {@code web/} folder
 * and routes its endpoints to {@link #call}. Unregistering the service (stopping or uninstalling the bundle) removes
 * the view, its endpoints and its scripts at run time.
 *
 * <p>A view shows documents as untrusted text: its script builds DOM nodes with {@code textContent}, never
 * {@code innerHTML} with data, and needs no inline script or style attribute (the server sends a strict
 * Content-Security-Policy).
 */
@ConsumerType
public interface WorkbenchView {
    /** The view's identity and placement; the same value for the life of the service. */
    ViewDescriptor descriptor();

    /**
     * Answers one of {@link ViewDescriptor#endpoints()}. The server has checked the method and the caller's role;
     * the view checks its parameters. Must be thread-safe.
     *
     * @throws IllegalArgumentException a parameter or the body is wrong (answered with 400 and the message)
     * @throws IOException              the workspace cannot be read (answered with 500)
     */
    ViewResponse call(ViewRequest request) throws IOException;
}
