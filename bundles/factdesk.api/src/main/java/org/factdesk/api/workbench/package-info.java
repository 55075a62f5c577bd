/**
 * Extension point: the browser workbench. A bundle contributes a view by registering a {@link
 * org.factdesk.api.workbench.WorkbenchView} service; the shell lists the registered views from a JSON endpoint, loads
 * each view's ES module from the contributing bundle and routes the view's JSON endpoints to it, so adding a view is
 * adding a bundle and removing the bundle removes the view at run time.
 *
 * <p>Also here: the {@link org.factdesk.api.workbench.Role roles} of signed-in users, the {@link
 * org.factdesk.api.workbench.Principal} a request runs as, and the {@link org.factdesk.api.workbench.UserDirectory}
 * through which the command line creates users.
 *
 * <p>Framework properties read by the web bundles (the launcher sets them for {@code factdesk serve}):
 * {@code factdesk.data} (the workspace folder), {@code org.osgi.service.http.port} and
 * {@code org.apache.felix.http.host} (where Felix HTTP listens).
 */
@Export
@Version("1.0.0")
package org.factdesk.api.workbench;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
