package org.dramatis.dev.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the machine was doing: cores, load average, peak heap and resident memory, printed beside every figure. */
public final class Machine {
    private Machine() {
    }

    /** "2 cores, load 3.41" from the OS bean (the one-minute load average). */
    public static String describe() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "%d cores, load %.2f, java %s", os.getAvailableProcessors(),
                os.getSystemLoadAverage(), System.getProperty("java.version"));
    }

    /** Sum of the heap pools' peak usage since start (or the last reset), in bytes. */
    public static long peakHeapBytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    /** Heap in use now, from the MemoryMXBean. */
    public static long heapUsedBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The process's peak resident set (VmHWM) in bytes, or -1 where /proc is not available. */
    public static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** CPU time the process has used, all threads (JIT and GC included), in nanoseconds; -1 where unknown. */
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    public static String memory() {
        return String.format(Locale.ROOT, "peak heap used %,.0f MB, peak RSS (VmHWM) %,.0f MB", peakHeapBytes() / 1e6,
                peakRssBytes() / 1e6);
    }
}
