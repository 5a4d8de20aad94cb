package org.rediff.service.audit;

import org.rediff.core.common.InvalidInputException;

/**
 * Who acts, as the front end established it; the audit trail records nothing else as the actor. The kinds are a
 * signed-in user (web or API), the local account running the CLI on a data directory it holds, rediff itself
 * (seeding the shipped base), and the kinds older rows carry (an editor named in the web form, an API client naming
 * itself) from before sign-in existed.
 *
 * @param kind what vouches for the name
 * @param name the account or person, at most {@value #MAX_NAME} characters
 */
public record Principal(Kind kind, String name) {
    public static final int MAX_NAME = 200;

    /** What vouches for the name; the code is what the audit table stores. */
    public enum Kind {
        LOCAL_ACCOUNT("local"), WEB_EDITOR("web"), API_CLIENT("api"), SYSTEM("system"), LEGACY("legacy"),
        /** A signed-in user of the workbench (web form login or HTTP Basic on the API). */
        USER("user");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Kind parse(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown principal kind '" + code + "'");
        }
    }

    public Principal {
        if (kind == null) {
            throw new IllegalArgumentException("principal kind is required");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("actor: the name of whoever makes the change is required");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException("actor: at most " + MAX_NAME + " characters, got " + name.length());
        }
    }

    public static Principal localAccount(String user) {
        return new Principal(Kind.LOCAL_ACCOUNT, user);
    }

    public static Principal webEditor(String name) {
        return new Principal(Kind.WEB_EDITOR, name);
    }

    public static Principal apiClient(String name) {
        return new Principal(Kind.API_CLIENT, name);
    }

    /** A signed-in user. */
    public static Principal user(String username) {
        return new Principal(Kind.USER, username);
    }

    /** rediff itself, e.g. seeding and correcting the shipped evidence base. */
    public static Principal system() {
        return new Principal(Kind.SYSTEM, "rediff");
    }

    /** "name (kind)", as pages show it. */
    public String display() {
        return kind == Kind.SYSTEM ? name : name + " (" + kind.code() + ")";
    }
}
