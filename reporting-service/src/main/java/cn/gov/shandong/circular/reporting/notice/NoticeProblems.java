package cn.gov.shandong.circular.reporting.notice;

import cn.gov.shandong.circular.common.web.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;

/** The notices' own refusals, beside the library's {@link Problems}. */
final class NoticeProblems {

    private NoticeProblems() {
    }

    /** 422: a park to name is not on the overdue list of the notice's year today (or the list is empty). */
    static HttpProblem notOverdue(String field, String detail) {
        return Problems.inField(422, "not-overdue", "Not on the overdue list", field, detail);
    }
}
