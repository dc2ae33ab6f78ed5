package cn.gov.shandong.circular.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A service's Flyway migrations as one text in version order, and the pieces of it a workflow's states live in
 * (a table's status check, a partial unique index, a trigger's function), so a plain JUnit test can compare an
 * enum with the SQL that repeats it. Comments are left out and whitespace runs are one space; the last definition
 * of a name wins, as it does in the database. Not for a @QuarkusTest: it reads files, no database.
 */
public final class Migrations {

    /** Where a service keeps its own migrations on the classpath. */
    public static final String LOCATION = "db/migration";

    private final String text;

    private Migrations(String text) {
        this.text = text;
    }

    /**
     * The service's own migrations: the {@value #LOCATION} folder found first on the classpath, which is the
     * module's own (its classes come before its dependencies', platform-common's test classes included).
     */
    public static Migrations read() {
        return read(LOCATION);
    }

    /** The {@code V<n>__*.sql} files of the folder {@code location} found first on the classpath. */
    public static Migrations read(String location) {
        URL folder = Thread.currentThread().getContextClassLoader().getResource(location);
        assertThat(folder).as(location + " on the classpath").isNotNull();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(Migrations::version)).toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
            return of(text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Migrations given as SQL text (in version order). */
    public static Migrations of(String sql) {
        return new Migrations(sql.replaceAll("--[^\\n]*", "").replaceAll("\\s+", " "));
    }

    private static int version(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    /** All of it: comments left out, whitespace runs as one space. */
    public String text() {
        return text;
    }

    /** What is between the parentheses of the last {@code create table <name> (...);}. */
    public String table(String name) {
        return last("create table " + name + " \\((.*?)\\);", name + " is created");
    }

    /** The column list and condition of the last {@code create unique index <name> on <table> (...) where ...;}. */
    public String index(String name, String table) {
        return last("create unique index " + name + " on " + table + " (\\(.*?;)", name + " is created");
    }

    /**
     * What is between the parentheses of the last {@code constraint <name> check (...)}, in a {@code create table}
     * or an {@code alter table ... add constraint}.
     */
    public String constraint(String name) {
        Matcher found = Pattern.compile("constraint " + name + " check \\(", Pattern.CASE_INSENSITIVE).matcher(text);
        int start = -1;
        while (found.find()) {
            start = found.end();
        }
        assertThat(start).as("check constraint " + name + " is created").isNotNegative();
        int depth = 1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return text.substring(start, i);
            }
        }
        throw new AssertionError("check constraint " + name + " has unbalanced parentheses");
    }

    /** The body of the last {@code create [or replace] function <name>() ... $$ ... $$}. */
    public String function(String name) {
        return last("create (?:or replace )?function " + name + "\\(\\).*?\\$\\$(.*?)\\$\\$", name + " is created");
    }

    /** The function the last {@code create trigger <name>} executes, then the arguments it passes. */
    public List<String> trigger(String name) {
        String call = last("create trigger " + name + " .*? execute (?:function|procedure) (\\w+\\([^)]*\\))",
                name + " is created");
        List<String> parts = new ArrayList<>();
        parts.add(call.substring(0, call.indexOf('(')));
        parts.addAll(list(call, parts.get(0)));
        return parts;
    }

    /**
     * The quoted values of the list (or the one value) right after {@code prefix} in {@code piece}, in the order
     * written: {@code list(table, "check (status in")} gives {@code [DRAFT, SUBMITTED]} for
     * {@code status varchar(10) check (status in ('DRAFT', 'SUBMITTED'))}, {@code list(function, "old.status =")}
     * gives {@code [PUBLISHED]} for {@code if old.status = 'PUBLISHED' then}.
     */
    public List<String> list(String piece, String prefix) {
        Matcher found = Pattern.compile(Pattern.quote(prefix) + " ?(\\([^)]*\\)|'[^']*')").matcher(piece);
        assertThat(found.find()).as("'" + prefix + "' in " + piece).isTrue();
        Matcher quoted = Pattern.compile("'([^']*)'").matcher(found.group(1));
        List<String> values = new ArrayList<>();
        while (quoted.find()) {
            values.add(quoted.group(1));
        }
        return values;
    }

    /** The names of the states, in the order given (an EnumSet's is declaration order): what SQL lists. */
    public static List<String> names(Iterable<? extends Enum<?>> states) {
        List<String> names = new ArrayList<>();
        states.forEach(state -> names.add(state.name()));
        return names;
    }

    private String last(String regex, String what) {
        Matcher found = Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(text);
        String last = null;
        while (found.find()) {
            last = found.group(1);
        }
        assertThat(last).as(what).isNotNull();
        return last;
    }
}
