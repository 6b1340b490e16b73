package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.StoreConfig;
import picocli.CommandLine;

/** parley serve's settings: command line over environment over configuration file over default; secrets off the command line. */
class SettingsTest {
    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path f = dir.resolve("parley.properties");
        Files.writeString(f, text);
        return f;
    }

    /** Parses {@code args} for serve the way {@link Main} does, with {@code env} standing in for the environment. */
    private ServeCommand serve(Map<String, String> env, String... args) {
        Settings settings = Settings.load(Settings.configFile(args, env), env);
        ServeCommand command = new ServeCommand();
        CommandLine cli = new CommandLine(command);
        settings.checkKeys(cli.getCommandSpec());
        cli.setDefaultValueProvider(settings);
        cli.parseArgs(args);
        command.storeOptions.settings = settings;
        return command;
    }

    @Test
    void the_command_line_wins_over_the_environment_which_wins_over_the_file() throws Exception {
        String config = file("port=7001\nhost=127.0.0.2\nmax-request-mb=9\n").toString();
        ServeCommand fileOnly = serve(Map.of(), "--config", config);
        assertThat(fileOnly.config().port()).isEqualTo(7001);
        assertThat(fileOnly.config().host()).isEqualTo("127.0.0.2");
        assertThat(fileOnly.config().maxRequestBytes()).isEqualTo(9L << 20);

        ServeCommand envOverFile = serve(Map.of("PARLEY_PORT", "7002"), "--config", config);
        assertThat(envOverFile.config().port()).isEqualTo(7002);
        assertThat(envOverFile.config().host()).isEqualTo("127.0.0.2");

        ServeCommand flagOverAll = serve(Map.of("PARLEY_PORT", "7002"), "--config=" + config, "--port", "7003");
        assertThat(flagOverAll.config().port()).isEqualTo(7003);

        assertThat(serve(Map.of()).config().port()).isEqualTo(8080);
    }

    @Test
    void the_file_may_also_be_named_by_parley_config() throws Exception {
        String config = file("port=7004\n").toString();
        assertThat(serve(Map.of("PARLEY_CONFIG", config)).config().port()).isEqualTo(7004);
    }

    @Test
    void a_key_that_is_no_setting_is_refused_with_the_known_keys() throws Exception {
        String config = file("prot=7001\n").toString();
        assertThatThrownBy(() -> serve(Map.of(), "--config", config))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("'prot'").hasMessageContaining("port").hasMessageContaining("read-token-file");
    }

    @Test
    void a_missing_file_is_one_line_naming_it() {
        assertThatThrownBy(() -> serve(Map.of(), "--config", dir.resolve("nope.properties").toString()))
                .isInstanceOf(UserException.class).hasMessageContaining("nope.properties");
    }

    @Test
    void tokens_come_from_the_environment_or_a_file_it_names_or_the_config_file() throws Exception {
        Path secret = dir.resolve("token.txt");
        Files.writeString(secret, "file-token-0123456789\n");
        assertThat(serve(Map.of("PARLEY_TOKEN", "env-token")).config().token()).contains("env-token");
        assertThat(serve(Map.of("PARLEY_TOKEN_FILE", secret.toString())).config().token()).contains("file-token-0123456789");
        String config = file("read-token-file=" + secret + "\n").toString();
        assertThat(serve(Map.of(), "--config", config).ops().readToken()).contains("file-token-0123456789");
        assertThat(serve(Map.of("PARLEY_READ_TOKEN", "env-read-token-0123456789")).ops().readToken())
                .contains("env-read-token-0123456789");
        assertThatThrownBy(() -> serve(Map.of("PARLEY_TOKEN_FILE", dir.resolve("gone").toString())).config())
                .isInstanceOf(UserException.class).hasMessageContaining("PARLEY_TOKEN_FILE");
    }

    @Test
    void a_short_read_token_is_refused() {
        assertThatThrownBy(() -> serve(Map.of("PARLEY_READ_TOKEN", "short")).ops())
                .isInstanceOf(UserException.class).hasMessageContaining("at least 16");
    }

    @Test
    void the_database_password_joins_a_jdbc_url_from_the_environment_or_a_file() throws Exception {
        Path secret = dir.resolve("pg.txt");
        Files.writeString(secret, "pg-secret\n");
        StoreConfig c = serve(Map.of("PARLEY_DB_USER", "parley", "PARLEY_DB_PASSWORD_FILE", secret.toString()),
                "--store", "jdbc:postgresql://127.0.0.1/parley").storeOptions.config();
        assertThat(c.database()).isEqualTo(new StoreConfig.Jdbc("jdbc:postgresql://127.0.0.1/parley", "parley", "pg-secret"));
        assertThat(c.database().toString()).doesNotContain("pg-secret");
        StoreConfig fromFile = serve(Map.of(), "--config", file("store=jdbc:postgresql://127.0.0.1/parley\ndb-password=p2\n").toString())
                .storeOptions.config();
        assertThat(((StoreConfig.Jdbc) fromFile.database()).password()).isEqualTo("p2");
    }

    @Test
    void a_password_in_a_jdbc_url_on_the_command_line_gets_a_warning_naming_the_safe_way_and_is_never_printed() {
        Cli.Result r = Cli.withoutStore("articles", "--store", "jdbc:postgresql://127.0.0.1:1/parley?user=u&password=hunter2");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("warning: the JDBC URL on the command line holds a password").contains("PARLEY_DB_PASSWORD")
                .doesNotContain("hunter2");
    }

    @Test
    void a_token_on_the_command_line_works_with_a_warning() {
        ServeCommand command = serve(Map.of(), "--host", "0.0.0.0", "--token", "typed-token");
        java.io.StringWriter err = new java.io.StringWriter();
        command.spec.commandLine().setErr(new java.io.PrintWriter(err, true));
        assertThat(command.config().token()).contains("typed-token");
        assertThat(err.toString()).contains("--token on the command line").contains("PARLEY_TOKEN_FILE").doesNotContain("typed-token");
    }

    @Test
    void the_access_log_setting_reaches_the_server_configuration() throws Exception {
        assertThat(serve(Map.of("PARLEY_ACCESS_LOG", "-")).ops().accessLog()).contains(Path.of("-"));
        assertThat(serve(Map.of()).ops().accessLog()).isEqualTo(Optional.empty());
    }
}
