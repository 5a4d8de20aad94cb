/**
 * The rediff web workbench: a Spring Boot application over the framework-free core and io modules, started by
 * {@code rediff serve} through {@link org.rediff.app.RediffApplication#start}. Features live in sub-packages
 * (evidence, synthesis, dosimetry, web).
 */
package org.rediff.app;
