/**
 * What every HTTP API of Agora has in common: errors are RFC 9457
 * {@code application/problem+json}, with field errors where a request was invalid, and
 * nothing a client sends can produce a stack trace or a 500. For the pages in the browser
 * (ADR 0038): the frame every module's pages are rendered into, the style sheet, the
 * {@link app.web.BrowserPages} stereotype, and errors shown as pages.
 */
@ApplicationModule(displayName = "Web conventions", allowedDependencies = {})
@NullMarked
package app.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
