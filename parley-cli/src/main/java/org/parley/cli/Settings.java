package org.parley.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where an option not given on the command line comes from: the environment ({@code PARLEY_PORT} for
 * {@code --port}: {@code PARLEY_} and the option's long name in capitals, dashes as underscores), else the
 * configuration file ({@code port=8080}, a Java properties file), else the option's default. So the command line
 * wins over the environment, which wins over the file.
 *
 * <p>Secrets ({@link #secret}) come from the environment or a file and never need the command line, where {@code ps}
 * shows them to every user: {@code PARLEY_TOKEN}, or {@code PARLEY_TOKEN_FILE} naming a file that holds it, or
 * {@code token} / {@code token-file} in the configuration file.
 */
final class Settings implements CommandLine.IDefaultValueProvider {
    /** Keys of the file that are not options: the secrets and the database user. */
    static final Set<String> EXTRA_KEYS = Set.of("token-file", "read-token-file", "db-user", "db-password", "db-password-file");

    private final Properties file;
    private final Optional<Path> source;
    private final Map<String, String> env;

    private Settings(Properties file, Optional<Path> source, Map<String, String> env) {
        this.file = file;
        this.source = source;
        this.env = Map.copyOf(env);
    }

    /** The environment alone, for commands without a configuration file. */
    static Settings environment() {
        return new Settings(new Properties(), Optional.empty(), System.getenv());
    }

    /** The file {@code config} (or none) and {@code env}; a file that cannot be read is a {@link UserException}. */
    static Settings load(Optional<Path> config, Map<String, String> env) {
        Properties p = new Properties();
        if (config.isPresent()) {
            try (Reader in = Files.newBufferedReader(config.get(), StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new UserException("cannot read the configuration file " + config.get() + ": " + e.getMessage()
                        + "; give a readable properties file (key=value lines, e.g. port=8080)", e);
            } catch (IllegalArgumentException e) {
                throw new UserException("the configuration file " + config.get() + " is not a properties file: " + e.getMessage(), e);
            }
        }
        return new Settings(p, config, env);
    }

    /**
     * The file named by {@code --config FILE} or {@code --config=FILE} in {@code args}, else by {@code PARLEY_CONFIG}:
     * read before the command line is parsed, since the options' defaults come from it.
     */
    static Optional<Path> configFile(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) break;
            if (args[i].equals("--config") && i + 1 < args.length) return Optional.of(Path.of(args[i + 1]));
            if (args[i].startsWith("--config=")) return Optional.of(Path.of(args[i].substring("--config=".length())));
        }
        String fromEnv = env.get("PARLEY_CONFIG");
        return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(Path.of(fromEnv));
    }

    /** Refuses keys of the file that name no option of {@code command}: a typo would otherwise be ignored. */
    void checkKeys(CommandLine.Model.CommandSpec command) {
        Set<String> known = new TreeSet<>(EXTRA_KEYS);
        for (OptionSpec o : command.options()) known.add(key(o));
        known.removeAll(Set.of("config", "help", "version"));
        for (String k : file.stringPropertyNames()) {
            if (!known.contains(k)) {
                throw new UserException("the configuration file %s has the key '%s', which is not a setting of 'parley %s'; known keys: %s"
                        .formatted(source.orElseThrow(), k, command.name(), String.join(", ", known)));
            }
        }
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec o)) return null;
        String key = key(o);
        if (key.equals("config") || key.equals("token") || key.equals("read-token")) return null; // see secret()
        return value(key).orElse(null);
    }

    /** The environment's value for {@code key}, else the file's. */
    Optional<String> value(String key) {
        String fromEnv = env.get(envName(key));
        if (fromEnv != null) return Optional.of(fromEnv);
        return Optional.ofNullable(file.getProperty(key)).map(String::strip);
    }

    /**
     * A secret: {@code PARLEY_KEY}, else the content of the file {@code PARLEY_KEY_FILE} names, else the file's
     * {@code key}, else the content of the file its {@code key-file} names. A file's content is stripped of the
     * line end editors add.
     */
    Optional<String> secret(String key) {
        String direct = env.get(envName(key));
        if (direct != null && !direct.isBlank()) return Optional.of(direct);
        String envFile = env.get(envName(key) + "_FILE");
        if (envFile != null && !envFile.isBlank()) return Optional.of(read(Path.of(envFile), envName(key) + "_FILE"));
        String inFile = file.getProperty(key);
        if (inFile != null && !inFile.isBlank()) return Optional.of(inFile.strip());
        String fileKey = file.getProperty(key + "-file");
        if (fileKey != null && !fileKey.isBlank()) return Optional.of(read(Path.of(fileKey.strip()), key + "-file in " + source.orElseThrow()));
        return Optional.empty();
    }

    private static String read(Path path, String from) {
        try {
            String s = Files.readString(path, StandardCharsets.UTF_8).strip();
            if (s.isEmpty()) throw new UserException("the secret file " + path + " (from " + from + ") is empty");
            return s;
        } catch (IOException e) {
            throw new UserException("cannot read the secret file " + path + " (from " + from + "): " + e.getMessage(), e);
        }
    }

    static String envName(String key) {
        return "PARLEY_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String key(OptionSpec o) {
        return o.longestName().replaceFirst("^-+", "");
    }
}
