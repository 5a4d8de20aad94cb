package org.rediff.core.common;

/**
 * The one exception the core throws for invalid input. Its message names the parameter, shows the value and
 * states what is allowed, so that the CLI and the web app can show it unchanged.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }
}
