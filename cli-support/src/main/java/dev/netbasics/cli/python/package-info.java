/**
 * Python 3.11's own text rules that several tools print by: {@code repr()} of {@code str}, {@code bytes} and
 * lists, and {@code str.isprintable()} with the Unicode 14 tables CPython 3.11 carries.
 */
package dev.netbasics.cli.python;
