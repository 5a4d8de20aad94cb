/**
 * Who may do what: form login for the pages (sessions in the database, CSRF tokens on every form and htmx request,
 * a session timeout), HTTP Basic for {@code /api/**} (stateless), the role rules, login throttling, and the first
 * administrator account. Only the login page, static assets and {@code /actuator/health} are open.
 */
package org.rediff.app.security;
