package dev.nova.local;

import java.nio.file.Path;

/**
 * The local runtime's command line: {@code --port} (default 8080; 0 picks a free one) and {@code --data-dir}
 * (default {@code ./.nova}).
 */
public record LocalOptions(int port, Path dataDir) {

    public static final String USAGE = """
            Usage: java -jar local/target/nova-local.jar [--port PORT] [--data-dir DIR]
              --port PORT      where GraphQL listens on localhost (default 8080; 0 picks a free port)
              --data-dir DIR   where PostgreSQL, S3 objects, keys and mail are kept (default ./.nova)
            """;

    public static LocalOptions parse(String... args) {
        int port = 8080;
        Path dataDir = Path.of(".nova");
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help") || flag.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            switch (flag) {
                case "--port" -> port = port(value);
                case "--data-dir" -> dataDir = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + flag + "\n" + USAGE);
            }
        }
        return new LocalOptions(port, dataDir.toAbsolutePath().normalize());
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number from 0 to 65535, not " + value);
        }
    }
}
