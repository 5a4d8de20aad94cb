package org.rediff.cli;

/** Output format of a command. */
public enum OutputFormat { json, text }
