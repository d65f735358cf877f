package dev.opctl.engine;

import java.time.Instant;

/**
 * Who holds a project's lock: what its lock file says, for the lines a waiting command prints, and
 * what the holder is doing when that takes long ({@link ProjectLock#during}).
 */
record LockHolder(String command, long pid, String since, boolean createdRoot, String doing) {
    static LockHolder of(String command, boolean createdRoot) {
        // The time in milliseconds: formatting it (java.time's formatter) would cost 7 ms of every command's
        // start; describe() formats it, for the rare command that waits.
        return new LockHolder(command.replaceAll("[\\r\\n]", " "), ProcessHandle.current().pid(),
                Long.toString(System.currentTimeMillis()), createdRoot, "");
    }

    /** This holder, with {@code createdRoot} and what it is doing now. */
    LockHolder doing(boolean createdRoot, String doing) {
        return new LockHolder(command, pid, since, createdRoot, doing.replaceAll("[\\r\\n]", " "));
    }

    String text() {
        return "command=" + command + "\npid=" + pid + "\nsince=" + since + "\ncreatedRoot=" + createdRoot
                + (doing.isEmpty() ? "" : "\ndoing=" + doing) + "\n";
    }

    static LockHolder parse(String text) {
        String command = "";
        long pid = -1;
        String since = "";
        boolean createdRoot = false;
        String doing = "";
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String value = line.substring(eq + 1);
            switch (line.substring(0, eq)) {
                case "command" -> command = value;
                case "pid" -> pid = value.matches("[0-9]{1,18}") ? Long.parseLong(value) : -1;
                case "since" -> since = value;
                case "createdRoot" -> createdRoot = value.equals("true");
                case "doing" -> doing = value;
                default -> {
                    // A field of a newer opctl: ignored.
                }
            }
        }
        return new LockHolder(command, pid, since, createdRoot, doing);
    }

    String describe() {
        if (command.isEmpty()) {
            return "it did not say which";
        }
        // Milliseconds since the epoch (or, from an older opctl, the time as written).
        String time = since.matches("[0-9]{1,15}") ? Instant.ofEpochMilli(Long.parseLong(since)).toString() : since;
        return "'" + command + "', process " + pid + ", since " + time;
    }
}
