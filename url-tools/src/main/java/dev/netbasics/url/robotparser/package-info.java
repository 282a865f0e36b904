/**
 * {@code urllib.robotparser}, twice: robots.txt as RFC 9309 reads it (longest match, wildcards, what an
 * unavailable or unreachable file means), and Python's {@code RobotFileParser} answer for answer.
 */
package dev.netbasics.url.robotparser;
