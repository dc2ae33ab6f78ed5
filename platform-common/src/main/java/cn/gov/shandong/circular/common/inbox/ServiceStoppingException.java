package cn.gov.shandong.circular.common.inbox;

/**
 * An event could not be applied because the service is stopping (its database session closed, its
 * retry pause interrupted). The event is fine: consumers do not retry it and
 * {@link DeadLetterUnlessStopping} leaves it unacknowledged, so it is delivered again after the restart.
 */
public class ServiceStoppingException extends RuntimeException {

    public ServiceStoppingException(String consumer, IncomingEvent event, Throwable cause) {
        super(consumer + ": event " + event.id() + " (" + event.type() + ") not applied because the service is stopping",
                cause);
    }
}
