/**
 * Site-wide web pieces: the home page and the translation of errors into readable pages and JSON (400 for input
 * the core rejects, never a stack trace). There is no authentication yet: the server binds to 127.0.0.1 by
 * default, so only the local user can reach it; binding elsewhere must wait for Spring Security.
 */
package org.rediff.app.web;
