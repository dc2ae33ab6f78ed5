package cn.gov.shandong.circular.reporting.notice;

import static cn.gov.shandong.circular.common.testing.Migrations.names;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.Migrations;
import cn.gov.shandong.circular.common.testing.Moves;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The notice's lifecycle in Java ({@link NoticeStatus#TABLE}) against the SQL that repeats it, read from the
 * service's migrations (V7): the status check and the triggers that freeze a published notice and its parks. Not a
 * @QuarkusTest.
 */
class NoticeStatusMatchesMigrationsTest {

    private static final Migrations SQL = Migrations.read();

    @Test
    void theStatusCheckListsEveryStatusOfTheEnumInItsOrder() {
        assertThat(SQL.list(SQL.table("notice"), "check (status in"))
                .as("notice.status check")
                .containsExactlyElementsOf(names(NoticeStatus.TABLE.states()));
    }

    @Test
    void theTriggersFreezeTheTerminalStatusWhichAloneCannotBeEdited() {
        List<String> terminal = names(NoticeStatus.TABLE.terminal());
        List<String> notice = SQL.trigger("notice_published_frozen");
        assertThat(SQL.list(SQL.function(notice.get(0)), "old.status ="))
                .as("notice_published_frozen (" + notice.get(0) + ")")
                .containsExactlyElementsOf(terminal);
        List<String> parks = SQL.trigger("notice_park_published_frozen");
        assertThat(SQL.list(SQL.function(parks.get(0)), "n.status ="))
                .as("notice_park_published_frozen (" + parks.get(0) + ")")
                .containsExactlyElementsOf(terminal);
        EnumSet<NoticeStatus> frozen = EnumSet.noneOf(NoticeStatus.class);
        for (NoticeStatus status : NoticeStatus.values()) {
            if (!status.canEdit()) {
                frozen.add(status);
            }
        }
        assertThat(names(frozen)).as("the statuses canEdit refuses").isEqualTo(terminal);
    }

    @Test
    void theTableAllowsExactlyTheMovesTheEnumDocuments() {
        Moves.assertExactly(NoticeStatus.TABLE, "DRAFT -> PUBLISHED");
    }
}
