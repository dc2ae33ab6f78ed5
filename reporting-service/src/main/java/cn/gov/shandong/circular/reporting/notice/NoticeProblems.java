package cn.gov.shandong.circular.reporting.notice;

import cn.gov.shandong.circular.common.web.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The notices' own refusals, beside the library's {@link Problems}. */
final class NoticeProblems {

    private NoticeProblems() {
    }

    /** 422: a park to name is not on the overdue list of the notice's year today (or the list is empty). */
    static HttpProblem notOverdue(String field, String detail) {
        return HttpProblem.builder()
                .withType(URI.create(Problems.TYPE_PREFIX + "not-overdue"))
                .withStatus(422)
                .withTitle("Not on the overdue list")
                .withDetail(detail)
                .with("field", field)
                .build();
    }
}
