/**
 * A realistic demo shop, loaded into an empty catalog on the first start with the
 * embedded database, so that a newcomer's {@code spring-boot:run} shows a real shop. Goes
 * through the catalog's public API like any client.
 */
@ApplicationModule(displayName = "Demo shop", allowedDependencies = { "catalog", "money" })
@NullMarked
package app.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
