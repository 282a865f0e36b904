package dev.netbasics.cli.http;

/** A header field: its name as written, its value with the surrounding whitespace removed. */
public record HttpField(String name, String value) {
}
