/**
 * Addresses as Python's {@code socket} module prints them ({@code ::1}, not Java's {@code 0:0:0:0:0:0:0:1}), for
 * the lines the tools print about their peers.
 */
package dev.netbasics.cli.net;
