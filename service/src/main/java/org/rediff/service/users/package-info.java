/**
 * The workbench's user accounts: roles, enabled flag, and the failed-login counter that locks an account for a while
 * after repeated failures. Password hashes come from the web app's encoder; this package stores them and never sees
 * a password. Account changes are audited (entity {@code user}, without the hash).
 */
package org.rediff.service.users;
