package io.github.schema2jpa.property;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends one line per try to {@code target/property-tries.log} (property, outcome, wall and CPU milliseconds), so
 * that the cost of a try can be measured on a busy machine and the tries of a session counted.
 */
final class TryLog {

    private static final Path FILE = Path.of("target", "property-tries.log");

    private TryLog() {
    }

    /**
     * Keeps the input of the latest failing try in {@code target/property-failures/<property>.yaml}: while jqwik
     * shrinks, each failure it accepts is smaller than the one before, so the file ends with the minimal one.
     */
    static void failed(String property, String input, Throwable failure) {
        Path file = Path.of("target", "property-failures", property + ".yaml");
        String message = String.valueOf(failure.getMessage()).replaceAll("(?m)^", "# ");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, (message + "\n" + input).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static void record(String property, String outcome, long startNanos, long startCpuNanos) {
        long wall = (System.nanoTime() - startNanos) / 1_000_000;
        long cpu = (cpuNanos() - startCpuNanos) / 1_000_000;
        String line = property + "\t" + outcome + "\t" + wall + "\t" + cpu + "\n";
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
