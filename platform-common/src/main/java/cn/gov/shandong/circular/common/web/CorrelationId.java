package cn.gov.shandong.circular.common.web;

import jakarta.enterprise.context.RequestScoped;

/**
 * The correlation id of the current request: the caller's {@code X-Correlation-Id} or a new one.
 * Events recorded during the request carry it, so one user action can be traced across services.
 */
@RequestScoped
public class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";

    private String value;

    /** The current correlation id, or null when none was assigned (work outside a request). */
    public String value() {
        return value;
    }

    void assign(String value) {
        this.value = value;
    }
}
