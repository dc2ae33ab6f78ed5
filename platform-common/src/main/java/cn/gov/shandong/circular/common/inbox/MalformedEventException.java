package cn.gov.shandong.circular.common.inbox;

/**
 * A record that can never be applied (not a CloudEvent, unreadable data). Retrying cannot help:
 * consumers let it fail at once so SmallRye sends it to the dead-letter topic.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
