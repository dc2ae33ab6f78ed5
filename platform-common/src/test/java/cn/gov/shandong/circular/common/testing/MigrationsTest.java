package cn.gov.shandong.circular.common.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.shandong.circular.common.lifecycle.StateTable;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The migration reader and the moves assertion the services' lifecycle tests use (not a @QuarkusTest). */
class MigrationsTest {

    private static final Migrations SQL = Migrations.of("""
            -- V1
            create table ticket (
                id     uuid primary key,
                status varchar(10) not null check (status in ('OLD', 'GONE'))  -- replaced below
            );
            create unique index ticket_one_open on ticket (id) where status in ('OLD');
            -- V2: the last definition wins
            drop index ticket_one_open;
            create unique index ticket_one_open on ticket (id)
                where status not in ('CLOSED');
            drop table ticket;
            create table ticket (
                id     uuid primary key,
                status varchar(10) not null check (status in ('OPEN', 'CLOSED')),
                constraint ticket_closed_at check ((status = 'CLOSED') = (closed_at is not null))
            );
            alter table ticket add constraint ticket_status_known check (status in ('OPEN', 'CLOSED'));
            create function ticket_frozen() returns trigger language plpgsql as $$
            begin
                if old.status = 'CLOSED' then raise exception 'closed'; end if;
                return new;
            end;
            $$;
            create trigger ticket_frozen_update before update on ticket
                for each row execute function ticket_frozen('ticket', 'a ticket');
            """);

    enum Ticket { OPEN, CLOSED }

    @Test
    void theLastDefinitionOfATableAnIndexAConstraintAFunctionOrATriggerIsRead() {
        assertThat(SQL.list(SQL.table("ticket"), "check (status in")).containsExactly("OPEN", "CLOSED");
        assertThat(SQL.list(SQL.index("ticket_one_open", "ticket"), "where status not in")).containsExactly("CLOSED");
        assertThat(SQL.list(SQL.constraint("ticket_status_known"), "status in")).containsExactly("OPEN", "CLOSED");
        assertThat(SQL.constraint("ticket_closed_at")).isEqualTo("(status = 'CLOSED') = (closed_at is not null)");
        assertThat(SQL.list(SQL.function("ticket_frozen"), "old.status =")).containsExactly("CLOSED");
        assertThat(SQL.trigger("ticket_frozen_update")).containsExactly("ticket_frozen", "ticket", "a ticket");
        assertThat(SQL.text()).doesNotContain("replaced below").doesNotContain("\n");
        assertThat(Migrations.names(EnumSet.allOf(Ticket.class))).containsExactly("OPEN", "CLOSED");
    }

    @Test
    void whatIsNotThereFailsTheTest() {
        assertThatThrownBy(() -> SQL.table("nothing")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> SQL.constraint("nothing")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> SQL.list(SQL.table("ticket"), "check (level in")).isInstanceOf(AssertionError.class);
    }

    @Test
    void theMovesOfATableAreExactlyTheDocumentedOnes() {
        StateTable<Ticket> table = StateTable.of(Ticket.class).allow(Ticket.OPEN, Ticket.CLOSED).build();
        Moves.assertExactly(table, "OPEN -> CLOSED");
        assertThatThrownBy(() -> Moves.assertExactly(table)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Moves.assertExactly(table, "OPEN -> CLOSED", "CLOSED -> OPEN"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Moves.assertExactly(table, "OPEN -> SHUT")).isInstanceOf(IllegalArgumentException.class);
    }
}
