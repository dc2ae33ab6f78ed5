package cn.gov.shandong.circular.common.retention;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.retention.RetentionConfig.VacuumMode;
import org.junit.jupiter.api.Test;

/** Who vacuums: the server where its autovacuum is on, the service where it is off, unless told otherwise. */
class VacuumModeTest {

    @Test
    void autoVacuumsOnlyWhereTheServersAutovacuumIsOff() {
        assertThat(VacuumMode.AUTO.runs(false)).isTrue();
        assertThat(VacuumMode.AUTO.runs(true)).isFalse();
    }

    @Test
    void alwaysAndNeverIgnoreTheServer() {
        assertThat(VacuumMode.ALWAYS.runs(true)).isTrue();
        assertThat(VacuumMode.ALWAYS.runs(false)).isTrue();
        assertThat(VacuumMode.NEVER.runs(true)).isFalse();
        assertThat(VacuumMode.NEVER.runs(false)).isFalse();
    }
}
