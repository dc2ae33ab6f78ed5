package cn.gov.shandong.circular.common.openapi;

/**
 * Names of the OpenAPI components that {@link ApiContract} defines and {@link RateLimitResponses} refers to, kept
 * apart so that neither of the two needs the other for them.
 */
final class ComponentNames {

    /** The problem+json schema. */
    static final String PROBLEM = "Problem";
    /** The CORS header every response of the API documents. */
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    private ComponentNames() {
    }
}
