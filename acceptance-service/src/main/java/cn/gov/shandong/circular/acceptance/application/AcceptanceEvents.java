package cn.gov.shandong.circular.acceptance.application;

import cn.gov.shandong.circular.common.parkdirectory.ParkLevel;
import java.util.UUID;

/**
 * The data of the events on {@code acceptance.events} (key and ce_subject = park code). The outbox
 * adds {@code actor} and {@code correlationId} to each.
 */
public final class AcceptanceEvents {

    private AcceptanceEvents() {
    }

    /** A park applied for acceptance (验收申请). */
    public record Applied(UUID applicationId, String parkCode, String cityCode, ParkLevel level, String summary) {
        public static final String TYPE = "acceptance.applied";

        static Applied of(AcceptanceApplication application) {
            return new Applied(application.id, application.parkCode, application.cityCode, application.level,
                    application.summary);
        }
    }

    /** The city reviewed the application: passed, failed or returned for revision. */
    public record Reviewed(UUID applicationId, String parkCode, String cityCode, ReviewOutcome outcome, Integer score,
                           String comments) {
        public static final String TYPE = "acceptance.reviewed";

        static Reviewed of(AcceptanceApplication application) {
            return new Reviewed(application.id, application.parkCode, application.cityCode,
                    application.reviewOutcome, application.reviewScore, application.reviewComments);
        }
    }

    /** The park resubmitted a returned application with a revised summary. */
    public record Resubmitted(UUID applicationId, String parkCode, String cityCode, String summary) {
        public static final String TYPE = "acceptance.resubmitted";

        static Resubmitted of(AcceptanceApplication application) {
            return new Resubmitted(application.id, application.parkCode, application.cityCode, application.summary);
        }
    }

    /**
     * The province filed the passed application (备案): the park's acceptance is complete. Carries the
     * level and city so that reporting needs no other event; filedAt is an ISO-8601 instant.
     */
    public record Filed(UUID applicationId, String parkCode, String cityCode, ParkLevel level, String filedAt) {
        public static final String TYPE = "acceptance.filed";

        static Filed of(AcceptanceApplication application) {
            return new Filed(application.id, application.parkCode, application.cityCode, application.level,
                    application.filedAt.toInstant().toString());
        }
    }
}
