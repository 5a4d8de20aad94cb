/** The picocli command line: one sub-package per capability; {@code serve} starts the Spring Boot app. */
package org.rediff.cli;
